package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * vmstat against the reference captures: /proc as it was when vmstat-s.txt and vmstat-a.txt
 * were taken (their counters agree: the same 569194 context switches over 96485 ticks give
 * both files' cs of 590), so the lines must come out as procps printed them.
 */
class VmstatTest {
    private static final String STAT = "cpu  20475 0 12702 62891 126 0 79 212 0 0\n"
            + "cpu0 10000 0 6000 31000 60 0 40 100 0 0\ncpu1 10475 0 6702 31891 66 0 39 112 0 0\n"
            + "intr 287134 0 1\nctxt 569194\nbtime 1795426412\nprocesses 10276\n"
            + "procs_running 3\nprocs_blocked 0\nsoftirq 1 0 1 0 0 0 0 0 0 0 0\n";
    private static final String MEMINFO = "MemTotal:       24684092 kB\n"
            + "MemFree:        24170620 kB\nMemAvailable:   24333412 kB\nBuffers:            7888 kB\n"
            + "Cached:          411964 kB\nSwapCached:            0 kB\nActive:          137124 kB\n"
            + "Inactive:        209660 kB\nSwapTotal:             0 kB\nSwapFree:              0 kB\n";
    private static final String VMSTAT = "nr_free_pages 6042655\npgpgin 774797\npgpgout 719092\n"
            + "pswpin 0\npswpout 0\n";

    private FakeSys sys;

    private int run(String... argv) {
        sys = new FakeSys().file("/proc/stat", STAT).file("/proc/meminfo", MEMINFO)
                .file("/proc/vmstat", VMSTAT).file("/proc/uptime", "512.95 654.87\n");
        return sys.run(new Binaries().load("/usr/bin/vmstat", List.of(argv), List.of()).program());
    }

    private String out(String... argv) {
        assertEquals(0, run(argv), sys.err());
        return sys.out();
    }

    @Test
    void statsAreVmstatSTxtLineForLine() throws Exception {
        String want = java.nio.file.Files.readString(java.nio.file.Path.of(
                "/work/shared/reference/vmstat-s.txt"));
        assertEquals(want, out("vmstat", "-s"));
    }

    @Test
    void theFirstLineAveragesSinceBootAsProcpsDoes() {
        assertEquals("procs -----------memory---------- ---swap-- -----io---- -system-- ------cpu-----\n"
                + " r  b   swpd   free  inact active   si   so    bi    bo   in   cs us sy id wa st\n"
                + " 3  0      0 24170620 209660 137124    0    0   803   745  298  590 21 13 65  0  0\n",
                out("vmstat", "-a"));
        assertEquals(" 3  0      0 24170620   7888 411964    0    0   803   745  298  590 21 13 65  0  0\n",
                out("vmstat").split("\n", 3)[2]);
        assertEquals(" 3  0      0  23604      7    402    0    0   803   745  298  590 21 13 65  0  0\n",
                out("vmstat", "-S", "M").split("\n", 3)[2]);
        assertTrue(out("vmstat", "-w").startsWith("--procs-- -----------------------memory--------"
                + "-------------- ---swap-- -----io---- -system-- ----------cpu----------\n"
                + "   r    b         swpd         free         buff        cache   si   so    bi    bo"
                + "   in   cs  us  sy  id  wa  st  gu\n"
                + "   3    0            0     24170620         7888       411964    0    0   803   745"
                + "  298  590  21  13  65   0   0   0\n"), sys.out());
    }

    @Test
    void jsonIsOneObjectWithTheSameNumbers() {
        assertEquals("{\"r\":3,\"b\":0,\"swpd\":0,\"free\":24170620,\"buff\":7888,\"cache\":411964,"
                + "\"si\":0,\"so\":0,\"bi\":803,\"bo\":745,\"in\":298,\"cs\":590,\"us\":21,\"sy\":13,"
                + "\"id\":65,\"wa\":0,\"st\":0,\"gu\":0,\"unit\":\"KiB\"}\n", out("vmstat", "--json"));
    }

    @Test
    void countSamplesSleepDelayBetweenThem() {
        String text = out("vmstat", "2", "3");
        assertEquals(5, text.split("\n").length);
        assertEquals(4_000_000_000L, sys.slept, "two sleeps of DELAY");
        // Nothing changed in the fake /proc: every later line has zero rates and all idle.
        assertTrue(text.endsWith(" 3  0      0 24170620   7888 411964    0    0     0     0    0"
                + "    0  0  0 100  0  0\n"), text);
    }

    @Test
    void badInputIsProcpsOneLineAndStatus1() {
        assertEquals(1, run("vmstat", "0"));
        assertEquals("vmstat: delay must be positive integer\n", sys.err());
        assertEquals(1, run("vmstat", "--", "-3"));
        assertEquals("vmstat: delay must be positive integer\n", sys.err());
        assertEquals(1, run("vmstat", "1", "x"));
        assertEquals("vmstat: failed to parse argument: 'x'\n", sys.err());
        assertEquals(1, run("vmstat", "-S", "q"));
        assertEquals("vmstat: -S requires k, K, m or M (default is KiB)\n", sys.err());
        assertEquals(1, run("vmstat", "-z"));
        assertTrue(sys.err().startsWith("vmstat: invalid option -- 'z'\n\nUsage:\n vmstat [options]"),
                sys.err());
        assertEquals("", sys.out());
        assertEquals(1, run("vmstat", "1", "2", "3"));
        assertTrue(sys.err().startsWith("\nUsage:\n"), sys.err());
    }

    @Test
    void theHeaderComesAgainEvery21Lines() {
        String[] lines = out("vmstat", "1", "25").split("\n");
        assertEquals(2 + 21 + 2 + 4, lines.length);
        assertTrue(lines[23].startsWith("procs -"), lines[23]);
        assertEquals(27, out("vmstat", "-n", "1", "25").split("\n").length);
    }
}
