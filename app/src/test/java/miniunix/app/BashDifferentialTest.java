package miniunix.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenarios of scenarios/bash/ run by the host's bash (5.2 on the reference machine) when
 * there is one, as ScenarioTest runs them in miniunix: the script on stdin. Its output, with
 * bash's name {@code /bin/bash: } (before {@code line N: }, and $0 before getopts' messages)
 * written as miniunix's {@code miniunix: }, must equal the same golden miniunix is held to by
 * ScenarioTest, line numbers included. So each golden there is bash's behaviour, not only
 * ours.
 *
 * <p>Rule for those scripts: they never send a signal (no kill of a pid, no timeout), since
 * here they run on the host.
 */
class BashDifferentialTest {
    private static final Path BASH = Path.of("/bin/bash");
    private static final long TIMEOUT_SECONDS = 30;

    @TestFactory
    List<DynamicTest> hostBashPrintsTheSameGoldens() throws IOException {
        Path dir = ScenarioTest.scenarioRoot().resolve("bash");
        List<DynamicTest> tests = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return tests;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path script : s.filter(p -> p.toString().endsWith(".sh")).sorted()
                    .collect(Collectors.toList())) {
                tests.add(DynamicTest.dynamicTest(script.getFileName().toString(), () -> check(script)));
            }
        }
        return tests;
    }

    private static void check(Path script) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(BASH), "no host bash");
        Path root = ScenarioTest.scenarioRoot().getParent();
        ProcessBuilder pb = new ProcessBuilder(BASH.toString()).directory(root.toFile())
                .redirectInput(script.toFile()).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        Process bash = pb.start();
        byte[] out = bash.getInputStream().readAllBytes();
        assumeTrue(bash.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "host bash took too long");
        String name = BASH + ": ";     // $0, bash's name for its errors
        StringBuilder got = new StringBuilder();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n", -1)) {
            got.append(line.startsWith(name) ? "miniunix: " + line.substring(name.length()) : line).append('\n');
        }
        got.setLength(got.length() - 1);
        String golden = Files.readString(script.resolveSibling(
                script.getFileName().toString().replaceFirst("\\.sh$", ".out")));
        assertEquals(golden, got.toString(), script + " under the host's bash");
    }
}
