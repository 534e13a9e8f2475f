package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Rlimit;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * The ulimit builtin (bash's ulimit.def) over getrlimit(2) and setrlimit(2), which the
 * shell makes as glibc does, as prlimit64(0, ...): {@code ulimit [-SH] [-a] [-RcdefilmnpqrstuvxN
 * [LIMIT]]...}. Each option names a limit; with a LIMIT (a number in the option's units,
 * {@code unlimited}, {@code hard} or {@code soft}; attached, as in {@code -n5}, or the next
 * word unless it starts with '-') it is set (soft and hard both unless -S or -H), without one
 * it is printed (the soft limit unless -H), and when several limits are named each printed
 * line carries bash's description: {@code %-20s %20s} of the name and {@code (units, -X) }.
 * -a prints every limit so and ignores the rest. No option means -f. As bash's set_limit,
 * a soft limit of {@code unlimited} asked for by a user other than root becomes the hard
 * limit. The shell keeps no copy: its children inherit the limits from the kernel. A small
 * coroutine driven by {@link BuiltinFrame}.
 */
final class UlimitBuiltin {
    private static final String USAGE = "ulimit: usage: ulimit [-SHabcdefiklmnpqrstuvxPRT] [limit]\n";
    private static final int SOFT = 1;
    private static final int HARD = 2;
    /** -p's unit (bash's "512 bytes"). */
    private static final long BLOCK = 512;
    /** -c and -f count "blocks" of 1024 bytes, as bash outside POSIX mode (ulimit.def). */
    private static final long KIB = 1024;
    /** -p: the pipe buffer in 512-byte blocks, as bash reports PIPE_BUF; it can't be set. */
    private static final long PIPE_BLOCKS = 8;

    /** One line of bash's limits table: option, description, units, factor, resource (null: -p). */
    private record Limit(char option, String description, String units, long factor, Rlimit resource) {
    }

    /** In bash's order, which -a keeps. */
    private static final List<Limit> LIMITS = List.of(
            new Limit('R', "real-time non-blocking time", "microseconds", 1, Rlimit.RLIMIT_RTTIME),
            new Limit('c', "core file size", "blocks", KIB, Rlimit.RLIMIT_CORE),
            new Limit('d', "data seg size", "kbytes", KIB, Rlimit.RLIMIT_DATA),
            new Limit('e', "scheduling priority", null, 1, Rlimit.RLIMIT_NICE),
            new Limit('f', "file size", "blocks", KIB, Rlimit.RLIMIT_FSIZE),
            new Limit('i', "pending signals", null, 1, Rlimit.RLIMIT_SIGPENDING),
            new Limit('l', "max locked memory", "kbytes", KIB, Rlimit.RLIMIT_MEMLOCK),
            new Limit('m', "max memory size", "kbytes", KIB, Rlimit.RLIMIT_RSS),
            new Limit('n', "open files", null, 1, Rlimit.RLIMIT_NOFILE),
            new Limit('p', "pipe size", "512 bytes", BLOCK, null),
            new Limit('q', "POSIX message queues", "bytes", 1, Rlimit.RLIMIT_MSGQUEUE),
            new Limit('r', "real-time priority", null, 1, Rlimit.RLIMIT_RTPRIO),
            new Limit('s', "stack size", "kbytes", KIB, Rlimit.RLIMIT_STACK),
            new Limit('t', "cpu time", "seconds", 1, Rlimit.RLIMIT_CPU),
            new Limit('u', "max user processes", null, 1, Rlimit.RLIMIT_NPROC),
            new Limit('v', "virtual memory", "kbytes", KIB, Rlimit.RLIMIT_AS),
            new Limit('x', "file locks", null, 1, Rlimit.RLIMIT_LOCKS));

    /** What to do with one limit: print it (value null) or set it to value. */
    private record Op(Limit limit, String value) {
    }

    private final List<String> argv;
    private final List<Op> ops = new ArrayList<>();
    private int mode;
    private boolean describe;
    private int next;
    /** The limit being read (old = {soft, hard}) and the new one, when set. */
    private long[] old = new long[2];
    private long[] set;
    private boolean started;
    /** Whether geteuid has answered and what: root may set a soft limit to unlimited. */
    private boolean haveEuid;
    private long euid;
    private int status;

    UlimitBuiltin(List<String> argv) {
        this.argv = List.copyOf(argv);
    }

    UlimitBuiltin copy() {
        UlimitBuiltin u = new UlimitBuiltin(argv);
        u.ops.addAll(ops);
        u.mode = mode;
        u.describe = describe;
        u.next = next;
        u.old = old.clone();
        u.set = set == null ? null : set.clone();
        u.started = started;
        u.haveEuid = haveEuid;
        u.euid = euid;
        u.status = status;
        return u;
    }

    int status() {
        return status;
    }

    /**
     * The next call (geteuid first, then a prlimit64 to get and one to set each limit), or
     * null when done: after the last limit, or at the first that fails, as bash stops.
     */
    Trap next(BuiltinFrame b, long ret) {
        if (!started) {
            started = true;
            if (!parse(b)) {
                return null;
            }
            return new Syscall.Geteuid();
        }
        if (!haveEuid) {
            haveEuid = true;
            euid = ret;
            return nextOp(b);
        }
        Op op = ops.get(next);
        if (set != null) {          // the set has returned
            if (ret < 0) {
                fail(b, op.limit.description + ": cannot modify limit: " + Errno.strerror(ret));
                return null;
            }
            set = null;
            next++;
            return nextOp(b);
        }
        if (ret < 0) {              // the get failed
            fail(b, op.limit.description + ": cannot get limit: " + Errno.strerror(ret));
            return null;
        }
        if (op.value == null) {
            print(b, op.limit, (mode & SOFT) != 0 ? old[0] : old[1]);
            next++;
            return nextOp(b);
        }
        long value = value(b, op);
        if (value == BAD) {
            next = ops.size();
            return null;
        }
        if (value == Rlimit.RLIM_INFINITY && euid != 0 && (mode & HARD) == 0
                && Long.compareUnsigned(old[0], old[1]) <= 0) {
            value = old[1];
        }
        long soft = (mode & SOFT) != 0 ? value : old[0];
        long hard = (mode & HARD) != 0 ? value : old[1];
        set = new long[] {soft, hard};
        return Libc.prlimit64(0, op.limit.resource.ordinal(), set, null);
    }

    /** The get of the next limit, or null when none is left (-p needs no call). */
    private Trap nextOp(BuiltinFrame b) {
        while (next < ops.size()) {
            Op op = ops.get(next);
            if (op.limit.resource != null) {
                return Libc.prlimit64(0, op.limit.resource.ordinal(), null, old);
            }
            if (op.value != null) {
                fail(b, op.limit.description + ": cannot modify limit: " + Errno.EINVAL.message);
                return null;
            }
            print(b, op.limit, PIPE_BLOCKS * BLOCK);
            next++;
        }
        return null;
    }

    /** A value no limit can have: the LIMIT argument was bad (reported). */
    private static final long BAD = -2;

    /** LIMIT as a number of bytes (or units), RLIM_INFINITY, or BAD after bash's complaint. */
    private long value(BuiltinFrame b, Op op) {
        String v = op.value;
        switch (v) {
            case "unlimited": return Rlimit.RLIM_INFINITY;
            case "hard": return old[1];
            case "soft": return old[0];
            default: break;
        }
        boolean digits = true;     // bash's all_digits: "" is 0
        for (int i = 0; i < v.length(); i++) {
            digits &= v.charAt(i) >= '0' && v.charAt(i) <= '9';
        }
        if (!digits) {
            boolean hex = v.startsWith("0x") || v.startsWith("0X");
            fail(b, v + (hex ? ": invalid hex number" : ": invalid number"));
            return BAD;
        }
        try {
            return v.isEmpty() ? 0 : Math.multiplyExact(Long.parseLong(v), op.limit.factor);
        } catch (ArithmeticException | NumberFormatException e) {
            fail(b, v + ": limit out of range");
            return BAD;
        }
    }

    private void fail(BuiltinFrame b, String msg) {
        b.error("ulimit: " + msg + "\n");
        status = 1;
    }

    /** The options and their LIMITs; false after a bad option (status 2). */
    private boolean parse(BuiltinFrame b) {
        boolean all = false;
        BuiltinOptions o = new BuiltinOptions(b, argv, OPTIONS, USAGE);
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                status = BuiltinOptions.STATUS;
                return false;
            } else if (c == 'S' || c == 'H') {
                mode |= c == 'S' ? SOFT : HARD;
            } else if (c == 'a') {
                all = true;
            } else {                    // -n5, -n 5 (a next word not an option) or -n
                ops.add(new Op(limit((char) c), o.arg()));
            }
        }
        List<String> rest = o.operands();
        if (!rest.isEmpty()) {          // `ulimit 100`: -f's value
            if (ops.isEmpty()) {
                ops.add(new Op(limit('f'), rest.get(0)));
            } else if (ops.get(ops.size() - 1).value == null) {
                Op last = ops.remove(ops.size() - 1);
                ops.add(new Op(last.limit, rest.get(0)));
            }
        }
        if (all) {                      // bash prints them all and does nothing else
            ops.clear();
            for (Limit l : LIMITS) {
                ops.add(new Op(l, null));
            }
        }
        if (ops.isEmpty()) {
            ops.add(new Op(limit('f'), null));
        }
        describe = ops.size() > 1;
        if (mode == 0) {
            mode = SOFT | HARD;         // set both; print the soft one
        }
        return true;
    }

    /** internal_getopt's option string: -S, -H, -a, and each limit, whose value may follow. */
    private static final String OPTIONS = options();

    private static String options() {
        StringBuilder sb = new StringBuilder("SHa");
        for (Limit l : LIMITS) {
            sb.append(l.option).append(';');
        }
        return sb.toString();
    }

    private static Limit limit(char c) {
        for (Limit l : LIMITS) {
            if (l.option == c) {
                return l;
            }
        }
        return null;
    }

    private void print(BuiltinFrame b, Limit l, long v) {
        StringBuilder sb = new StringBuilder();
        if (describe) {
            String units = l.units == null ? "(-" + l.option + ") " : "(" + l.units + ", -" + l.option + ") ";
            sb.append(String.format("%-20s %20s", l.description, units));
        }
        sb.append(v == Rlimit.RLIM_INFINITY ? "unlimited" : Long.toUnsignedString(v / l.factor));
        b.say(b.out(), sb.append('\n').toString());
    }
}
