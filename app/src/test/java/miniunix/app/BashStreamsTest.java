package miniunix.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
 * The same scripts under the host's bash and under miniunix: stdout, stderr and the exit
 * status must be the same. The scripts are app/src/test/bash/NAME.sh, run as
 * {@code bash NAME.sh ARGS < NAME.stdin} and {@code ./miniunix NAME.sh ARGS < NAME.stdin}
 * (NAME.args: the arguments, whitespace-separated; no NAME.stdin: empty stdin), with stdout
 * and stderr on pipes. They use only what both have (no ps, no simulated files).
 *
 * <p>Where {@link BashDifferentialTest} holds the host's bash to the merged goldens of
 * scenarios/bash/ (script on stdin), this one runs SCRIPT files with arguments and their own
 * stdin, and keeps the streams apart.
 *
 * <p>Both start their messages with "SCRIPT: line N: ", so nothing is rewritten before
 * comparing. Skipped where the host has no bash. No signal is sent to the bash processes: each script
 * ends by itself.
 */
class BashStreamsTest {
    private static final long TIMEOUT_SECONDS = 60;
    private static final Path BASH = Path.of("/bin/bash");

    record Outcome(String stdout, String stderr, int status) {
    }

    static Path scriptDir() {
        return ScenarioTest.scenarioRoot().getParent().resolve("app/src/test/bash");
    }

    @TestFactory
    List<DynamicTest> bashAndMiniunixAgree() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> scripts;
        try (Stream<Path> s = Files.list(scriptDir())) {
            scripts = s.filter(p -> p.toString().endsWith(".sh")).sorted().collect(Collectors.toList());
        }
        for (Path script : scripts) {
            tests.add(DynamicTest.dynamicTest(script.getFileName().toString(), () -> compare(script)));
        }
        return tests;
    }

    private static void compare(Path script) throws Exception {
        assumeTrue(Files.isExecutable(BASH), "no bash on this host");
        String base = script.toString().replaceFirst("\\.sh$", "");
        Path argsFile = Path.of(base + ".args");
        Path stdinFile = Path.of(base + ".stdin");
        List<String> args = new ArrayList<>(List.of(script.toString()));
        if (Files.exists(argsFile)) {
            args.addAll(List.of(Files.readString(argsFile, StandardCharsets.UTF_8).trim().split("\\s+")));
        }
        byte[] stdin = Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0];
        Outcome bash = bash(args, stdin);
        Outcome ours = miniunix(args, stdin);
        assertEquals(bash.stdout(), ours.stdout(), "stdout of " + script);
        assertEquals(bash.stderr(), ours.stderr(), "stderr of " + script);
        assertEquals(bash.status(), ours.status(), "exit status of " + script);
    }

    private static Outcome bash(List<String> args, byte[] stdin) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(BASH.toString()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        } catch (IOException e) {
            // bash ended without reading all of stdin: as a pipe's writer sees it
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> copy(p.getErrorStream(), err));
        errReader.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "bash " + args + " did not end");
        errReader.join();
        return new Outcome(out, err.toString(StandardCharsets.UTF_8), p.exitValue());
    }

    private static void copy(InputStream from, ByteArrayOutputStream to) {
        try {
            from.transferTo(to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Outcome miniunix(List<String> args, byte[] stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = Main.run(args.toArray(new String[0]), new ByteArrayInputStream(stdin), out, errStream, false);
        errStream.flush();
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }
}
