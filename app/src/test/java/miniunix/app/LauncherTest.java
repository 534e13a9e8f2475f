package miniunix.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * miniunix as a user's shell sees it: the real launcher, ./miniunix, run as a host process
 * with its stdin, stdout and stderr on host files, and its exit status. The launcher runs the
 * classes under test (MINIUNIX_CLASSPATH) rather than the jar, which is built after the tests.
 *
 * <p>The scenarios of scenarios/host/ and a few others ({@link #SCENARIOS}: a JVM start per
 * run is costly, so not all of them) run as {@code ./miniunix ARGS < NAME.sh > out 2> err}:
 * stderr must be NAME.err, the status NAME.status, and stdout what the in-process run
 * ({@link ScenarioTest}) writes to stdout; then with 2&gt;&amp;1, the transcript NAME.out. The cases below are those of a script run from a host shell: -c and SCRIPT
 * with arguments, the host's stdin reaching the script's commands, fd 1 and fd 2 apart or, when
 * they are one file, in the order written.
 *
 * <p>No signal is ever sent to a host process: every run ends by itself.
 */
class LauncherTest {
    private static final long TIMEOUT_SECONDS = 120;
    /** Scenarios outside scenarios/host/ that also run through the launcher. */
    private static final List<String> SCENARIOS = List.of("shell/errors.sh", "shell/xtrace.sh",
            "jobs/jobs-in-a-script.sh");

    @TempDir
    Path tmp;

    /** What the host saw: stdout, stderr (the same text as stdout when merged), exit status. */
    record Run(String stdout, String stderr, int status) {
    }

    /** ./miniunix args, stdin from a file holding stdin; merged: 2>&1 into one file. */
    Run run(byte[] stdin, boolean merged, String... args) throws IOException, InterruptedException {
        Path root = ScenarioTest.scenarioRoot().getParent();
        List<String> cmd = new ArrayList<>(List.of("bash", root.resolve("miniunix").toString()));
        cmd.addAll(List.of(args));
        Path in = Files.write(Files.createTempFile(tmp, "in", ""), stdin);
        Path out = Files.createTempFile(tmp, "out", "");
        Path err = Files.createTempFile(tmp, "err", "");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile());
        if (merged) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(err.toFile());
        }
        pb.environment().put("MINIUNIX_CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        assertTrue(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "./miniunix " + String.join(" ", args)
                + " still running after " + TIMEOUT_SECONDS + " s");
        String o = Files.readString(out, StandardCharsets.UTF_8);
        return new Run(o, merged ? o : Files.readString(err, StandardCharsets.UTF_8), p.exitValue());
    }

    private Run run(String stdin, String... args) throws IOException, InterruptedException {
        return run(stdin.getBytes(StandardCharsets.UTF_8), false, args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @TestFactory
    List<DynamicTest> everyScenarioThroughTheLauncher() throws IOException {
        Path root = ScenarioTest.scenarioRoot();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path script : ScenarioTest.scripts()) {
            String name = root.relativize(script).toString();
            if (!name.startsWith("host/") && !SCENARIOS.contains(name)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(name, () -> {
                ScenarioTest.Scenario s = ScenarioTest.Scenario.of(script);
                byte[] text = Files.readAllBytes(script);
                Run r = run(text, false, s.args());
                assertEquals(s.expectedErr(), r.stderr(), "stderr of " + script);
                assertEquals(s.expectedStatus(), r.status(), "exit status of " + script);
                assertEquals(ScenarioTest.run(text, s.args()).stdout(), r.stdout(), "stdout of " + script);
                assertEquals(s.expectedOut(), run(text, true, s.args()).stdout(), "2>&1 of " + script);
            }));
        }
        return tests;
    }

    @Test
    void errorsGoToStderrAndOutputToStdout() throws Exception {
        Run r = run("", "-c", "ls /nope; echo err >&2; echo out");
        assertEquals("out\n", r.stdout());
        assertEquals("ls: cannot access '/nope': No such file or directory\nerr\n", r.stderr());
        assertEquals(0, r.status());
    }

    @Test
    void oneFileForBothKeepsTheOrderWritten() throws Exception {
        Run r = run(new byte[0], true, "-c", "echo 1; echo 2 >&2; ls /nope; echo 3; echo 4 >&2");
        assertEquals("1\n2\nls: cannot access '/nope': No such file or directory\n3\n4\n", r.stdout());
    }

    @Test
    void theHostsStdinReachesTheCommands() throws Exception {
        Run r = run("hello\n", "-c", "read x; echo \"[$x]\"; wc -l");
        assertEquals("[hello]\n0\n", r.stdout());
        Path s = file("s.sh", "read a; echo \"got $a\"; cat\n");
        assertEquals("got one\ntwo\nthree\n", run("one\ntwo\nthree\n", s.toString()).stdout());
    }

    @Test
    void aScriptOnStdinIsTheScriptAndItsReadersTakeItsNextLines() throws Exception {
        Run r = run("echo one\ncat\necho two\n");
        assertEquals("one\necho two\n", r.stdout());
        assertEquals("one\nthree\n", run("echo one\nread x\necho got $x\necho three\n").stdout());
    }

    @Test
    void scriptsTakeArguments() throws Exception {
        Path s = file("s.sh", "echo \"$0|$#|$1|$2\"\n");
        assertEquals(s + "|2|a|b c\n", run("", s.toString(), "a", "b c").stdout());
        assertEquals("x y\n", run("", "-c", "echo $0 $1", "x", "y").stdout());
        assertEquals("miniunix 0\n", run("", "-c", "echo $0 $#").stdout());
        assertEquals(s + "|1|--seed|\n", run("", "--cpus", "2", s.toString(), "--seed").stdout());
    }

    @Test
    void aScriptFileRunsAsTheCallMainAsBashFileDoes() throws Exception {
        Path s = file("calls.sh", """
                echo "top: ${#FUNCNAME[@]} [${BASH_SOURCE[*]}] [${BASH_LINENO[*]}]"
                declare -p FUNCNAME BASH_SOURCE BASH_LINENO
                f() { echo "f: [${FUNCNAME[*]}] [${BASH_SOURCE[*]}] [${BASH_LINENO[*]}] $FUNCNAME ${FUNCNAME[-1]}"; g; }
                g() { declare -p FUNCNAME BASH_LINENO; caller 0; caller 1; caller 2 || echo none; }
                f
                echo "in \\$(): $(f)"
                trap 'echo "exit: [${FUNCNAME[*]}] [${BASH_SOURCE[*]}] [${BASH_LINENO[*]}]"' EXIT
                """);
        String expected = """
                top: 0 [calls.sh] [0]
                declare -a FUNCNAME
                declare -a BASH_SOURCE=([0]="calls.sh")
                declare -a BASH_LINENO=([0]="0")
                f: [f main] [calls.sh calls.sh] [5 0] f main
                declare -a FUNCNAME=([0]="g" [1]="f" [2]="main")
                declare -a BASH_LINENO=([0]="3" [1]="5" [2]="0")
                3 f calls.sh
                5 main calls.sh
                none
                in $(): f: [f main] [calls.sh calls.sh] [6 0] f main
                declare -a FUNCNAME=([0]="g" [1]="f" [2]="main")
                declare -a BASH_LINENO=([0]="3" [1]="6" [2]="0")
                3 f calls.sh
                6 main calls.sh
                none
                exit: [] [calls.sh] [0]
                """;
        assertEquals(new Run(expected, "", 0), run("", s.getFileName().toString()));
        if (Files.isExecutable(Path.of("/bin/bash"))) {     // the host's bash FILE says the same
            Process bash = new ProcessBuilder("/bin/bash", s.getFileName().toString()).directory(tmp.toFile())
                    .redirectErrorStream(true).start();
            String got = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(bash.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            assertEquals(expected, got, "bash " + s.getFileName());
        }
    }

    @Test
    void badCommandLinesSayWhatBashSays() throws Exception {
        Run r = run("", "-c");
        assertEquals(new Run("", "miniunix: -c: option requires an argument\n", 2), r);
        r = run("", tmp.resolve("nonexistent.sh").toString());
        assertEquals(new Run("", "miniunix: " + tmp.resolve("nonexistent.sh") + ": No such file or directory\n", 127), r);
        r = run("", tmp.toString());
        assertEquals(new Run("", "miniunix: " + tmp + ": Is a directory\n", 126), r);
    }

    @Test
    void theStatusIsTheScriptsAndExpansionErrorsEndItAsBash() throws Exception {
        assertEquals(new Run("", "", 3), run("", "-c", "exit 3"));
        assertEquals(new Run("", "miniunix: line 1: x: msg\n", 127), run("", "-c", "echo ${x:?msg}; echo no"));
        assertEquals(new Run("", "miniunix: line 1: y: unbound variable\n", 127), run("", "-c", "set -u; echo $y; echo no"));
        Path s = file("u.sh", "echo ${x:?msg}\necho no\n");
        assertEquals(new Run("", s + ": line 1: x: msg\n", 1), run("", s.toString()), "named by $0, as bash");
    }

    @Test
    void aMachineTooSmallToBootSaysSoInsteadOfWaitingForEver() throws Exception {
        // 3M of RAM allows 24 tasks (Linux's threads-max), and boot's kernel threads and
        // services take them all, so init can't fork the login shell.
        assertEquals(new Run("", "miniunix: the machine could not start its shell: boot used up"
                + " the process limit (24 tasks, threads-max for this --mem)\n", 1),
                run("", "--mem", "3M", "-c", "echo hi"));
        assertEquals(new Run("hi\n", "", 0), run("", "--mem", "4M", "-c", "echo hi"));
        assertEquals(new Run("", "miniunix: Invalid value for option '--mem': must be at most 64G\n", 2),
                run("", "--mem", "65G", "-c", "true"));
    }

    @Test
    void aScriptLongerThanOneEnvironmentStringRuns() throws Exception {
        // 150 KiB: more than execve's MAX_ARG_STRLEN (128 KiB), which refused it with E2BIG.
        Path s = file("long.sh", ": padding to make the script long\n".repeat(4500) + "echo done $#\n");
        assertEquals(new Run("done 2\n", "", 0), run("", s.toString(), "a", "b"));
        Path huge = file("huge.sh", "#".repeat(2 << 20) + "\n");
        assertEquals(new Run("", "miniunix: " + huge + ": too large to hand to the machine (1536 KiB at most)\n", 126),
                run("", huge.toString()));
    }
}
