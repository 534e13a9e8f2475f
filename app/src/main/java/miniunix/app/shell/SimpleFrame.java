package miniunix.app.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import miniunix.kernel.uapi.Trap;

/**
 * A simple command: expands its assignments, words and redirection targets (an
 * {@link ExpandFrame}, which runs the command substitutions and globs), traces it under -x,
 * and hands over to what runs it, looked up in bash's order (functions first, even before
 * special builtins, as bash does outside POSIX mode): the shell's own variables for a bare
 * assignment, a {@link FunctionFrame}, a {@link SourceFrame} for . source eval, an
 * {@link ExecFrame} in the shell itself for exec CMD, a {@link BuiltinFrame}, or an
 * {@link ExecFrame} forked as a one-process job unless this frame already runs in a forked
 * child ({@code exec}). {@code command NAME ARGS} looks NAME up the same way, functions aside.
 *
 * <p>Functions, . and eval run commands in the shell, so their redirections are applied to
 * the shell's own fds and undone afterwards ({@link RedirectFrame}); a builtin only opens its
 * files ({@link Redirections}); exec's redirections stay.
 */
final class SimpleFrame extends Frame {
    /** The builtins whose NAME=value arguments are assignments, never split (bash's declaration builtins). */
    private static final String DECLARATIONS = " local export readonly declare typeset ";

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
            ExpandFrame x = new ExpandFrame(items());
            if (!x.expandInCaller(sh)) {
                sh.push(x);
                return null;
            }
            if (x.failed()) {
                return null;
            }
        }
        sh.pop();
        dispatch(sh, sh.expansion);
        return null;
    }

    /** What to expand, in bash's order: assignments (as strings), words, redirection targets. */
    private List<ExpandFrame.Item> items() {
        List<ExpandFrame.Item> items = new ArrayList<>(
                cmd.assignments().size() + cmd.words().size() + cmd.redirects().size());
        for (int i = 0; i < cmd.assignments().size(); i++) {     // indexed: no iterator per command
            items.add(new ExpandFrame.Item(cmd.assignments().get(i).value(), false));
        }
        boolean declaration = !cmd.words().isEmpty() && isDeclaration(cmd.words().get(0));
        for (int i = 0; i < cmd.words().size(); i++) {
            Word w = cmd.words().get(i);
            boolean assignment = declaration && i > 0 && Parser.assignment(w) != null;
            items.add(assignment ? ExpandFrame.Item.declaration(w) : new ExpandFrame.Item(w, true));
        }
        for (int i = 0; i < cmd.redirects().size(); i++) {
            items.add(Redirections.item(cmd.redirects().get(i)));
        }
        return items;
    }

    private static boolean isDeclaration(Word w) {
        return w.parts().size() == 1 && w.parts().get(0) instanceof Word.Literal l && !l.quoted()
                && DECLARATIONS.contains(" " + l.text() + " ");
    }

    private void dispatch(Shell sh, ExpandFrame.Result x) {
        List<List<String>> words = x.words();
        int k = 0;
        Map<String, String> assigns = cmd.assignments().isEmpty() ? Map.of() : new LinkedHashMap<>();
        for (int i = 0; i < cmd.assignments().size(); i++) {
            assigns.put(cmd.assignments().get(i).name(), words.get(k++).get(0));
        }
        List<String> argv = new ArrayList<>(cmd.words().size());
        for (int i = 0; i < cmd.words().size(); i++) {
            argv.addAll(words.get(k++));
        }
        List<Redirections.Target> targets = cmd.redirects().isEmpty() ? List.of() : new ArrayList<>();
        for (int i = 0; i < cmd.redirects().size(); i++) {
            Node.Redirect r = cmd.redirects().get(i);
            Redirections.Target t = Redirections.target(r, words.get(k++));
            if (t == null) {
                sh.vars.status = 1;
                sh.error(r.target().text() + ": ambiguous redirect");
                return;
            }
            targets.add(t);
        }
        run(sh, assigns, argv, targets, x.substituted());
        if (sh.xtrace() && !(assigns.isEmpty() && argv.isEmpty())) {
            sh.print(2, trace(sh, assigns, argv));
        }
    }

    private void run(Shell sh, Map<String, String> assigns, List<String> argv, List<Redirections.Target> targets,
                     boolean substituted) {
        int skip = 0;
        while (skip < argv.size() && isCommandBuiltin(sh, argv.get(skip))
                && TypeBuiltin.commandName(argv.subList(skip, argv.size())) > 0) {
            skip += TypeBuiltin.commandName(argv.subList(skip, argv.size()));
        }
        List<String> refused = List.of();
        for (String a : assigns.keySet()) {
            if (sh.vars.isReadonly(a) && !argv.isEmpty()) {
                refused = new ArrayList<>();
                Map<String, String> kept = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : assigns.entrySet()) {
                    if (sh.vars.isReadonly(e.getKey())) {
                        refused.add(e.getKey());
                    } else {
                        kept.put(e.getKey(), e.getValue());
                    }
                }
                assigns = kept;
                break;
            }
        }
        run(sh, assigns, argv.subList(skip, argv.size()), targets, substituted, skip == 0);
        // bash: each readonly NAME=value is an error said before the command, which runs
        // without it. Frames run last pushed first, so these go on after the command's.
        for (int i = refused.size() - 1; i >= 0; i--) {
            sh.error(refused.get(i) + ": readonly variable");
        }
    }

    /** command NAME ARGS runs NAME but never a function (unless command is one itself). */
    private static boolean isCommandBuiltin(Shell sh, String word) {
        return word.equals("command") && !sh.functions.containsKey("command");
    }

    /** functions: whether a function may be what runs (not under command NAME). */
    private void run(Shell sh, Map<String, String> assigns, List<String> argv, List<Redirections.Target> targets,
                     boolean substituted, boolean functions) {
        if (argv.isEmpty()) {
            for (Map.Entry<String, String> a : assigns.entrySet()) {
                if (sh.vars.isReadonly(a.getKey())) {
                    sh.readonlyError(a.getKey());
                    return;
                }
                sh.vars.set(a.getKey(), a.getValue());
            }
            if (assigns.containsKey("PATH")) {
                sh.hash.clear();    // bash empties its table on any PATH assignment
            }
            sh.vars.status = substituted ? sh.vars.status : 0;
            if (!targets.isEmpty()) {
                sh.push(new BuiltinFrame(argv, new Redirections(targets, false)));
            }
            return;
        }
        String name = argv.get(0);
        sh.commandRuns(name);
        boolean help = argv.size() > 1 && argv.get(1).equals("--help");
        Node.FunctionDef f = functions ? sh.functions.get(name) : null;
        if (f != null) {
            sh.push(around(sh, targets, new FunctionFrame(f, name, argv.subList(1, argv.size()), assigns)));
        } else if (SourceFrame.runsCommands(name) && !help) {
            sh.push(around(sh, targets, SourceFrame.of(argv)));
        } else if (name.equals("exec") && argv.size() > 1 && !help) {
            List<String> cmdArgs = argv.subList(1, argv.size());
            sh.push(new ExecFrame(cmdArgs, sh.vars.envp(assigns), new Redirections(targets, true), true));
        } else if (BuiltinFrame.isBuiltin(name)) {
            sh.push(new BuiltinFrame(argv, new Redirections(targets, name.equals("exec"))).prefix(assigns));
        } else {
            ExecFrame e = new ExecFrame(argv, sh.vars.envp(assigns), new Redirections(targets, true), false);
            sh.push(exec ? e : new SearchFrame(e, cmd.text()));
        }
    }

    /** The body with the redirections applied to the shell's own fds around it. */
    private static Frame around(Shell sh, List<Redirections.Target> targets, Frame body) {
        return targets.isEmpty() ? body : RedirectFrame.expanded(sh, targets, body);
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
