package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;

/**
 * A job: one forked process per body, joined by pipes, in one process group (under job
 * control), waited for unless it runs in the background.
 *
 * <p>First the n-1 pipes, then one fork per process. The child: setpgid(0, pgid) and, in the
 * foreground, tcsetpgrp; job-control signals back to SIG_DFL; dup2 its pipe ends onto 0 and 1
 * and close every pipe fd; then it runs its body and exits. The parent: setpgid(pid, pgid)
 * too (the two calls race, as in bash, and either order works); once all are forked it closes
 * the pipes. The foreground job gets the terminal and is waited for process by process; $? is
 * the last one's status (128+N if signal N killed it), or under set -o pipefail the last
 * failing one's; the terminal comes back to the shell.
 *
 * <p>The processes are forked left to right, as bash does, so pids rise along the pipeline
 * and the process group is named after the first one. `ps aux | grep go` shows the grep
 * because the shell forks the whole pipeline before it gives up the CPU, and ps yields once
 * before it reads /proc (see user.bin.Ps).
 */
final class JobFrame extends Frame {
    private enum Phase { REAP, PIPE, PIPED, FORK, FORKED, PARENT_DONE, WAIT, WAITED }

    private final List<Frame> bodies;
    private final boolean background;
    /** The job's source text, for job notices. */
    private final String text;
    private final int[] pids;
    /** Pipe k joins process k (write end, pipes[2k+1]) to process k+1 (read end, pipes[2k]). */
    private final int[] pipes;
    private final int[] fds = {-1, -1};
    private final int[] wstatus = new int[1];
    private int made;
    private int next;
    private int pgid;
    private int waited;
    private int lastStatus;
    /** The wait status of the last process that failed, for set -o pipefail; 0 if none. */
    private int failStatus;
    private boolean failed;
    private Phase phase = Phase.REAP;

    JobFrame(List<Frame> bodies, boolean background, String text) {
        this.bodies = bodies;
        this.background = background;
        this.text = text;
        this.pids = new int[bodies.size()];
        this.pipes = new int[2 * (bodies.size() - 1)];
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case REAP -> {
                // Jobs that ended since the last look leave no zombie behind (see ReapFrame).
                phase = Phase.PIPE;
                int[] jobPids = sh.jobs.pids();
                if (jobPids.length > 0) {
                    sh.push(new ReapFrame(jobPids, false));
                }
                yield null;
            }
            case PIPE -> {
                phase = made < pipes.length / 2 ? Phase.PIPED : Phase.FORK;
                yield phase == Phase.PIPED ? new Syscall.Pipe(fds) : null;
            }
            case PIPED -> piped(sh, ret);
            case FORK -> {
                phase = Phase.FORKED;
                yield new Syscall.Fork();
            }
            case FORKED -> forked(sh, ret);
            case PARENT_DONE -> {
                phase = ++next < pids.length ? Phase.FORK : Phase.WAIT;
                yield next < pids.length ? null : launched(sh);
            }
            case WAIT -> waitNext(sh);
            case WAITED -> waited(ret);
        };
    }

    private Trap piped(Shell sh, long ret) {
        if (ret < 0) {
            return fail(sh, "pipe error: " + Errno.strerror(ret));
        }
        pipes[2 * made] = fds[0];
        pipes[2 * made++ + 1] = fds[1];
        phase = Phase.PIPE;
        return null;
    }

    private Trap waited(long ret) {
        if (ret != Errno.EINTR.ret()) {
            lastStatus = ret > 0 && waited == pids.length - 1 ? wstatus[0] : lastStatus;
            failStatus = ret > 0 && Wait.shellStatus(wstatus[0]) != 0 ? wstatus[0] : failStatus;
            waited++;
        }
        phase = Phase.WAIT;
        return null;
    }

    private Trap forked(Shell sh, long ret) {
        if (ret < 0) {
            return fail(sh, "fork: " + Errno.strerror(ret));
        }
        if (ret == 0) {
            sh.becomeChild(bodies.get(next).copy(), childSetup(sh, next));
            return null;
        }
        pids[next] = (int) ret;
        pgid = pgid == 0 ? pids[next] : pgid;
        if (sh.jobControl()) {
            sh.push(new Frame.Calls(List.of(new Syscall.Setpgid(pids[next], pgid))));
        }
        phase = Phase.PARENT_DONE;
        return null;
    }

    private List<Frame> childSetup(Shell sh, int k) {
        List<Frame> setup = new ArrayList<>();
        if (sh.jobControl()) {
            setup.add(new Frame.Calls(List.of(new Syscall.Setpgid(0, pgid))));
            if (!background) {
                setup.add(new Frame.TakeTerminal());
            }
        }
        List<Syscall> calls = sh.signalReset();
        if (background && !sh.jobControl() && k == 0) {
            // Without job control a background job reads /dev/null, never the script (bash).
            calls.add(new Syscall.Close(0));
            calls.add(new Syscall.Open("/dev/null", Fcntl.O_RDONLY, 0));
        }
        if (k > 0) {
            calls.add(new Syscall.Dup2(pipes[2 * (k - 1)], 0));
        }
        if (k < pids.length - 1) {
            calls.add(new Syscall.Dup2(pipes[2 * k + 1], 1));
        }
        calls.addAll(closePipes());
        setup.add(new Frame.Calls(calls));
        return setup;
    }

    private List<Integer> pidList() {
        List<Integer> list = new ArrayList<>();
        for (int pid : pids) {
            list.add(pid);
        }
        return list;
    }

    private List<Syscall> closePipes() {
        List<Syscall> calls = new ArrayList<>();
        for (int i = 0; i < 2 * made; i++) {
            calls.add(new Syscall.Close(pipes[i]));
        }
        return calls;
    }

    /** pipe or fork failed: report, close the pipes, wait for the processes already started. */
    private Trap fail(Shell sh, String msg) {
        failed = true;
        phase = Phase.WAIT;
        sh.push(new Frame.Calls(closePipes()));
        sh.error(msg);
        return null;
    }

    private Trap launched(Shell sh) {
        sh.push(new Frame.Calls(closePipes()));
        if (background) {
            sh.vars.lastBackground = pids[pids.length - 1];
            sh.vars.status = 0;
            int n = sh.jobs.add(pidList(), text);
            if (sh.interactive) {
                sh.print(2, "[" + n + "] " + sh.vars.lastBackground + "\n");
            }
        } else if (sh.jobControl()) {
            sh.push(new Frame.Calls(List.of(new Syscall.Ioctl(0, Syscall.Ioctl.TIOCSPGRP, pgid))));
        }
        return null;
    }

    private Trap waitNext(Shell sh) {
        while (waited < pids.length && pids[waited] == 0) {
            waited++;
        }
        if (waited < pids.length && !background) {
            phase = Phase.WAITED;
            return new Syscall.Wait4(pids[waited], wstatus, sh.jobControl() ? Wait.WUNTRACED : 0);
        }
        sh.pop();
        if (background && !failed) {
            return null;
        }
        int sig = Wait.ifSignaled(lastStatus) && !failed ? Wait.termSig(lastStatus) : 0;
        if (sig == Signal.SIGINT.number && sh.interactive) {
            // bash: a foreground job killed by Ctrl-C stops the loop or list it ran in, as
            // if the shell had got the SIGINT too; the prompt comes back.
            sh.unwind(1);
        }
        boolean pipefail = sh.vars.on(ShellOption.PIPEFAIL) && failStatus != 0;
        sh.vars.status = failed ? 1 : Wait.shellStatus(pipefail ? failStatus : lastStatus);
        if (sh.jobControl() && pgid != 0) {
            sh.push(new Frame.Calls(List.of(new Syscall.Ioctl(0, Syscall.Ioctl.TIOCSPGRP, sh.shellPgid))));
        }
        if (Wait.ifStopped(lastStatus) && !failed) {
            int n = sh.jobs.add(pidList(), text);
            sh.print(2, String.format(Locale.ROOT, "[%d]+  %-24s%s\n", n, "Stopped", text));
        }
        if (sig == Signal.SIGINT.number && sh.interactive) {
            // The terminal echoed ^C where the cursor was; bash ends that line for the prompt.
            sh.print(1, "\n");
        } else if (sig != 0 && sig != Signal.SIGINT.number && sig != Signal.SIGPIPE.number) {
            Signal s = Signal.of(sig);
            sh.print(2, (s == null ? "Unknown signal " + sig : s.description)
                    + (Wait.coreDump(lastStatus) ? " (core dumped)" : "") + "\n");
        }
        return null;
    }

    @Override
    Frame copy() {
        List<Frame> b = new ArrayList<>(bodies.size());
        for (Frame f : bodies) {
            b.add(f.copy());
        }
        JobFrame j = new JobFrame(b, background, text);
        System.arraycopy(pids, 0, j.pids, 0, pids.length);
        System.arraycopy(pipes, 0, j.pipes, 0, pipes.length);
        j.fds[0] = fds[0];
        j.fds[1] = fds[1];
        j.wstatus[0] = wstatus[0];
        j.made = made;
        j.next = next;
        j.pgid = pgid;
        j.waited = waited;
        j.lastStatus = lastStatus;
        j.failStatus = failStatus;
        j.failed = failed;
        j.phase = phase;
        return j;
    }
}
