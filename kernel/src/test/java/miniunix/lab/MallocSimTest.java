package miniunix.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** malloc sim's command line, JSON and index rules (EXPERIMENTS.md section 6). */
class MallocSimTest {
    private static LabCommand.Output sim(String... args) {
        List<String> a = new ArrayList<>(List.of("sim"));
        a.addAll(List.of(args));
        return new MallocLab().run(a, false);
    }

    private static String json(String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.add("--json");
        LabCommand.Output o = sim(a.toArray(String[]::new));
        assertEquals(0, o.status(), o.stderr());
        return o.stdout();
    }

    @Test
    void theContractsJsonExample() {
        assertEquals("{\"policy\":\"best\",\"order\":\"addr\",\"coalesce\":false,\"heap\":100,"
                + "\"base\":1000,\"header\":0,\"align\":-1,\"ops\":["
                + "{\"op\":\"alloc\",\"index\":0,\"size\":10,\"ptr\":1000,\"searched\":1,"
                + "\"freeList\":[[1010,90]]},"
                + "{\"op\":\"free\",\"index\":0,\"result\":0,\"freeList\":[[1000,10],[1010,90]]},"
                + "{\"op\":\"free\",\"index\":7,\"skipped\":true,"
                + "\"freeList\":[[1000,10],[1010,90]]}],"
                + "\"freeList\":[[1000,10],[1010,90]]}\n", json("--ops=+10,-0,-7"));
    }

    @Test
    void anIndexRemembersAnAddressNotAnAllocation() {
        String j = json("--ops", "+10,-0,+10,-0,-1");
        assertTrue(j.contains("\"index\":1,\"size\":10,\"ptr\":1000,\"searched\":2,"), j);
        assertTrue(j.contains("{\"op\":\"free\",\"index\":0,\"result\":0,\"freeList\":[[1000,10],"
                + "[1010,90]]},{\"op\":\"free\",\"index\":1"), j);
        assertTrue(j.contains("{\"op\":\"free\",\"index\":1,\"result\":-1,"), j);
    }

    @Test
    void onlySuccessfulAllocationsCountTowardsWhatMayBeFreed() {
        String j = json("--ops", "+200,+10,+10,-0,-1,-2");
        assertTrue(j.contains("\"index\":0,\"size\":200,\"ptr\":-1,\"searched\":1,"), j);
        assertTrue(j.contains("\"index\":1,\"size\":10,\"ptr\":1000,"), j);
        assertTrue(j.contains("\"index\":2,\"size\":10,\"ptr\":1010,"), j);
        assertTrue(j.contains("{\"op\":\"free\",\"index\":0,\"result\":-1,"), j);
        assertTrue(j.contains("{\"op\":\"free\",\"index\":1,\"result\":0,"), j);
        assertTrue(j.contains("{\"op\":\"free\",\"index\":2,\"skipped\":true,"), j);
    }

    @Test
    void theTableEndsWithTheFreeSpaceAndItsFragmentation() {
        LabCommand.Output o = sim("--policy", "first", "--ops", "+10,+20,-0,+30");
        assertEquals("Op   Result                     Free list (addr:size)\n"
                + "+10  ptr[0] = 1000, searched 1  1010:90\n"
                + "+20  ptr[1] = 1010, searched 1  1030:70\n"
                + "-0   free(ptr[0]) = 0           1000:10 1030:70\n"
                + "+30  ptr[2] = 1030, searched 2  1000:10 1060:40\n"
                + "first fit, addr order, no coalescing: 2 free chunks, 50 bytes free, largest 40,"
                + " fragmentation 20.0%\n", o.stdout());
    }

    @Test
    void badInputIsOneLineAndNoJson() {
        for (String[] bad : List.of(new String[] {"--policy", "fastest", "--ops", "+1"},
                new String[] {"--order", "random", "--ops", "+1"},
                new String[] {"--ops", "+1,,-0"},
                new String[] {"--ops", "10"},
                new String[] {"--heap", "lots", "--ops", "+1"},
                new String[] {"--align=-2", "--ops", "+1"},
                new String[] {"--ops=+0"},
                new String[] {"--ops", "-0"},
                new String[] {})) {
            List<String> a = new ArrayList<>(List.of(bad));
            a.add("--json");
            LabCommand.Output o = sim(a.toArray(String[]::new));
            assertEquals(1, o.status(), String.join(" ", bad));
            assertEquals("", o.stdout(), String.join(" ", bad));
            assertTrue(o.stderr().startsWith("malloc sim: ") && o.stderr().indexOf('\n')
                    == o.stderr().length() - 1, o.stderr());
        }
    }
}
