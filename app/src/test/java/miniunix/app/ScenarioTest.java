package miniunix.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenario scripts (scenarios/TOPIC/NAME.sh) run through the real front end in script
 * mode, exactly as {@code ./miniunix < NAME.sh}: Main's own entry point, stdin not a terminal,
 * stdout and stderr into one stream. The combined bytes must equal NAME.out, and the exit
 * status NAME.status (0 when there is no such file). An optional NAME.args holds launcher
 * options (whitespace-separated), as in {@code ./miniunix $(cat NAME.args) < NAME.sh}.
 *
 * <p>{@code mvn test -Dscenarios.update=true} rewrites the goldens; read every diff before
 * committing it (STYLE.md section 10): a golden is a claim about Unix behaviour.
 */
class ScenarioTest {
    private static final boolean UPDATE = Boolean.getBoolean("scenarios.update");

    record Result(String output, int status) {
    }

    /** Runs script through Main as `./miniunix ARGS < script` would. */
    static Result run(byte[] script, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = Main.run(args, new ByteArrayInputStream(script), out, err, false);
        err.flush();
        return new Result(out.toString(StandardCharsets.UTF_8), status);
    }

    static Path scenarioRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("miniunix")) && Files.exists(p.resolve("pom.xml"))) {
                return p.resolve("scenarios");
            }
        }
        throw new IllegalStateException("no repository root (./miniunix) above " + here);
    }

    static List<Path> scripts() throws IOException {
        if (!Files.isDirectory(scenarioRoot())) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(scenarioRoot())) {
            return s.filter(p -> p.toString().endsWith(".sh")).sorted().collect(Collectors.toList());
        }
    }

    @TestFactory
    List<DynamicTest> everyScenarioPrintsItsGolden() throws IOException {
        Path root = scenarioRoot();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path script : scripts()) {
            String name = root.relativize(script).toString();
            tests.add(DynamicTest.dynamicTest(name, () -> check(script)));
        }
        return tests;
    }

    private static void check(Path script) throws IOException {
        String base = script.getFileName().toString().replaceFirst("\\.sh$", "");
        Path golden = script.resolveSibling(base + ".out");
        Path statusFile = script.resolveSibling(base + ".status");
        Path argsFile = script.resolveSibling(base + ".args");
        String[] args = Files.exists(argsFile)
                ? Files.readString(argsFile, StandardCharsets.UTF_8).trim().split("\\s+") : new String[0];
        Result r = run(Files.readAllBytes(script), args);
        if (UPDATE) {
            Files.writeString(golden, r.output(), StandardCharsets.UTF_8);
            if (r.status() != 0) {
                Files.writeString(statusFile, r.status() + "\n", StandardCharsets.UTF_8);
            } else {
                Files.deleteIfExists(statusFile);
            }
            return;
        }
        assertTrue(Files.exists(golden), "missing golden " + golden
                + " (run mvn test -Dscenarios.update=true, then read it)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), r.output(), script.toString());
        int expected = Files.exists(statusFile)
                ? Integer.parseInt(Files.readString(statusFile, StandardCharsets.UTF_8).trim()) : 0;
        assertEquals(expected, r.status(), "exit status of " + script);
    }

    @Test
    void sameScriptSameSeedSameBytes() {
        byte[] script = String.join("\n", "ps aux", "pstree -p", "sleep 1 &", "spin 50 &",
                "ps -ef", "echo $$ $! $?", "yes | head -n 2", "wait", "ps aux", "")
                .getBytes(StandardCharsets.UTF_8);
        String[] args = {"--seed", "42", "--cpus", "2", "--max-ticks", "100000"};
        Result first = run(script, args);
        Result second = run(script, args);
        assertTrue(first.output().contains("PID"), first.output());
        assertEquals(first, second);
    }
}
