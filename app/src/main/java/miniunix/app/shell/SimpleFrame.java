package miniunix.app.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import miniunix.kernel.uapi.Trap;

/**
 * A simple command: runs its command substitutions (one {@link SubstFrame} each), expands its
 * words, traces it under -x, and hands over to what runs it: the shell's own variables for a
 * bare assignment, a {@link BuiltinFrame}, or an {@link ExecFrame}, forked as a one-process
 * job unless this frame already runs in a forked child ({@code exec}).
 */
final class SimpleFrame extends Frame {
    private final Node.SimpleCommand cmd;
    private final boolean exec;
    private final List<Word.CommandSub> subs;
    private final ArrayList<String> outputs = new ArrayList<>();
    private boolean awaitingSub;

    SimpleFrame(Node.SimpleCommand cmd, boolean exec) {
        this.cmd = cmd;
        this.exec = exec;
        this.subs = Expander.substitutions(cmd);
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (awaitingSub) {
            outputs.add(sh.substOutput);
            awaitingSub = false;
        }
        if (outputs.size() < subs.size()) {
            awaitingSub = true;
            sh.push(new SubstFrame(subs.get(outputs.size()).body()));
            return null;
        }
        sh.pop();
        dispatch(sh);
        return null;
    }

    private void dispatch(Shell sh) {
        Expander x = new Expander(sh.vars, outputs);
        Map<String, String> assigns = new LinkedHashMap<>();
        for (Node.Assignment a : cmd.assignments()) {
            assigns.put(a.name(), x.string(a.value()));
        }
        List<String> argv = new ArrayList<>();
        for (Word w : cmd.words()) {
            argv.addAll(x.fields(w));
        }
        List<Redirections.Target> targets = new ArrayList<>();
        for (Node.Redirect r : cmd.redirects()) {
            List<String> f = x.fields(r.target());
            if (f.size() != 1) {
                sh.vars.status = 1;
                sh.error(r.target().text() + ": ambiguous redirect");
                return;
            }
            targets.add(new Redirections.Target(r.fd(), r.op(), f.get(0)));
        }
        run(sh, assigns, argv, targets);
        if (sh.xtrace && !(assigns.isEmpty() && argv.isEmpty())) {
            sh.print(2, trace(sh, assigns, argv));
        }
    }

    private void run(Shell sh, Map<String, String> assigns, List<String> argv, List<Redirections.Target> targets) {
        if (argv.isEmpty()) {
            for (Map.Entry<String, String> a : assigns.entrySet()) {
                sh.vars.set(a.getKey(), a.getValue());
            }
            sh.vars.status = subs.isEmpty() ? 0 : sh.vars.status;
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
        s.outputs.addAll(outputs);
        s.awaitingSub = awaitingSub;
        return s;
    }
}
