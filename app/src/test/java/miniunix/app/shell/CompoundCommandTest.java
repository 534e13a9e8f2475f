package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import miniunix.kernel.Kernel;
import org.junit.jupiter.api.Test;

/** if, while, until, for, { }, ( ), (( )), break and continue, on the real kernel. */
class CompoundCommandTest {

    private static String run(String script) {
        return ShellTest.run(script);
    }

    @Test
    void ifTakesTheFirstBranchWhoseConditionSucceeds() {
        assertEquals("two\n", run("if false; then echo one; elif true; then echo two; else echo three; fi\n"));
        assertEquals("three\n", run("if false; then echo one; else echo three; fi\n"));
        assertEquals("0\n", run("if false; then echo one; fi; echo $?\n"));
        assertEquals("1\n", run("if true; then false; fi; echo $?\n"));
    }

    @Test
    void whileAndUntilTestBeforeEachIteration() {
        assertEquals("0\n1\n2\n", run("i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done\n"));
        assertEquals("3\n2\n1\n", run("n=3; until [ $n -eq 0 ]; do echo $n; n=$((n-1)); done\n"));
        assertEquals("0\n", run("while false; do echo never; done; echo $?\n"));
    }

    @Test
    void forSetsTheVariableToEachWord() {
        assertEquals("a\nb c\nd\n", run("for x in a \"b c\" d; do echo $x; done\n"));
        assertEquals("1\n2\n3\nlast 3\n", run("for i in $(seq 3); do echo $i; done; echo last $i\n"));
        assertEquals("0\n", run("for x in; do echo never; done; echo $?\n"));
        assertEquals("miniunix: line 1: `1x': not a valid identifier\n1\n", run("for 1x in a; do echo; done; echo $?\n"));
    }

    @Test
    void forWithoutInRunsOverThePositionalParameters() {
        assertEquals("[a]\n[b c]\n", run("sh -c 'for p; do echo \"[$p]\"; done' sh a 'b c'\n"));
        assertEquals("", run("for p\ndo echo \"[$p]\"\ndone\n"));
    }

    @Test
    void breakAndContinueWithACount() {
        assertEquals("1a\n1c\n2a\n2c\n", run("for i in 1 2; do for j in a b c; do "
                + "if [ $j = b ]; then continue; fi; echo $i$j; done; done\n"));
        assertEquals("1a\n", run("for i in 1 2; do for j in a b; do echo $i$j; break 2; done; done\n"));
        assertEquals("3\n", run("for i in 1 2 3; do for j in x; do continue 2; done; echo never; done; "
                + "echo $i\n"));
        assertEquals("a\nafter 0\n", run("while true; do echo a; break 5; done; echo after $?\n"));
    }

    @Test
    void breakOutsideALoopOrWithABadCount() {
        assertEquals("miniunix: line 1: break: only meaningful in a `for', `while', or `until' loop\n0\n",
                run("break; echo $?\n"));
        assertEquals("miniunix: line 1: continue: 0: loop count out of range\nout 1\n",
                run("for i in 1 2; do continue 0; echo never; done; echo out $?\n"));
        assertEquals("miniunix: line 1: break: x: numeric argument required\n128\n",
                run("for i in 1 2; do break x; echo never; done; echo never\necho $?\n"));
    }

    @Test
    void braceGroupRunsInTheShellAndSubshellInAChild() {
        assertEquals("in 2\nout 1\n", run("x=1; (x=2; echo in $x); echo out $x\n"));
        assertEquals("2\n", run("x=1; { x=2; }; echo $x\n"));
        assertEquals("7\n", run("(exit 7); echo $?\n"));
        assertEquals("/tmp\n/home/user\n", run("(cd /tmp; pwd); pwd\n"));
    }

    @Test
    void redirectionsOfACompoundCommandAreUndoneAfterIt() {
        assertEquals("1\n2\nafter\n", run("for i in 1 2; do echo $i; done > /tmp/f; cat /tmp/f; echo after\n"));
        assertEquals("shown\n", run("{ nope; echo hidden; } > /dev/null 2>&1; echo shown\n"));
        assertEquals("x\n", run("echo x > /tmp/in; if true; then cat; fi < /tmp/in\n"));
        assertEquals("miniunix: /nope/x: No such file or directory\n1\nok\n",
                run("{ echo never; } > /nope/x; echo $?; echo ok\n"));
    }

    @Test
    void breakOutOfARedirectedBodyRestoresTheFds() {
        assertEquals("a\nvisible\n", run("while true; do { echo a; break; } > /tmp/f; done; cat /tmp/f; "
                + "echo visible\n"));
    }

    @Test
    void compoundCommandsInPipelinesRunInAForkedChild() {
        assertEquals("a\nb\n", run("for i in a b; do echo $i; done | cat\n"));
        assertEquals("b\n", run("echo b | { cat; }\n"));
        assertEquals("x\n", run("x=x; { x=y; } | cat; echo $x\n"));
        assertEquals("0\n", run("for i in 1; do false; done | { cat; true; }; echo $?\n"));
    }

    @Test
    void aLoopInTheBackgroundIsAJob() {
        assertEquals("1\n2\n0\n", run("for i in 1 2; do echo $i; done & wait; echo $?\n"));
    }

    @Test
    void forkInsideALoopForksTheWholeShell() {
        String out = run("for i in 1 2 3; do fork; done > /tmp/pids\n"
                + "c=0; for p in $(cat /tmp/pids); do kill $p; c=$((c+1)); done; wait; echo $c $?\n");
        assertEquals("3 0\n", out);
    }

    @Test
    void arithmeticCommandStatus() {
        assertEquals("yes\nzero\n6\n", run("((3 > 2)) && echo yes; ((0)) || echo zero; "
                + "i=0; ((i++)); ((i+=5)); echo $i\n"));
        assertEquals("miniunix: line 1: ((: 1/0: division by 0 (error token is \"0\")\n1\n", run("((1/0)); echo $?\n"));
    }

    @Test
    void reservedWordsCountOnlyWhereACommandStarts() {
        assertEquals("if then fi } done\n", run("echo if then fi } done\n"));
        assertEquals("miniunix: line 1: syntax error near unexpected token `fi'\nminiunix: line 1: `fi'\n", run("fi\necho $?\n"));
        assertEquals("miniunix: line 1: syntax error near unexpected token `}'\nminiunix: line 1: `{ }'\n", run("{ }\n"));
        assertEquals("miniunix: line 1: syntax error near unexpected token `foo'\nminiunix: line 1: `if true; then :; fi foo'\n", run("if true; then :; fi foo\n"));
    }

    @Test
    void aCompoundCommandMaySpanLines() {
        assertEquals("a\nb\n", run("for i in a b\ndo\n  echo $i\ndone\n"));
        assertEquals("yes\n", run("if true\nthen\n  echo yes\nfi\n"));
    }

    @Test
    void anUnfinishedCompoundCommandAtTheEndIsUnexpectedEndOfFile() {
        assertEquals("miniunix: line 2: syntax error: unexpected end of file\n", run("if true; then echo x\n"));
        assertEquals("miniunix: line 2: syntax error: unexpected end of file\n", run("while true; do\n"));
    }

    @Test
    void interactiveContinuationLinesGetThePs2Prompt() {
        assertEquals("user@miniunix:~$ > > a\nb\nuser@miniunix:~$ logout\n",
                ShellTest.run("i", "for i in a b\ndo echo $i\ndone\n"));
    }

    @Test
    void anEndlessLoopOfBuiltinsStillLetsTheClockRun() {
        Kernel k = ShellTest.boot("");
        ShellTest.type(k, "while :; do :; done\n");
        long before = k.now();
        k.runUntilInputWanted(5);
        assertTrue(k.now() - before >= 5, "the clock moved");
        assertFalse(k.inputWanted());
        k.interrupt();
        k.runUntilInputWanted(5);
        assertFalse(k.sessionAlive(), "a script shell dies of Ctrl-C, as bash does");
    }

    @Test
    void ctrlCOfAForegroundChildStopsTheLoopOfAnInteractiveShell() {
        Kernel k = ShellTest.boot("i");
        ShellTest.type(k, "while true; do sleep 100; done; echo never\n");
        k.runUntilInputWanted(50);
        k.interrupt();
        ShellTest.type(k, "echo $?\n");
        k.runUntilInputWanted(1000);
        assertEquals("user@miniunix:~$ \nuser@miniunix:~$ 130\nuser@miniunix:~$ ", ShellTest.out(k));
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "if true; then ".repeat(5000) + "echo x" + "; fi".repeat(5000) + "\necho ok\n";
        String out = run(deep);
        assertTrue(out.startsWith("miniunix: line 1: syntax error: compound commands nested too deeply\n"), out);
        assertFalse(out.contains("ok\n"), out);     // a syntax error ends the script
        String fine = "if true; then ".repeat(50) + "echo x" + "; fi".repeat(50) + "\n";
        assertEquals("x\n", run(fine));
    }

    @Test
    void cStyleForLoop() {
        assertEquals("0\n1\n2\nst 0 i=3\n", run("for ((i=0; i<3; i++)); do echo $i; done; echo st $? i=$i\n"));
        assertEquals("0\n2\n", run("for ((i=0; i<10; i++)); do if ((i % 2)); then continue; fi; "
                + "if ((i > 2)); then break; fi; echo $i; done\n"));
        assertEquals("once\n", run("for ((;;)); do echo once; break; done\n"));
        assertEquals("miniunix: line 1: ((: i<1/0: division by 0 (error token is \"0\")\n1\n",
                run("for ((i=0; i<1/0; i++)); do echo no; done; echo $?\n"));
    }

    @Test
    void xtraceShowsForHeadsAndArithmetic() {
        assertEquals("+ for i in a \"b c\"\n+ echo a\na\n+ for i in a \"b c\"\n+ echo b c\nb c\n+ ((  1 < 2  ))\n",
                ShellTest.run("x", "for i in a \"b c\"; do echo $i; done; (( 1 < 2 ))\n"));
    }

    @Test
    void whileReadTakesALineAtATime() {
        String file = "echo 'a b  c' > /tmp/in; echo 'second  line  ' >> /tmp/in; ";
        assertEquals("[a] [b  c]\n[second] [line]\nst 0\n",
                run(file + "while read first rest; do echo \"[$first] [$rest]\"; done < /tmp/in; echo st $?\n"));
        assertEquals("a b  c / second  line\n", run(file + "cat /tmp/in | { read l1; read l2; echo \"$l1 / $l2\"; }\n"));
        assertEquals("[xy] [x\\y]\n", run("echo 'x\\y' > /tmp/b; read a < /tmp/b; read -r b < /tmp/b; "
                + "echo \"[$a] [$b]\"\n"));
        assertEquals("1 []\n", run("read x < /dev/null; echo $? \"[$x]\"\n"));
        assertEquals("typed\n", run("read v\ntyped\necho $v\n"));
    }
}
