package miniunix.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sched states against EXPERIMENTS.md section 3's example table. */
class SchedStatesTest {
    private static String json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        LabCommand.Output o = new SchedStates().run(all, false);
        assertEquals(0, o.status(), o.stderr());
        return o.stdout();
    }

    private static String tick(int t, boolean ioDone, String s0, String s1, int cpu, int ios) {
        return "{\"tick\":" + t + ",\"ioDone\":" + ioDone + ",\"states\":[\"" + s0 + "\",\"" + s1
                + "\"],\"cpu\":" + cpu + ",\"ios\":" + ios + "}";
    }

    @Test
    void onIoLaterRunsTheOtherProcessWhileTheIoIsInFlight() {
        String j = json("--programs", "c1,i:c3", "--io-length", "2");
        assertTrue(j.startsWith("{\"programs\":[\"c1,i\",\"c3\"],\"switch\":\"on-io\","
                + "\"ioDonePolicy\":\"later\",\"ioLength\":2,\"ticks\":["), j);
        assertTrue(j.contains(tick(3, false, "BLOCKED", "RUN:cpu", 1, 1)), j);
        assertTrue(j.contains(tick(5, true, "READY", "RUN:cpu", 1, 0)), j);
        assertTrue(j.contains(tick(6, false, "RUN:io_done", "DONE", 1, 0)), j);
        assertTrue(j.endsWith("\"totals\":{\"time\":6,\"cpuBusy\":6,\"ioBusy\":2}}\n"), j);
    }

    @Test
    void immediateTakesTheCpuAtTheCompletion() {
        String j = json("--programs", "c1,i:c3", "--io-length", "2", "--io-done", "immediate");
        assertTrue(j.contains(tick(5, true, "RUN:io_done", "READY", 1, 0)), j);
        assertTrue(j.contains(tick(6, false, "DONE", "RUN:cpu", 1, 0)), j);
        assertTrue(j.endsWith("\"totals\":{\"time\":6,\"cpuBusy\":6,\"ioBusy\":2}}\n"), j);
    }

    @Test
    void onEndIdlesTheCpuWhileOthersAreReady() {
        String j = json("--programs", "c1,i:c3", "--io-length", "2", "--switch", "on-end");
        assertTrue(j.contains(tick(3, false, "BLOCKED", "READY", 0, 1)), j);
        assertTrue(j.contains(tick(8, false, "DONE", "RUN:cpu", 1, 0)), j);
        assertTrue(j.endsWith("\"totals\":{\"time\":8,\"cpuBusy\":6,\"ioBusy\":2}}\n"), j);
    }

    @Test
    void anIoOfLengthZeroIsNeverInFlight() {
        String j = json("--programs", "i", "--io-length", "0");
        assertTrue(j.contains("{\"tick\":1,\"ioDone\":false,\"states\":[\"RUN:io\"],\"cpu\":1,"
                + "\"ios\":0},{\"tick\":2,\"ioDone\":true,\"states\":[\"RUN:io_done\"]"), j);
        assertTrue(j.endsWith("\"totals\":{\"time\":2,\"cpuBusy\":2,\"ioBusy\":0}}\n"), j);
    }

    @Test
    void theTableIsProcessRunsLayout() {
        String out = new SchedStates().run(List.of("--programs", "c1:c1"), false).stdout();
        assertEquals("Time        PID: 0        PID: 1           CPU           IOs\n"
                + "  1        RUN:cpu         READY             1          \n"
                + "  2           DONE       RUN:cpu             1          \n\n"
                + "Stats: Total Time 2\nStats: CPU Busy 2 (100.00%)\nStats: IO Busy  0 (0.00%)\n\n",
                out);
    }

    @Test
    void badInputIsOneLineOnStderr() {
        for (List<String> args : List.<List<String>>of(List.of("--programs", "c0"), List.of("--programs", "x"),
                List.of("--programs", "c1,,i"), List.of("--programs", "c1", "--switch", "never"),
                List.of("--programs", "c1", "--io-length", "-1"), List.of())) {
            LabCommand.Output o = new SchedStates().run(args, false);
            assertEquals("", o.stdout());
            assertEquals(1, o.status());
            assertEquals(1, o.stderr().split("\n").length, o.stderr());
        }
    }
}
