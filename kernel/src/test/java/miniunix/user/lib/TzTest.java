package miniunix.user.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** TZ as glibc's tzset reads it, on a system with no zoneinfo files. */
class TzTest {
    /** 2024-07-03 09:46:40 UTC, and 2024-01-01 00:00:00 UTC. */
    private static final long JULY = 1720000000L;
    private static final long JANUARY = 1704067200L;

    private static String at(String tz, long sec) {
        return Strftime.format("%F %T %Z %z", sec, 0, Tz.of(tz));
    }

    @Test
    void posixZonesWithoutDst() {
        assertEquals("2024-07-03 09:46:40 UTC +0000", at("UTC0", JULY));
        assertEquals("2024-07-03 18:46:40 JST +0900", at("JST-9", JULY));
        assertEquals("2024-07-03 15:16:40 +0530 +0530", at("<+0530>-5:30", JULY));
        assertEquals("2024-07-03 04:46:40 EST -0500", at("EST+5", JULY));
        assertEquals("2024-07-02 09:46:40 ABC -2400", at("ABC+25", JULY), "hours at most 24");
    }

    @Test
    void dstWithTheUsRulesByDefaultOrTheGivenOnes() {
        assertEquals("2024-07-03 05:46:40 EDT -0400", at("EST5EDT", JULY));
        assertEquals("2023-12-31 19:00:00 EST -0500", at("EST5EDT", JANUARY));
        Tz us = Tz.of("EST5EDT");
        assertFalse(us.isDst(1710054000L - 1), "2024-03-10 01:59:59 EST");
        assertTrue(us.isDst(1710054000L), "2024-03-10 02:00 EST is 03:00 EDT (second Sunday of March)");
        assertTrue(us.isDst(1730613600L - 1), "2024-11-03 01:59:59 EDT");
        assertFalse(us.isDst(1730613600L), "2024-11-03 02:00 EDT is 01:00 EST (first Sunday of November)");
        assertEquals("2024-07-03 11:46:40 CEST +0200", at("CET-1CEST,M3.5.0,M10.5.0/3", JULY));
        assertEquals("2024-01-01 01:00:00 CET +0100", at("CET-1CEST,M3.5.0,M10.5.0/3", JANUARY));
        assertEquals("2024-07-03 05:46:40 XDT -0400", at("XST5XDT4,J60/0,J300", JULY));
        assertEquals("2024-07-03 21:46:40 NZST +1200", at("NZST-12NZDT,M9.5.0,M4.1.0/3", JULY),
                "southern hemisphere: DST over the new year");
        assertEquals("2024-01-01 13:00:00 NZDT +1300", at("NZST-12NZDT,M9.5.0,M4.1.0/3", JANUARY));
    }

    @Test
    void whatGlibcMakesOfOtherValues() {
        assertEquals("2024-07-03 09:46:40 UTC +0000", at(null, JULY), "no TZ, no /etc/localtime");
        assertEquals("2024-07-03 09:46:40 Universal +0000", at("", JULY), "no zoneinfo/Universal");
        assertEquals("2024-07-03 09:46:40 UTC +0000", at(":", JULY));
        assertEquals("2024-07-03 05:46:40 EDT -0400", at(":EST5EDT", JULY));
        assertEquals("2024-07-03 09:46:40 America +0000", at("America/New_York", JULY),
                "no zoneinfo file: a name with no offset");
        assertEquals("2024-07-03 09:46:40  +0000", at("AB-1", JULY), "a name is 3 letters at least");
        assertEquals("2023-12-31 23:00:00 XYZ -0100", at("XYZ1!", JANUARY), "junk after the offset");
        assertEquals("2024-07-03 09:46:40  +0000", at("XYZ1!", JULY),
                "and zeroed rules: DST from Jan 1 01:00 UTC, named \"\" at offset 0");
    }

    @Test
    void localTimesBackToUtcAsMktime() {
        Tz us = Tz.of("EST5EDT");
        assertEquals(JULY, us.utcOf(JULY - 4 * 3600));
        assertEquals(JANUARY, us.utcOf(JANUARY - 5 * 3600));
        assertEquals(JANUARY, Tz.of("JST-9").utcOf(JANUARY + 9 * 3600));
    }
}
