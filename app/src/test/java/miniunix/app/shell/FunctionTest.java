package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Shell functions, return, local and type, on the real kernel. */
class FunctionTest {

    private static String run(String script) {
        return ShellTest.run(script);
    }

    @Test
    void aFunctionGetsItsArgumentsAsPositionalParametersAndTheCallersComeBack() {
        assertEquals("2 [a] [b c]\n3 x y z\n", run("set -- x y z; f() { echo \"$# [$1] [$2]\"; }; f a 'b c'; "
                + "echo $# $@\n"));
        assertEquals("g\nk\n", run("function g { echo g; }; function k() { echo k; }; g; k\n"));
    }

    @Test
    void returnSetsTheStatusAndLeavesTheFunctionOnly() {
        assertEquals("in\n3\n", run("f() { echo in; return 3; echo never; }; f; echo $?\n"));
        assertEquals("1\n", run("f() { false; return; }; f; echo $?\n"));
        assertEquals("44\n255\n", run("f() { return $1; }; f 300; echo $?; f -1; echo $?\n"));
        assertEquals("main: line 1: return: x: numeric argument required\n2\n", run("f() { return x; }; f; echo $?\n"));
        assertEquals("f goes on 7\n0\n", run("f() { g; echo \"f goes on $?\"; }; g() { return 7; }; f; echo $?\n"));
    }

    @Test
    void returnOutsideAFunctionIsBashsErrorAndTheScriptGoesOn() {
        assertEquals("miniunix: line 1: return: can only `return' from a function or sourced script\nafter 2\n",
                run("return 3; echo after $?\n"));
    }

    @Test
    void returnInsideLoopsAndCompoundCommandsOfTheFunction() {
        assertEquals("1\n5\n", run("f() { for i in 1 2 3; do while true; do echo $i; return 5; done; done; }; "
                + "f; echo $?\n"));
    }

    @Test
    void localsAreDynamicallyScopedAndRestored() {
        assertEquals("[unset]\ng sees l\nafter g\n", run("x=g; f() { local x; echo \"[${x-unset}]\"; x=l; h; }; "
                + "h() { echo \"g sees $x\"; }; f; echo \"after $x\"\n"));
        assertEquals("[unset]\n", run("f() { local y=5; export y; }; f; echo \"[${y-unset}]\"\n"));
        assertEquals("miniunix: line 1: local: can only be used in a function\n1\n", run("local x=1; echo $?\n"));
        assertEquals("declare -- x=\"1 2\"\ndeclare -- y\n", run("f() { local x=\"1 2\" y; local; }; f\n"));
        assertEquals("main: line 1: local: `1x=2': not a valid identifier\n1\n", run("f() { local 1x=2; echo $?; }; f\n"));
        assertEquals("a b\n", run("v='a b'; f() { local w=$v; echo $w; }; f\n"));
    }

    @Test
    void unsetOfACallersLocalShowsWhatItHid() {
        assertEquals("inner [global]\nouter sees global\nglobal\n", run("outer() { local v=outer; inner; "
                + "echo \"outer sees $v\"; }; inner() { unset v; echo \"inner [${v-unset}]\"; }; v=global; outer; "
                + "echo $v\n"));
        assertEquals("[unset]\nglobal\n", run("f() { local v=l; unset v; echo \"[${v-unset}]\"; v=again; }; "
                + "v=global; f; echo $v\n"));
    }

    @Test
    void assignmentsBeforeACallAreExportedForTheCallOnly() {
        assertEquals("[5]\nchild 5\nafter []\n", run("f() { echo \"[$X]\"; sh -c 'echo child $X'; }; X=5 f; "
                + "echo \"after [$X]\"\n"));
    }

    @Test
    void functionsComeBeforeBuiltinsAndProgramsAndUnsetRemovesThem() {
        assertEquals("my cd\nmy exit\n0\n", run("cd() { echo my cd; }; exit() { echo my exit; }; cd /; exit 3; "
                + "echo $?\n"));
        assertEquals("f\nminiunix: line 1: f: command not found\n", run("f() { echo f; }; f; unset -f f; f\n"));
        assertEquals("miniunix: line 1: f: command not found\n", run("f() { :; }; unset f; f\n"));
    }

    @Test
    void breakInAFunctionDoesNotSeeTheCallersLoop() {
        assertEquals("main: line 1: break: only meaningful in a `for', `while', or `until' loop\n1\n"
                + "main: line 1: break: only meaningful in a `for', `while', or `until' loop\n2\n",
                run("b() { break; }; for i in 1 2; do b; echo $i; done\n"));
    }

    @Test
    void functionsRunInPipelinesAndCommandSubstitutionsInTheChild() {
        assertEquals("HI\n", run("up() { cat; }; echo HI | up\n"));
        assertEquals("got x\nunchanged\n", run("v=unchanged; f() { v=changed; echo x; }; echo \"got $(f)\"; echo $v\n"));
        assertEquals("120\n", run("fact() { if [ $1 -le 1 ]; then echo 1; else "
                + "echo $(( $1 * $(fact $(($1 - 1))) )); fi; }; fact 5\n"));
    }

    @Test
    void theBodysRedirectionsApplyAtEachCallAndTheCallsToo() {
        assertEquals("one\ntwo\n", run("f() { echo $1; } >> /tmp/f; f one; f two; cat /tmp/f\n"));
        assertEquals("root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user,,,:/home/user:/bin/sh\nafter\n",
                run("f() { cat; }; f < /etc/passwd > /tmp/g; cat /tmp/g; echo after\n"));
    }

    @Test
    void badFunctionNamesAreRefusedWhenDefined() {
        assertEquals("miniunix: line 1: `\"f\"': not a valid identifier\n1\n", run("\"f\"() { :; }; echo $?\n"));
        assertEquals("ok\n", run("f-b.c() { echo ok; }; f-b.c\n"));
    }

    @Test
    void funcnestBoundsRecursionAndAbandonsTheLine() {
        assertEquals("1\n2\n3\nmain: line 1: f: maximum function nesting level exceeded (3)\nnext 1\n",
                run("FUNCNEST=3; f() { echo $1; f $(($1 + 1)); }; f 1; echo never\necho next $?\n"));
    }

    @Test
    void runawayRecursionEndsCleanlyAtOurBound() {
        String out = run("f() { f; }; f\necho next $?\n");
        assertEquals("main: line 1: f: maximum function nesting level exceeded (" + FunctionFrame.MAX_NEST + ")\n"
                + "next 1\n", out);
    }

    @Test
    void theInteractiveShellSurvivesErrorsInFunctions() {
        String out = ShellTest.run("i", "f() { f; }; f\nr() { return 2; }; r; echo $?\ng() { ${x!}; }; g\necho alive\n");
        assertTrue(out.contains("maximum function nesting level exceeded"), out);
        assertTrue(out.contains("2\n"), out);
        assertTrue(out.contains("${x!}: bad substitution"), out);
        assertTrue(out.endsWith("alive\nuser@miniunix:~$ logout\n"), out);
        assertFalse(out.contains("internal error"), out);
    }

    @Test
    void typeSaysWhatANameWouldRun() {
        assertEquals("f is a function\nf () \n{ \n    echo hi\n}\ncd is a shell builtin\nif is a shell keyword\n"
                + "cat is /bin/cat\nminiunix: line 1: type: nosuch: not found\n1\n",
                run("f() { echo hi; }; type f cd if cat nosuch; echo $?\n"));
    }

    @Test
    void commandRunsANameButNeverAFunctionAndSaysWhatANameIs() {
        assertEquals("real\n", run("echo() { /bin/echo fn; }; command echo real\n"));
        assertEquals("f\ncd\n/bin/cat\n0\n1\n", run("f() { :; }; command -v f cd cat nosuch; echo $?; "
                + "command -v nosuch; echo $?\n"));
        assertEquals("cat is /bin/cat\nminiunix: line 1: command: nosuch: not found\n1\n",
                run("command -V cat; command -V nosuch; echo $?\n"));
        assertEquals("miniunix: line 1: command: -x: invalid option\ncommand: usage: command [-pVv] command [arg ...]\n2\n",
                run("command -x; echo $?\n"));
        assertEquals("mine\n", run("command() { echo mine; }; command ls\n"));
    }
}
