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
    void substringsCountCharactersAndNegativeOffsetsFromTheEnd() {
        assertEquals("chive", string("${F:2:5}"));
        assertEquals("gz", string("${F: -2}"));
        assertEquals("gz", string("${F:(-2)}"));
        assertEquals("archive.tar.gz", string("${F:-2}"));
        assertEquals("tar", string("${F:8:-3}"));
        assertEquals("", string("${F:99}"));
        assertEquals("", string("${F: -99:2}"));
        assertEquals("!-20: substring expression < 0", string("${F:2:-20}"));
        assertEquals("!F: 1 2: syntax error in expression (error token is \"2\")", string("${F:1 2}"));
        vars.set("N", "3");
        assertEquals("chi", string("${F:$((N-1)):N}"));
    }

    @Test
    void substringsOfThePositionalParametersStartAtDollarZero() {
        vars.setPositional(List.of("a", "b c", "d"));
        assertEquals(List.of("b c", "d"), fields("\"${@:2}\""));
        assertEquals(List.of("-sh", "a"), fields("\"${@:0:2}\""));
        assertEquals(List.of("d"), fields("\"${@: -1}\""));
        assertEquals(List.of("b c d"), fields("\"${*:2}\""));
        assertEquals(List.of(), fields("\"${@:4}\""));
        assertEquals(List.of("!-1: substring expression < 0"), fields("${@:1:-1}"));
    }

    @Test
    void patternSubstitutionReplacesTheLongestMatch() {
        assertEquals("archive-tar-gz", string("${F//./-}"));
        assertEquals("archive-tar.gz", string("${F/./-}"));
        assertEquals("X.gz", string("${F/a*r/X}"));
        assertEquals("Xrchive.tar.gz", string("${F/#a/X}"));
        assertEquals("archive.tar.gz", string("${F/#r/X}"));
        assertEquals("archive.tar.X", string("${F/%g*/X}"));
        assertEquals("archive.tar.gz!", string("${F/%/!}"));
        assertEquals("archive.tar.gz", string("${F//}"));
        assertEquals("archive.targz", string("${F/.gz/gz}"));
        assertEquals("rchive.tr.gz", string("${F//a}"));
        assertEquals("-usr-local-bin", string("${P//\\//-}"));
        assertEquals("-usr-local-bin", string("${P//\"/\"/-}"));
    }

    @Test
    void anUnquotedAmpersandInTheReplacementIsTheMatch() {
        assertEquals("[a]rchive.t[a]r.gz", string("${F//a/[&]}"));
        assertEquals("&rchive.tar.gz", string("${F/a/\\&}"));
        assertEquals("&rchive.tar.gz", string("${F/a/\"&\"}"));
        vars.set("R", "&&");
        assertEquals("aarchive.tar.gz", string("${F/a/$R}"));
        assertEquals("&&rchive.tar.gz", string("${F/a/\"$R\"}"));
        vars.set("R", "\\\\\\&\\n");     // \\\&\n: a backslash quotes only a & or a backslash
        assertEquals("\\&\\nrchive.tar.gz", string("${F/a/$R}"));
        assertEquals("*rchive.tar.gz", string("${F/a/\"*\"}"));
        assertEquals("rchive.tar.gz", string("\"${F#'a'}\""));     // a pattern's single quotes quote
                Expander off = new Expander(word("${F/a/&}"), false, null, false);
        assertEquals(Expander.Status.DONE, off.run(vars));
        assertEquals("&rchive.tar.gz", off.result().string());
    }

    @Test
    void substitutionAndCaseOperatorsApplyToEachPositionalParameter() {
        vars.setPositional(List.of("ab", "cb"));
        assertEquals(List.of("aX", "cX"), fields("\"${@/b/X}\""));
        assertEquals(List.of("AB CB"), fields("\"${*^^}\""));
        assertEquals(List.of("a", "c"), fields("${@%b}"));
        assertEquals(List.of("'ab'", "'cb'"), fields("${@@Q}"));
    }

    @Test
    void caseModificationWithAndWithoutAPattern() {
        vars.set("S", "hello World");
        assertEquals("Hello World", string("${S^}"));
        assertEquals("HELLO WORLD", string("${S^^}"));
        assertEquals("hellO WOrld", string("${S^^[oW]}"));
        assertEquals("hello world", string("${S,,}"));
        assertEquals("HELLO wORLD", string("${S~~}"));
        assertEquals("hello World", string("${S^W}"));
    }

    @Test
    void transformationsQuoteEscapeAndDescribe() {
        vars.set("S", "it's\\n");
        assertEquals("'it'\\''s\\n'", string("${S@Q}"));
        assertEquals("it's\n", string("${S@E}"));
        assertEquals("S='it'\\''s\\n'", string("${S@A}"));
        vars.export("S");
        assertEquals("x", string("${S@a}"));
        assertEquals("declare -x S='it'\\''s\\n'", string("${S@A}"));
        assertEquals("IT'S\\N", string("${S@U}"));
        assertEquals("", string("${nothing@Q}"));
    }

    @Test
    void indirectionAndNamesByPrefix() {
        vars.set("REF", "F");
        assertEquals("archive.tar.gz", string("${!REF}"));
        assertEquals("archive", string("${!REF%%.*}"));
        vars.set("FX", "1");
        assertEquals(List.of("F", "FX"), fields("${!F*}"));
        assertEquals(List.of("F FX"), fields("\"${!F*}\""));
        assertEquals(List.of("F", "FX"), fields("\"${!F@}\""));
        assertEquals("!nope: invalid indirect expansion", string("${!nope}"));
        vars.set("REF", "a b");
        assertEquals("!a b: invalid variable name", string("${!REF}"));
    }

    @Test
    void badSubstitutionIsAnErrorOnlyWhenExpanded() {
        assertEquals(List.of("!${x!}: bad substitution"), fields("${x!}"));
        assertEquals(List.of("!${F@Z}: bad substitution (fatal)"), fields("a${F@Z}"));
        assertEquals(List.of("a"), fields("a${x@Z}"));   // bash looks at the letter only for a set NAME
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
