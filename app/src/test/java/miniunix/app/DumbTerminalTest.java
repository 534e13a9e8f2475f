package miniunix.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A session at a real terminal whose TERM is dumb (Emacs' shell buffer, a serial console, a
 * plain `TERM=dumb ./miniunix`): ./miniunix on a host pseudo-terminal, driven by
 * resources/pty/keys.py, which types keys as a keyboard does. The line discipline turns
 * Ctrl-C, Ctrl-Z and Ctrl-\ into signals for the session, as for any terminal; the session
 * must take them as it does with TERM=xterm. Before, JLine's dumb terminal left them to the
 * JVM: Ctrl-C ended the session (status 130), Ctrl-Z stopped it, Ctrl-\ printed a thread dump.
 * Skipped where the host has no python3.
 */
class DumbTerminalTest {
    private static final long TIMEOUT_SECONDS = 180;

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import pty").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The transcript of typing keys at ./miniunix on a pty with TERM=term, then `exit`. */
    private static String session(String term, String... keys) throws IOException, InterruptedException {
        return session(term, false, keys);
    }

    /** As session, the launcher started with SIGINT ignored when ignoreSigint. */
    private static String session(String term, boolean ignoreSigint, String... keys)
            throws IOException, InterruptedException {
        Path root = ScenarioTest.scenarioRoot().getParent();
        Path script = root.resolve("app/src/test/resources/pty/keys.py");
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString(),
                root.resolve("miniunix").toString()));
        cmd.addAll(List.of(keys));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("TERM", term);
        pb.environment().put("KEYS_IGNORE_SIGINT", ignoreSigint ? "1" : "0");
        pb.environment().put("MINIUNIX_CLASSPATH", System.getProperty("java.class.path"));
        pb.environment().put("HOME", Files.createTempDirectory("dumbterm").toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "keys.py still running");
        return new String(out, StandardCharsets.UTF_8).replace("\r", "");
    }

    @Test
    void ctrlCCtrlZAndCtrlBackslashReachTheForegroundJobWithTermDumb() throws Exception {
        assumeTrue(hasPython(), "no python3 with pty on this host");
        String t = session("dumb",
                "echo $((6*7)); sleep 100\\n", "?42", "\\x03", "echo alive $?\\n",
                "echo $((6*7)); sleep 100\\n", "?42", "\\x1a", "?Stopped", "jobs\\n", "kill %1\\n",
                "echo $((6*7)); sleep 100\\n", "?42", "\\x1c", "echo quit $?\\n");
        assertTrue(t.contains("^C\nuser@miniunix:~$ "), t);
        assertTrue(t.contains("\nalive 130\n"), t);
        assertTrue(t.contains("[1]+  Stopped                 sleep 100\n"), t);
        assertTrue(t.contains("[1]+  Terminated              sleep 100\n"), t);
        assertTrue(t.contains("^\\Quit\n"), t);
        assertTrue(t.contains("\nquit 131\n"), t);
        assertFalse(t.contains("thread dump") || t.contains("Full thread"), t);
        assertTrue(t.endsWith("logout\n\n[status 0]\n"), t);
    }

    /**
     * A session started with SIGINT ignored (a script's background job, as CI may start the
     * tests) still takes Ctrl-C: it comes as a byte, not as a signal the JVM could not catch.
     * And a Ctrl-C typed in the same write as the line before it is not lost.
     */
    @Test
    void ctrlCWorksWhenTheSessionStartsWithSigintIgnoredAndRightAfterEnter() throws Exception {
        assumeTrue(hasPython(), "no python3 with pty on this host");
        String t = session("dumb", true,
                "echo $((6*7)); sleep 100\\n", "?42", "\\x03", "echo alive $?\\n",
                "sleep 100\\n\\x03", "echo again $?\\n");
        assertTrue(t.contains("\nalive 130\n"), t);
        assertTrue(t.contains("\nagain 130\n"), t);
        assertTrue(t.endsWith("logout\n\n[status 0]\n"), t);
    }
}
