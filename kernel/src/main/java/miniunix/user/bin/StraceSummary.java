package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import miniunix.kernel.uapi.Sysno;

/**
 * strace -c: calls, errors and system time per syscall, printed as strace's table
 * (strace: src/count.c), most time first. The time is the simulated system time the
 * kernel charged each call.
 */
final class StraceSummary {
    private static final String RULE =
            "------ ----------- ----------- --------- --------- ----------------\n";
    private final long[] calls = new long[Sysno.values().length];
    private final long[] errors = new long[calls.length];
    private final long[] us = new long[calls.length];

    void count(Sysno s, boolean failed, long sysUs) {
        calls[s.ordinal()]++;
        errors[s.ordinal()] += failed ? 1 : 0;
        us[s.ordinal()] += sysUs;
    }

    StraceSummary copy() {
        StraceSummary c = new StraceSummary();
        System.arraycopy(calls, 0, c.calls, 0, calls.length);
        System.arraycopy(errors, 0, c.errors, 0, calls.length);
        System.arraycopy(us, 0, c.us, 0, calls.length);
        return c;
    }

    /** The table, as strace prints it when the traced program ends. */
    String table() {
        List<Sysno> rows = new ArrayList<>();
        long totalUs = 0;
        long totalCalls = 0;
        long totalErrors = 0;
        for (Sysno s : Sysno.values()) {
            if (calls[s.ordinal()] > 0) {
                rows.add(s);
                totalUs += us[s.ordinal()];
                totalCalls += calls[s.ordinal()];
                totalErrors += errors[s.ordinal()];
            }
        }
        rows.sort((a, b) -> us[a.ordinal()] != us[b.ordinal()]
                ? Long.compare(us[b.ordinal()], us[a.ordinal()])
                : a.linuxName.compareTo(b.linuxName));
        StringBuilder sb = new StringBuilder("% time     seconds  usecs/call     calls    errors syscall\n");
        sb.append(RULE);
        for (Sysno s : rows) {
            int i = s.ordinal();
            row(sb, totalUs == 0 ? 0 : 100.0 * us[i] / totalUs, us[i], calls[i], errors[i], s.linuxName);
        }
        sb.append(RULE);
        row(sb, totalUs == 0 ? 0 : 100.0, totalUs, totalCalls, totalErrors, "total");
        return sb.toString();
    }

    private static void row(StringBuilder sb, double pct, long us, long calls, long errors,
            String name) {
        sb.append(String.format(Locale.ROOT, "%6.2f %11.6f %11d %9d %9s %s\n", pct, us / 1e6,
                calls == 0 ? 0 : us / calls, calls, errors == 0 ? "" : Long.toString(errors), name));
    }
}
