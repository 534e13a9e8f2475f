package miniunix.app.shell;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Libc;

/**
 * A poll of the jobs: first one waitid(P_ALL, WNOHANG|WNOWAIT), which asks without reaping
 * whether any child has changed at all; only if one has (or the shell has no children left),
 * wait4(pid, WNOHANG) on every process of every job that has not ended,
 * with WUNTRACED and WCONTINUED under job control, so an ended job leaves no zombie and a job
 * stopped or continued by a signal from elsewhere (`kill -STOP %1`) changes state. It runs
 * before each prompt (each line, in a script), before each job starts and before jobs, fg and
 * bg look at the table: as close as a shell without a SIGCHLD handler comes to bash's
 * waitchld in the handler. At a prompt, when interactive (or at each line of `sh -c`), the
 * notices of the jobs that ended or stopped since they were last told are printed (bash's
 * notify-before-prompt); elsewhere they wait for the next prompt. A script prints no notices
 * (see {@link #tell}).
 *
 * <p>The peek keeps a poll O(1) while nothing changes: a loop starting 10,000 background jobs
 * polls before each, and asking each live job every time would be quadratic. (bash learns of
 * changes from SIGCHLD; this shell asks, as it has no handler.)
 */
final class ReapFrame extends Frame {
    /** The live jobs' pids, listed once the peek has found a change; null before. */
    private int[] pids;
    private final boolean atPrompt;
    /** The poll after a foreground job: a script tells there of the jobs a signal killed. */
    private boolean afterJob;
    private final int[] wstatus = new int[1];
    private final SigInfo info = new SigInfo();
    private int next;
    private boolean asked;
    private boolean peeked;

    private ReapFrame(boolean atPrompt) {
        this.atPrompt = atPrompt;
    }

    /** A poll of sh's jobs; atPrompt: print the notices after it. */
    static ReapFrame of(Shell sh, boolean atPrompt) {
        return new ReapFrame(atPrompt);
    }

    /** The poll after a foreground job (bash's wait_for), which tells of killed jobs too. */
    static ReapFrame afterJob(Shell sh) {
        ReapFrame r = new ReapFrame(true);
        r.afterJob = true;
        return r;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (!peeked) {
            peeked = true;
            if (sh.jobs.isEmpty() && sh.procSubstPids.isEmpty()) {
                pids = new int[0];
            } else {
                int events = Wait.WEXITED | Wait.WNOHANG | Wait.WNOWAIT;
                events |= sh.jobControl() ? Wait.WSTOPPED | Wait.WCONTINUED : 0;
                return Libc.waitid(SigInfo.P_ALL, 0, info, events);
            }
        }
        if (pids == null) {
            // The peek's answer: every child as it was (nothing to ask), or go and ask.
            pids = ret == 0 && info.pid == 0 ? new int[0] : withProcSubsts(sh, sh.jobs.livePids());
        }
        if (asked) {
            asked = false;
            int pid = pids[next++];
            if (ret == pid || ret == Errno.ECHILD.ret()) {
                // ECHILD: reaped already by someone else's wait; nothing more will come of it.
                // A process substitution reaped by a wait keeps the status that wait found.
                boolean procSubst = sh.procSubstPids.remove(Integer.valueOf(pid));
                if (ret == pid || !procSubst) {
                    sh.jobs.update(pid, ret == pid ? wstatus[0] : 0);
                    CoprocFrame.reaped(sh, pid);
                }
            }
        }
        if (next < pids.length) {
            asked = true;
            int options = sh.jobControl() ? Wait.WNOHANG | Wait.WUNTRACED | Wait.WCONTINUED : Wait.WNOHANG;
            return Libc.wait4(pids[next], wstatus, options);
        }
        sh.pop();
        if (atPrompt && sh.interactive) {
            CoprocFrame.reap(sh);
        }
        if (pids.length > 0 || atPrompt || sh.interactive) {
            tell(sh, atPrompt, afterJob);
        } else {
            sh.jobs.settle();   // nothing changed: no job to forget or tell of
        }
        return null;
    }

    /** The jobs' live pids and then the process substitutions' children, which are no job. */
    private static int[] withProcSubsts(Shell sh, int[] live) {
        if (sh.procSubstPids.isEmpty()) {
            return live;
        }
        int[] all = java.util.Arrays.copyOf(live, live.length + sh.procSubstPids.size());
        for (int i = 0; i < sh.procSubstPids.size(); i++) {
            all[live.length + i] = sh.procSubstPids.get(i);
        }
        return all;
    }

    /**
     * After a poll or a wait: the marks move; then, where bash notifies (now: before a prompt
     * or a line, after a foreground job or a wait), an interactive shell or `sh -c` prints
     * the notices under job control ({@link Shell#tellsJobs}) and forgets its dead jobs
     * untold without it. A script file or stdin prints none and keeps its dead jobs for `jobs`,
     * as bash does (startup_state 0). Either non-interactive shell tells of a job a signal
     * killed, in the long form ({@link Jobs#killedNotices}), after a foreground job or a wait
     * (killed): bash tells before each line too, but whether the job is dead by then is a
     * race there, and `kill %1` then `wait %1` on the next line finds the job (143) when bash
     * wins it, as it mostly does.
     */
    static void tell(Shell sh, boolean now) {
        tell(sh, now, true);
    }

    static void tell(Shell sh, boolean now, boolean killed) {
        sh.jobs.settle();
        StringBuilder text = new StringBuilder();
        if (now && killed && !sh.interactive) {
            text.append(sh.jobs.killedNotices(sh.errorPrefix(), sh.trapTable));
        }
        if (!sh.interactive && !sh.commandString) {
            sh.jobs.forgetOldDead();
        } else if (now && sh.jobControl()) {
            text.append(sh.jobs.notices());
        } else if (now) {
            sh.jobs.forgetDead();
        }
        if (text.length() > 0) {
            sh.print(2, text.toString());
        }
    }

    @Override
    Frame copy() {
        ReapFrame r = new ReapFrame(atPrompt);
        r.afterJob = afterJob;
        r.pids = pids == null ? null : pids.clone();
        r.wstatus[0] = wstatus[0];
        r.next = next;
        r.asked = asked;
        r.peeked = peeked;
        r.info.pid = info.pid;
        return r;
    }
}
