package miniunix.kernel.proc;

import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Rlimit;

/**
 * A process's resource limits (Linux's signal->rlim): a soft and a hard limit per
 * {@link Rlimit}, compared as unsigned numbers so that RLIM_INFINITY (-1) is the largest.
 * Immutable: fork shares the parent's, prlimit builds a new one ({@link #set}), so a
 * thousand children of one shell hold one object.
 *
 * <p>Which limits the kernel enforces: RLIMIT_NOFILE (open and dup give EMFILE past the
 * soft limit), RLIMIT_NPROC (fork gives EAGAIN when the caller's real user already has that
 * many processes, unless the caller is root) and RLIMIT_FSIZE (a write past it gives EFBIG
 * and SIGXFSZ). The others are kept and shown (ulimit -a, /proc/PID/limits) only.
 */
public final class Rlimits {
    /** fs.nr_open: the largest RLIMIT_NOFILE anyone may set. */
    public static final long NR_OPEN = 1048576;
    private static final long STACK = 8L << 20;
    private static final long NOFILE = 1024;
    private static final long MEMLOCK = 8L << 20;
    private static final long MSGQUEUE = 819200;

    private final long[] cur;
    private final long[] max;

    private Rlimits(long[] cur, long[] max) {
        this.cur = cur;
        this.max = max;
    }

    /**
     * What init starts with (Linux's INIT_RLIMITS), for a machine allowing threadsMax
     * processes: RLIMIT_NPROC and RLIMIT_SIGPENDING are threads-max / 2, as fork_init sets
     * them; a stack of 8 MiB, no core files, 1024 open files (hard 1024 too).
     */
    public static Rlimits initial(long threadsMax, long sigPending) {
        int n = Rlimit.values().length;
        long[] cur = new long[n];
        long[] max = new long[n];
        java.util.Arrays.fill(cur, Rlimit.RLIM_INFINITY);
        java.util.Arrays.fill(max, Rlimit.RLIM_INFINITY);
        put(cur, max, Rlimit.RLIMIT_STACK, STACK, Rlimit.RLIM_INFINITY);
        put(cur, max, Rlimit.RLIMIT_CORE, 0, Rlimit.RLIM_INFINITY);
        put(cur, max, Rlimit.RLIMIT_NPROC, threadsMax / 2, threadsMax / 2);
        put(cur, max, Rlimit.RLIMIT_NOFILE, NOFILE, NOFILE);
        put(cur, max, Rlimit.RLIMIT_MEMLOCK, MEMLOCK, MEMLOCK);
        put(cur, max, Rlimit.RLIMIT_SIGPENDING, sigPending, sigPending);
        put(cur, max, Rlimit.RLIMIT_MSGQUEUE, MSGQUEUE, MSGQUEUE);
        put(cur, max, Rlimit.RLIMIT_NICE, 0, 0);
        put(cur, max, Rlimit.RLIMIT_RTPRIO, 0, 0);
        return new Rlimits(cur, max);
    }

    private static void put(long[] cur, long[] max, Rlimit r, long c, long m) {
        cur[r.ordinal()] = c;
        max[r.ordinal()] = m;
    }

    /** The soft limit (what is enforced). */
    public long cur(Rlimit r) {
        return cur[r.ordinal()];
    }

    /** The hard limit. */
    public long max(Rlimit r) {
        return max[r.ordinal()];
    }

    /** Whether n reaches the soft limit of r (never, when it is RLIM_INFINITY). */
    public boolean reached(Rlimit r, long n) {
        return Long.compareUnsigned(n, cur[r.ordinal()]) >= 0;
    }

    /**
     * setrlimit's checks, then the new limits (Linux do_prlimit): EINVAL if the soft limit
     * exceeds the hard one; EPERM if an unprivileged caller raises the hard limit, or anyone
     * sets RLIMIT_NOFILE above fs.nr_open.
     */
    public Rlimits set(Rlimit r, long newCur, long newMax, boolean privileged) {
        if (Long.compareUnsigned(newCur, newMax) > 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        if (Long.compareUnsigned(newMax, max[r.ordinal()]) > 0 && !privileged) {
            throw new SyscallError(Errno.EPERM);
        }
        if (r == Rlimit.RLIMIT_NOFILE && Long.compareUnsigned(newMax, NR_OPEN) > 0) {
            throw new SyscallError(Errno.EPERM);
        }
        long[] c = cur.clone();
        long[] m = max.clone();
        put(c, m, r, newCur, newMax);
        return new Rlimits(c, m);
    }

    /**
     * /proc/PID/limits, as fs/proc/base.c prints it: a header and a line per resource, name
     * %-25s, soft and hard %-20s ("unlimited" for RLIM_INFINITY), unit %-10s.
     */
    public String procText() {
        StringBuilder sb = new StringBuilder(1500);
        sb.append(String.format("%-25s %-20s %-20s %-10s\n", "Limit", "Soft Limit", "Hard Limit", "Units"));
        for (Rlimit r : Rlimit.values()) {
            sb.append(String.format("%-25s %-20s %-20s ", r.procName, text(cur(r)), text(max(r))));
            if (!r.unit.isEmpty()) {
                sb.append(String.format("%-10s", r.unit));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String text(long v) {
        return v == Rlimit.RLIM_INFINITY ? "unlimited" : Long.toUnsignedString(v);
    }
}
