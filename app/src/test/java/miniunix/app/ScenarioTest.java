package miniunix.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * mode, exactly as {@code ./miniunix < NAME.sh}: Main's own entry point, stdin not a terminal.
 * Three things are checked apart, as a user's shell sees them: what reaches stdout and stderr
 * together, in order, as on a terminal (NAME.out, the transcript), what reaches stderr alone
 * (NAME.err; empty when there is no such file), and the exit status (NAME.status; 0 when
 * there is no such file). Stdout alone is then the transcript less the stderr lines.
 * An optional NAME.args holds launcher options (whitespace-separated), as in
 * {@code ./miniunix $(cat NAME.args) < NAME.sh}. {@link LauncherTest} runs the same files
 * through ./miniunix itself, as a subprocess.
 *
 * <p>{@code mvn test -Dscenarios.update=true} rewrites the goldens; read every diff before
 * committing it (STYLE.md section 10): a golden is a claim about Unix behaviour.
 */
class ScenarioTest {
    private static final boolean UPDATE = Boolean.getBoolean("scenarios.update");

    /** output is stdout and stderr together, in order; stdout and stderr each alone. */
    record Result(String output, String stdout, String stderr, int status) {
    }

    /** Runs script through Main as `./miniunix ARGS < script` would. */
    static Result run(byte[] script, String... args) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(new Tee(err, both), true, StandardCharsets.UTF_8);
        int status = Main.run(args, new ByteArrayInputStream(script), new Tee(out, both), errStream, false);
        errStream.flush();
        return new Result(both.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8), status);
    }

    /** Writes go to one stream and to the transcript of both. */
    private static final class Tee extends OutputStream {
        private final OutputStream one;
        private final OutputStream both;

        Tee(OutputStream one, OutputStream both) {
            this.one = one;
            this.both = both;
        }

        @Override
        public void write(int b) throws IOException {
            one.write(b);
            both.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            one.write(b, off, len);
            both.write(b, off, len);
        }
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

    /** A scenario's files: the script, its launcher options and its goldens. */
    record Scenario(Path script, String[] args, Path out, Path err, Path status) {
        static Scenario of(Path script) throws IOException {
            String base = script.getFileName().toString().replaceFirst("\\.sh$", "");
            Path argsFile = script.resolveSibling(base + ".args");
            String[] args = Files.exists(argsFile)
                    ? Files.readString(argsFile, StandardCharsets.UTF_8).trim().split("\\s+") : new String[0];
            return new Scenario(script, args, script.resolveSibling(base + ".out"),
                    script.resolveSibling(base + ".err"), script.resolveSibling(base + ".status"));
        }

        String expectedOut() throws IOException {
            assertTrue(Files.exists(out), "missing golden " + out
                    + " (run mvn test -Dscenarios.update=true, then read it)");
            return Files.readString(out, StandardCharsets.UTF_8);
        }

        String expectedErr() throws IOException {
            return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
        }

        int expectedStatus() throws IOException {
            return Files.exists(status) ? Integer.parseInt(Files.readString(status, StandardCharsets.UTF_8).trim()) : 0;
        }
    }

    private static void check(Path script) throws IOException {
        Scenario s = Scenario.of(script);
        Result r = run(Files.readAllBytes(script), s.args());
        if (UPDATE) {
            Files.writeString(s.out(), r.output(), StandardCharsets.UTF_8);
            writeOrDelete(s.err(), r.stderr());
            writeOrDelete(s.status(), r.status() != 0 ? r.status() + "\n" : "");
            return;
        }
        assertEquals(s.expectedOut(), r.output(), script.toString());
        assertEquals(s.expectedErr(), r.stderr(), "stderr of " + script);
        assertEquals(s.expectedStatus(), r.status(), "exit status of " + script);
    }

    private static void writeOrDelete(Path file, String text) throws IOException {
        if (text.isEmpty()) {
            Files.deleteIfExists(file);
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
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
