package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Brace expansion of parsed words, each case checked against bash 5.2. */
class BracesTest {

    private static Word word(String text) {
        return new Lexer(text, true).next().word();
    }

    /** The words text brace-expands to, each as its parts' text ("$x" for a parameter); itself if none. */
    private static List<String> braces(String text) {
        Braces.Result r = Braces.expand(word(text));
        if (r.words() == null) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        for (Word w : r.words()) {
            StringBuilder sb = new StringBuilder();
            for (Word.Part p : w.parts()) {
                sb.append(p instanceof Word.Literal l ? (l.quoted() ? "'" + l.text() + "'" : l.text())
                        : p instanceof Word.Param q ? "$" + q.name() : "<" + p.getClass().getSimpleName() + ">");
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static List<String> list(String spaced) {
        return List.of(spaced.split(" "));
    }

    @Test
    void commaAlternativesMultiplyWithPreambleAndPostamble() {
        assertEquals(list("abd acd"), braces("a{b,c}d"));
        assertEquals(list("prexpost1 prexpost2 preypost1 preypost2"), braces("pre{x,y}post{1,2}"));
        assertEquals(list("ace acf ade adf bce bcf bde bdf"), braces("{a,b}{c,d}{e,f}"));
    }

    @Test
    void nestedBracesExpandInsideTheirAlternative() {
        assertEquals(list("a b1 b2"), braces("{a,b{1,2}}"));
        assertEquals(list("abg acdfg acefg"), braces("a{b,c{d,e}f}g"));
        assertEquals(list("a b c"), braces("{{a,b},c}"));
        assertEquals(list("a b c"), braces("{a,{b,c}}"));
        assertEquals(list("a {b}"), braces("{a,{b}}"));
        assertNull(Braces.expand(word("{{a}}")).words());
    }

    @Test
    void emptyAlternativesAreEmptyWords() {
        assertEquals(List.of("", ""), braces("{,}"));
        assertEquals(list("ab ab"), braces("a{,}b"));
        assertEquals(List.of("a", "", "b"), braces("{a,,b}"));
    }

    @Test
    void integerSequencesGoEitherWayBySteps() {
        assertEquals(list("1 2 3 4 5 6 7 8 9 10"), braces("{1..10}"));
        assertEquals(list("10 9 8 7 6 5 4 3 2 1"), braces("{10..1}"));
        assertEquals(list("1 4 7 10"), braces("{1..10..3}"));
        assertEquals(list("1 4 7 10"), braces("{1..10..-3}"));
        assertEquals(list("10 7 4 1"), braces("{10..1..3}"));
        assertEquals(list("-3 -2 -1 0 1 2 3"), braces("{-3..3}"));
        assertEquals(list("1 2 3"), braces("{1..3..0}"));
        assertEquals(list("3 4 5"), braces("{+3..5}"));
        assertEquals(list("1"), braces("{1..1}"));
    }

    @Test
    void aLeadingZeroPadsToTheWiderEnd() {
        assertEquals(list("01 02 03 04 05 06 07 08 09 10"), braces("{01..10}"));
        assertEquals(list("008 009 010"), braces("{08..010}"));
        assertEquals(list("-05 -04 -03 -02 -01 000 001 002 003 004 005"), braces("{-05..5}"));
        assertEquals(list("-1 00 01"), braces("{-1..01}"));
        assertEquals(list("0 1"), braces("{-0..1}"));
        assertEquals(list("1 2 3"), braces("{1..+03}"));
    }

    @Test
    void letterSequencesRunThroughAscii() {
        assertEquals(list("a b c d e"), braces("{a..e}"));
        assertEquals(list("a c e"), braces("{a..e..-2}"));
        assertEquals(list("A F K P U Z _"), braces("{A..c..5}"));
        assertEquals(List.of("a", "`", "_", "^", "]", "''", "[", "Z"), braces("{a..Z}"));
    }

    @Test
    void sequencesMultiplyInOrder() {
        assertEquals(list("1a 1b 2a 2b 3a 3b"), braces("{1..3}{a,b}"));
        assertEquals(list("a1b a2b a3b"), braces("a{1..3}b"));
    }

    @Test
    void whatIsNoExpansionStaysAsTyped() {
        for (String s : list("{a} {} {a,b {1..a} {a..1} {1..3..x} {a..ee} {1..} {..3} {a..} a,b} {},a}"
                + " {9223372036854775807..9223372036854775808} {1..2..-9223372036854775808}"
                + " {1..9223372036854775807}")) {
            assertNull(Braces.expand(word(s)).words(), s);
        }
        assertEquals(list("{1..a}p {1..a}q"), braces("{1..a}{p,q}"));
    }

    @Test
    void aCloseBraceBeforeTheFirstCommaIsText() {
        assertEquals(list("a}b c"), braces("{a}b,c}"));
        assertEquals(list("x} xa"), braces("x{},a}"));
        assertEquals(list("a{} b{}"), braces("{a,b}{}"));
    }

    @Test
    void quotedEscapedAndDollarBracesAreNotExpanded() {
        for (String s : list("\"{a,b}\" '{a,b}' \\{a,b} {a,b\\} ${x} ${x:-{a,b}} {a\\,b} $(echo{a,b})")) {
            assertNull(Braces.expand(word(s)).words(), s);
        }
        assertFalse(word("'{a,b}'").braces());
        assertTrue(word("a{b").braces());
        assertFalse(word("${HOME}").braces());
    }

    @Test
    void quotedTextAndParametersAreCarriedAlong() {
        assertEquals(List.of("'a b'", "c"), braces("{\"a b\",c}"));
        assertEquals(List.of("$x", "y"), braces("{$x,y}"));
        assertEquals(List.of("'$'a", "'$'b"), braces("\\${a,b}"));
        assertEquals(List.of("'a'b'd'", "'a'c'd'"), braces("\"a\"{b,c}\"d\""));
        assertEquals(List.of("a<CommandSub>", "b<CommandSub>"), braces("{a,b}$(echo c)"));
        assertEquals(List.of("','", "x"), braces("{\\,,x}"));
    }

    @Test
    void tooManyWordsLeaveTheWordWithBashsMessage() {
        Braces.Result r = Braces.expand(word("a{1..3000000}b"));
        assertEquals(List.of("a{1..3000000}b"), braces("a{1..3000000}b"));
        assertEquals("brace expansion: failed to allocate memory for 3000000 elements", r.warning());
        assertEquals(Braces.MAX_WORDS, Braces.expand(word("{1..1048576}")).words().size());
        assertEquals(List.of("{1..1048577}"), braces("{1..1048577}"));
        String product = "{a,b}".repeat(21);
        assertNull(Braces.expand(word(product)).words());
        assertTrue(Braces.expand(word(product)).warning().contains("2097152 elements"));
    }

    @Test
    void deepOrLongBraceWordsNeverOverflowTheStack() {
        String deep = "{a,".repeat(5000) + "b" + "}".repeat(5000);
        assertTrue(Braces.expand(word(deep)).words().size() > 900);
        String open = "{".repeat(3000);
        assertNull(Braces.expand(word(open)).words());
    }
}
