package miniunix.kernel.uapi;

/**
 * Resource limits (getrlimit(2), Linux include/uapi/asm-generic/resource.h): the resource
 * numbers, their names as strace and /proc/PID/limits print them, and RLIM_INFINITY. A limit
 * is a pair: the soft limit (rlim_cur, what is enforced) and the hard limit (rlim_max, the
 * ceiling an unprivileged process may raise its soft limit to, and lower but never raise).
 */
public enum Rlimit {
    RLIMIT_CPU("Max cpu time", "seconds"),
    RLIMIT_FSIZE("Max file size", "bytes"),
    RLIMIT_DATA("Max data size", "bytes"),
    RLIMIT_STACK("Max stack size", "bytes"),
    RLIMIT_CORE("Max core file size", "bytes"),
    RLIMIT_RSS("Max resident set", "bytes"),
    RLIMIT_NPROC("Max processes", "processes"),
    RLIMIT_NOFILE("Max open files", "files"),
    RLIMIT_MEMLOCK("Max locked memory", "bytes"),
    RLIMIT_AS("Max address space", "bytes"),
    RLIMIT_LOCKS("Max file locks", "locks"),
    RLIMIT_SIGPENDING("Max pending signals", "signals"),
    RLIMIT_MSGQUEUE("Max msgqueue size", "bytes"),
    RLIMIT_NICE("Max nice priority", ""),
    RLIMIT_RTPRIO("Max realtime priority", ""),
    RLIMIT_RTTIME("Max realtime timeout", "us");

    /** No limit: (rlim_t) -1. */
    public static final long RLIM_INFINITY = -1L;

    /** The line name in /proc/PID/limits. */
    public final String procName;
    /** The unit /proc/PID/limits prints, or "" (nice and rtprio have none). */
    public final String unit;

    Rlimit(String procName, String unit) {
        this.procName = procName;
        this.unit = unit;
    }

    /** The resource numbered n (its ordinal is Linux's number), or null. */
    public static Rlimit of(long n) {
        return n >= 0 && n < values().length ? values()[(int) n] : null;
    }

    /** A limit as strace prints it: a number, or RLIM64_INFINITY. */
    public static String text(long v) {
        return v == RLIM_INFINITY ? "RLIM64_INFINITY" : Long.toUnsignedString(v);
    }
}
