package miniunix.kernel.uapi;

/**
 * siginfo_t, the fields of it we keep: who sent a signal and why (sigaction(2), "The siginfo_t
 * argument"). The kernel keeps one per pending signal and hands a copy to the handler;
 * waitid(2) fills one for a child's state change; strace prints it as
 * {@code --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=43, ...} ---}.
 * After a waitid with WNOHANG that found nothing, si_pid is 0, as on Linux.
 *
 * <p>Fields: signo, the signal; code, why ({@link #SI_USER} kill, {@link #SI_TKILL} tgkill,
 * {@link #SI_KERNEL}, or for SIGCHLD one of the CLD_* codes); pid and uid, the sender's (for
 * SIGCHLD the child's); status, for SIGCHLD the exit code or the signal that killed, stopped
 * or continued the child. Plain mutable data, as the C struct a call fills.
 */
public final class SigInfo {
    /** waitid's idtype: any child, one pid, one process group. */
    public static final int P_ALL = 0;
    public static final int P_PID = 1;
    public static final int P_PGID = 2;

    /** si_code of a signal sent by kill(2), tgkill(2), or the kernel itself. */
    public static final int SI_USER = 0;
    public static final int SI_KERNEL = 0x80;
    public static final int SI_TKILL = -6;

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

    /** An empty siginfo, for a call to fill. */
    /** sizeof(siginfo_t). */
    public static final int SIZE = 128;

    public SigInfo() {
    }

    /**
     * This report as x86-64's siginfo_t for SIGCHLD at b[0..SIZE): si_signo, si_errno, si_code
     * (ints at 0, 4, 8), then si_pid, si_uid, si_status (ints at 16, 20, 24); si_utime and
     * si_stime (longs at 32, 40) are 0.
     */
    public void encode(byte[] b) {
        java.util.Arrays.fill(b, 0, SIZE, (byte) 0);
        Le.putInt(b, 0, signo);
        Le.putInt(b, 8, code);
        Le.putInt(b, 16, pid);
        Le.putInt(b, 20, uid);
        Le.putInt(b, 24, status);
    }

    /** This report gets the fields of the siginfo_t at b[0..SIZE). */
    public void decodeFrom(byte[] b) {
        signo = Le.getInt(b, 0);
        code = Le.getInt(b, 8);
        pid = Le.getInt(b, 16);
        uid = Le.getInt(b, 20);
        status = Le.getInt(b, 24);
    }

    public SigInfo(int signo, int code, int pid, int uid, int status) {
        this.signo = signo;
        this.code = code;
        this.pid = pid;
        this.uid = uid;
        this.status = status;
    }

    /** A signal the kernel sends on its own (SIGPIPE, SIGALRM, a key on the terminal). */
    public static SigInfo kernel(int signo) {
        return new SigInfo(signo, SI_KERNEL, 0, 0, 0);
    }

    public SigInfo copy() {
        return new SigInfo(signo, code, pid, uid, status);
    }

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

    /** True for a SIGCHLD that reports a child's change (a CLD_* code). */
    public boolean isChildNotice() {
        return signo == Signal.SIGCHLD.number && code >= CLD_EXITED && code <= CLD_CONTINUED;
    }

    /** The si_code name strace prints: SI_USER, SI_KERNEL, SI_TKILL, CLD_EXITED, ... */
    public String codeName() {
        if (isChildNotice()) {
            return switch (code) {
                case CLD_EXITED -> "CLD_EXITED";
                case CLD_KILLED -> "CLD_KILLED";
                case CLD_DUMPED -> "CLD_DUMPED";
                case CLD_STOPPED -> "CLD_STOPPED";
                default -> "CLD_CONTINUED";
            };
        }
        return switch (code) {
            case SI_USER -> "SI_USER";
            case SI_KERNEL -> "SI_KERNEL";
            case SI_TKILL -> "SI_TKILL";
            default -> Integer.toString(code);
        };
    }
}
