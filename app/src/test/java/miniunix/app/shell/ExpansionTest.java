package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import miniunix.kernel.Kernel;
import org.junit.jupiter.api.Test;

/** Parameters, arithmetic, globbing and expansion errors, through the shell on the real kernel. */
class ExpansionTest {

    private static String run(String script) {
        return ShellTest.run(script);
    }

    @Test
    void parameterOperators() {
        assertEquals("hello.tar hello tar.gz gz 12\n",
                run("x=hello.tar.gz; echo ${x%.*} ${x%%.*} ${x#*.} ${x##*.} ${#x}\n"));
        assertEquals("default d2 set set\n", run("echo ${nope:-default} ${nope-d2} ${nope:=set} $nope\n"));
        assertEquals("[alt] []\n", run("x=1; echo \"[${x:+alt}]\" \"[${y:+alt}]\"\n"));
    }

    @Test
    void positionalParametersOfShDashCAndOfAScript() {
        assertEquals("name 2 one two three\ntwo three\n",
                run("sh -c 'echo $0 $# \"$@\"; shift; echo $1' name one 'two three'\n"));
        assertEquals("3 a\n1 c\n", run("echo 'echo $# $1; shift 2; echo $# $1' > /tmp/s.sh; sh /tmp/s.sh a b c\n"));
        assertEquals("1\n", run("sh -c 'shift 3; echo $?' sh a\n"));
        assertEquals("[a b]\n[c]\n", run("sh -c 'for a in \"$@\"; do echo \"[$a]\"; done' sh 'a b' c\n"));
    }

    @Test
    void aBadSubstitutionStopsTheLineNotTheScript() {
        assertEquals("before\nminiunix: line 1: ${x!}: bad substitution\n1\n",
                run("echo before; echo ${x!}; echo skipped\necho $?\n"));
        assertEquals("miniunix: line 1: ${x!y}: bad substitution\nnext\n",
                run("for i in 1 2; do echo ${x!y}; done; echo skipped\necho next\n"));
    }

    @Test
    void arithmeticErrorsStopTheLineWithStatusOne() {
        assertEquals("miniunix: line 1: 1/0: division by 0 (error token is \"0\")\n1\n",
                run("echo $((1/0)); echo after\necho $?\n"));
        assertEquals("3 5\n", run("i=2; echo $((++i)) $((i+2))\n"));
    }

    @Test
    void errorIfUnsetEndsAScriptButNotAnInteractiveShell() {
        Kernel k = ShellTest.boot("");
        ShellTest.type(k, "echo a; echo ${x:?must be set}; echo b\n");
        ShellTest.type(k, "echo never\n");
        k.runUntilInputWanted(1000);
        assertEquals("a\nminiunix: line 1: x: must be set\n", ShellTest.out(k));
        assertEquals(1, k.sessionExitStatus());
        assertEquals("sh: line 1: x: parameter null or not set\n127\n", run("sh -c 'echo ${x:?}; echo no'; echo $?\n"));
        assertEquals("user@miniunix:~$ miniunix: x: unset\nuser@miniunix:~$ 1\nuser@miniunix:~$ logout\n",
                ShellTest.run("i", "echo ${x:?unset}; echo no\necho $?\n"));
    }

    @Test
    void anErrorInAPipelineEndsOnlyThatProcess() {
        assertEquals("miniunix: line 1: 1/0: division by 0 (error token is \"0\")\nafter\n",
                run("echo $((1/0)) | cat; echo after\n"));
    }

    @Test
    void globbingMatchesSortedNamesAndLeavesNoMatchAlone() {
        String files = "cd /tmp; > b.txt; > a.txt; > .hidden.txt; > 'c d.txt'; ";
        assertEquals("a.txt b.txt c d.txt\n", run(files + "echo *.txt\n"));
        assertEquals(".hidden.txt\n", run(files + "echo .*.txt\n"));
        assertEquals("a.txt b.txt\n", run(files + "echo [ab].*\n"));
        assertEquals("b.txt c d.txt\n", run(files + "echo [!a]*.txt\n"));
        assertEquals("*.none\n", run(files + "echo *.none\n"));
        assertEquals("*.txt *.txt\n", run(files + "echo '*.txt' \\*.txt\n"));
        assertEquals("[c d.txt]\n", run(files + "for f in c*; do echo \"[$f]\"; done\n"));
        assertEquals("/tmp/a.txt\n", run(files + "echo /tm?/a*\n"));
        assertEquals("a.txt b.txt c d.txt\n", run(files + "x='*.txt'; echo $x\n"));
        assertEquals("*.txt\n", run(files + "x='*.txt'; echo \"$x\"\n"));
        assertEquals("/etc/passwd\n", run("echo /*/passwd\n"));
    }

    @Test
    void aRedirectionTargetIsGlobbedOnlyToOneName() {
        assertEquals("miniunix: line 1: /tmp/*.txt: ambiguous redirect\n1\n",
                run("> /tmp/a.txt; > /tmp/b.txt; echo x > /tmp/*.txt; echo $?\n"));
        assertEquals("x\n", run("> /tmp/only.log; echo x > /tmp/*.log; cat /tmp/only.log\n"));
    }
}
