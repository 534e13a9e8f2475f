package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * A job: one forked process per body, joined by pipes, in one process group (under job
 * control), waited for unless it runs in the background.
 *
 * <p>First the n-1 pipes, then one fork per process. The child: setpgid(0, pgid) and, in the
 * foreground, tcsetpgrp; job-control signals back to SIG_DFL; dup2 its pipe ends onto 0 and 1
 * and close every pipe fd; then it runs its body and exits. The parent: setpgid(pid, pgid)
 * too (the two calls race, as in bash, and either order works); once all are forked it closes
 * the pipes. A background job goes into the shell's {@link Jobs} (`[1] PID` when
 * interactive); a foreground job gets the terminal and is waited for
 * ({@link ForegroundFrame}).
 *
 * <p>The processes are forked left to right, as bash does, so pids rise along the pipeline
 * and the process group is named after the first one. `ps aux | grep go` shows the grep
 * because the shell forks the whole pipeline before it gives up the CPU, and ps yields once
 * before it reads /proc (see user.bin.Ps).
 */
final class JobFrame extends Frame {
    private enum Phase { REAP, PIPE, PIPED, FORK, FORKED, PARENT_DONE }

    private final List<Frame> bodies;
    private final boolean background;
    /** Each process's source text, for `jobs` and job notices. */
    private final List<String> texts;
    private final int[] pids;
    /** Pipe k joins process k (write end, pipes[2k+1]) to process k+1 (read end, pipes[2k]). */
    private final int[] pipes;
    private final int[] fds = {-1, -1};
    private int made;
    private int next;
    private int pgid;
    private Phase phase = Phase.REAP;

    /** texts: the source text of each body, in order. */
    JobFrame(List<Frame> bodies, boolean background, List<String> texts) {
        this.bodies = bodies;
        this.background = background;
        this.texts = List.copyOf(texts);
        this.pids = new int[bodies.size()];
        this.pipes = new int[2 * (bodies.size() - 1)];
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case REAP -> {
                // Jobs that ended since the last look leave no zombie behind (see ReapFrame).
                phase = Phase.PIPE;
                if (!sh.jobs.isEmpty()) {
                    sh.push(ReapFrame.of(sh, false));
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
                yield sh.forkForChild();
            }
            case FORKED -> forked(sh, ret);
            case PARENT_DONE -> {
                phase = Phase.FORK;
                yield ++next < pids.length ? null : launched(sh);
            }
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

    private Trap forked(Shell sh, long ret) {
        sh.forkReturned();
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

    private List<Syscall> closePipes() {
        List<Syscall> calls = new ArrayList<>();
        for (int i = 0; i < 2 * made; i++) {
            calls.add(new Syscall.Close(pipes[i]));
        }
        return calls;
    }

    /** pipe or fork failed: report, close the pipes, wait for the processes already started. */
    private Trap fail(Shell sh, String msg) {
        sh.pop();
        if (background) {
            sh.vars.status = 1;
        } else {
            sh.push(ForegroundFrame.started(pids, pgid, texts, true));
        }
        sh.push(new Frame.Calls(closePipes()));
        sh.error(msg);
        return null;
    }

    private Trap launched(Shell sh) {
        sh.pop();
        if (background) {
            sh.vars.lastBackground = pids[pids.length - 1];
            sh.vars.status = 0;
            int n = sh.jobs.add(sh.jobControl() ? pgid : 0, pids, texts, null);
            if (sh.interactive) {
                sh.print(2, "[" + n + "] " + sh.vars.lastBackground + "\n");
            }
        } else {
            sh.push(ForegroundFrame.started(pids, pgid, texts, false));
            if (sh.jobControl()) {
                sh.push(new Frame.Calls(List.of(new Syscall.Ioctl(0, Syscall.Ioctl.TIOCSPGRP, pgid))));
            }
        }
        sh.push(new Frame.Calls(closePipes()));
        return null;
    }

    @Override
    Frame copy() {
        List<Frame> b = new ArrayList<>(bodies.size());
        for (Frame f : bodies) {
            b.add(f.copy());
        }
        JobFrame j = new JobFrame(b, background, texts);
        System.arraycopy(pids, 0, j.pids, 0, pids.length);
        System.arraycopy(pipes, 0, j.pipes, 0, pipes.length);
        j.fds[0] = fds[0];
        j.fds[1] = fds[1];
        j.made = made;
        j.next = next;
        j.pgid = pgid;
        j.phase = phase;
        return j;
    }
}
