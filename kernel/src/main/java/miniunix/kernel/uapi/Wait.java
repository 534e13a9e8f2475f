package miniunix.kernel.uapi;

/** wait4(2) and waitid(2) options and the status macros of sys/wait.h. */
public final class Wait {
    public static final int WNOHANG = 1;
    public static final int WUNTRACED = 2;
    public static final int WCONTINUED = 8;
    /** waitid(2) only: report stopped children (WUNTRACED's twin), exited ones, and don't reap. */
    public static final int WSTOPPED = 2;
    public static final int WEXITED = 4;
    public static final int WNOWAIT = 0x01000000;

    private Wait() {
    }

    /** The status of a child that called exit(code). */
    public static int exited(int code) {
        return (code & 0xff) << 8;
    }

    /** The status of a child killed by sig (core: the core-dump bit). */
    public static int signaled(int sig, boolean core) {
        return (sig & 0x7f) | (core ? 0x80 : 0);
    }

    /** The status of a child stopped by sig. */
    public static int stopped(int sig) {
        return (sig << 8) | 0x7f;
    }

    public static final int CONTINUED = 0xffff;

    public static boolean ifExited(int s) { return (s & 0x7f) == 0; }
    public static int exitStatus(int s) { return (s >> 8) & 0xff; }
    public static boolean ifSignaled(int s) { return (s & 0x7f) != 0 && (s & 0x7f) != 0x7f; }
    public static int termSig(int s) { return s & 0x7f; }
    public static boolean coreDump(int s) { return (s & 0x80) != 0; }
    public static boolean ifStopped(int s) { return (s & 0xff) == 0x7f; }
    public static int stopSig(int s) { return (s >> 8) & 0xff; }
    public static boolean ifContinued(int s) { return s == CONTINUED; }

    /** The shell's $? for a wait status: the exit code, or 128 + signal. */
    public static int shellStatus(int s) {
        if (ifExited(s)) {
            return exitStatus(s);
        }
        if (ifSignaled(s)) {
            return 128 + termSig(s);
        }
        return 128 + stopSig(s);
    }
}
