package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * sleep(1) of coreutils: pauses for the sum of its arguments, each a number of seconds
 * (fractions allowed) with an optional suffix s, m, h or d.
 * <pre>
 *   struct timespec ts = { secs, nanos }; nanosleep(&amp;ts, NULL); return 0;
 * </pre>
 */
public final class Sleep extends Proc {
    private static final String USAGE = "Usage: sleep NUMBER[SUFFIX]...\n"
            + "Pause for NUMBER seconds.  SUFFIX may be 's' for seconds (the default),\n"
            + "'m' for minutes, 'h' for hours or 'd' for days.\n";

    private boolean slept;

    public Sleep(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (slept) {
            return exit(0);
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
        for (String a : o.operands) {
            double s = seconds(a);
            if (s < 0) {
                return fail(1, "invalid time interval '" + a + "'\n" + Opts.tryHelp(prog()));
            }
            seconds += s;
        }
        slept = true;
        return new Syscall.Nanosleep((long) Math.min(seconds * 1e9, Long.MAX_VALUE));
    }

    /** The seconds one argument stands for, or -1 if it is not a valid interval. */
    static double seconds(String a) {
        if (!a.matches("(\\d+\\.?\\d*|\\.\\d+)[smhd]?")) {
            return -1;
        }
        char unit = a.charAt(a.length() - 1);
        int scale = unit == 'm' ? 60 : unit == 'h' ? 3600 : unit == 'd' ? 86400 : 1;
        String number = Character.isLetter(unit) ? a.substring(0, a.length() - 1) : a;
        return Double.parseDouble(number) * scale;
    }
}
