package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word expansion without a kernel: command substitutions get canned outputs, no globbing. */
class ExpanderTest {

    private Variables vars = vars();

    private static Variables vars() {
        Variables v = new Variables("-sh");
        v.set("HOME", "/home/user");
        v.set("X", " a  b ");
        v.set("EMPTY", "");
        v.set("F", "archive.tar.gz");
        v.set("P", "/usr/local/bin");
        v.status = 3;
        v.pid = 42;
        return v;
    }

    private static Word word(String text) {
        return new Lexer(text, true).next().word();
    }

    /** Expands text; each $(...) in turn gets the next output; an error comes back as "!msg". */
    private List<String> expand(String text, boolean split, String... outputs) {
        Expander x = new Expander(word(text), split, Fields.ifs(vars));
        int next = 0;
        while (true) {
            Expander.Status s = x.run(vars);
            if (s == Expander.Status.SUBST) {
                x.substituted(outputs[next++]);
            } else if (s == Expander.Status.ERROR) {
                return List.of("!" + x.error() + (x.fatal() ? " (fatal)" : ""));
            } else {
                return split ? new ArrayList<>(x.result().texts()) : List.of(x.result().string());
            }
        }
    }

    private List<String> fields(String text, String... outputs) {
        return expand(text, true, outputs);
    }

    private String string(String text) {
        return expand(text, false).get(0);
    }

    @Test
    void processSubstitutionStopsForItsPathWhichIsNeverSplit() {
        vars.set("IFS", "/");
        Expander x = new Expander(word("a<(ls)b"), true, Fields.ifs(vars));
        assertEquals(Expander.Status.SUBST, x.run(vars));
        assertTrue(x.pending() instanceof Word.ProcSubst);
        x.substituted("/dev/fd/63");
        assertEquals(Expander.Status.DONE, x.run(vars));
        assertEquals(List.of("a/dev/fd/63b"), x.result().texts());
        assertEquals(List.of("", "dev", "fd", "63"), fields("$(ls)", "/dev/fd/63"));     // $(...) is split
    }

    @Test
    void ifsOtherThanBlanksDelimitsEmptyFieldsToo() {
        vars.set("IFS", ":");
        vars.set("Y", "a::b:");
        assertEquals(List.of("a", "", "b"), fields("$Y"));
        assertEquals(List.of("a", "", "b", "c"), fields("${Y}c"));
        assertEquals(List.of("a b"), fields("\"a b\""));
        assertEquals(List.of("p", "", "q"), fields("$(x)", "p::q:"));
        vars.set("IFS", " :");
        vars.set("Y", " a : b  c ");
        assertEquals(List.of("a", "b", "c"), fields("$Y"));
        vars.set("Y", " : a");
        assertEquals(List.of("", "a"), fields("$Y"));
        vars.set("IFS", "");
        assertEquals(List.of(" : a"), fields("$Y"));
        assertEquals(List.of(), fields("$EMPTY"));
    }

    @Test
    void quotedStarIsJoinedByTheFirstCharacterOfIfs() {
        vars.setPositional(List.of("a", "b c"));
        vars.set("IFS", "-:");
        assertEquals(List.of("a-b c"), fields("\"$*\""));
        assertEquals(List.of("a-b c"), List.of(string("$*")));
        assertEquals(List.of("a b c"), List.of(string("$@")));
        vars.set("IFS", "");
        assertEquals(List.of("ab c"), fields("\"$*\""));
        assertEquals(List.of("a", "b c"), fields("$*"));
        vars.unset("IFS");
        assertEquals(List.of("a b c"), fields("\"$*\""));
    }

    @Test
    void unquotedExpansionIsSplitOnBlanks() {
        assertEquals(List.of("a", "b"), fields("$X"));
        assertEquals(List.of("[", "a", "b", "]"), fields("[$X]"));
        assertEquals(List.of("x", "a", "b"), fields("x\"$EMPTY\"$X"));
    }

    @Test
    void quotedExpansionIsOneFieldEvenWhenEmpty() {
        assertEquals(List.of(" a  b "), fields("\"$X\""));
        assertEquals(List.of(""), fields("\"$EMPTY\""));
        assertEquals(List.of(""), fields("''"));
        assertEquals(List.of(""), fields("\"\""));
    }

    @Test
    void unquotedEmptyExpansionVanishes() {
        assertEquals(List.of(), fields("$EMPTY"));
        assertEquals(List.of(), fields("$UNSET"));
    }

    @Test
    void specialParameters() {
        assertEquals(List.of("3", "42", "-sh"), List.of(fields("$?").get(0), fields("$$").get(0), fields("$0").get(0)));
        assertEquals(List.of(), fields("$!"));
        assertEquals(List.of("0"), fields("$#"));
    }

    @Test
    void singleQuotesSuppressExpansion() {
        assertEquals(List.of("$X"), fields("'$X'"));
    }

    @Test
    void tildeIsHomeAtTheStartOfAnUnquotedWord() {
        assertEquals(List.of("/home/user/x"), fields("~/x"));
        assertEquals(List.of("~/x"), fields("'~'/x"));
        assertEquals(List.of("a~"), fields("a~"));
    }

    @Test
    void commandSubstitutionOutputsAreUsedInOrderAndSplit() {
        assertEquals(List.of("1", "2x3"), fields("$(a)x$(b)", "1 2", "3"));
        assertEquals(List.of("1 2"), fields("\"$(a)\"", "1 2"));
    }

    @Test
    void assignmentValuesAreNotSplit() {
        assertEquals(" a  b ", string("$X"));
        assertEquals("", expand("$(true)", false, "").get(0));
    }

    @Test
    void positionalParametersAndDollarAt() {
        vars.setPositional(List.of("one", "two words", ""));
        assertEquals(List.of("one", "two words", ""), fields("\"$@\""));
        assertEquals(List.of("one", "two", "words"), fields("$@"));
        assertEquals(List.of("one two words "), fields("\"$*\""));
        assertEquals(List.of("[one", "two words", "]"), fields("\"[$@]\""));
        assertEquals(List.of("3", "one", "two words"), List.of(fields("$#").get(0), fields("$1").get(0),
                fields("\"${2}\"").get(0)));
        assertEquals(List.of(), fields("$4"));
        vars.setPositional(List.of());
        assertEquals(List.of(), fields("\"$@\""));
        assertEquals(List.of(""), fields("\"$*\""));
        assertEquals(List.of(""), fields("\"$@\"\"\""));
    }

    @Test
    void tenthPositionalParameterNeedsBraces() {
        vars.setPositional(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));
        assertEquals(List.of("j", "a0"), List.of(fields("${10}").get(0), fields("$10").get(0)));
    }

    @Test
    void defaultAssignAndAlternateValues() {
        assertEquals(List.of("d"), fields("${UNSET:-d}"));
        assertEquals(List.of("d"), fields("${EMPTY:-d}"));
        assertEquals(List.of(), fields("${EMPTY-d}"));
        assertEquals(List.of("x", "y"), fields("${UNSET:-x y}"));
        assertEquals(List.of("x y"), fields("\"${UNSET:-x y}\""));
        assertEquals(List.of("x y"), fields("${UNSET:-\"x y\"}"));
        assertEquals(List.of("alt"), fields("${X:+alt}"));
        assertEquals(List.of(), fields("${UNSET:+alt}"));
        assertEquals(List.of(""), fields("\"${UNSET:+alt}\""));
        assertEquals(List.of("new"), fields("${NEW:=new}"));
        assertEquals("new", vars.value("NEW"));
        assertEquals(List.of("/home/user"), fields("${UNSET:-~}"));
    }

    @Test
    void errorIfUnsetIsFatal() {
        assertEquals(List.of("!UNSET: must be set (fatal)"), fields("${UNSET:?must be set}"));
        assertEquals(List.of("!EMPTY: parameter null or not set (fatal)"), fields("${EMPTY:?}"));
        assertEquals(List.of("!UNSET: parameter not set (fatal)"), fields("${UNSET?}"));
        assertEquals(List.of(""), fields("\"${EMPTY?}\""));
    }

    @Test
    void lengthAndPatternRemoval() {
        assertEquals(List.of("14", "0"), List.of(fields("${#F}").get(0), fields("${#UNSET}").get(0)));
        assertEquals(List.of("archive.tar"), fields("${F%.*}"));
        assertEquals(List.of("archive"), fields("${F%%.*}"));
        assertEquals(List.of("tar.gz"), fields("${F#*.}"));
        assertEquals(List.of("gz"), fields("${F##*.}"));
        assertEquals(List.of("bin"), fields("${P##*/}"));
        assertEquals(List.of("/usr/local"), fields("\"${P%/*}\""));
        assertEquals(List.of("archive.tar.gz"), fields("${F#\"*\"}"));
        assertEquals(List.of("chive.tar.gz"), fields("${F#[a-r]r}"));
    }

    @Test
    void badSubstitutionIsAnErrorOnlyWhenExpanded() {
        assertEquals(List.of("!${x!}: bad substitution"), fields("${x!}"));
        assertEquals(List.of("!${x/a/b}: bad substitution"), fields("a${x/a/b}"));
        assertEquals(List.of("!${}: bad substitution"), fields("${}"));
        assertEquals(List.of("!$1: cannot assign in this way"), fields("${1:=x}"));
    }

    @Test
    void arithmeticExpansion() {
        assertEquals(List.of("7"), fields("$((1+2*3))"));
        assertEquals(List.of("2"), fields("$(( $(a) - 1 ))", "3"));
        vars.set("n", "5");
        assertEquals(List.of("6", "6"), List.of(fields("$((n+1))").get(0), fields("$(($n+1))").get(0)));
        assertEquals(List.of("!1/0: division by 0 (error token is \"0\")"), fields("$((1/0))"));
    }

    @Test
    void anErrorStopsTheExpansionBeforeLaterSubstitutions() {
        Expander x = new Expander(word("$((1/0))$(echo never)"), true, null);
        assertEquals(Expander.Status.ERROR, x.run(vars));
        assertNull(x.pending());
    }

    @Test
    void globCharactersAreActiveOnlyWhenUnquoted() {
        Expander x = new Expander(word("*.\"*\"$X"), true, null);
        x.run(vars);
        List<String> texts = x.result().texts();
        assertEquals(List.of("*.*", "a", "b"), texts);
        assertEquals("*.\\*", x.result().pattern(0));
        assertNull(x.result().pattern(1));
        Expander bracket = new Expander(word("["), true, null);
        bracket.run(vars);
        assertEquals(List.of("["), bracket.result().texts());
        assertNull(bracket.result().pattern(0), "a lone [ is not a pattern");
    }

    @Test
    void anArrayExpandsPerElementQuotedAndJoinedByIfsStarred() {
        vars.setArray("A", List.of("p q", "", "r"));
        assertEquals(List.of("p q", "", "r"), fields("\"${A[@]}\""));
        assertEquals(List.of("p", "q", "r"), fields("${A[@]}"));
        assertEquals(List.of("p q  r"), fields("\"${A[*]}\""));
        assertEquals(List.of("3"), fields("${#A[@]}"));
        assertEquals(List.of("0 1 2"), fields("\"${!A[*]}\""));
        assertEquals(List.of("p q"), fields("\"$A\""));
        assertEquals(List.of("r"), fields("${A[-1]}"));
        assertEquals(List.of("r"), fields("${A[1+1]}"));
        assertEquals(List.of("p q"), fields("\"${A[0]}\""));
        assertEquals(List.of("p", "", "r"), fields("\"${A[@]% *}\""));
    }

    @Test
    void anEmptyArrayQuotedMakesNoWordAndAnAssociativeOneListsItsKeysInBashOrder() {
        vars.setArray("E", List.of());
        assertEquals(List.of(), fields("\"${E[@]}\""));
        assertEquals(List.of(""), fields("\"${E[*]}\""));
        ShellArray m = vars.toArray("M", true);
        m.put("a", "1");
        m.put("b", "2");
        assertEquals(List.of("b", "a"), fields("\"${!M[@]}\""));
        assertEquals(List.of("1"), fields("\"${M[a]}\""));
    }

    @Test
    void aBadSubscriptIsAnErrorOnlyWhenItIsBadSyntax() {
        vars.setArray("A", List.of("x"));
        assertEquals(List.of(), fields("${A[-5]}"), "bash says 'A: bad array subscript' and goes on");
        assertEquals("!${A[]}: bad substitution", fields("${A[]}").get(0));
    }
}
