package miniunix.user.bin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ps's time columns, as procps-ng's output.c formats them. */
class PsTimeTest {
    /** 2026-11-23 09:33:32 UTC, as in shared/reference/proc-stat.txt. */
    private static final long BTIME = 1795426412L;

    private static PsRow startedAt(long ticks) {
        return new PsRow(1, "x", 'S', 0, 1, 1, 0, -1, 0, 0, 0, 20, 0, 1, ticks, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0,
                0, 0, null, null);
    }

    private static PsField.Context at(long uptimeTicks) {
        return new PsField.Context(uptimeTicks, BTIME, 1024, List.of());
    }

    @Test
    void durations() {
        assertEquals("00:00:06", PsTime.time(6));
        assertEquals("1-01:01:01", PsTime.time(90061));
        assertEquals("0:06", PsTime.bsdtime(6));
        assertEquals("125:00", PsTime.bsdtime(7500));
        assertEquals("00:59", PsTime.etime(59));
        assertEquals("01:00:00", PsTime.etime(3600));
        assertEquals("2-00:00:01", PsTime.etime(172801));
    }

    @Test
    void startTimesDependOnAge() {
        PsRow r = startedAt(0);
        assertEquals("09:33", PsTime.stime(r, at(100)));
        assertEquals("09:33:32", PsTime.start(r, at(100)));
        long twoDays = 2 * 86400 * 100L;
        assertEquals("Nov23", PsTime.stime(r, at(twoDays)));
        assertEquals("  Nov 23", PsTime.start(r, at(twoDays)));
        assertEquals("2026", PsTime.stime(r, at(60 * 86400 * 100L)));
    }

    @Test
    void lstartIsCtimes() {
        assertEquals("Mon Nov 23 09:33:32 2026", PsTime.lstart(startedAt(0), at(100)));
        assertEquals("Tue Dec  1 09:33:32 2026", PsTime.lstart(startedAt(8 * 86400 * 100L),
                at(100)));
    }

    @Test
    void cpuShareOverTheWholeLife() {
        PsRow yes = new PsRow(40, "yes", 'R', 39, 40, 40, 0, -1, 0, 697, 0, 20, 0, 1, 0, 0, 0, 0, 0, 0,
                0, 0, 40, 0, 0, 0, 0, null, null);
        assertEquals("99.5", PsTime.pcpu(yes, at(700)));
        assertEquals("99", PsTime.c(yes, at(700)));
        assertEquals("0.0", PsTime.pcpu(yes, at(50)));
    }
}
