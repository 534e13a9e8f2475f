package miniunix.app.shell;

import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * bash's time keyword: one reading of the clock and of the CPU time of the shell and of its
 * waited-for children (clock_gettime, getrusage SELF and CHILDREN, the calls bash makes), and
 * the report of two readings in bash's TIMEFORMAT language (print_formatted_time in
 * execute_cmd.c): %[p][l]R real, U user, S system, P CPU percentage; p digits after the point
 * (0 to 3, default 3, truncated as bash does), l for MmS.FFFs; %% a percent sign.
 * <pre>
 *   gettimeofday(&amp;before); getrusage(RUSAGE_SELF, &amp;self); getrusage(RUSAGE_CHILDREN, &amp;kids);
 *   run the pipeline; ... again; print_formatted_time(stderr, TIMEFORMAT, real, user, sys);
 * </pre>
 */
final class Stopwatch {
    /** bash's default TIMEFORMAT, and the format of time -p. */
    static final String BASH_FORMAT = "\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS";
    static final String POSIX_FORMAT = "real %2R\nuser %2U\nsys %2S";
    private static final int MAX_PRECISION = 3;

    private final long[] clock = new long[2];
    private final long[] self = new long[2];
    private final long[] children = new long[2];
    private int calls;

    /** The next call of the reading, or null when it is complete. */
    Trap next() {
        return switch (calls++) {
            case 0 -> Libc.clockGettime(Syscall.ClockGettime.CLOCK_MONOTONIC, clock);
            case 1 -> Libc.getrusage(Syscall.Getrusage.RUSAGE_SELF, self);
            case 2 -> Libc.getrusage(Syscall.Getrusage.RUSAGE_CHILDREN, children);
            default -> null;
        };
    }

    private long realUs() {
        return clock[0] * 1_000_000L + clock[1] / 1000;
    }

    private long userUs() {
        return self[0] + children[0];
    }

    private long sysUs() {
        return self[1] + children[1];
    }

    /** The report of the time between two readings, in format; ends with a newline. */
    static String report(Stopwatch a, Stopwatch b, String format) {
        long real = b.realUs() - a.realUs();
        long user = b.userUs() - a.userUs();
        long sys = b.sysUs() - a.sysUs();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            int start = i;
            c = format.charAt(++i);
            int precision = MAX_PRECISION;
            if (Character.isDigit(c)) {
                precision = Math.min(MAX_PRECISION, c - '0');
                c = i + 1 < format.length() ? format.charAt(++i) : 0;
            }
            boolean longForm = c == 'l';
            if (longForm) {
                c = i + 1 < format.length() ? format.charAt(++i) : 0;
            }
            switch (c) {
                case '%' -> out.append('%');
                case 'R' -> out.append(seconds(real, precision, longForm));
                case 'U' -> out.append(seconds(user, precision, longForm));
                case 'S' -> out.append(seconds(sys, precision, longForm));
                case 'P' -> out.append(percent(user + sys, real));
                default -> out.append(format, start, i + 1);
            }
        }
        return out.append('\n').toString();
    }

    /** mkfmt: seconds with precision digits (truncated), as MmS.FFFs when longForm. */
    static String seconds(long us, int precision, boolean longForm) {
        long sec = us / 1_000_000L;
        long ms = us % 1_000_000L / 1000;
        StringBuilder sb = new StringBuilder();
        if (longForm) {
            sb.append(sec / 60).append('m');
            sec %= 60;
        }
        sb.append(sec);
        if (precision > 0) {
            String frac = String.format("%03d", ms).substring(0, precision);
            sb.append('.').append(frac);
        }
        return longForm ? sb.append('s').toString() : sb.toString();
    }

    /** %P: CPU time over real time, in percent with two decimals, at most 100. */
    private static String percent(long cpuUs, long realUs) {
        long hundredths = realUs == 0 ? 0 : Math.min(10_000, cpuUs * 10_000 / realUs);
        return hundredths / 100 + "." + String.format("%02d", hundredths % 100);
    }

    Stopwatch copy() {
        Stopwatch s = new Stopwatch();
        System.arraycopy(clock, 0, s.clock, 0, 2);
        System.arraycopy(self, 0, s.self, 0, 2);
        System.arraycopy(children, 0, s.children, 0, 2);
        s.calls = calls;
        return s;
    }
}
