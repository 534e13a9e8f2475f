package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

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
 * <p>For each process: pipe (except the last), fork. The child: setpgid(0, pgid) and, in the
 * foreground, tcsetpgrp; job-control signals back to SIG_DFL; dup2 the pipe ends onto 0 and
 * 1 and close them; then it runs its body and exits. The parent: setpgid(pid, pgid) too (the
 * two calls race, as in bash, and either order works), closes the ends it no longer needs.
 * The foreground job gets the terminal and is waited for process by process; $? is the
 * last one's status (128+N if signal N killed it), and the terminal comes back to the shell.
 */
final class JobFrame extends Frame {
    private enum Phase { NEXT, PIPED, FORKED, PARENT_DONE, WAIT, WAITED }

    private final List<Frame> bodies;
    private final boolean background;
    private final int[] pids;
    private final int[] fds = {-1, -1};
    private final int[] wstatus = new int[1];
    private int i;
    private int pgid;
    private int prevRead = -1;
    private int forked;
    private int waited;
    private int lastStatus;
    private boolean failed;
    private Phase phase = Phase.NEXT;

    JobFrame(List<Frame> bodies, boolean background) {
        this.bodies = bodies;
        this.background = background;
        this.pids = new int[bodies.size()];
    }

    @Override
    Trap step(Shell sh, long ret) {
        switch (phase) {
            case NEXT:
                fds[0] = fds[1] = -1;
                phase = i < bodies.size() - 1 ? Phase.PIPED : Phase.FORKED;
                return phase == Phase.PIPED ? new Syscall.Pipe(fds) : new Syscall.Fork();
            case PIPED:
                if (ret < 0) {
                    fds[0] = fds[1] = -1;
                    return fail(sh, "pipe error: " + Errno.strerror(ret));
                }
                phase = Phase.FORKED;
                return new Syscall.Fork();
            case FORKED:
                return forked(sh, ret);
            case PARENT_DONE:
                prevRead = fds[0];
                phase = ++i < bodies.size() ? Phase.NEXT : Phase.WAIT;
                return i < bodies.size() ? null : launched(sh);
            case WAIT:
                return waitNext(sh);
            default:
                if (ret != Errno.EINTR.ret()) {
                    lastStatus = ret > 0 && waited == bodies.size() - 1 ? wstatus[0] : lastStatus;
                    waited++;
                }
                phase = Phase.WAIT;
                return null;
        }
    }

    private Trap forked(Shell sh, long ret) {
        if (ret < 0) {
            return fail(sh, "fork: " + Errno.strerror(ret));
        }
        if (ret == 0) {
            sh.becomeChild(bodies.get(i).copy(), childSetup(sh));
            return null;
        }
        pids[i] = (int) ret;
        forked++;
        pgid = i == 0 ? pids[0] : pgid;
        List<Syscall> calls = new ArrayList<>();
        if (sh.jobControl()) {
            calls.add(new Syscall.Setpgid(pids[i], pgid));
        }
        closeEnds(calls, false);
        sh.push(new Frame.Calls(calls));
        phase = Phase.PARENT_DONE;
        return null;
    }

    private List<Frame> childSetup(Shell sh) {
        List<Frame> setup = new ArrayList<>();
        if (sh.jobControl()) {
            setup.add(new Frame.Calls(List.of(new Syscall.Setpgid(0, pgid))));
            if (!background) {
                setup.add(new Frame.TakeTerminal());
            }
        }
        List<Syscall> calls = sh.signalReset();
        if (background && !sh.jobControl() && prevRead < 0) {
            // Without job control a background job reads /dev/null, never the script (bash).
            calls.add(new Syscall.Close(0));
            calls.add(new Syscall.Open("/dev/null", Fcntl.O_RDONLY, 0));
        }
        if (prevRead >= 0) {
            calls.add(new Syscall.Dup2(prevRead, 0));
        }
        if (fds[1] >= 0) {
            calls.add(new Syscall.Dup2(fds[1], 1));
            calls.add(new Syscall.Close(fds[0]));
        }
        closeEnds(calls, false);
        setup.add(new Frame.Calls(calls));
        return setup;
    }

    /** close the previous read end and the new write end (and the new read end too, on failure). */
    private void closeEnds(List<Syscall> calls, boolean all) {
        if (prevRead >= 0) {
            calls.add(new Syscall.Close(prevRead));
        }
        if (fds[1] >= 0) {
            calls.add(new Syscall.Close(fds[1]));
        }
        if (all && fds[0] >= 0) {
            calls.add(new Syscall.Close(fds[0]));
        }
    }

    /** pipe or fork failed: report, close what is open, wait for the processes already started. */
    private Trap fail(Shell sh, String msg) {
        failed = true;
        List<Syscall> calls = new ArrayList<>();
        closeEnds(calls, true);
        sh.push(new Frame.Calls(calls));
        sh.error(msg);
        phase = Phase.WAIT;
        return null;
    }

    private Trap launched(Shell sh) {
        if (background) {
            sh.vars.lastBackground = pids[pids.length - 1];
            sh.jobs++;
            sh.vars.status = 0;
            sh.pop();
            if (sh.interactive) {
                sh.print(2, "[" + sh.jobs + "] " + sh.vars.lastBackground + "\n");
            }
        } else if (sh.jobControl()) {
            sh.push(new Frame.Calls(List.of(new Syscall.Ioctl(0, Syscall.Ioctl.TIOCSPGRP, pgid))));
        }
        return null;
    }

    private Trap waitNext(Shell sh) {
        if (waited < forked && !background) {
            phase = Phase.WAITED;
            return new Syscall.Wait4(pids[waited], wstatus, sh.jobControl() ? Wait.WUNTRACED : 0);
        }
        sh.pop();
        sh.vars.status = failed ? 1 : Wait.shellStatus(lastStatus);
        if (sh.jobControl() && forked > 0) {
            sh.push(new Frame.Calls(List.of(new Syscall.Ioctl(0, Syscall.Ioctl.TIOCSPGRP, sh.shellPgid))));
        }
        int sig = Wait.ifSignaled(lastStatus) && !failed ? Wait.termSig(lastStatus) : 0;
        if (sig != 0 && sig != Signal.SIGINT.number && sig != Signal.SIGPIPE.number) {
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
        JobFrame j = new JobFrame(b, background);
        System.arraycopy(pids, 0, j.pids, 0, pids.length);
        j.fds[0] = fds[0];
        j.fds[1] = fds[1];
        j.wstatus[0] = wstatus[0];
        j.i = i;
        j.pgid = pgid;
        j.prevRead = prevRead;
        j.forked = forked;
        j.waited = waited;
        j.lastStatus = lastStatus;
        j.failed = failed;
        j.phase = phase;
        return j;
    }
}
