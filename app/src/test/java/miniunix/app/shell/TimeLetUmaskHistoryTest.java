package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** bash's time keyword and the let, umask and history builtins, on the real kernel. */
class TimeLetUmaskHistoryTest {

    private static String run(String script) {
        return ShellTest.run(script);
    }

    @Test
    void timeReportsTheSimulatedClockInBashsFormat() {
        assertEquals("\nreal\t0m2.000s\nuser\t0m0.000s\nsys\t0m0.000s\n", run("time sleep 2\n"));
        assertEquals("real 1.00\nuser 0.00\nsys 0.00\n", run("time -p sleep 1\n"));
    }

    @Test
    void timeTimesTheWholePipelineAndKeepsItsStatus() {
        String out = run("TIMEFORMAT=%R; time sleep 2 | sleep 1; time ! true; echo $?\n");
        assertEquals("2.000\n0.000\n1\n", out);
        assertEquals("time is a shell keyword\n", run("type time\n"));
    }

    @Test
    void timeFormatTakesPrecisionAndLongForms() {
        assertEquals("Stopwatch", Stopwatch.class.getSimpleName());
        assertEquals("1m5.12s", Stopwatch.seconds(65_123_999L, 2, true));
        assertEquals("65", Stopwatch.seconds(65_999_999L, 0, false));
        assertEquals("[x] 1.0 %\n", run("TIMEFORMAT='[x] %1R %%'; time sleep 1\n"));
    }

    @Test
    void letEvaluatesEachArgumentAndFailsOnZero() {
        assertEquals("2 6 0\n1\n", run("let x=2 y=x*3; echo $x $y $?; let 0; echo $?\n"));
        assertEquals("miniunix: line 1: let: expression expected\n1\n", run("let; echo $?\n"));
        assertEquals("miniunix: line 1: let: 1/0: division by 0 (error token is \"0\")\n1\n",
                run("let 1/0; echo $?\n"));
    }

    @Test
    void umaskPrintsAndSetsTheKernelsMask() {
        assertEquals("0022\nu=rwx,g=rx,o=rx\numask 0022\n0027\n0027\nu=rwx,g=rwx,o=r\n",
                run("umask; umask -S; umask -p; umask 027; umask; umask u=rwx,g=rx,o=; umask\n"
                        + "umask g+w; umask o-rwx,a+r; umask -S\n"));
        assertEquals("miniunix: line 1: umask: 8: octal number out of range\n1\n0022\n",
                run("umask 8; echo $?; umask\n"));
        assertEquals("miniunix: line 1: umask: `q': invalid symbolic mode character\n1\n",
                run("umask u=q; echo $?\n"));
        assertEquals("miniunix: line 1: umask: -x: invalid option\numask: usage: umask [-p] [-S] [mode]\n2\n",
                run("umask -x; echo $?\n"));
    }

    @Test
    void childrenInheritTheUmask() {
        assertEquals("0077\n", run("umask 077; sh -c umask\n"));
    }

    @Test
    void historyNumbersTheCommandsReadAtThePrompt() {
        String out = ShellTest.run("i", "echo one\nfor i in 1 2\ndo\necho $i\ndone\nhistory\n");
        assertTrue(out.contains("    1  echo one\n    2  for i in 1 2; do echo $i; done\n"
                + "    3  history\n"), out);
        out = ShellTest.run("i", "true\nfalse\nhistory 2\nhistory -c\nhistory\n");
        assertTrue(out.contains("    2  false\n    3  history 2\n"), out);
        assertTrue(!out.contains("    1  true"), out);
    }

    @Test
    void aScriptHasNoHistory() {
        assertEquals("0\n", run("echo x > /dev/null; history; echo $?\n"));
    }
}
