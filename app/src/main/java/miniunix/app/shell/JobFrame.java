package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * A job: one forked process per body, joined by pipes, in one process group (under job
 * control), waited for unless it runs in the background.
 *
 * <p>Process by process, as bash's execute_pipeline: the pipe to the next process (but for
 * the last), then the fork. The child: setpgid(0, pgid) and, in the foreground, tcsetpgrp;
 * job-control signals back to SIG_DFL; dup2 the previous pipe's read end onto 0 and its own
 * pipe's write end onto 1, and close those pipe fds; then it runs its body and exits. The
 * parent: setpgid(pid, pgid) too (the two calls race, as in bash, and either order works),
 * then closes the previous read end and the new write end at once, so neither the shell nor
 * any process holds more than three pipe fds however long the pipeline (bash runs 2,000
 * stages under a limit of 1024 fds). A background job goes into the shell's {@link Jobs} (`[1] PID` when
 * interactive); a foreground job gets the terminal and is waited for
 * ({@link ForegroundFrame}).
 *
 * <p>The processes are forked left to right, as bash does, so pids rise along the pipeline
 * and the process group is named after the first one. `ps aux | grep go` shows the grep
 * because the shell forks the whole pipeline before it gives up the CPU, and ps yields once
 * before it reads /proc (see user.bin.Ps).
 */
final class JobFrame extends Frame {
    private enum Phase { REAP, REAPED, PIPE, PIPED, FORK, FORKED, PARENT_DONE }

    private final List<Frame> bodies;
    private final boolean background;
    /** Each process's source text, for `jobs` and job notices. */
    private final List<String> texts;
    private final int[] pids;
    /** The read end of the pipe from the previous process, or -1 (the first process). */
    private int prevRead = -1;
    /** The pipe from process next to the next one: read and write end, or -1 (the last). */
    private final int[] fds = {-1, -1};
    private int next;
    private int pgid;
    private Phase phase = Phase.REAP;
    private ForkRetry retry = new ForkRetry();
    /**
     * Calls each child makes before its body, after the pipeline's own dup2s: a coprocess's
     * pipes onto its 0 and 1 ({@link CoprocFrame}); then a background job keeps that stdin
     * rather than /dev/null.
     */
    private List<Syscall> childCalls = List.of();

    /** texts: the source text of each body, in order. */
    JobFrame(List<Frame> bodies, boolean background, List<String> texts) {
        this.bodies = bodies;
        this.background = background;
        this.texts = List.copyOf(texts);
        this.pids = new int[bodies.size()];
    }

    /** This job, each child making calls before its body (see {@link #childCalls}). */
    JobFrame withChildCalls(List<Syscall> calls) {
        childCalls = List.copyOf(calls);
        return this;
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case REAP -> {
                // Jobs that ended since the last look leave no zombie behind (see ReapFrame).
                phase = Phase.REAPED;
                if (!sh.jobs.isEmpty()) {
                    sh.push(ReapFrame.of(sh, false));
                }
                yield null;
            }
            case REAPED -> {
                phase = Phase.PIPE;
                CoprocFrame.reap(sh);       // as bash's stop_pipeline cleans up dead jobs
                yield null;
            }
            case PIPE -> {
                phase = next < pids.length - 1 ? Phase.PIPED : Phase.FORK;
                yield phase == Phase.PIPED ? Libc.pipe(fds) : null;
            }
            case PIPED -> piped(sh, ret);
            case FORK -> {
                phase = Phase.FORKED;
                yield sh.forkForChild();
            }
            case FORKED -> forked(sh, ret);
            case PARENT_DONE -> {
                phase = Phase.PIPE;
                yield ++next < pids.length ? null : launched(sh);
            }
        };
    }

    private Trap piped(Shell sh, long ret) {
        if (ret < 0) {
            fds[0] = -1;
            fds[1] = -1;
            return fail(sh, "pipe error: " + Errno.strerror(ret));
        }
        phase = Phase.FORK;
        return null;
    }

    private Trap forked(Shell sh, long ret) {
        sh.forkReturned();
        if (ret < 0 && retry.again(sh, ret)) {
            phase = Phase.FORK;
            return null;
        }
        if (ret < 0) {
            return fail(sh, "fork: " + Errno.strerror(ret));
        }
        retry = new ForkRetry();
        if (ret == 0) {
            sh.becomeChild(bodies.get(next).copy(), childSetup(sh, next));
            return null;
        }
        pids[next] = (int) ret;
        pgid = pgid == 0 ? pids[next] : pgid;
        List<Syscall> calls = new ArrayList<>();
        if (sh.jobControl()) {
            calls.add(new Syscall.Setpgid(pids[next], pgid));
        }
        // The child has its ends now: the shell keeps only the read end for the next one.
        close(calls, prevRead);
        close(calls, fds[1]);
        prevRead = fds[0];
        fds[0] = -1;
        fds[1] = -1;
        if (!calls.isEmpty()) {
            sh.push(new Frame.Calls(calls));
        }
        phase = Phase.PARENT_DONE;
        return null;
    }

    private List<Frame> childSetup(Shell sh, int k) {
        List<Frame> setup = new ArrayList<>();
        if (sh.jobControl()) {
            setup.add(new Frame.Calls(List.of(new Syscall.Setpgid(0, pgid))));
            if (!background && sh.handsTerminal()) {
                setup.add(new Frame.TakeTerminal());
            }
        }
        List<Syscall> calls = sh.signalReset();
        if (background && !sh.jobControl() && k == 0 && childCalls.isEmpty()) {
            // Without job control a background job reads /dev/null, never the script (bash).
            calls.add(new Syscall.Close(0));
            setup.add(new Frame.Calls(calls));
            setup.add(new Frame.Open("/dev/null", Fcntl.O_RDONLY));
            calls = new ArrayList<>();
        }
        if (k > 0) {
            calls.add(new Syscall.Dup2(prevRead, 0));
        }
        if (k < pids.length - 1) {
            calls.add(new Syscall.Dup2(fds[1], 1));
        }
        calls.addAll(childCalls);
        calls.addAll(openPipes());
        setup.add(new Frame.Calls(calls));
        return setup;
    }

    /** Closes of the pipe fds the shell holds now (none once the last process is forked). */
    private List<Syscall> openPipes() {
        List<Syscall> calls = new ArrayList<>();
        close(calls, prevRead);
        close(calls, fds[0]);
        close(calls, fds[1]);
        return calls;
    }

    private static void close(List<Syscall> calls, int fd) {
        if (fd >= 0) {
            calls.add(new Syscall.Close(fd));
        }
    }

    /**
     * pipe or fork failed: report and close the pipes; wait for the processes already started,
     * or with none, abandon the rest of the command line with status 1, as bash's
     * throw_to_top_level (the loop that forks stops; the shell reads on, a subshell exits).
     */
    private Trap fail(Shell sh, String msg) {
        String said = sh.sysErrorText(msg);     // named as where it failed, before the unwind
        sh.pop();
        if (next == 0) {
            sh.unwind(1);
            sh.vars.status = 1;
        } else if (background) {
            sh.vars.status = 1;
        } else {
            sh.push(ForegroundFrame.started(pids, pgid, texts, true));
        }
        List<Syscall> closes = openPipes();
        prevRead = -1;
        fds[0] = -1;
        fds[1] = -1;
        sh.push(new Frame.Calls(closes));
        sh.print(2, said);
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
            if (sh.handsTerminal()) {
                sh.push(new Frame.Calls(List.of(new Syscall.Ioctl(sh.ttyFd, Syscall.Ioctl.TIOCSPGRP, pgid))));
            }
        }
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
        j.prevRead = prevRead;
        j.fds[0] = fds[0];
        j.fds[1] = fds[1];
        j.next = next;
        j.pgid = pgid;
        j.phase = phase;
        j.retry = retry.copy();
        j.childCalls = childCalls;
        return j;
    }
}
