package miniunix.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** vm replay's command line, table and JSON (EXPERIMENTS.md section 5). */
class VmReplayTest {
    private static LabCommand.Output replay(String... args) {
        List<String> a = new ArrayList<>(List.of("replay"));
        a.addAll(List.of(args));
        return new VmLab().run(a, false);
    }

    @Test
    void jsonHasTheCountsThenTheTraceInOrder() {
        LabCommand.Output o = replay("--policy", "opt", "--frames", "3", "--refs", "1,2,3,4,1",
                "--json");
        assertEquals("{\"policy\":\"opt\",\"frames\":3,\"hits\":1,\"misses\":4,\"trace\":["
                + "{\"page\":1,\"hit\":false,\"evicted\":null,\"resident\":[1]},"
                + "{\"page\":2,\"hit\":false,\"evicted\":null,\"resident\":[1,2]},"
                + "{\"page\":3,\"hit\":false,\"evicted\":null,\"resident\":[1,2,3]},"
                + "{\"page\":4,\"hit\":false,\"evicted\":3,\"resident\":[1,2,4]},"
                + "{\"page\":1,\"hit\":true,\"evicted\":null,\"resident\":[1,2,4]}]}\n",
                o.stdout());
    }

    @Test
    void theTableShowsEachAccessAndTheHitRate() {
        LabCommand.Output o = replay("--policy=lru", "--frames=2", "--refs=1,2,1,3");
        assertEquals("Access  Hit/Miss  Evicted  Resident (least -> most recently used)\n"
                + "     1  miss            -  [1]\n"
                + "     2  miss            -  [1, 2]\n"
                + "     1  hit             -  [2, 1]\n"
                + "     3  miss            2  [1, 3]\n"
                + "lru, 2 frames: 1 hits, 3 misses, hit rate 25.00%\n", o.stdout());
    }

    @Test
    void randomRepeatsWithTheSameSeed() {
        String a = replay("--policy", "random", "--frames", "3", "--refs", "1,2,3,4,5,1,2,3,4,5",
                "--seed", "9").stdout();
        String b = replay("--policy", "random", "--frames", "3", "--refs", "1,2,3,4,5,1,2,3,4,5",
                "--seed", "9").stdout();
        assertEquals(a, b);
    }

    @Test
    void badInputIsOneLineAndNoJson() {
        for (String[] bad : List.of(
                new String[] {"--policy", "lfu", "--frames", "3", "--refs", "1"},
                new String[] {"--policy", "lru", "--frames", "0", "--refs", "1"},
                new String[] {"--policy", "lru", "--frames", "x", "--refs", "1"},
                new String[] {"--policy", "lru", "--frames", "3", "--refs", "1,,2"},
                new String[] {"--policy", "lru", "--frames", "3", "--refs", "1,a"},
                new String[] {"--policy", "lru", "--frames", "3", "--refs=-1,2"},
                new String[] {"--policy", "lru", "--frames", "3"},
                new String[] {"--frames", "3", "--refs", "1"},
                new String[] {"--policy", "lru", "--frames", "3", "--refs", "1", "extra"})) {
            List<String> a = new ArrayList<>(List.of(bad));
            a.add("--json");
            LabCommand.Output o = replay(a.toArray(String[]::new));
            assertEquals(1, o.status(), String.join(" ", bad));
            assertEquals("", o.stdout(), String.join(" ", bad));
            assertTrue(o.stderr().startsWith("vm replay: ") && o.stderr().indexOf('\n')
                    == o.stderr().length() - 1, o.stderr());
        }
        assertEquals(1, new VmLab().run(List.of("rewind"), false).status());
    }
}
