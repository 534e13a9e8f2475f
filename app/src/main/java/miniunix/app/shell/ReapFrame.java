package miniunix.app.shell;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;

/**
 * A poll of the jobs: wait4(pid, WNOHANG) on every process of every job that has not ended,
 * with WUNTRACED and WCONTINUED under job control, so an ended job leaves no zombie and a job
 * stopped or continued by a signal from elsewhere (`kill -STOP %1`) changes state. It runs
 * before each prompt (each line, in a script), before each job starts and before jobs, fg and
 * bg look at the table: as close as a shell without a SIGCHLD handler comes to bash's
 * waitchld in the handler. At a prompt, when interactive, the notices of the jobs that ended
 * or stopped since they were last told are printed (bash's notify-before-prompt); elsewhere
 * they wait for the next prompt. A non-interactive shell prints no notices.
 */
final class ReapFrame extends Frame {
    private final int[] pids;
    private final boolean atPrompt;
    private final int[] wstatus = new int[1];
    private int next;
    private boolean asked;

    private ReapFrame(int[] pids, boolean atPrompt) {
        this.pids = pids;
        this.atPrompt = atPrompt;
    }

    /** A poll of sh's jobs; atPrompt: print the notices after it. */
    static ReapFrame of(Shell sh, boolean atPrompt) {
        return new ReapFrame(sh.jobs.livePids(), atPrompt);
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (asked) {
            asked = false;
            int pid = pids[next++];
            if (ret == pid || ret == Errno.ECHILD.ret()) {
                // ECHILD: reaped already by someone else's wait; nothing more will come of it.
                sh.jobs.update(pid, ret == pid ? wstatus[0] : 0);
            }
        }
        if (next < pids.length) {
            asked = true;
            int options = sh.jobControl() ? Wait.WNOHANG | Wait.WUNTRACED | Wait.WCONTINUED : Wait.WNOHANG;
            return new Syscall.Wait4(pids[next], wstatus, options);
        }
        sh.pop();
        tell(sh, atPrompt);
        return null;
    }

    /**
     * After a poll or a wait: the marks move, and the notices are printed (interactive, when
     * told to). A non-interactive shell prints none, as bash in a script does.
     */
    static void tell(Shell sh, boolean now) {
        sh.jobs.settle();
        if (!sh.interactive) {
            sh.jobs.forgetOldDead();
        } else if (now) {
            String notices = sh.jobs.notices();
            if (!notices.isEmpty()) {
                sh.print(2, notices);
            }
        }
    }

    @Override
    Frame copy() {
        ReapFrame r = new ReapFrame(pids.clone(), atPrompt);
        r.wstatus[0] = wstatus[0];
        r.next = next;
        r.asked = asked;
        return r;
    }
}
