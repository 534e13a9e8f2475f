package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** case ... esac on the real kernel: patterns, quoting, the three item terminators. */
class CaseTest {

    private static String run(String script) {
        return ShellTest.run(script);
    }

    @Test
    void theFirstMatchingItemRuns() {
        assertEquals("glob\n", run("case abc in a\\*) echo no;; a*c) echo glob;; *) echo star;; esac\n"));
        assertEquals("paren\n", run("case x in (y|x) echo paren;; esac\n"));
        assertEquals("slash dot\n", run("case /a/.b in /*/.?) echo slash dot;; esac\n"));
        assertEquals("empty\n", run("case \"\" in \"\") echo empty;; esac\n"));
    }

    @Test
    void quotingInAPatternMakesItsCharactersLiteral() {
        assertEquals("quoted\n", run("x='a*b'; case $x in \"a*b\") echo quoted;; esac\n"));
        assertEquals("other\n", run("case axb in \"a*b\") echo no;; *) echo other;; esac\n"));
        assertEquals("var-pattern\nquoted-var\n", run("p='[ab]'; case b in $p) echo var-pattern;; esac; "
                + "case b in \"$p\") echo no;; *) echo quoted-var;; esac\n"));
    }

    @Test
    void theStatusIsTheListsOrZeroWhenNothingMatched() {
        assertEquals("0\n", run("false; case y in x) false;; esac; echo $?\n"));
        assertEquals("1\n", run("case x in x) false;; esac; echo $?\n"));
        assertEquals("0\n", run("false; case x in x) ;; esac; echo $?\n"));
    }

    @Test
    void fallThroughAndTestNext() {
        assertEquals("one\ntwo\nstar\n", run("case 1 in 1) echo one;& 2) echo two;;& 3) echo no;; *) echo star;; "
                + "esac\n"));
    }

    @Test
    void aCaseSpansLinesAndTakesRedirections() {
        assertEquals("multi\n", run("case x in\n  x)\n    echo multi\n    ;;\n  y) echo y\nesac > /tmp/c\n"
                + "cat /tmp/c\n"));
    }

    @Test
    void patternsAreExpandedInTurnUntilOneMatches() {
        assertEquals("b 2\n", run("n=0; case b in $((n+=1))) ;; b) echo b $((n+=1));; $((n+=10))) ;; esac\n"));
    }
}
