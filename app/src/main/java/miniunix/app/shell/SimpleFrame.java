package miniunix.app.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import miniunix.kernel.uapi.Trap;

/**
 * A simple command: expands its assignments, words and redirection targets (an
 * {@link ExpandFrame}, which runs the command substitutions and globs), traces it under -x,
 * and hands over to what runs it: the shell's own variables for a bare assignment, a
 * {@link BuiltinFrame}, or an {@link ExecFrame}, forked as a one-process job unless this frame
 * already runs in a forked child ({@code exec}).
 */
final class SimpleFrame extends Frame {
    private final Node.SimpleCommand cmd;
    private final boolean exec;
    private boolean expanding;

    SimpleFrame(Node.SimpleCommand cmd, boolean exec) {
        this.cmd = cmd;
        this.exec = exec;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (!expanding) {
            expanding = true;
            sh.push(new ExpandFrame(items()));
            return null;
        }
        sh.pop();
        dispatch(sh, sh.expansion);
        return null;
    }

    /** What to expand, in bash's order: assignments (as strings), words, redirection targets. */
    private List<ExpandFrame.Item> items() {
        List<ExpandFrame.Item> items = new ArrayList<>();
        for (Node.Assignment a : cmd.assignments()) {
            items.add(new ExpandFrame.Item(a.value(), false));
        }
        for (Word w : cmd.words()) {
            items.add(new ExpandFrame.Item(w, true));
        }
        for (Node.Redirect r : cmd.redirects()) {
            items.add(new ExpandFrame.Item(r.target(), true));
        }
        return items;
    }

    private void dispatch(Shell sh, ExpandFrame.Result x) {
        List<List<String>> words = x.words();
        int k = 0;
        Map<String, String> assigns = new LinkedHashMap<>();
        for (Node.Assignment a : cmd.assignments()) {
            assigns.put(a.name(), words.get(k++).get(0));
        }
        List<String> argv = new ArrayList<>();
        for (int i = 0; i < cmd.words().size(); i++) {
            argv.addAll(words.get(k++));
        }
        List<Redirections.Target> targets = new ArrayList<>();
        for (Node.Redirect r : cmd.redirects()) {
            List<String> f = words.get(k++);
            if (f.size() != 1) {
                sh.vars.status = 1;
                sh.error(r.target().text() + ": ambiguous redirect");
                return;
            }
            targets.add(new Redirections.Target(r.fd(), r.op(), f.get(0)));
        }
        run(sh, assigns, argv, targets, x.substituted());
        if (sh.xtrace && !(assigns.isEmpty() && argv.isEmpty())) {
            sh.print(2, trace(sh, assigns, argv));
        }
    }

    private void run(Shell sh, Map<String, String> assigns, List<String> argv, List<Redirections.Target> targets,
                     boolean substituted) {
        if (argv.isEmpty()) {
            for (Map.Entry<String, String> a : assigns.entrySet()) {
                sh.vars.set(a.getKey(), a.getValue());
            }
            sh.vars.status = substituted ? sh.vars.status : 0;
            if (!targets.isEmpty()) {
                sh.push(new BuiltinFrame(argv, new Redirections(targets, false)));
            }
        } else if (BuiltinFrame.isBuiltin(argv.get(0))) {
            sh.push(new BuiltinFrame(argv, new Redirections(targets, false)));
        } else {
            ExecFrame e = new ExecFrame(argv, sh.vars.envp(assigns), new Redirections(targets, true));
            sh.push(exec ? e : new JobFrame(List.of(e), false, cmd.text()));
        }
    }

    /** "+ NAME=value cmd args", quoted so it could be typed back in, as bash's set -x prints it. */
    private static String trace(Shell sh, Map<String, String> assigns, List<String> argv) {
        StringBuilder sb = new StringBuilder("+".repeat(sh.traceDepth + 1));
        for (Map.Entry<String, String> a : assigns.entrySet()) {
            sb.append(' ').append(a.getKey()).append('=').append(quote(a.getValue()));
        }
        for (String a : argv) {
            sb.append(' ').append(quote(a));
        }
        return sb.append('\n').toString();
    }

    static String quote(String s) {
        boolean plain = !s.isEmpty() && s.charAt(0) != '~' && s.charAt(0) != '#';
        for (int i = 0; i < s.length() && plain; i++) {
            plain = " \t\n'\"\\|&;()<>!{}*[?]^$`".indexOf(s.charAt(i)) < 0;
        }
        return plain ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    @Override
    Frame copy() {
        SimpleFrame s = new SimpleFrame(cmd, exec);
        s.expanding = expanding;
        return s;
    }
}
