package miniunix.app.shell;

import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * `set -m` in a non-interactive shell (bash's set_job_control): the shell's own process group
 * is where the terminal goes back to, and the terminal of fd 2 is handed to foreground jobs
 * only if that group is its foreground group. A script run by the launcher has no terminal,
 * so its jobs get their own groups but never the terminal; `sh demo.sh` typed at a prompt
 * runs in the foreground and gives it to each foreground job, as bash does.
 */
final class MonitorFrame extends Frame {
    private int phase;

    @Override
    Trap step(Shell sh, long ret) {
        switch (phase++) {
            case 0:
                return new Syscall.Getpgid(0);
            case 1:
                sh.shellPgid = (int) ret;
                return new Syscall.Ioctl(2, Syscall.Ioctl.TIOCGPGRP, 0);
            default:
                sh.ttyFd = ret > 0 && ret == sh.shellPgid ? 2 : -1;
                sh.pop();
                return null;
        }
    }

    @Override
    Frame copy() {
        MonitorFrame m = new MonitorFrame();
        m.phase = phase;
        return m;
    }
}
