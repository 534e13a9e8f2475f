package miniunix.app.shell;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;

/**
 * wait4(pid, WNOHANG) on every background job's process, so an ended job leaves no zombie:
 * before each prompt (each line, in a script) and before each job starts, which is as close
 * as a shell without a SIGCHLD handler comes to bash's reaping in the handler. Done notices
 * are printed at the prompt, when interactive; a job reaped between prompts keeps its notice
 * for the next one, as bash's notify-before-prompt does.
 */
final class ReapFrame extends Frame {
    private final int[] pids;
    private final boolean atPrompt;
    private final int[] wstatus = new int[1];
    private int next;
    private boolean asked;

    ReapFrame(int[] pids, boolean atPrompt) {
        this.pids = pids;
        this.atPrompt = atPrompt;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (asked) {
            asked = false;
            int pid = pids[next++];
            if (ret == pid || ret == Errno.ECHILD.ret()) {
                String notice = sh.jobs.reaped(pid, ret == pid ? wstatus[0] : 0);
                if (notice != null && sh.interactive) {
                    sh.jobs.defer(notice);
                }
            }
        }
        if (next < pids.length) {
            asked = true;
            return new Syscall.Wait4(pids[next], wstatus, Wait.WNOHANG);
        }
        sh.pop();
        String notices = atPrompt ? sh.jobs.takeDeferred() : "";
        if (!notices.isEmpty()) {
            sh.print(2, notices);
        }
        return null;
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
