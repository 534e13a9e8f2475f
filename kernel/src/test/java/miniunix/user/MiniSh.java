package miniunix.user;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Proc;

/**
 * A stand-in /bin/sh for behaviour tests: argv is a list of pipelines separated by ";", words
 * of a pipeline separated by "|" ({@code sh yes | head -n 3 ; ps}), run one after the other. Runs it the Unix way (pipe, fork, dup2, execve /bin/NAME,
 * wait4) and exits with the last command's status. As a login shell (no words) it runs env.
 */
final class MiniSh extends Proc {
    /** The pipelines still to run after this one. */
    private List<String> rest;
    private List<List<String>> cmds = new ArrayList<>();
    private int[][] pipes = new int[0][];
    private ArrayDeque<Syscall> todo = new ArrayDeque<>();
    private int made;
    private int forked;
    private boolean child;
    private int lastPid;
    private int status;
    private int[] wstatus = new int[1];

    MiniSh(List<String> argv, List<String> envp) {
        super(argv, envp);
        List<String> words = argv.size() > 1 ? argv.subList(1, argv.size()) : List.of("env");
        int semi = words.indexOf(";");
        rest = semi < 0 ? List.of() : List.copyOf(words.subList(semi + 1, words.size()));
        parse(semi < 0 ? words : words.subList(0, semi));
    }

    private void parse(List<String> words) {
        cmds = new ArrayList<>();
        List<String> cmd = new ArrayList<>();
        for (String w : words) {
            if (w.equals("|")) {
                cmds.add(List.copyOf(cmd));
                cmd.clear();
            } else {
                cmd.add(w);
            }
        }
        cmds.add(List.copyOf(cmd));
        pipes = new int[cmds.size() - 1][2];
    }

    @Override
    protected Trap step(long ret) {
        if (!todo.isEmpty()) {
            return todo.poll();
        }
        if (child) {
            return exit(127);
        }
        if (made < pipes.length) {
            return Libc.pipe(pipes[made++]);
        }
        if (forked > 0 && ret == 0) {
            return startChild(forked - 1);
        }
        if (forked > 0 && forked == cmds.size() && lastPid == 0) {
            lastPid = (int) ret;
            closeAll();
            todo.add(Libc.wait4(-1, wstatus, 0));
            return todo.poll();
        }
        if (forked < cmds.size()) {
            forked++;
            return new Syscall.Fork();
        }
        return reaped(ret);
    }

    private Trap startChild(int i) {
        child = true;
        if (i > 0) {
            todo.add(new Syscall.Dup2(pipes[i - 1][0], 0));
        }
        if (i < pipes.length) {
            todo.add(new Syscall.Dup2(pipes[i][1], 1));
        }
        closeAll();
        List<String> argv = cmds.get(i);
        todo.add(Libc.execve("/bin/" + argv.get(0), argv, envp));
        return todo.poll();
    }

    private void closeAll() {
        for (int[] p : pipes) {
            todo.add(new Syscall.Close(p[0]));
            todo.add(new Syscall.Close(p[1]));
        }
    }

    private Trap reaped(long ret) {
        if (ret == -Errno.ECHILD.number && !rest.isEmpty()) {
            int semi = rest.indexOf(";");
            parse(semi < 0 ? rest : rest.subList(0, semi));
            rest = semi < 0 ? List.of() : List.copyOf(rest.subList(semi + 1, rest.size()));
            made = 0;
            forked = 0;
            lastPid = 0;
            return step(0);
        }
        if (ret == -Errno.ECHILD.number) {
            return exit(status);
        }
        if (ret == lastPid) {
            status = Wait.shellStatus(wstatus[0]);
        }
        return Libc.wait4(-1, wstatus, 0);
    }

    @Override
    protected void deepen() {
        cmds = new ArrayList<>(cmds);
        int[][] p = new int[pipes.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = pipes[i].clone();
        }
        pipes = p;
        todo = new ArrayDeque<>(todo);
        wstatus = wstatus.clone();
    }
}
