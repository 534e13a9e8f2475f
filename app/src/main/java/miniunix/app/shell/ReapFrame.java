package miniunix.app.shell;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;

/**
 * Before each prompt (each line, in a script): wait4(pid, WNOHANG) on every background job's
 * process, so an ended job leaves no zombie, and its Done notice is printed when interactive.
 * This is where bash's SIGCHLD handler and notify-before-prompt meet.
 */
final class ReapFrame extends Frame {
    private final int[] pids;
    private final int[] wstatus = new int[1];
    private int next;
    private boolean asked;

    ReapFrame(int[] pids) {
        this.pids = pids;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (asked) {
            asked = false;
            int pid = pids[next++];
            if (ret == pid || ret == Errno.ECHILD.ret()) {
                String notice = sh.jobs.reaped(pid, ret == pid ? wstatus[0] : 0);
                if (notice != null && sh.interactive) {
                    sh.print(2, notice);
                    return null;
                }
            }
        }
        if (next < pids.length) {
            asked = true;
            return new Syscall.Wait4(pids[next], wstatus, Wait.WNOHANG);
        }
        sh.pop();
        return null;
    }

    @Override
    Frame copy() {
        ReapFrame r = new ReapFrame(pids.clone());
        r.wstatus[0] = wstatus[0];
        r.next = next;
        r.asked = asked;
        return r;
    }
}
