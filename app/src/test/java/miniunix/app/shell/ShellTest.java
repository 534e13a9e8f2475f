package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.tty.Tty;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.FakeMemory;
import org.junit.jupiter.api.Test;

/** The shell as a process on the real kernel: lines typed on tty1, output read back. */
class ShellTest {
    private static final long MAX_TICKS = 100_000;

    /** Boots, feeds the script a line at a time when input is wanted, then EOF; all output. */
    static String run(String flags, String script) {
        List<String> env = List.of("HOME=/home/user", "USER=user", "PATH=/bin", "PWD=/home/user",
                "MINIUNIX_FLAGS=" + flags);
        Kernel k = Kernel.boot(BootOptions.defaults().withInitEnv(env), new TestImage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : script.split("(?<=\n)")) {
            runAndDrain(k, out);
            k.typeInput(line.getBytes(StandardCharsets.UTF_8));
        }
        runAndDrain(k, out);
        k.typeEof();
        runAndDrain(k, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Runs until the shell wants input, taking the terminal's output as a terminal would:
     * a writer sleeps once the tty holds {@link Tty#OUTPUT_MAX} bytes until they are taken.
     */
    private static void runAndDrain(Kernel k, ByteArrayOutputStream out) {
        byte[] b;
        do {
            k.runUntilInputWanted(MAX_TICKS);
            b = k.takeOutput();
            out.writeBytes(b);
        } while (b.length >= Tty.OUTPUT_MAX);
    }

    static String run(String script) {
        return run("", script);
    }

    @Test
    void echoRunsAsAChildProcess() {
        assertEquals("hi there\n", run("echo hi there\n"));
    }

    @Test
    void pipelineConnectsStdoutToStdin() {
        assertEquals("a b\n", run("echo a b | cat | cat\n"));
    }

    @Test
    void statusOfTheLastCommand() {
        assertEquals("0\n1\n127\n", run("true; echo $?\nfalse; echo $?\nnope 2>/dev/null; echo $?\n"));
    }

    @Test
    void redirectionsWriteAppendAndReadFiles() {
        assertEquals("one\ntwo\n", run("echo one > /tmp/f\necho two >> /tmp/f\ncat < /tmp/f\n"));
    }

    @Test
    void stderrCanBeRedirectedAndDuplicated() {
        assertEquals("miniunix: line 1: nope: command not found\n", run("nope 2>/tmp/e\ncat /tmp/e\n"));
        assertEquals("", run("nope > /tmp/o 2>&1\n"));
        assertEquals("miniunix: line 1: nope: command not found\n", run("nope &> /tmp/o\ncat /tmp/o\n"));
    }

    @Test
    void redirectionErrorsReportThePathAndGiveStatusOne() {
        assertEquals("miniunix: line 1: /tmp: Is a directory\n1\n", run("echo hi > /tmp\necho $?\n"));
        assertEquals("miniunix: line 1: /nonexistent: No such file or directory\n1\n",
                run("cat < /nonexistent\necho $?\n"));
        assertEquals("miniunix: line 1: /tmp: Is a directory\n1\n", run("pwd > /tmp\necho $?\n"));
    }

    @Test
    void aRedirectionAloneCreatesTheFile() {
        assertEquals("0\n", run("> /tmp/empty\ncat /tmp/empty; echo $?\n"));
    }

    @Test
    void commandSubstitutionIsSplitUnlessQuoted() {
        assertEquals("x a b y\n", run("echo x $(echo a; echo b) y\n"));
        assertEquals("[a  b]\n", run("echo \"[$(echo 'a  b')]\"\n"));
        assertEquals("in\n", run("echo $(echo $(echo in))\n"));
    }

    @Test
    void aNulInTheInputIsDroppedAsBashDoes() {
        // A path can't hold a NUL (the kernel copies in a C string); bash drops it on input.
        assertEquals("hi\n/tmp/nulb\n", run("echo hi > /tmp/nul\u0000b; cat /tmp/nulb; echo /tmp/nu*\n"));
    }

    @Test
    void backquotesAreTheOldCommandSubstitution() {
        assertEquals("a b|in quotes|nested\n", run("x=`echo a b`; echo \"$x|`echo \"in quotes\"`|`echo \\`echo nested\\``\"\n"));
    }

    @Test
    void substitutionStatusIsTheAssignmentsStatus() {
        assertEquals("1\n", run("x=$(false)\necho $?\n"));
    }

    @Test
    void commandNotFoundInAPipelineStillRunsTheRest() {
        // Both sides run at once on the two CPUs; echo's child is the quicker to write.
        assertEquals("hi\nminiunix: line 1: foo: command not found\n0\n", run("foo | echo hi\necho $?\n"));
    }

    @Test
    void andOrListsShortCircuit() {
        assertEquals("b\nc\n", run("false && echo a || echo b\ntrue && echo c\n"));
        assertEquals("1\n", run("! true; echo $?\n"));
    }

    @Test
    void waitReportsSignalStatusOfABackgroundChild() {
        // A script tells of a job a signal killed, when wait sees it (bash's notify_of_job_status).
        assertEquals("miniunix: line 3:    22 Terminated              sleep 100\n143\n",
                run("sleep 100 &\nkill $!\nwait $!\necho $?\n"));
        assertEquals("miniunix: line 3:    22 Killed                  sleep 100\n137\n",
                run("sleep 100 &\nkill -9 $!\nwait $!; echo $?\n"));
    }

    @Test
    void waitForAPidThatIsNotAChild() {
        assertEquals("miniunix: line 1: wait: pid 12345 is not a child of this shell\n127\n", run("wait 12345; echo $?\n"));
        assertEquals("0\n", run("sleep 1 & sleep 2 &\nwait; echo $?\n"));
    }

    @Test
    void foregroundJobKilledByASignalPrintsItsDescription() {
        assertEquals("user@miniunix:~$ Killed\nuser@miniunix:~$ 137\nuser@miniunix:~$ logout\n",
                run("i", "/bin/kill -9 0\necho $?\n"));   // the builtin would kill the shell too
    }

    @Test
    void ctrlCKillsTheForegroundJobNotTheShell() {
        Kernel k = boot("i");
        type(k, "sleep 100\n");
        k.runUntilInputWanted(50);
        k.interrupt();
        type(k, "echo $?\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("user@miniunix:~$ \nuser@miniunix:~$ 130\nuser@miniunix:~$ ", out(k));
        k.interrupt();                  // at the prompt: the shell catches it and prompts afresh
        type(k, "echo alive; echo $?\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("user@miniunix:~$ alive\n0\nuser@miniunix:~$ ", out(k));
    }

    @Test
    void ctrlCAtTheContinuationPromptDropsTheCommandWithStatus130() {
        Kernel k = boot("i");
        type(k, "for i in 1 2\n");
        k.runUntilInputWanted(MAX_TICKS);
        k.interrupt();
        k.runUntilInputWanted(MAX_TICKS);
        type(k, "echo $?\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("user@miniunix:~$ > user@miniunix:~$ 130\nuser@miniunix:~$ ", out(k));
    }

    @Test
    void aHungUpShellHangsUpItsJobsButNotThoseMarkedByDisownH() {
        Kernel k = boot("i");
        type(k, "sh\n");                // an interactive shell of its own, to be hung up
        type(k, "sleep 100 &\n");
        type(k, "sleep 200 &\n");
        type(k, "sleep 300 &\n");
        type(k, "kill -STOP %3; disown -h %2; kill -HUP $$\n");
        k.runUntilInputWanted(MAX_TICKS);
        // The jobs were 23, 24 and 25 (their "[N] PID" lines): only disowned 24 is alive.
        type(k, "echo $?; for p in 23 24 25; do kill -0 $p 2>/dev/null && echo alive $p; done\n");
        k.runUntilInputWanted(MAX_TICKS);
        String out = out(k);
        assertTrue(out.contains("[1] 23\n") && out.contains("[2] 24\n") && out.contains("[3] 25\n"), out);
        assertTrue(out.endsWith("Hangup\nuser@miniunix:~$ 129\nalive 24\nuser@miniunix:~$ "), out);
    }

    /**
     * The session's interactive login shell starts three jobs (the second marked by disown
     * -h, the third stopped), then exits: the first exit says "There are stopped jobs." and
     * stays, the second exits. Returns the transcript, then the jobs' pids and whether each
     * is alive a second later, as "PID alive" or "PID gone" lines.
     */
    private static String exitLoginShellWithJobs(String before) {
        Kernel k = boot("i");
        type(k, before + "sleep 100 & sleep 200 & sleep 300 &\n");
        type(k, "disown -h %2; kill -STOP %3; :\n");
        type(k, "exit\n");
        type(k, "exit\n");
        k.runUntilInputWanted(MAX_TICKS);
        StringBuilder out = new StringBuilder(out(k));
        for (int i = 0; i < 100; i++) {
            k.tick();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[\\d\\] (\\d+)\n").matcher(out);
        while (m.find()) {
            miniunix.kernel.proc.Proc p = k.procs().get(Integer.parseInt(m.group(1)));
            out.append(m.group(1)).append(p != null && p.isAlive() ? " alive\n" : " gone\n");
        }
        return out.toString();
    }

    @Test
    void setPlusMTurnsJobControlOffAtThePrompt() {
        Kernel k = boot("i");
        type(k, "echo $-; set +m; echo $-; sleep 1 &\n");
        type(k, "fg; echo $?\n");
        type(k, "sleep 2; jobs; echo no notice\n");
        type(k, "set -m; echo $-\n");
        k.runUntilInputWanted(MAX_TICKS);
        // bash: without job control an interactive shell tells no job's end (its dead jobs
        // are marked notified untold), and fg has nothing to do.
        assertEquals("user@miniunix:~$ imBs\niBs\n[1] 22\nuser@miniunix:~$ miniunix: fg: no job control\n1\n"
                + "user@miniunix:~$ no notice\nuser@miniunix:~$ imBs\nuser@miniunix:~$ ", out(k));
    }

    @Test
    void aScriptWithSetMRunAtThePromptHandsTheTerminalToItsForegroundJobs() {
        Kernel k = boot("i");
        // The job reads its own /proc/PID/stat: its process group (5th field) and the
        // terminal's foreground group (8th).
        type(k, "echo 'set -m; sh -c '\\''read p c s pp pgrp sid tty tpgid x < /proc/$$/stat; "
                + "echo $pgrp $tpgid'\\''; sleep 100; echo never' > /tmp/demo.sh\n");
        type(k, "sh /tmp/demo.sh; echo \"status $?\"\n");
        k.runUntilInputWanted(300);
        String before = out(k);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) (\\d+)\n").matcher(before);
        assertTrue(m.find(), before);
        assertEquals(m.group(1), m.group(2), "the job's group has the terminal: " + before);
        k.interrupt();                  // Ctrl-C reaches sleep only; the script ends as bash's does
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("status 130\nuser@miniunix:~$ ", out(k));
    }

    @Test
    void huponexitHangsUpTheJobsOfALoginShellButNotThoseOfDisownH() {
        String out = exitLoginShellWithJobs("shopt -s huponexit; ");
        // 22 runs: SIGHUP; 23 is marked by disown -h; 24 is stopped: SIGHUP and SIGCONT.
        assertTrue(out.endsWith("$ logout\nThere are stopped jobs.\nuser@miniunix:~$ logout\n"
                + "22 gone\n23 alive\n24 gone\n"), out);
    }

    @Test
    void withoutHuponexitTheRunningJobsOfALoginShellLiveOn() {
        String out = exitLoginShellWithJobs("");
        // The stopped one is terminated (SIGTERM, SIGCONT) as on every exit; the others run on.
        assertTrue(out.endsWith("$ logout\nThere are stopped jobs.\nuser@miniunix:~$ logout\n"
                + "22 alive\n23 alive\n24 gone\n"), out);
    }

    @Test
    void forkPrintsTheChildPidAndSetsBang() {
        String out = run("fork\necho \"bang=$!\"\nkill $!\nwait $!; echo $?\n");
        String pid = out.substring(0, out.indexOf('\n'));
        assertEquals(pid + "\nbang=" + pid + "\n143\n", out);
    }

    @Test
    void forkOfAMissingPid() {
        assertEquals("miniunix: line 1: fork: (9999) - No such process\n1\n", run("fork 9999; echo $?\n"));
    }

    @Test
    void exitStatusIsTakenModulo256() {
        Kernel k = boot("");
        type(k, "exit 300\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals(44, k.sessionExitStatus());
    }

    @Test
    void exitWithANonNumberIsStatusTwo() {
        Kernel k = boot("");
        type(k, "exit abc\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals(2, k.sessionExitStatus());
        assertEquals("miniunix: line 1: exit: abc: numeric argument required\n", out(k));
    }

    @Test
    void endOfScriptExitsWithTheLastStatus() {
        Kernel k = boot("");
        type(k, "false\n");
        k.runUntilInputWanted(MAX_TICKS);
        k.typeEof();
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals(1, k.sessionExitStatus());
    }

    @Test
    void cdChangesDirectoryAndReportsErrors() {
        assertEquals("/tmp\n/home/user\n", run("cd /tmp; pwd; cd; pwd\n"));
        assertEquals("miniunix: line 1: cd: /nonexistent: No such file or directory\n1\n",
                run("cd /nonexistent; echo $?\n"));
        assertEquals("miniunix: line 1: cd: /etc/passwd: Not a directory\n", run("cd /etc/passwd\n"));
        assertEquals("/tmp\n/tmp\n", run("cd /tmp; cd /; cd -; pwd\n"));
    }

    @Test
    void syntaxErrorsEndAScriptAndAreStatusTwoInEval() {
        assertEquals("miniunix: line 1: syntax error near unexpected token `|'\nminiunix: line 1: `echo hi | | cat'\n",
                run("echo hi | | cat\necho $?\n"));
        assertEquals("miniunix: eval: line 1: syntax error near unexpected token `|'\n"
                + "miniunix: eval: line 1: `echo hi | | cat'\n2\n", run("eval 'echo hi | | cat'\necho $?\n"));
        assertEquals("miniunix: line 2: unexpected EOF while looking for matching `\"'\n", run("echo a\necho \"abc\necho x\n")
                .replace("a\n", ""));
    }

    @Test
    void unterminatedQuoteContinuesOnTheNextLine() {
        assertEquals("abc\ndef\n", run("echo \"abc\ndef\"\n"));
        assertEquals("a b\n", run("echo a |\ncat\n".replace("echo a", "echo a b")));
    }

    @Test
    void assignmentPrefixGoesToTheCommandsEnvironmentOnly() {
        String out = run("A=1 env\necho \"[$A]\"\n");
        assertEquals(true, out.contains("A=1\n"));
        assertEquals(true, out.endsWith("[]\n"));
    }

    @Test
    void exportedVariablesReachChildren() {
        assertEquals(true, run("B=2\nexport B\nenv\n").contains("B=2"));
        assertEquals(false, run("C=3\nenv\n").contains("C=3"));
        assertEquals("declare -x X=\"a\\\"b\"\n", run("unset HOME USER PATH PWD OLDPWD\nexport X='a\"b'\n"
                + "/bin/env > /dev/null\nexport\n").replace("declare -x PPID\n", ""));
    }

    @Test
    void specialParameters() {
        String out = run("echo $$ $PPID\n");
        String[] f = out.trim().split(" ");
        assertEquals(2, f.length);
        assertEquals(out, run("echo $(echo $$) $PPID\n"));
    }

    @Test
    void xtracePrintsEachSimpleCommand() {
        assertEquals("+ echo 'a b'\na b\n++ echo in\n+ echo in\nin\n", run("x", "echo 'a b'\necho $(echo in)\n"));
    }

    @Test
    void interactiveShellPromptsAndReportsBackgroundJobs() {
        String out = run("i", "sleep 1 &\n");
        assertEquals(true, out.startsWith("user@miniunix:~$ [1] "), out);
    }

    @Test
    void interactivePromptsForContinuationLines() {
        assertEquals("user@miniunix:~$ > abc\ndef\nuser@miniunix:~$ logout\n", run("i", "echo \"abc\ndef\"\n"));
    }

    @Test
    void atThePromptAFunctionIsCalledFromMainAsInBashI() {
        // bash -i: no main call at the prompt; a function defined there is from "main", and its
        // BASH_LINENO counts the lines typed.
        String f = "f() { echo \"[${FUNCNAME[*]}] [${BASH_SOURCE[*]}] [${BASH_LINENO[*]}]\"; caller; }\n";
        assertEquals("user@miniunix:~$ user@miniunix:~$ [f] [main] [2]\n2 NULL\n"
                + "user@miniunix:~$ declare -a FUNCNAME\ndeclare -a BASH_SOURCE=()\n"
                + "user@miniunix:~$ logout\n", run("i", f + "f\ndeclare -p FUNCNAME BASH_SOURCE\n"));
    }

    @Test
    void builtinsTakeHelp() {
        for (String b : List.of("cd", "pwd", "exit", "export", "unset", "wait", "fork", "tick", "break",
                "continue", "shift", "read", "jobs", "fg", "bg")) {
            assertEquals(true, run(b + " --help\n").startsWith(b + ": " + b), b);
        }
    }

    @Test
    void tickLetsTimePass() {
        assertEquals("0\n", run("tick 5; echo $?\n"));
    }

    @Test
    void aOneMegabyteLineAndBinaryBytesNeverCrash() {
        // One argument of 1 MiB is over MAX_ARG_STRLEN (128 KiB): E2BIG, as on Linux (for a
        // program: the echo builtin takes it).
        String big = "/bin/echo " + "x".repeat(1 << 20) + "\n";
        assertEquals("miniunix: line 1: /bin/echo: Argument list too long\n126\n", run(big + "echo $?\n"));
        String many = "echo " + ("x".repeat(8191) + " ").repeat(128) + "\n";
        assertEquals(1 << 20, run(many).length(), "1 MiB in 128 arguments");
        // A NUL in the input is dropped, as bash's shell_getc drops it (printf 'echo a\0b' | bash).
        assertEquals("ab \ufffd\n", run("echo a\u0000b \u00ff\n".replace("\u00ff", "\ufffd")));
    }

    static Kernel boot(String flags) {
        List<String> env = List.of("HOME=/home/user", "USER=user", "PATH=/bin", "MINIUNIX_FLAGS=" + flags);
        Kernel k = Kernel.boot(BootOptions.defaults().withInitEnv(env), new TestImage());
        k.runUntilInputWanted(MAX_TICKS);
        return k;
    }

    static void type(Kernel k, String line) {
        k.runUntilInputWanted(MAX_TICKS);
        k.typeInput(line.getBytes(StandardCharsets.UTF_8));
    }

    static String out(Kernel k) {
        return new String(k.takeOutput(), StandardCharsets.UTF_8);
    }

    @Test
    void forkPastTheProcessLimitIsEagain() {
        String eagain = "miniunix: fork: Resource temporarily unavailable\n";
        List<String> env = List.of("HOME=/home/user", "USER=user", "PATH=/bin", "MINIUNIX_FLAGS=");
        Kernel k = Kernel.boot(BootOptions.defaults().withInitEnv(env).withMaxProcs(40), new TestImage());
        type(k, "fork >/dev/null; ".repeat(40) + "\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals(true, out(k).endsWith("miniunix: line 1: " + eagain.substring(10)), "the fork builtin's error");
        type(k, "echo a | cat\n");
        k.runUntilInputWanted(MAX_TICKS);
        String retry = "miniunix: fork: retry: Resource temporarily unavailable\n";
        assertEquals(retry.repeat(4) + eagain, out(k), "bash retries after 1, 2, 4 and 8 s");
        type(k, "x=$(echo a)\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals(eagain, out(k));
        type(k, "exit $?\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals(1, k.sessionExitStatus());
    }

    @Test
    void aForkedShellIsADeepCopy() {
        Shell sh = new Shell(List.of("-sh"), List.of("A=1"));
        Shell copy = (Shell) sh.copy();
        copy.vars.set("A", "2");
        copy.vars.status = 7;
        assertEquals("1", sh.vars.get("A"));
        assertEquals(0, sh.vars.status);
    }

    @Test
    void theEnvironmentFlagsVariableIsRemoved() {
        assertEquals(false, run("x", "env\n").contains("MINIUNIX_FLAGS"));
    }

    @Test
    void anInternalErrorIsOneLineAndTheShellGoesOn() {
        Shell sh = new Shell(List.of("-sh"), List.of("PWD=/", "MINIUNIX_FLAGS="));
        FakeMemory mem = new FakeMemory();
        Trap t = sh.resume(0, mem);
        while (!(t instanceof Syscall.Read)) {
            t = sh.resume(1, mem);
        }
        t = sh.resume(1 << 20, mem);
        Syscall.Write w = (Syscall.Write) t;
        String msg = new String(mem.bytes(w.buf(), w.len()), StandardCharsets.UTF_8);
        assertEquals(2, w.fd());
        assertEquals(true, msg.startsWith("miniunix: internal error: "), msg);
        assertEquals(1, msg.split("\n").length);
        assertEquals(true, sh.resume(w.len(), mem) instanceof Syscall.Read);
    }

    @Test
    void anEndedBackgroundJobIsReapedAndAnnouncedBeforeThePrompt() {
        String out = run("i", "sleep 1 &\ntick 200\nfalse &\ntick\n").replaceAll("\\[1\\] \\d+", "[1] N");
        assertEquals("user@miniunix:~$ [1] N\nuser@miniunix:~$ [1]+  Done                    sleep 1\n"
                + "user@miniunix:~$ [1] N\nuser@miniunix:~$ [1]+  Exit 1                  false\n"
                + "user@miniunix:~$ logout\n", out);
    }

    @Test
    void aBackgroundJobStoppedBySigstopIsAnnouncedBeforeThePromptAndNotWhenContinued() {
        String out = run("i", "sleep 100 &\nkill -19 $!\nkill -18 $!\n").replaceAll("\\[1\\] \\d+", "[1] N");
        assertEquals("user@miniunix:~$ [1] N\nuser@miniunix:~$ \n[1]+  Stopped                 sleep 100\n"
                + "user@miniunix:~$ user@miniunix:~$ logout\n", out);
    }

    @Test
    void aJobThatEndsWhileTheShellRunsALineIsReapedAtOnceAndAnnouncedAfterTheNextForegroundJob() {
        Kernel k = boot("i");
        type(k, "sleep 1 &\n");
        type(k, "tick 200; /bin/true; sleep 100\n");
        k.runUntilInputWanted(300);
        String before = out(k);
        int pid = Integer.parseInt(before.replaceAll("(?s).*\\[1\\] (\\d+).*", "$1"));
        assertEquals(false, k.pids().contains(pid), "reaped before /bin/true ran, no zombie");
        // bash's wait_for notifies after each foreground job, in the middle of a line too
        // (checked with the host's bash -i: `sleep 0.2 & sleep 1; echo hi` prints Done before hi).
        assertTrue(before.endsWith("$ [1]+  Done                    sleep 1\n"), before);
        k.interrupt();
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("\nuser@miniunix:~$ ", out(k));
    }

    @Test
    void aScriptLeavesNoZombieOfABackgroundJobButWaitStillKnowsItsStatus() {
        Kernel k = boot("");
        type(k, "sleep 1 & echo $!\n");
        type(k, "tick 200\n");
        type(k, "\n");
        k.runUntilInputWanted(MAX_TICKS);
        int pid = Integer.parseInt(out(k).trim());
        assertEquals(false, k.pids().contains(pid));
        type(k, "false & tick 10\n");
        type(k, "wait $!; echo $?\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals("1\n", out(k));
    }

    @Test
    void aForkedShellStaysAZombieUntilWaitedFor() {
        Kernel k = boot("");
        type(k, "fork\n");
        k.runUntilInputWanted(MAX_TICKS);
        int pid = Integer.parseInt(out(k).trim());
        type(k, "kill -9 $!\n");
        type(k, "\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals(true, k.pids().contains(pid));
        type(k, "wait; echo $?\n");
        k.runUntilInputWanted(MAX_TICKS);
        assertEquals(false, k.pids().contains(pid));
        assertEquals("0\n", out(k));
    }

    @Test
    void aStoppedForegroundJobBecomesAJobAndTheShellPromptsAgain() {
        // bash announces a stopped job after a blank line; Ctrl-D then only warns, once.
        assertEquals("user@miniunix:~$ \n[1]+  Stopped                 /bin/kill -19 0\nuser@miniunix:~$ 147\n"
                + "user@miniunix:~$ logout\nThere are stopped jobs.\nuser@miniunix:~$ ",
                run("i", "/bin/kill -19 0\necho $?\n"));
    }

    @Test
    void builtinRedirectionsLeaveTheShellsOwnFdsAlone() {
        assertEquals("miniunix: line 1: cd: /nope: No such file or directory\nafter\n",
                run("cd /nope 2>/tmp/err; cat /tmp/err; echo after\n"));
        assertEquals("/home/user\n", run("pwd >/tmp/p 2>&1; cat /tmp/p\n"));
    }

    @Test
    void exportAndUnsetRejectInvalidNames() {
        assertEquals("miniunix: line 1: export: `1x=2': not a valid identifier\n1\n", run("export 1x=2; echo $?\n"));
        assertEquals("[]\n", run("A=1; unset A; echo \"[$A]\"\n"));
    }

    @Test
    void randomIsFifteenBitsAndRepeatsAfterTheSameSeed() {
        String out = run("RANDOM=42; a=\"$RANDOM $RANDOM\"; RANDOM=42; b=\"$RANDOM $RANDOM\"\n"
                + "[ \"$a\" = \"$b\" ] && echo same; for x in $a; do [ $x -le 32767 ] && echo ok; done\n"
                + "unset RANDOM; echo \"[$RANDOM]\"\n");
        assertEquals("same\nok\nok\n[]\n", out);
    }

    @Test
    void shDashCRunsTheStringAndExitsWithItsStatus() {
        assertEquals("a\n3\n", run("sh -c 'echo a | cat; exit 3'; echo $?\n"));
        assertEquals("miniunix: line 1:    22 Killed                  sh -c 'kill -9 $$'\n137\n",
                run("sh -c 'kill -9 $$'; echo $?\n"));
        assertEquals("sh: -c: line 1: syntax error near unexpected token `|'\nsh: -c: line 1: `| x'\n2\n", run("sh -c '| x'; echo $?\n"));
        assertEquals("name\n", run("sh -c 'echo $0' name\n"));
        assertEquals("sh: -c: option requires an argument\n2\n", run("sh -c; echo $?\n"));
    }

    @Test
    void shFileRunsAScriptFileWhileFdZeroStaysTheTerminal() {
        assertEquals("from script\n5\n", run("echo 'echo from script; exit 5' > /tmp/s.sh\nsh /tmp/s.sh; echo $?\n"));
        assertEquals("miniunix: /nope.sh: No such file or directory\n127\n", run("sh /nope.sh; echo $?\n"));
    }

    @Test
    void logoutEndsTheLoginShellAsExitButNoSubshell() {
        // init starts "-sh"; fed a script, it stands for `bash < script`: no login shell.
        assertEquals("miniunix: line 1: logout: not login shell: use `exit'\n1\n", run("logout; echo $?\n"));
        // Interactive, it is one: logout ends it; $(...) is still one, ( ) and sh -c are not.
        String out = run("i", "echo \"[$(logout 4; echo still)]\"\n(logout); echo \"sub $?\"\n"
                + "sh -c 'logout'; echo \"sh $?\"\nlogout x y; echo \"args $?\"\nlogout 3\necho not reached\n");
        assertEquals("user@miniunix:~$ []\n"
                + "user@miniunix:~$ miniunix: logout: not login shell: use `exit'\nsub 1\n"
                + "user@miniunix:~$ sh: line 1: logout: not login shell: use `exit'\nsh 1\n"
                + "user@miniunix:~$ miniunix: logout: too many arguments\nargs 1\n"
                + "user@miniunix:~$ logout\n", out);
    }
}
