package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pattern matcher of pathname expansion and ${VAR#PATTERN}. */
class GlobTest {

    @Test
    void starQuestionMarkAndLiterals() {
        assertTrue(Glob.matches("*.txt", "notes.txt"));
        assertFalse(Glob.matches("*.txt", "notes.txt.bak"));
        assertTrue(Glob.matches("a?c", "abc"));
        assertFalse(Glob.matches("a?c", "ac"));
        assertTrue(Glob.matches("*", ""));
        assertTrue(Glob.matches("**a*b*", "xxaxxbxx"));
        assertTrue(Glob.matches("exact", "exact"));
    }

    @Test
    void bracketExpressions() {
        assertTrue(Glob.matches("[abc]x", "bx"));
        assertTrue(Glob.matches("[a-z]1", "q1"));
        assertFalse(Glob.matches("[!a-z]1", "q1"));
        assertTrue(Glob.matches("[^a-z]1", "Q1"));
        assertTrue(Glob.matches("[]]", "]"));
        assertTrue(Glob.matches("[!]]", "x"));
        assertTrue(Glob.matches("[a-]", "-"));
        assertTrue(Glob.matches("[[:digit:]][[:alpha:]]", "7z"));
        assertFalse(Glob.matches("[[:upper:]]", "a"));
        assertTrue(Glob.matches("[", "["));
        assertTrue(Glob.matches("a[b", "a[b"));
    }

    @Test
    void backslashMakesACharacterLiteral() {
        assertTrue(Glob.matches("\\*", "*"));
        assertFalse(Glob.matches("\\*", "x"));
        assertTrue(Glob.matches("\\[a]", "[a]"));
        assertTrue(Glob.matches("[\\]]", "]"));
        assertEquals("*.txt", Glob.unescape("\\*.txt"));
        assertFalse(Glob.hasMeta("\\*\\?\\["));
        assertTrue(Glob.hasMeta("a\\*b*"));
        assertFalse(Glob.hasMeta("["));
        assertFalse(Glob.hasMeta("[]"));
        assertTrue(Glob.hasMeta("[ab]"));
    }

    @Test
    void aStarNeverMakesMatchingExponential() {
        String s = "a".repeat(10_000);
        assertFalse(Glob.matches("*a*a*a*a*a*a*a*a*b", s));
    }

    @Test
    void prefixAndSuffixRemoval() {
        assertEquals("tar.gz", Glob.remove("archive.tar.gz", "*.", false, false));
        assertEquals("gz", Glob.remove("archive.tar.gz", "*.", false, true));
        assertEquals("archive.tar", Glob.remove("archive.tar.gz", ".*", true, false));
        assertEquals("archive", Glob.remove("archive.tar.gz", ".*", true, true));
        assertEquals("same", Glob.remove("same", "x*", false, true));
        assertEquals("", Glob.remove("abc", "*", false, true));
        assertEquals("abc", Glob.remove("abc", "*", false, false));
    }
}
