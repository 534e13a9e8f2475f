package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpanderTest {

    private static Variables vars() {
        Variables v = new Variables("-sh");
        v.set("HOME", "/home/user");
        v.set("X", " a  b ");
        v.set("EMPTY", "");
        v.status = 3;
        v.pid = 42;
        return v;
    }

    private static Word word(String text) {
        return new Lexer(text, true).next().word();
    }

    private static List<String> fields(String text, String... outputs) {
        return new Expander(vars(), List.of(outputs)).fields(word(text));
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
        assertEquals(" a  b ", new Expander(vars(), List.of()).string(word("$X")));
    }

    @Test
    void substitutionsAreListedInExpansionOrder() {
        Node.SimpleCommand c = (Node.SimpleCommand) Parser.parse("A=$(a) b $(c) > $(d)", true).items().get(0)
                .andOr().pipelines().get(0).commands().get(0);
        assertEquals(3, Expander.substitutions(c).size());
    }
}
