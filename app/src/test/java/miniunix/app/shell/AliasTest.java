package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Aliases: the builtins, and their expansion by the parser (see also scenarios/bash/alias.sh). */
class AliasTest {
    private static final String ON = "shopt -s expand_aliases\n";

    @Test
    void anInteractiveShellExpandsAliasesFromTheStart() {
        assertEquals("user@miniunix:~$ user@miniunix:~$ hi\nuser@miniunix:~$ on\nuser@miniunix:~$ logout\n",
                ShellTest.run("i", "alias x='echo hi'\nx\nshopt -q expand_aliases && echo on\n"));
    }

    @Test
    void aScriptExpandsThemOnlyWithExpandAliases() {
        assertEquals("miniunix: line 2: x: command not found\nhi\n",
                ShellTest.run("alias x='echo hi'\nx 2>&1\n" + ON + "x\n"));
    }

    @Test
    void anAliasIsNotExpandedInItsOwnValueNorInAnotherOneItLeadsTo() {
        assertEquals("miniunix: line 3: a: command not found\nE x\n",
                ShellTest.run(ON + "alias a=b b=a echo='echo E'\na 2>&1\necho x\n"));
    }

    @Test
    void aValueEndingInABlankExpandsTheNextWordToo() {
        assertEquals("A B C\nA b c\n",
                ShellTest.run(ON + "alias a='echo A ' b='B ' c=C s='echo A' t='B'\na b c\ns b c\n"));
    }

    @Test
    void aValueMayOpenACompoundCommandOrAHereDocumentThatTheLineCloses() {
        assertEquals("in\nbody\n", ShellTest.run(ON + "alias i='if true; then' c='cat <<E'\ni echo in; fi\nc\nbody\nE\n"));
    }

    @Test
    void commandSubstitutionsEvalAndSubshellsExpandThem() {
        assertEquals("K K\nK\nK\n", ShellTest.run(ON + "alias k='echo K'\necho $(k) `k`\neval k\n(k)\n"));
    }

    @Test
    void aSubshellsAliasesStayInIt() {
        assertEquals("miniunix: line 3: m: command not found\n", ShellTest.run(ON + "(alias m=echo)\nm 2>&1\n"));
    }

    @Test
    void typeAndCommandSayWhatAnAliasIs() {
        assertEquals("echo is aliased to `echo E'\necho is a shell builtin\necho is /bin/echo\nalias\n"
                + "alias echo='echo E'\n",
                ShellTest.run(ON + "alias echo='echo E'\ntype -a echo; type -t echo; command -v echo\n"));
    }

    @Test
    void forkedShellsShareTheTableUntilOneChangesIt() {
        assertEquals("alias a='1'\nalias b='2'\n---\nalias a='1'\n",
                ShellTest.run("alias a=1\n(alias b=2; alias)\necho ---\nalias\n"));
    }
}
