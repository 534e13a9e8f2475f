package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.Kernel;
import org.junit.jupiter.api.Test;

/**
 * Job control in the interactive shell on the real kernel, against bash 5.2's own sessions
 * (shared/reference/bash-jobs-*.txt): Ctrl-Z, jobs, fg, bg, kill %N, the + and - marks.
 * The terminal does not echo here, so the output holds no typed lines and no ^Z.
 */
class JobControlTest {
    private static final long MAX_TICKS = 100_000;
    private static final String PS1 = "user@miniunix:~$ ";

    private final Kernel k = ShellTest.boot("i");
    /** The pids the shell announced ("[N] PID"), in order. */
    private final List<Integer> announced = new ArrayList<>();

    JobControlTest() {
        ShellTest.out(k);
    }

    /** Types a line; returns what the shell printed up to its next prompt (the prompt left out). */
    private String line(String cmd) {
        ShellTest.type(k, cmd + "\n");
        k.runUntilInputWanted(MAX_TICKS);
        return output();
    }

    /** Types a line, lets it run a second, presses Ctrl-Z; returns the output up to the prompt. */
    private String suspended(String cmd) {
        ShellTest.type(k, cmd + "\n");
        k.runUntilInputWanted(100);
        k.suspend();
        k.runUntilInputWanted(MAX_TICKS);
        return output();
    }

    private String output() {
        String out = ShellTest.out(k);
        assertTrue(out.endsWith(PS1), out);
        out = out.substring(0, out.length() - PS1.length());
        if (out.matches("\\[\\d+\\] \\d+\n")) {
            announced.add(Integer.parseInt(out.substring(out.indexOf(' ') + 1, out.length() - 1)));
        }
        return out;
    }

    private String pid(int i) {
        return String.format("%5d", announced.get(i));
    }

    @Test
    void ctrlZJobsBgFgAndKillAsInBash() {
        line("sleep 100 &");
        line("sleep 200 &");
        assertEquals("[1]-  Running                 sleep 100 &\n[2]+  Running                 sleep 200 &\n",
                line("jobs"));
        assertEquals("[1]- " + pid(0) + " Running                 sleep 100 &\n"
                + "[2]+ " + pid(1) + " Running                 sleep 200 &\n", line("jobs -l"));
        assertEquals(announced.get(0) + "\n" + announced.get(1) + "\n", line("jobs -p"));
        assertEquals("\n[3]+  Stopped                 sleep 300\n", suspended("sleep 300"));
        assertEquals("148\n", line("echo $?"));
        assertEquals("[1]   Running                 sleep 100 &\n[2]-  Running                 sleep 200 &\n"
                + "[3]+  Stopped                 sleep 300\n", line("jobs"));
        assertEquals("[3]+ sleep 300 &\n", line("bg"));
        assertEquals("[1]   Running                 sleep 100 &\n[2]-  Running                 sleep 200 &\n"
                + "[3]+  Running                 sleep 300 &\n", line("jobs"));
        assertEquals("sleep 100\n\n[1]+  Stopped                 sleep 100\n", suspended("fg %1"));
        String third = line("jobs -l");
        assertEquals("[1]+ " + pid(0) + " Stopped                 sleep 100\n",
                third.substring(0, third.indexOf('\n') + 1));
        assertTrue(third.contains("[3]- "), third);
        assertEquals("[1]+ sleep 100 &\n", line("bg %1"));
        assertEquals("[1]   Terminated              sleep 100\n", line("kill %1"));
        assertEquals("[2]-  Killed                  sleep 200\n", line("kill -9 %2"));
        assertEquals("[3]+  Running                 sleep 300 &\n", line("jobs"));
        assertEquals("[3]+  Terminated              sleep 300\n", line("kill %3"));
        assertEquals("", line("jobs"));
    }

    @Test
    void jobNumbersStartAgainAtOneAndDoneAndExitNoticesComeBeforeThePrompt() {
        line("sleep 1 &");
        assertEquals("[1]+  Done                    sleep 1\n", line("sleep 2"));
        line("sh -c 'exit 3' &");
        assertEquals("[1]+  Exit 3                  sh -c 'exit 3'\n", line("sleep 1"));
    }

    @Test
    void jobSpecErrorsAreBashs() {
        assertEquals("miniunix: fg: current: no such job\n", line("fg"));
        assertEquals("miniunix: bg: current: no such job\n", line("bg"));
        assertEquals("miniunix: fg: %9: no such job\n", line("fg %9"));
        assertEquals("miniunix: kill: %9: no such job\n", line("kill %9"));
        assertEquals("miniunix: jobs: %9: no such job\n", line("jobs %9"));
        assertEquals("1\n", line("echo $?"));
        line("sleep 100 &");
        assertEquals("miniunix: bg: job 1 already in background\n", line("bg %1"));
        assertEquals("0\n", line("echo $?"));
    }

    @Test
    void aPipelineIsOneJobAndSpecsFindJobsByTheirText() {
        line("sleep 100 | cat &");
        line("sleep 200 &");
        line("sleep 300 &");
        assertEquals("[1]   Running                 sleep 100 | cat &\n[2]-  Running                 sleep 200 &\n"
                + "[3]+  Running                 sleep 300 &\n", line("jobs"));
        String first = String.format("%5d", announced.get(0) - 1);
        assertEquals("[1]  " + first + " Running                 sleep 100\n"
                + "     " + pid(0) + "                       | cat &\n", line("jobs -l %1"));
        assertEquals("miniunix: kill: sleep: ambiguous job spec\n", line("kill %sleep"));
        assertEquals("[2]-  Terminated              sleep 200\n", line("kill %?200"));
        assertEquals("[3]+  Running                 sleep 300 &\n[1]-  Running                 sleep 100 | cat &\n",
                line("jobs %+ %-"));
        assertEquals("[3]+  Terminated              sleep 300\n", line("kill %%"));
        assertEquals("[1]+  Terminated              sleep 100 | cat\n", line("kill %1"));
        assertEquals("", line("jobs"));
    }

    @Test
    void aJobStoppedBySigstopIsNoticedAtThePromptAndJobsLongNamesTheSignal() {
        line("sleep 100 &");
        assertEquals("\n[1]+  Stopped                 sleep 100\n", line("kill -STOP %1"));
        assertEquals("[1]+  Stopped                 sleep 100\n", line("jobs"));
        assertEquals("[1]+ " + pid(0) + " Stopped (signal)        sleep 100\n", line("jobs -l"));
        assertEquals("", line("kill -CONT %1"));
        assertEquals("[1]+  Running                 sleep 100 &\n", line("jobs -r"));
        assertEquals("", line("jobs -s"));
    }

    @Test
    void fgContinuesAStoppedJobAndWaitsForIt() {
        suspended("sleep 2");
        assertEquals("sleep 2\n", line("fg"));
        assertEquals("0\n", line("echo $?"));
        assertEquals("", line("jobs"));
    }

    @Test
    void ctrlZAtThePromptDoesNothing() {
        k.suspend();
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("", ShellTest.out(k));
        assertEquals("alive\n", line("echo alive"));
    }

    @Test
    void ctrlZBreaksTheLoopTheJobRanIn() {
        assertEquals("\n[1]+  Stopped                 sleep 10\nafter\n",
                suspended("for i in 1 2 3; do sleep 10; done; echo after"));
    }

    @Test
    void exitWithStoppedJobsWarnsOnceAndJobsInBetweenLetsTheNextExitGo() {
        suspended("sleep 500");
        assertEquals("logout\nThere are stopped jobs.\n", line("exit"));
        assertEquals("[1]+  Stopped                 sleep 500\n", line("jobs"));
        ShellTest.type(k, "exit\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("logout\n", ShellTest.out(k));
        assertFalse(k.sessionAlive());
    }

    @Test
    void ctrlDWithStoppedJobsWarnsOnceThenLogsOut() {
        suspended("sleep 500");
        k.typeEof();
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("logout\nThere are stopped jobs.\n", output());
        assertTrue(k.sessionAlive());
        k.typeEof();
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("logout\n", ShellTest.out(k));
        assertFalse(k.sessionAlive());
    }

    @Test
    void waitForAJobPrintsItsNoticeAndItsStatus() {
        line("sleep 1 &");
        assertEquals("[1]+  Done                    sleep 1\n0\n", line("wait %1; echo $?"));
        assertEquals("miniunix: wait: %5: no such job\n127\n", line("wait %5; echo $?"));
        line("sleep 100 &");
        assertEquals("[1]+  Killed                  sleep 100\n137\n", line("kill -9 $!; wait $!; echo $?"));
    }

    @Test
    void waitSkipsAStoppedJob() {
        suspended("sleep 500");
        line("sleep 1 &");
        assertEquals("miniunix: wait: warning: job 1[" + (announced.get(0) - 1) + "] stopped\n"
                + "[2]-  Done                    sleep 1\n0\n", line("wait; echo $?"));
    }

    @Test
    void aBackgroundJobThatReadsTheTerminalIsStoppedBySigttinUntilFgGivesItTheTerminal() {
        line("cat &");
        assertEquals("\n[1]+  Stopped                 cat\n", line(""));
        assertEquals("[1]+ " + pid(0) + " Stopped (tty input)     cat\n", line("jobs -l"));
        ShellTest.type(k, "fg\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("cat\n", ShellTest.out(k));
        ShellTest.type(k, "meow\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("meow\n", ShellTest.out(k));
        k.typeEof();
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("", output());
    }

    @Test
    void aSubshellSeesTheJobsOfItsParent() {
        line("sleep 100 &");
        line("sleep 200 &");
        assertEquals("[1]-  Running                 sleep 100 &\n[2]+  Running                 sleep 200 &\n",
                line("jobs | cat"));
        assertEquals(announced.get(0) + " " + announced.get(1) + "\n", line("echo $(jobs -p)"));
        assertEquals("[1]-  Terminated              sleep 100\n", line("(kill %1)"));
    }

    @Test
    void killWithAJobTakesBashsSignalOptionsAndMessages() {
        suspended("sleep 300");
        assertEquals("[1]+  Terminated              sleep 300\n", line("kill %1"));
        line("sleep 100 &");
        assertEquals("\n[1]+  Stopped                 sleep 100\n", line("kill -s STOP %1"));
        assertEquals("", line("kill -n 18 %1"));
        assertEquals("[1]+  Running                 sleep 100 &\n", line("jobs"));
        assertEquals("miniunix: kill: FOO: invalid signal specification\n1\n", line("kill -FOO %1; echo $?"));
        assertEquals("miniunix: kill: abc: arguments must be process or job IDs\n"
                + "[1]+  Killed                  sleep 100\n", line("kill -9 -- %1 abc"));
        assertEquals("miniunix: kill: (4242) - No such process\nminiunix: kill: %1: no such job\n1\n",
                line("kill 4242 %1 2>&1; echo $?"));
    }
}
