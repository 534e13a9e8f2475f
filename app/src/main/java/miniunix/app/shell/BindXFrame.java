package miniunix.app.shell;

import java.util.List;

import miniunix.kernel.uapi.Trap;

/**
 * A key bound by bind -x was typed at the prompt (bash's bash_execute_unix_command): the
 * terminal sent the line being edited and its cursor ({@link Keymap#X_REQUEST}) instead of a
 * command. READLINE_LINE and READLINE_POINT (exported) hold them while the shell command runs
 * as eval runs its text; then what the command left in them goes back to the terminal
 * ({@link Keymap#LINE_START}), which goes on editing that line, and both are unset. The
 * prompt is not printed again: the terminal redraws its own.
 *
 * <p>Simplified: no READLINE_MARK (the line editor keeps its mark to itself) and no
 * READLINE_ARGUMENT.
 */
final class BindXFrame extends Frame {
    private final String command;
    private final String line;
    private final int point;
    private boolean ran;

    BindXFrame(String command, String line, int point) {
        this.command = command;
        this.line = line;
        this.point = point;
    }

    /** The request's parts (keys, cursor, line), or null when REQUEST is no such line. */
    static String[] parse(String request) {
        String r = request.endsWith("\n") ? request.substring(0, request.length() - 1) : request;
        if (!r.startsWith(Keymap.X_REQUEST) || !r.endsWith(Keymap.SYNC_END)) {
            return null;
        }
        String body = r.substring(Keymap.X_REQUEST.length(), r.length() - Keymap.SYNC_END.length());
        String[] f = body.split(";", -1);
        try {
            return f.length != 3 ? null : new String[] {Keymap.unhex(f[0]),
                Integer.toString(Integer.parseInt(f[1])), Keymap.unhex(f[2])};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (!ran) {
            ran = true;
            sh.vars.set("READLINE_LINE", line);
            sh.vars.export("READLINE_LINE");
            sh.vars.set("READLINE_POINT", Integer.toString(point));
            sh.vars.export("READLINE_POINT");
            if (command != null) {
                sh.push(SourceFrame.of(List.of("eval", command)));
            }
            return null;
        }
        String left = sh.vars.value("READLINE_LINE");
        String newLine = left == null ? line : left;
        int newPoint = point;
        String p = sh.vars.value("READLINE_POINT");
        if (p != null && BuiltinFrame.isNumber(p.strip(), 9)) {
            newPoint = Math.max(0, Math.min(newLine.length(), Integer.parseInt(p.strip())));
        }
        sh.vars.unset("READLINE_LINE");
        sh.vars.unset("READLINE_POINT");
        sh.pop();
        sh.print(2, Keymap.LINE_START + newPoint + ";" + Keymap.hex(newLine) + Keymap.SYNC_END);
        return null;
    }

    @Override
    Frame copy() {
        BindXFrame f = new BindXFrame(command, line, point);
        f.ran = ran;
        return f;
    }
}
