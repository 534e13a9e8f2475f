package miniunix.kernel.uapi;

/**
 * siginfo_t, the fields a child's state change fills (waitid(2); later the SIGCHLD a parent
 * is sent): who changed (si_pid, si_uid), how (si_code CLD_*), and si_status, the exit code
 * or the signal. After a waitid with WNOHANG that found nothing, si_pid is 0, as on Linux.
 */
public final class SigInfo {
    /** waitid's idtype: any child, one pid, one process group. */
    public static final int P_ALL = 0;
    public static final int P_PID = 1;
    public static final int P_PGID = 2;

    /** si_code of a SIGCHLD (and of waitid): how the child changed. */
    public static final int CLD_EXITED = 1;
    public static final int CLD_KILLED = 2;
    public static final int CLD_DUMPED = 3;
    public static final int CLD_STOPPED = 5;
    public static final int CLD_CONTINUED = 6;

    public int signo;
    public int code;
    public int pid;
    public int uid;
    public int status;

    /** A child's change, from its wait status. */
    public void fill(int childPid, int childUid, int wstatus) {
        signo = Signal.SIGCHLD.number;
        pid = childPid;
        uid = childUid;
        if (Wait.ifExited(wstatus)) {
            code = CLD_EXITED;
            status = Wait.exitStatus(wstatus);
        } else if (Wait.ifContinued(wstatus)) {
            code = CLD_CONTINUED;
            status = Signal.SIGCONT.number;
        } else if (Wait.ifStopped(wstatus)) {
            code = CLD_STOPPED;
            status = Wait.stopSig(wstatus);
        } else {
            code = Wait.coreDump(wstatus) ? CLD_DUMPED : CLD_KILLED;
            status = Wait.termSig(wstatus);
        }
    }

    /** Nothing to report: every field 0. */
    public void clear() {
        signo = 0;
        code = 0;
        pid = 0;
        uid = 0;
        status = 0;
    }
}
