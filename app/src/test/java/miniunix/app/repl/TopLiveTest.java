package miniunix.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * top and watch full screen, driven by keys on a JLine terminal backed by streams (as
 * {@link ReplTest}): the frames they draw are read back from the screen, escape sequences and
 * all, and the keys reach them through the console in non-canonical mode. ps on the same
 * terminal cuts its lines at the window's width.
 */
class TopLiveTest {
    private static final long TIMEOUT_SECONDS = 60;
    private static final long POLL_MILLIS = 10;
    /** Where a frame starts: the cursor hidden and sent home. */
    private static final String FRAME = "\033[?25l\033[H";
    /** top's last words: the cursor shown again and the line cleared. */
    private static final String RESTORED = "\033[?12l\033[?25h\033[K";
    private static final Pattern TASK_ROW =
            Pattern.compile("^ *(\\d+) \\S+ +\\S+ +-?\\d+ +(\\S+) +(\\S+) +\\S+ (\\S) +\\S+ +\\S+ +(\\S+) (.*)$");

    @TempDir
    Path tmp;

    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final ExecutorService session = Executors.newSingleThreadExecutor();
    private Terminal terminal;

    @AfterEach
    void stop() {
        session.shutdownNow();
    }

    /** An interactive session at 20 simulated seconds per wall second, on an 80x24 window. */
    private Future<Integer> start() throws IOException {
        Options d = Options.defaults();
        Options options = new Options(d.seed(), d.cpus(), d.memBytes(), null, null, 0, 20.0, false,
                d.pidMax(), d.sched(), d.csCost());
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        terminal = TerminalBuilder.builder().system(false).streams(in, screen)
                .type("xterm").size(new Size(80, 24)).build();
        Attributes tty = terminal.getAttributes();
        tty.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        tty.setControlChar(Attributes.ControlChar.VINTR, 3);
        terminal.setAttributes(tty);
        Machine machine = KernelMachine.boot(options, true);
        return session.submit(() -> Repl.run(options, machine, List.of("top"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                terminal, tmp.resolve("history")));
    }

    private void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until the screen after offset from satisfies done; returns that part. */
    private String await(int from, String what, Predicate<String> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            String all = screen();
            String after = all.substring(Math.min(from, all.length()));
            if (done.test(after)) {
                return after;
            }
            Thread.sleep(POLL_MILLIS);
        }
        String all = screen();
        throw new AssertionError("no " + what + " at the end of "
                + all.substring(Math.max(from, all.length() - 800)).replace("\033", "^["));
    }

    /** Waits for the shell's prompt after offset from. */
    private void awaitPrompt(int from) throws InterruptedException {
        await(from, "prompt", s -> s.endsWith("$ "));
    }

    /** The first whole frame drawn after offset from: the text between two frame starts. */
    private String nextFrame(int from) throws InterruptedException {
        return awaitFrame(from, "a frame", f -> true);
    }

    /** The first whole frame after offset from whose lines satisfy done. */
    private String awaitFrame(int from, String what, Predicate<List<String>> done)
            throws InterruptedException {
        String[] found = new String[1];
        await(from, what, t -> {
            for (int a = t.indexOf(FRAME); a >= 0; a = t.indexOf(FRAME, a + 1)) {
                int b = t.indexOf(FRAME, a + 1);
                if (b < 0) {
                    return false;
                }
                String f = t.substring(a + FRAME.length(), b);
                if (done.test(lines(f))) {
                    found[0] = f;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** A frame's lines without their escape sequences. */
    private static List<String> lines(String frame) {
        List<String> out = new ArrayList<>();
        for (String l : frame.split("\r*\n")) {
            out.add(l.replaceAll("\033\\[[0-9;?]*[A-Za-z]|\033[=>]", ""));
        }
        return out;
    }

    /** The task rows of a frame, as matchers of TASK_ROW (pid, RES, SHR, S, TIME+, COMMAND). */
    private static List<Matcher> rows(String frame) {
        List<Matcher> rows = new ArrayList<>();
        boolean header = false;
        for (String l : lines(frame)) {
            if (header) {
                Matcher m = TASK_ROW.matcher(l);
                assertTrue(m.matches(), l);
                rows.add(m);
            }
            header |= l.trim().startsWith("PID USER");
        }
        return rows;
    }

    /** Whether the task rows are sorted high to low by a TASK_ROW group (ties allowed or not). */
    private static boolean sorted(List<String> lines, int group, boolean ties) {
        List<Matcher> rows = rows(String.join("\n", lines));
        for (int i = 1; i < rows.size(); i++) {
            long a = Long.parseLong(rows.get(i - 1).group(group));
            long b = Long.parseLong(rows.get(i).group(group));
            if (ties ? a < b : a <= b) {
                return false;
            }
        }
        return rows.size() > 1;
    }

    @Test
    void topDrawsFramesSortsByKeysKillsAndQuits() throws Exception {
        Future<Integer> status = start();
        awaitPrompt(0);
        type("sleep 1000 &\n");
        String bg = await(0, "job notice", s -> s.contains("[1] ") && s.endsWith("$ "));
        Matcher job = Pattern.compile("\\[1\\] (\\d+)").matcher(bg);
        assertTrue(job.find(), bg);
        int sleepPid = Integer.parseInt(job.group(1));

        int from = screen().length();
        type("top -d 1\n");
        List<String> first = lines(nextFrame(from));
        assertTrue(first.get(0).startsWith("top - "), first.get(0));
        assertTrue(first.get(1).startsWith("Tasks:"), first.get(1));
        assertTrue(first.get(2).startsWith("%Cpu(s):"), first.get(2));
        assertTrue(first.get(3).startsWith("MiB Mem :"), first.get(3));
        assertEquals("", first.get(5));
        assertEquals(String.format("%5s", "PID") + " USER      PR  NI    VIRT    RES    SHR S  %CPU"
                + "  %MEM     TIME+ COMMAND    ", first.get(6));
        assertEquals(24, first.size(), "the frame fills the 24 rows of the window");

        from = screen().length();
        type("N");
        List<Matcher> byPid = rows(awaitFrame(from, "a frame by PID", l -> sorted(l, 1, false)));
        assertTrue(byPid.stream().anyMatch(m -> m.group(1).equals(Integer.toString(sleepPid))));
        assertTrue(Integer.parseInt(byPid.get(0).group(1)) > sleepPid, "top itself comes first");

        from = screen().length();
        type("M");
        awaitFrame(from, "a frame by RES", l -> sorted(l, 3, true) && !sorted(l, 1, false));

        from = screen().length();
        type("N");
        awaitFrame(from, "a frame by PID again", l -> sorted(l, 1, false));
        from = screen().length();
        type("k");
        await(from, "kill's prompt", s -> s.contains("PID to signal/kill [default pid = "));
        type(sleepPid + "\r");
        await(from, "signal prompt", s -> s.contains("Send pid " + sleepPid + " signal [15/sigterm] "));
        type("9\r");
        from = screen().length();
        List<Matcher> after = rows(nextFrame(from));
        assertFalse(after.stream().anyMatch(m -> m.group(1).equals(Integer.toString(sleepPid))
                && !m.group(4).equals("Z")), "sleep was killed");

        from = screen().length();
        type("q");
        String end = await(from, "prompt after top", s -> s.contains(RESTORED) && s.endsWith("$ "));
        assertTrue(end.contains("Killed"), end);
        type("exit 3\n");
        assertEquals(3, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void topFollowsTheWindowStopsOnCtrlZAndQuitsOnCtrlC() throws Exception {
        Future<Integer> status = start();
        awaitPrompt(0);
        int from = screen().length();
        type("top -d 1\n");
        nextFrame(from);
        from = screen().length();
        terminal.setSize(new Size(100, 12));
        List<String> small = lines(awaitFrame(from, "a 100-column frame",
                l -> l.size() == 12 && l.get(6).length() == 100));
        assertTrue(small.get(6).trim().startsWith("PID USER"), small.get(6));

        from = screen().length();
        type("\032");
        await(from, "the prompt after Ctrl-Z", s -> s.contains(RESTORED) && s.contains("Stopped")
                && s.endsWith("$ "));
        from = screen().length();
        type("fg\n");
        awaitFrame(from, "a frame after fg", l -> l.size() == 12 && l.get(0).startsWith("top - "));

        from = screen().length();
        type("\003");
        await(from, "prompt after Ctrl-C", s -> s.contains(RESTORED) && s.endsWith("$ "));
        type("echo $?\n");
        await(from, "status", s -> String.join("\n", lines(s)).contains("echo $?\n0\n"));
        type("exit\n");
        assertEquals(0, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void watchRunsTheCommandEveryIntervalUnderItsTitleUntilCtrlC() throws Exception {
        Future<Integer> status = start();
        awaitPrompt(0);
        int from = screen().length();
        type("watch -n 1 'echo hi; ps -o pid= -p $$'\n");
        String two = await(from, "two runs", s -> s.split("Every 1.0s").length > 2);
        assertTrue(two.contains("\033[?1049h"), "the alternate screen");
        List<String> first = lines(two.substring(two.indexOf("Every"), two.indexOf("Every", two.indexOf("Every") + 1)));
        String title = first.get(0);
        assertEquals(80, title.length(), title);
        assertTrue(title.startsWith("Every 1.0s: echo hi; ps -o pid= -p $$ "), title);
        assertTrue(title.matches(".* miniunix: Mon Nov 23 09:39:\\d\\d 2026"), title);
        assertEquals("", first.get(1));
        assertEquals("hi", first.get(2));
        assertTrue(first.get(3).trim().matches("\\d+"), "the shell watch ran: " + first.get(3));

        from = screen().length();
        type("\003");
        String end = await(from, "the prompt after Ctrl-C", s -> s.contains("\033[?1049l") && s.endsWith("$ "));
        type("echo $?\n");
        await(from, "status", s -> String.join("\n", lines(s)).contains("echo $?\n0\n"));
        type("exit\n");
        assertEquals(0, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), end);
    }

    @Test
    void psCutsItsLinesAtTheWindowsWidthOnTheTerminalOnly() throws Exception {
        Future<Integer> status = start();
        awaitPrompt(0);
        String args = "sleep 1000" + " 0123456789".repeat(10);
        type(args + " &\n");
        await(0, "job notice", s -> s.contains("[1] ") && s.endsWith("$ "));
        int from = screen().length();
        type("ps -o pid,args -p $!; ps -o pid,args -p $! | cat; COLUMNS=40 ps -o pid,args -p $!\n");
        String out = await(from, "three ps",
                s -> s.split("COMMAND").length > 3 && s.endsWith("$ "));
        List<String> rows = new ArrayList<>();
        for (String l : lines(out)) {
            if (l.contains("sleep 1000 ")) {
                rows.add(l.substring(l.indexOf("sleep")));
            }
        }
        assertEquals(List.of(args.substring(0, 80 - 6), args, args.substring(0, 40 - 6)),
                rows.subList(rows.size() - 3, rows.size()), out);
        type("exit\n");
        assertEquals(0, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void theShellSetsTheTerminalBackWhenTopIsKilledFromElsewhere() throws Exception {
        Future<Integer> status = start();
        awaitPrompt(0);
        int from = screen().length();
        type("(sleep 5; kill -9 $(ps -o pid= -C top)) & top -d 1\n");
        nextFrame(from);
        String killed = await(from, "the prompt after top was killed",
                s -> s.contains("Killed") && s.endsWith("$ "));
        assertFalse(killed.contains(RESTORED), "top had no chance to set the terminal back");
        from = screen().length();
        type("echo back\n");
        // Canonical with echo again: the line is shown as it is typed, then run.
        await(from, "the line echoed and run", s -> s.contains("echo back") && s.endsWith("$ ")
                && String.join("\n", lines(s)).contains("\nback\n"));
        type("exit\n");
        assertEquals(0, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void topsColourAndHighlightKeys() throws Exception {
        Future<Integer> status = start();
        awaitPrompt(0);
        String heads = String.format("%5s", "PID") + " USER";
        int from = screen().length();
        type("top -d 1\n");
        String mono = rawFrame(from, "a mono frame", f -> true);
        assertFalse(mono.contains("\033[31m"), "mono by default");
        assertTrue(mono.contains("\033[7m" + heads), "heads in reverse");

        from = screen().length();
        type("z");
        rawFrame(from, "the summary in red, heads yellow", f -> f.contains("\033[31mTasks:")
                && f.contains("\033[33m\033[7m" + heads));

        from = screen().length();
        type("x");
        // %CPU is the sort column: each row's %CPU (and the blank after it) bold, then back.
        Pattern sortColumn = Pattern.compile(
                "\033\\[1m +\\d+\\.\\d \033\\[m\033\\[39;49m\033\\[31m +\\d+\\.\\d ");
        rawFrame(from, "%CPU highlighted", f -> sortColumn.matcher(f).find());
        from = screen().length();
        type("b");
        Pattern reversed = Pattern.compile("\033\\[7m +\\d+\\.\\d \033\\[m");
        rawFrame(from, "%CPU in reverse", f -> reversed.matcher(f).find());

        from = screen().length();
        type("Z");
        await(from, "the colour mapping screen", s -> s.contains("Help for color mapping"));
        from = screen().length();
        type("H");
        await(from, "target H", s -> s.contains("current target") && s.contains(" H "));
        from = screen().length();
        type("2\r");
        rawFrame(from, "heads green", f -> f.contains("\033[32m\033[7m" + heads));

        from = screen().length();
        type("q");
        await(from, "prompt after top", s -> s.contains(RESTORED) && s.endsWith("$ "));
        from = screen().length();
        type("NO_COLOR=1 top -d 1\n");
        rawFrame(from, "a frame", f -> true);
        from = screen().length();
        type("z");
        type(" ");
        rawFrame(from, "a frame after z", f -> true);
        assertFalse(screen().substring(from).contains("\033[31m"), "no colours with NO_COLOR");
        from = screen().length();
        type("Z");
        await(from, "procps's message", s -> s.contains("No colors to map!"));
        type("q");
        await(from, "prompt after top", s -> s.contains(RESTORED) && s.endsWith("$ "));
        type("exit\n");
        assertEquals(0, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    /** The first whole frame after offset from that satisfies done, escape sequences and all. */
    private String rawFrame(int from, String what, Predicate<String> done)
            throws InterruptedException {
        String[] found = new String[1];
        await(from, what, t -> {
            for (int a = t.indexOf(FRAME); a >= 0; a = t.indexOf(FRAME, a + 1)) {
                int b = t.indexOf(FRAME, a + 1);
                if (b > 0 && done.test(t.substring(a, b))) {
                    found[0] = t.substring(a, b);
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }
}
