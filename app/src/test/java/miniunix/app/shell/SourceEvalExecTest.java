package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ., source, eval and exec: commands run in, or replacing, the shell itself. */
class SourceEvalExecTest {

    private static String run(String script) {
        return ShellTest.run(script);
    }

    @Test
    void dotRunsAFileInTheCurrentShellWithItsOwnArguments() {
        String file = "echo 'echo \"in: $# $1\"; x=set; return 5; echo never' > /tmp/s.sh\n";
        assertEquals("in: 1 a\n5 2 p set\n", run(file + "set -- p q; . /tmp/s.sh a; echo $? $# $1 $x\n"));
        assertEquals("in: 2 p\n", run(file + "set -- p q; source /tmp/s.sh\n"));
    }

    @Test
    void dotSearchesPathAndReportsErrors() {
        assertEquals("miniunix: line 1: nosuch: No such file or directory\n1\n", run(". nosuch; echo $?\n"));
        assertEquals("miniunix: line 1: .: filename argument required\n.: usage: . filename [arguments]\n2\n",
                run(".; echo $?\n"));
        assertEquals("miniunix: line 1: .: /tmp: is a directory\n1\n", run(". /tmp; echo $?\n"));
        assertEquals("found\n", run("echo 'echo found' > /tmp/lib.sh; PATH=/tmp:/bin; . lib.sh\n"));
    }

    @Test
    void aFileThatSourcesItselfEndsAtTheBound() {
        String out = run("echo '. /tmp/self.sh' > /tmp/self.sh; . /tmp/self.sh\necho next $?\n");
        assertEquals("/tmp/self.sh: line 1: .: maximum source nesting level exceeded (" + FunctionFrame.MAX_NEST + ")\nnext 1\n",
                out);
    }

    @Test
    void evalRunsItsArgumentsJoined() {
        assertEquals("a\nb\nfrom-eval\n", run("eval 'echo a;' 'echo b; y=from-eval'; echo $y\n"));
        assertEquals("0\n", run("false; eval; echo $?\n"));
        assertEquals("miniunix: eval: line 1: syntax error: unexpected end of file\n2\n", run("eval if; echo $?\n"));
        assertEquals("loop 1\nloop 2\n", run("c='for i in 1 2; do echo \"loop $i\"; done'; eval \"$c\"\n"));
        assertEquals("4\n", run("f() { eval 'return 4'; echo no; }; f; echo $?\n"));
    }

    @Test
    void execReplacesTheShell() {
        assertEquals("replaced\n", run("exec echo replaced; echo never\n"));
        assertEquals("miniunix: line 1: exec: nosuch: not found\n", run("exec nosuch; echo never\n"));
    }

    @Test
    void execRedirectionsStay() {
        assertEquals("to-three\nto-file\n", run("exec 3>/tmp/x3; echo to-three >&3; exec 3>&-; cat /tmp/x3\n"
                + "exec 4>&1 >/tmp/out; echo to-file; exec >&4 4>&-; cat /tmp/out\n"));
        assertEquals("miniunix: line 1: 3: Bad file descriptor\n1\n", run("exec 3>&-; cat <&3; echo $?\n")
                .replace("cat: -: Bad file descriptor\n", ""));
    }

    @Test
    void aFailedExecLeavesTheInteractiveShellRunning() {
        String out = ShellTest.run("i", "exec nosuch\necho alive\n");
        assertTrue(out.contains("miniunix: exec: nosuch: not found\n"), out);
        assertTrue(out.contains("alive\n"), out);
        assertFalse(out.contains("internal error"), out);
    }
}
