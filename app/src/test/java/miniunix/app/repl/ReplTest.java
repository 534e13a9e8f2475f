package miniunix.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interactive mode on a JLine terminal backed by streams (no host terminal): keys typed into a
 * pipe, the screen collected. The terminal's line discipline turns Ctrl-Z into a signal to
 * the front end, as a host terminal does (Ctrl-C and Ctrl-\ come as bytes: the front end
 * turns VINTR and VQUIT off, as on a host terminal), so the keys reach the machine the way
 * they do at a real terminal. No host process is signalled: the signals are JLine's own.
 */
class ReplTest {
    private static final long TIMEOUT_SECONDS = 60;
    private static final long POLL_MILLIS = 10;
    /** Ctrl-P: the previous history entry (emacs keys), as Up does. */
    private static final String UP = "\020";

    @TempDir
    Path tmp;

    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final ExecutorService session = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        session.shutdownNow();
    }

    /** Starts an interactive session on machine; its status comes when it logs out. */
    private Future<Integer> start(Machine machine, Options options) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        // The exec provider's terminal has a line discipline in Java (JLine's ExternalTerminal),
        // which raises INT and TSTP for the keys; a native provider would open a host pty,
        // whose keys signal no one (it has no session).
        Terminal terminal = TerminalBuilder.builder().system(false).provider("exec").streams(in, screen)
                .type("xterm").size(new Size(80, 24)).build();
        Attributes tty = terminal.getAttributes();     // a host terminal's stty defaults
        tty.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        tty.setControlChar(Attributes.ControlChar.VINTR, 3);
        tty.setControlChar(Attributes.ControlChar.VQUIT, 28);
        tty.setControlChar(Attributes.ControlChar.VSUSP, 26);
        terminal.setAttributes(tty);
        Path history = tmp.resolve("history");
        return session.submit(() -> Repl.run(options, machine, List.of("echo"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), terminal, history));
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

    /**
     * Waits (up to the timeout) until the screen shows what n times and a prompt after the
     * last of them: the shell is reading again, so keys typed now reach its line editor.
     */
    private void awaitPromptAfter(String what, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            String out = screen();
            if (count(out, what) >= n && out.substring(out.lastIndexOf(what)).contains("$ ")) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new AssertionError("no prompt after " + n + " x " + what.strip() + " in " + screen());
    }

    /** Waits (up to the timeout) until the screen shows what at least n times. */
    private void awaitScreen(String what, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (count(screen(), what) >= n) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new AssertionError("no " + n + " x " + what.strip() + " in " + screen());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** Simulated time at the wall clock's pace: a `sleep 100` lasts while keys are typed. */
    private static Options realTime() {
        Options d = Options.defaults();
        return new Options(d.seed(), d.cpus(), d.memBytes(), null, null, 0, 1.0, false, d.pidMax(),
                d.sched(), d.csCost());
    }

    /** Waits (up to the timeout) until the screen shows then after the last what. */
    private void awaitAfter(String what, String then) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            String out = screen();
            int at = out.lastIndexOf(what);
            if (at >= 0 && out.indexOf(then, at + what.length()) >= 0) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new AssertionError("no " + then.strip() + " after " + what.strip() + " in " + screen());
    }

    private static Options timeFlowsWhileTheShellWaits() {
        Options d = Options.defaults();
        return new Options(d.seed(), d.cpus(), d.memBytes(), null, null, 0, 0.0, false, d.pidMax(),
                d.sched(), d.csCost());
    }

    @Test
    void fcListsAndReRunsWhatWasTypedAtThePrompt() throws Exception {
        Options options = timeFlowsWhileTheShellWaits();
        Future<Integer> status = start(KernelMachine.boot(options, true), options);
        type("echo a$((1+1))\n");
        awaitPromptAfter("a2\r\n", 1);
        type("fc -l\n");
        awaitPromptAfter("1\t echo a$((1+1))\r\n", 1);
        type("fc -s a=b echo\n");
        awaitPromptAfter("b2\r\n", 1);
        type(UP + "\n");                  // fc's place in the history: the command it ran
        awaitPromptAfter("b2\r\n", 2);
        type("exit 4\n");
        assertEquals(4, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        String out = screen();
        assertTrue(out.contains("echo b$((1+1))\r\nb2\r\n"), out);
    }

    @Test
    void bindRebindsAKeyOfTheLineEditor() throws Exception {
        Options options = timeFlowsWhileTheShellWaits();
        Future<Integer> status = start(KernelMachine.boot(options, true), options);
        awaitScreen("$ ", 1);
        type("bind -q beginning-of-line; bind '\"\\C-t\": beginning-of-line'\n");
        awaitPromptAfter("beginning-of-line can be invoked via \"\\C-a\"", 1);
        type("cho one\024e\n");         // Ctrl-T now goes to the start of the line
        awaitPromptAfter("one\r\n", 1);
        type("bind -r '\\C-a'; bind -q beginning-of-line\n");
        awaitPromptAfter("via \"\\C-t\", ", 1);
        type("bind 'set keyseq-timeout 250'; bind -v | grep timeout\n");
        awaitPromptAfter("set keyseq-timeout 250\r\n", 1);
        type("echo \"w=$(bind -p 2>&1 | grep -c 'line editing')\"\n");     // a subshell edits lines too
        awaitPromptAfter("w=0\r\n", 1);
        type("exit 5\n");
        assertEquals(5, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        String out = screen();
        assertTrue(out.contains("beginning-of-line can be invoked via \"\\C-t\", \"\\M-OH\""), out);
        assertTrue(!out.contains("warning: line editing not enabled"), out);
    }

    @Test
    void bindXRunsAShellCommandOnTheLineBeingEdited() throws Exception {
        Options options = timeFlowsWhileTheShellWaits();
        Future<Integer> status = start(KernelMachine.boot(options, true), options);
        awaitScreen("$ ", 1);
        type("bind -x '\"\\C-t\": echo \"[$READLINE_LINE|$READLINE_POINT]\"; "
                + "READLINE_LINE=\"echo ${READLINE_LINE^^}\"; READLINE_POINT=5'\n");
        awaitPromptAfter("bind -x", 1);
        type("xyz\002\024");             // Ctrl-B, then the bound key
        awaitScreen("[xyz|2]\r\n", 1);
        type("-\n");                      // typed where the command left the cursor
        awaitPromptAfter("XYZ\r\n", 1);
        type("echo \"${READLINE_LINE-unset}\"; bind -X\n");
        awaitPromptAfter("\"\\C-t\": \"echo", 1);
        type("cat\n");
        awaitAfter("cat", "\n");
        type("ab\024cd\n");               // a program's line: the key runs nothing there
        awaitScreen("abcd", 1);             // as cat writes it
        type("\004");
        awaitPromptAfter("abcd", 1);
        type("bind -x '\"\\C-y\": printf out'\n");
        awaitPromptAfter("printf out'", 1);
        type("echo p$((6*7))\031\n");     // output with no newline of its own: a line anyway
        awaitPromptAfter("p42", 1);
        type("exit 6\n");
        assertEquals(6, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        String out = screen();
        assertTrue(out.contains("unset\r\n"), out);
        assertTrue(!out.contains("miniunix-readline") && !out.contains("[ab|"), out);
        assertTrue(out.contains("-XYZ\r\n"), out);
    }

    @Test
    void tabAtAReadOrAProgramsPromptLeavesTheLineToItsEnter() throws Exception {
        Options options = timeFlowsWhileTheShellWaits();
        Future<Integer> status = start(KernelMachine.boot(options, true), options);
        awaitScreen("$ ", 1);
        type("read -p 'Name: ' n; echo \"[$n]\"\n");
        awaitScreen("Name: ", 2);
        type("zq\t");                          // read answers the terminal's Tab, takes nothing
        type("x\n");
        awaitPromptAfter("[zqx]\r\n", 1);
        type("printf 'Word: '; head -1 > w; wc -c < w\n");
        awaitScreen("Word: ", 2);
        type("zq\t");                          // a job's read: Tab never reaches the shell
        type("y\n");
        awaitPromptAfter("4\r\n", 1);           // "zqy" and its newline, once
        type("exit 5\n");
        assertEquals(5, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void readPromptsOnTheTerminalHidesWhatSIsTypedAndTakesNKeys() throws Exception {
        Options options = timeFlowsWhileTheShellWaits();
        Future<Integer> status = start(KernelMachine.boot(options, true), options);
        awaitScreen("$ ", 1);
        type("read -p 'Name: ' n; echo \"[$n]\"\n");
        awaitScreen("Name: ", 2);               // the command line's, then the prompt
        type("bob\n");
        awaitPromptAfter("[bob]\r\n", 1);
        type("read -s -p 'Pass: ' pw; echo \"<$pw>\"\n");
        awaitScreen("Pass: ", 2);
        type("hunter2\n");
        awaitPromptAfter("<hunter2>\r\n", 1);
        type("read -n 2 -p 'Key: ' c; echo \"{$c}\"\n");
        awaitScreen("Key: ", 2);                // the prompt comes once the terminal is raw
        type("xy");
        awaitPromptAfter("xy{xy}\r\n", 1);      // no Enter: the second key ends the read
        type("exit 3\n");
        assertEquals(3, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        String out = screen();
        assertEquals(0, count(out, "hunter2\r\n"), out);     // -s: the password was not echoed
    }

    @Test
    void aCommandTypedOverSeveralLinesIsOneHistoryEntry() throws Exception {
        Options options = timeFlowsWhileTheShellWaits();
        Future<Integer> status = start(KernelMachine.boot(options, true), options);
        type("for i in 1 2\ndo echo x$i$i\ndone\n");
        awaitPromptAfter("x22\r\n", 1);     // keys typed before the prompt would go to the loop
        type(UP + "\n");
        awaitPromptAfter("x22\r\n", 2);
        type("exit 7\n");
        assertEquals(7, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        String out = screen();
        assertEquals(2, count(out, "x11\r\n"), out);
        assertEquals(2, count(out, "x22\r\n"), out);
        String saved = Files.readString(tmp.resolve("history"), StandardCharsets.UTF_8);
        assertTrue(saved.contains("for i in 1 2\\ndo echo x$i$i\\ndone"), saved);
    }

    /**
     * Tab completes a command's arguments by its compspec, evaluated in the shell: -W's words,
     * and a -F function that sees COMP_WORDS and COMP_CWORD and answers in COMPREPLY; $? is
     * kept, and a command without a spec still completes paths.
     */
    @Test
    void tabCompletesByTheCommandsCompspec() throws Exception {
        Options options = timeFlowsWhileTheShellWaits();
        Future<Integer> status = start(KernelMachine.boot(options, true), options);
        awaitScreen("$ ", 1);
        type("f() { echo \"f:$*\"; }; complete -W 'alpha beta' f\n");
        awaitScreen("$ ", 2);
        type("f al\t\n");
        awaitPromptAfter("f:alpha\r\n", 1);
        type("_g() { COMPREPLY=(\"w$COMP_CWORD-${#COMP_WORDS[@]}-$1-$2-$3\"); }; complete -F _g echo\n");
        awaitScreen("$ ", 4);
        type("false\n");
        awaitScreen("$ ", 5);
        type("echo $? x \t\n");          // $? is false's still: the function's status is not kept
        awaitPromptAfter("1 x w3-4-echo--x\r\n", 1);
        type("cat /etc/pas\t\n");         // no compspec: paths, as before
        awaitPromptAfter("root:", 1);
        type("complete -d cd; cd /et\tx; pwd\n");     // a directory: its '/' and no space
        awaitPromptAfter("miniunix: cd: /etc/x: No such file or directory", 1);
        type("exit\n");
        assertEquals(0, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        String out = screen();
        assertTrue(!out.contains("7770"), out);
    }

    @Test
    void ctrlCAtTheContinuationPromptDropsTheUnfinishedCommand() throws Exception {
        Options options = timeFlowsWhileTheShellWaits();
        Future<Integer> status = start(KernelMachine.boot(options, true), options);
        awaitScreen("$ ", 1);
        type("for i in 1 2\n");
        awaitAfter("for i in 1 2", "> ");
        type("do echo x$i\n");
        awaitAfter("do echo x$i", "> ");
        type("\003");
        awaitAfter("^C", "$ ");
        type("echo status=$?\n");
        awaitPromptAfter("status=", 1);
        type("done\n");
        awaitPromptAfter("unexpected token", 1);
        type("exit 3\n");
        assertEquals(3, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        String out = screen();
        assertTrue(out.contains("status=130\r\n"), out);
        assertTrue(out.contains("miniunix: syntax error near unexpected token `done'"), out);
        assertEquals(0, count(out, "x1"), out);
    }

    @Test
    void ctrlCInterruptsALoopOfBuiltinsAndCtrlZDoesNotStopIt() throws Exception {
        Options options = timeFlowsWhileTheShellWaits();
        Future<Integer> status = start(KernelMachine.boot(options, true), options);
        awaitScreen("$ ", 1);
        type("while :; do :; done\n");
        Thread.sleep(300);
        type("\032");                  // the shell ignores SIGTSTP, as bash: the loop goes on
        Thread.sleep(300);
        type("\003");
        Thread.sleep(300);
        type("echo status=$?; jobs\n");
        awaitPromptAfter("status=", 1);
        type("exit\n");
        assertEquals(0, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        String out = screen();
        assertTrue(out.contains("status=130\r\n"), out);
        assertTrue(!out.contains("Stopped"), out);
    }

    /** A Ctrl-C in the same write as the line before it reaches the job that line started. */
    @Test
    void ctrlCTypedRightAfterEnterInterruptsTheJob() throws Exception {
        Options options = realTime();
        Future<Integer> status = start(KernelMachine.boot(options, true), options);
        awaitScreen("$ ", 1);
        type("sleep 100\n\003");
        awaitScreen("$ ", 2);
        type("echo status=$?\n");
        awaitPromptAfter("status=", 1);
        type("exit\n");
        assertEquals(0, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        String out = screen();
        assertTrue(out.contains("status=130\r\n"), out);
    }

    @Test
    void ctrlBackslashSendsSigquitToTheForegroundJob() throws Exception {
        Options options = realTime();
        Future<Integer> status = start(KernelMachine.boot(options, true), options);
        awaitScreen("$ ", 1);
        type("sleep 100\n");
        awaitAfter("sleep 100", "\n");
        Thread.sleep(300);
        type("\034");
        awaitPromptAfter("Quit", 1);
        type("cat\n");
        awaitAfter("cat", "\n");
        Thread.sleep(300);
        type("half a line\034");
        awaitPromptAfter("Quit", 2);
        type("echo status=$?\n");
        awaitPromptAfter("status=", 1);
        type("exit\n");
        assertEquals(0, status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        String out = screen();
        assertEquals(2, count(out, "Quit\r\n"), out);
        assertTrue(out.contains("status=131\r\n"), out);
    }
}
