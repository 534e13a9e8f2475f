package miniunix.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * vm replay and malloc sim against OSTEP's own simulators: 300 seeded inputs each, whose
 * answers paging-policy.py and malloc.py computed (captured by ostep-mm/capture.py, beside the
 * captures in test resources, and rewritten as our JSON). Every figure must be equal, orders
 * included. When python3 and the simulators are on this machine (-Dostep.dir, default
 * /work/ostep), a few cases are also captured afresh, to show the resources are what the
 * simulators print today.
 */
class OstepMemoryCapturesTest {
    private static final int LIVE_CASES = 8;

    private static List<String[]> cases(String resource) throws IOException {
        String path = "ostep-mm/" + resource;
        try (InputStream in = OstepMemoryCapturesTest.class.getResourceAsStream(path)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> cases = new ArrayList<>();
            for (String line : text.split("\n")) {
                cases.add(line.split("\t"));
            }
            return cases;
        }
    }

    private static void check(LabCommand command, String sub, List<String[]> cases) {
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of(sub));
            args.addAll(List.of(c[0].split(" ")));
            args.add("--json");
            LabCommand.Output o = command.run(args, false);
            assertEquals(c[1] + "\n", o.stdout(), c[0] + "\n" + o.stderr());
        }
    }

    @Test
    void vmReplayAgreesWithPagingPolicyPy() throws IOException {
        List<String[]> cases = cases("paging-policy.txt");
        assertEquals(300, cases.size());
        check(new VmLab(), "replay", cases);
    }

    @Test
    void mallocSimAgreesWithMallocPy() throws IOException {
        List<String[]> cases = cases("malloc.txt");
        assertEquals(300, cases.size());
        check(new MallocLab(), "sim", cases);
    }

    @Test
    void theCapturesAreWhatTheSimulatorsPrintToday() throws Exception {
        Path ostep = Path.of(System.getProperty("ostep.dir", "/work/ostep"));
        Path script = Path.of("src/test/resources/miniunix/lab/ostep-mm/capture.py");
        assumeTrue(Files.isRegularFile(ostep.resolve("vm-freespace/malloc.py"))
                && Files.isRegularFile(script) && hasPython(), "no python3 or OSTEP simulators");
        Path out = Files.createTempDirectory("ostep-capture");
        try {
            Process p = new ProcessBuilder("python3", script.toString(), ostep.toString(),
                    out.toString(), "--limit", Integer.toString(LIVE_CASES))
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), log);
            for (String name : List.of("paging-policy.txt", "malloc.txt")) {
                List<String> fresh = Files.readAllLines(out.resolve(name));
                List<String[]> kept = cases(name);
                for (int i = 0; i < LIVE_CASES; i++) {
                    assertEquals(String.join("\t", kept.get(i)), fresh.get(i), name + " case " + i);
                }
                check(name.startsWith("malloc") ? new MallocLab() : new VmLab(),
                        name.startsWith("malloc") ? "sim" : "replay",
                        fresh.stream().map(l -> l.split("\t")).toList());
            }
        } finally {
            for (String name : List.of("paging-policy.txt", "malloc.txt")) {
                Files.deleteIfExists(out.resolve(name));
            }
            Files.delete(out);
        }
    }

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
