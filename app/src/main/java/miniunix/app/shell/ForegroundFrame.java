package miniunix.app.shell;

import java.util.Arrays;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Libc;

/**
 * Waiting for a job in the foreground (bash's wait_for): wait4 on each of its processes in
 * turn, with WUNTRACED under job control so that a job stopped by Ctrl-Z comes back. Then the
 * terminal goes back to the shell and $? is the last process's status (128+N if signal N
 * killed or stopped it), or under set -o pipefail the last failing one's.
 *
 * <p>A stopped job is kept in {@link Jobs} (a new job, or the one fg resumed), becomes the
 * current job, and is announced after a blank line, as bash's notify_of_job_status does:
 * {@code [1]+  Stopped                 sleep 300} (at the terminal or in sh -c; a script file
 * shows it in `jobs` only, {@link Shell#tellsJobs}); a Ctrl-Z (SIGTSTP) also breaks every loop
 * the job ran in, as in bash. A job fg resumed that ends leaves the table without a notice.
 * A job killed by Ctrl-C (SIGINT) in an interactive shell abandons the rest of the line, as
 * if the shell had got the SIGINT too; another killing signal is named ("Terminated").
 * An interactive shell then sees to the terminal's modes, as bash does: see {@link #ttyState}.
 */
final class ForegroundFrame extends Frame {
    private final int[] pids;
    /** Each process's wait status; {@link Jobs#RUNNING} until a wait reports on it. */
    private final int[] statuses;
    private final int pgid;
    private final List<String> texts;
    /** The number of the job fg resumed, or 0 for a command just started. */
    private final int job;
    /** The job could not be started in full (pipe or fork failed): $? is 1. */
    private final boolean failed;
    private final int[] wstatus = new int[1];
    private int next;
    private boolean asked;

    /** Waits for the processes whose status is RUNNING; a pid 0 (never forked) counts as exited. */
    ForegroundFrame(int[] pids, int[] statuses, int pgid, List<String> texts, int job, boolean failed) {
        this.pids = pids;
        this.statuses = statuses;
        this.pgid = pgid;
        this.texts = texts;
        this.job = job;
        this.failed = failed;
        for (int i = 0; i < pids.length; i++) {
            statuses[i] = pids[i] == 0 ? 0 : statuses[i];
        }
    }

    /** A command just started: every process is waited for. */
    static ForegroundFrame started(int[] pids, int pgid, List<String> texts, boolean failed) {
        int[] statuses = new int[pids.length];
        Arrays.fill(statuses, Jobs.RUNNING);
        return new ForegroundFrame(pids, statuses, pgid, texts, 0, failed);
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (asked) {
            asked = false;
            if (ret == Errno.EINTR.ret()) {
                return wait(sh);
            }
            // A process someone else reaped (ECHILD) counts as exited 0.
            statuses[next] = ret > 0 ? wstatus[0] : 0;
        }
        while (next < pids.length && statuses[next] != Jobs.RUNNING) {
            next++;
        }
        if (next < pids.length) {
            return wait(sh);
        }
        sh.pop();
        finish(sh);
        return null;
    }

    private Trap wait(Shell sh) {
        asked = true;
        return Libc.wait4(pids[next], wstatus, sh.jobControl() ? Wait.WUNTRACED : 0);
    }

    private void finish(Shell sh) {
        int last = statuses[statuses.length - 1];
        int sig = Wait.ifSignaled(last) && !failed ? Wait.termSig(last) : 0;
        boolean stopped = !failed && anyStopped();
        boolean interruptScript = sig == Signal.SIGINT.number && !sh.interactive && sh.jobControl();
        if (sig == Signal.SIGINT.number && sh.interactive
                || interruptScript && sh.trapTable.get(Signal.SIGINT.number) != null) {
            // bash: a foreground job killed by Ctrl-C stops the loop or list it ran in, as
            // if the shell had got the SIGINT too; the prompt comes back (a script with
            // set -m that traps SIGINT goes on with its next line).
            sh.unwind(1);
        } else if (interruptScript) {
            // A script with set -m did not get the Ctrl-C itself (the job had the terminal):
            // as bash's throw_to_top_level, it ends as if it had, with status 130.
            sh.exit(128 + Signal.SIGINT.number);
            if (sh.handsTerminal()) {
                sh.push(new Frame.Calls(List.of(new Syscall.Ioctl(sh.ttyFd, Syscall.Ioctl.TIOCSPGRP, sh.shellPgid))));
            }
            return;
        } else if (stopped && stoppedBy(Signal.SIGTSTP) && sh.findLoop(Long.MAX_VALUE) >= 0) {
            sh.unwind(sh.findLoop(Long.MAX_VALUE));   // bash: "Suspending a job with SIGTSTP breaks all active loops"
        }
        sh.vars.status = failed ? 1 : Wait.shellStatus(sh.vars.on(ShellOption.PIPEFAIL) ? pipefail(last) : last);
        if (statuses.length > 1) {
            sh.vars.pipeStatus = new int[statuses.length];
            for (int i = 0; i < statuses.length; i++) {
                sh.vars.pipeStatus[i] = Wait.shellStatus(statuses[i]);
            }
        }
        if (sig == Signal.SIGINT.number && sh.interactive) {
            // The terminal echoed ^C where the cursor was; bash ends that line for the prompt.
            sh.print(1, "\n");
        } else if (sig != 0 && sig != Signal.SIGINT.number && sig != Signal.SIGPIPE.number && sh.interactive) {
            Signal s = Signal.of(sig);
            sh.print(2, (s == null ? "Unknown signal " + sig : s.description)
                    + (Wait.coreDump(last) ? " (core dumped)" : "") + "\n");
        } else if (!sh.interactive && Jobs.reportsKill(last, sh.trapTable)) {
            // A script says which job, as bash's notify_of_job_status with interactive_shell 0.
            sh.print(2, Jobs.killedLine(sh.errorPrefix(), asJob()));
        }
        if (!sh.jobs.isEmpty()) {
            // bash's wait_for notifies after each foreground job.
            sh.push(ReapFrame.afterJob(sh));
        }
        if (stopped) {
            int n = job != 0 ? stop(sh) : sh.jobs.add(pgid, pids, texts, statuses);
            if (sh.tellsJobs()) {
                sh.print(2, "\n" + sh.jobs.line(sh.jobs.get(n), Jobs.Form.STANDARD));
            }
        } else if (job != 0) {
            sh.jobs.remove(job);
        }
        if (sh.interactive) {
            ttyState(sh);
        }
        if (sh.handsTerminal() && pgid != 0) {
            sh.push(new Frame.Calls(List.of(new Syscall.Ioctl(sh.ttyFd, Syscall.Ioctl.TIOCSPGRP, sh.shellPgid))));
        }
    }

    /**
     * bash's wait_for, once the terminal is the shell's again (the call runs after the
     * TIOCSPGRP pushed above it): a job one of whose processes died of a signal or stopped may
     * have left the terminal raw, so the modes the shell kept are put back (set_tty_state);
     * after any other job the modes it left are kept (get_tty_state), as stty leaves them.
     */
    private void ttyState(Shell sh) {
        if (!signaledOrStopped()) {
            sh.push(new Frame.GetTtyState());
        } else if (sh.ttyModes >= 0) {
            sh.push(new Frame.Calls(List.of(new Syscall.Ioctl(0, Syscall.Ioctl.TCSETS, sh.ttyModes))));
        }
    }

    /** bash's job_signal_status: whether a process of the job died of a signal or stopped. */
    private boolean signaledOrStopped() {
        for (int s : statuses) {
            if (s != Jobs.RUNNING && (Wait.ifSignaled(s) || Wait.ifStopped(s))) {
                return true;
            }
        }
        return false;
    }

    /** This job as the job table would hold it, for its line. */
    private Jobs.Job asJob() {
        List<Jobs.Process> procs = new java.util.ArrayList<>();
        for (int i = 0; i < pids.length; i++) {
            procs.add(new Jobs.Process(pids[i], texts.get(i), statuses[i]));
        }
        return new Jobs.Job(job, pgid, procs, Jobs.State.DEAD, true);
    }

    private int stop(Shell sh) {
        sh.jobs.stopped(job, statuses);
        return job;
    }

    private boolean anyStopped() {
        for (int s : statuses) {
            if (s != Jobs.RUNNING && Wait.ifStopped(s)) {
                return true;
            }
        }
        return false;
    }

    private boolean stoppedBy(Signal sig) {
        for (int s : statuses) {
            if (s != Jobs.RUNNING && Wait.ifStopped(s) && Wait.stopSig(s) == sig.number) {
                return true;
            }
        }
        return false;
    }

    /** The status of the last process that failed (or stopped), else the last one's. */
    private int pipefail(int last) {
        int fail = last;
        for (int s : statuses) {
            fail = Wait.shellStatus(s) != 0 ? s : fail;
        }
        return fail;
    }

    @Override
    Frame copy() {
        ForegroundFrame f = new ForegroundFrame(pids.clone(), statuses.clone(), pgid, texts, job, failed);
        f.wstatus[0] = wstatus[0];
        f.next = next;
        f.asked = asked;
        return f;
    }
}
