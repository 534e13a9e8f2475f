package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import miniunix.kernel.Kernel;
import org.junit.jupiter.api.Test;

/** The set builtin and its options (-e, -u, -x, -f, -o pipefail), on the real kernel. */
class SetTest {

    private static String run(String script) {
        return ShellTest.run(script);
    }

    @Test
    void setReplacesThePositionalParameters() {
        assertEquals("2 a b c\n2 x y\nn=0\n", run("set -- a 'b c'; echo $# $@\nset x y; echo $# $*\nset --; echo n=$#\n"));
        assertEquals("1 -x\n", run("set -- -x; echo $# $1\n"));
    }

    @Test
    void setListsTheVariablesQuotedThenTheFunctions() {
        String out = run("a=1 b='two words' c=$'tab\\there' d=\"it's\" e=; f() { :; }; set\n");
        assertTrue(out.contains("a=1\nb='two words'\nc=$'tab\\there'\nd='it'\\''s'\ne=\n"), out);
        assertTrue(out.endsWith("f () \n{ \n    :\n}\n"), out);
    }

    @Test
    void setDashOListsTheOptionsAndTakesTheirNames() {
        assertEquals("braceexpand    \ton\nerrexit        \ton\nerrtrace       \toff\nfunctrace      \toff\nmonitor        \toff\nnoglob         \toff\nnounset        \toff\n"
                + "pipefail       \ton\nxtrace         \toff\nset -o braceexpand\nset -o errexit\nset +o errtrace\nset +o functrace\nset +o monitor\nset +o noglob\n"
                + "set +o nounset\nset -o pipefail\nset +o xtrace\n", run("set -eo pipefail; set -o; set +o\n"));
        assertEquals("miniunix: line 1: set: bogus: invalid option name\n2\n", run("set -o bogus; echo $?\n"));
        assertEquals("miniunix: line 1: set: -q: invalid option\nset: usage: set [-efmuxBET] [-o option-name] [--] [-] [arg ...]\n"
                + "2\n", run("set -q; echo $?\n"));
    }

    @Test
    void dollarDashShowsTheFlags() {
        assertEquals("Bs\neuBs\nBs\ns\n", run("echo $-; set -eu; echo $-; set +eu; echo $-; set +B; echo $-\n"));
        assertEquals("Bc\n", run("sh -c 'echo $-'\n"));
        assertEquals("mBs\nmBc\nBs\nemuBs\n", run("set -m; echo $-; sh -c 'set -o monitor; echo $-'; set +m; echo $-;"
                + " set -me; set -u; echo $-\n"));
    }

    @Test
    void errexitEndsTheShellOnAFailingCommand() {
        assertEquals("x\n", run("set -e; echo x; false; echo never\n"));
        assertEquals("", run("set -e; true | false; echo never\n"));
        assertEquals("", run("set -e; f() { return 3; }; f; echo never\n"));
        assertEquals("", run("set -e; ((0)); echo never\n"));
        assertEquals("", run("set -e; x=$(false); echo never\n"));
        assertEquals("", run("set -e; (false); echo never\n"));
        assertEquals("", run("set -e; true && false; echo never\n"));
    }

    @Test
    void errexitIsIgnoredInConditionsAndAndOrListsAndNegations() {
        assertEquals("x\ny\n", run("set -e; ! { false; echo x; }; echo y\n"));
        assertEquals("in-f\nok\nin-f\nand\n", run("set -e; f() { false; echo in-f; }; if f; then echo ok; fi; "
                + "f && echo and; f; echo never\n"));
        assertEquals("pipe\ngroup\nfor\nwhile\n", run("set -e; false | true; echo pipe; { false && true; }; "
                + "echo group; for i in 1; do false || false && :; done 2>/dev/null || :; echo for; "
                + "while false; do :; done; echo while\n"));
        assertEquals("inner\nt\n", run("set -e; if (false; echo inner); then echo t; fi\n"));
        assertEquals("sub\nyes\n", run("set -e; echo $(false; echo sub); echo yes\n"));
    }

    @Test
    void errexitEndsAnInteractiveShellToo() {
        Kernel k = ShellTest.boot("i");
        ShellTest.type(k, "set -e\n");
        ShellTest.type(k, "false\n");
        k.runUntilInputWanted(100_000);
        assertFalse(k.sessionAlive());
        assertEquals(1, k.sessionExitStatus());
    }

    @Test
    void nounsetMakesAnUnsetParameterAnErrorThatEndsTheScript() {
        assertEquals("miniunix: line 1: nope: unbound variable\n", run("set -u; echo $nope; echo never\n"));
        assertEquals("miniunix: line 1: $1: unbound variable\n", run("set -u; echo $1\n"));
        assertEquals("miniunix: line 1: x: unbound variable\n", run("set -u; echo $((x + 1))\n"));
        assertEquals("miniunix: line 1: x: unbound variable\n", run("set -u; echo ${#x}\n"));
        assertEquals("0 d e\n", run("set -u; echo \"$@\" $# ${x:-d} ${x-e} ${x:+f}\n"));
    }

    @Test
    void nounsetInTheInteractiveShellAbandonsTheLineOnly() {
        String out = ShellTest.run("i", "set -u\necho $nope; echo never\necho still\n");
        assertTrue(out.contains("miniunix: nope: unbound variable\n"), out);
        assertTrue(out.contains("still\n"), out);
        assertFalse(out.contains("never"), out);
    }

    @Test
    void xtraceCanBeTurnedOnAndOff() {
        assertEquals("+ echo a\na\n+ f 'x y'\n+ echo in\nin\n+ case x in\n+ set +x\nb\n",
                run("set -x; echo a; f() { echo in; }; f 'x y'; case x in x) ;; esac; set +x; echo b\n"));
    }

    @Test
    void pipefailAndNoglob() {
        assertEquals("1\n0\n", run("set -o pipefail; false | true; echo $?; set +o pipefail; false | true; echo $?\n"));
        assertEquals("/*\n", run("set -f; echo /*\n"));
    }
}
