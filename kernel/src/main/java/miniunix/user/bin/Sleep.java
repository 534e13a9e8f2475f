package miniunix.user.bin;

import java.util.List;
import java.util.regex.Pattern;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * sleep(1) of coreutils: pauses for the sum of its arguments, each a number of seconds
 * (fractions and exponents allowed: 0.5, 1e-3) with an optional suffix s, m, h or d;
 * {@code inf} or {@code infinity} sleeps until a signal ends it. Every bad argument is
 * reported, then one "Try" line.
 * <pre>
 *   struct timespec ts = { secs, nanos }; nanosleep(&amp;ts, NULL); return 0;
 * </pre>
 */
public final class Sleep extends Proc {
    private static final String USAGE = "Usage: sleep NUMBER[SUFFIX]...\n"
            + "Pause for NUMBER seconds.  SUFFIX may be 's' for seconds (the default),\n"
            + "'m' for minutes, 'h' for hours or 'd' for days.\n";

    private boolean slept;
    /** sleep inf: each nanosleep that returns is made again. */
    private boolean forever;

    public Sleep(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (slept) {
            return forever && ret == 0 ? new Syscall.Nanosleep(Long.MAX_VALUE) : exit(0);
        }
        Opts o = Opts.parse(argv, "");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        if (o.operands.isEmpty()) {
            return fail(1, "missing operand\n" + Opts.tryHelp(prog()));
        }
        double seconds = 0;
        boolean bad = false;
        for (String a : o.operands) {
            double s = seconds(a);
            if (s < 0) {
                err.print(prog()).print(": invalid time interval ").print(Quote.quote(a));
                err.print('\n');
                bad = true;
            }
            seconds += s;
        }
        if (bad) {
            err.print(Opts.tryHelp(prog())).print('\n');
            return exit(1);
        }
        slept = true;
        forever = Double.isInfinite(seconds);
        return new Syscall.Nanosleep((long) Math.min(seconds * 1e9, Long.MAX_VALUE));
    }

    /** Compiled once: `for ...; do sleep 2 & done` runs thousands of sleeps. */
    private static final Pattern INFINITY = Pattern.compile("(?i)\\+?inf(inity)?[smhd]?");
    private static final Pattern INTERVAL = Pattern.compile("\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?[smhd]?");

    /** The seconds one argument stands for (as strtod reads it), or -1 if not an interval. */
    static double seconds(String a) {
        a = a.stripLeading();
        if (INFINITY.matcher(a).matches()) {
            return Double.POSITIVE_INFINITY;
        }
        if (!INTERVAL.matcher(a).matches()) {
            return -1;
        }
        char unit = a.charAt(a.length() - 1);
        int scale = unit == 'm' ? 60 : unit == 'h' ? 3600 : unit == 'd' ? 86400 : 1;
        String number = Character.isLetter(unit) ? a.substring(0, a.length() - 1) : a;
        return Double.parseDouble(number) * scale;
    }
}
