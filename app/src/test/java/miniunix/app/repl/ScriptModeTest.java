package miniunix.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScriptModeTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(FakeMachine m, String script, long maxTicks) throws IOException {
        LineSource in = new LineSource(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
        return new ScriptMode(m, in, out, new PrintStream(err, true, StandardCharsets.UTF_8), maxTicks).run();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linesAreFedOneAtATimeAndEofLogsOut() throws IOException {
        assertEquals(0, run(new FakeMachine(false), "echo a\nsleep 5\necho b\n", 0));
        assertEquals("a\nb\n", out());
    }

    @Test
    void aLastLineWithoutNewlineStillRuns() throws IOException {
        run(new FakeMachine(false), "echo a\necho b", 0);
        assertEquals("a\nb\n", out());
    }

    @Test
    void exitStatusIsTheSessions() throws IOException {
        assertEquals(3, run(new FakeMachine(false), "echo a\nexit 3\necho never\n", 0));
        assertEquals("a\n", out());
    }

    @Test
    void maxTicksEndsARunawayJobWithStatus124() throws IOException {
        assertEquals(ScriptMode.TIMED_OUT, run(new FakeMachine(false), "echo a\nspin\n", 2500));
        assertEquals("a\n", out());
        assertEquals("miniunix: --max-ticks 2500 reached\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stdoutAndStderrGoToTheirOwnStreams() throws IOException {
        run(new FakeMachine(false), "echo a\nwarn oops\necho b\n", 0);
        assertEquals("a\nb\n", out());
        assertEquals("oops\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void oneHostFileForBothKeepsTheirOrder() throws IOException {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        LineSource in = new LineSource(new ByteArrayInputStream("echo a\nwarn oops\necho b\n"
                .getBytes(StandardCharsets.UTF_8)));
        new ScriptMode(new FakeMachine(false), in, both, new PrintStream(both, true, StandardCharsets.UTF_8), 0).run();
        assertEquals("a\noops\nb\n", both.toString(StandardCharsets.UTF_8));
    }

    @Test
    void maxTicksLeavesAShortRunAlone() throws IOException {
        assertEquals(0, run(new FakeMachine(false), "sleep 10\necho done\n", 100));
        assertEquals("done\n", out());
    }
}
