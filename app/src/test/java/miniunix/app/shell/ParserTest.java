package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static Node.SimpleCommand simple(Node.CommandList l, int item, int pipeline, int cmd) {
        return (Node.SimpleCommand) l.items().get(item).andOr().pipelines().get(pipeline).commands().get(cmd);
    }

    private static SyntaxError error(String src, boolean atEof) {
        return assertThrows(SyntaxError.class, () -> Parser.parse(src, atEof));
    }

    @Test
    void listSeparatorsMakeItemsAndAmpersandMeansBackground() {
        Node.CommandList l = Parser.parse("a; b & c\nd\n", false);
        assertEquals(4, l.items().size());
        assertEquals(List.of(false, true, false, false),
                l.items().stream().map(Node.Item::background).toList());
    }

    @Test
    void andOrListKeepsItsConnectorsInOrder() {
        Node.AndOr a = Parser.parse("a && b || c", true).items().get(0).andOr();
        assertEquals(3, a.pipelines().size());
        assertEquals(List.of(Node.Connector.AND, Node.Connector.OR), a.ops());
    }

    @Test
    void pipelineWithLeadingBangIsNegated() {
        Node.Pipeline p = Parser.parse("! a | b | c", true).items().get(0).andOr().pipelines().get(0);
        assertTrue(p.negated());
        assertEquals(3, p.commands().size());
    }

    @Test
    void assignmentsOnlyBeforeTheCommandName() {
        Node.SimpleCommand c = simple(Parser.parse("A=1 B=\"x y\" env C=3", true), 0, 0, 0);
        assertEquals(List.of("A", "B"), c.assignments().stream().map(Node.Assignment::name).toList());
        assertEquals(List.of("env", "C=3"), c.words().stream().map(Word::text).toList());
    }

    @Test
    void quotedEqualsIsNotAnAssignment() {
        Node.SimpleCommand c = simple(Parser.parse("'A=1' A\\=2", true), 0, 0, 0);
        assertTrue(c.assignments().isEmpty());
        assertEquals(2, c.words().size());
    }

    @Test
    void redirectionsGetTheirDefaultOrExplicitFd() {
        Node.SimpleCommand c = simple(Parser.parse("cmd <in >out 2>>log 2>&1 &>all >&both", true), 0, 0, 0);
        assertEquals(List.of(new Node.Redirect(0, Node.RedirectOp.IN, c.redirects().get(0).target()),
                new Node.Redirect(1, Node.RedirectOp.OUT, c.redirects().get(1).target()),
                new Node.Redirect(2, Node.RedirectOp.APPEND, c.redirects().get(2).target()),
                new Node.Redirect(2, Node.RedirectOp.DUP_OUT, c.redirects().get(3).target()),
                new Node.Redirect(1, Node.RedirectOp.OUT_ALL, c.redirects().get(4).target()),
                new Node.Redirect(1, Node.RedirectOp.OUT_ALL, c.redirects().get(5).target())), c.redirects());
        assertEquals("1", c.redirects().get(3).target().text());
    }

    @Test
    void aRedirectionAloneIsACommand() {
        Node.SimpleCommand c = simple(Parser.parse(">file", true), 0, 0, 0);
        assertTrue(c.words().isEmpty());
        assertEquals(1, c.redirects().size());
    }

    @Test
    void newlinesMayFollowPipesAndAndOrOperators() {
        Node.CommandList l = Parser.parse("a |\n\n b &&\n c", true);
        assertEquals(1, l.items().size());
    }

    @Test
    void emptyInputAndCommentsAreAnEmptyList() {
        assertTrue(Parser.parse("  # nothing\n\n", true).items().isEmpty());
    }

    @Test
    void doublePipeIsASyntaxErrorNearThePipe() {
        SyntaxError e = error("echo hi | | cat", false);
        assertEquals("syntax error near unexpected token '|'", e.getMessage());
        assertFalse(e.incomplete());
        assertEquals(TokenType.PIPE, e.token().type());
    }

    @Test
    void strayOperatorsAreSyntaxErrors() {
        assertEquals("syntax error near unexpected token '|'", error("| cat", true).getMessage());
        assertEquals("syntax error near unexpected token ';'", error(";", true).getMessage());
        assertEquals("syntax error near unexpected token '&&'", error("&& a", true).getMessage());
        assertEquals("syntax error near unexpected token ')'", error("echo )", true).getMessage());
        assertEquals("syntax error near unexpected token 'newline'", error("echo >", true).getMessage());
        assertEquals("syntax error near unexpected token ';;'", error("a ;;", true).getMessage());
    }

    @Test
    void trailingOperatorOrBackslashWantsAnotherLine() {
        for (String s : List.of("a |\n", "a &&\n", "a ||\n", "a \\\n", "echo 'x\n", "echo $(a\n")) {
            assertTrue(error(s, false).incomplete(), s);
        }
    }

    @Test
    void unterminatedQuotesAtEndOfInputUseBashWording() {
        assertEquals("unexpected EOF while looking for matching `\"'", error("echo \"abc\n", true).getMessage());
        assertEquals("unexpected EOF while looking for matching `''", error("echo 'abc\n", true).getMessage());
        assertEquals("syntax error: unexpected end of file", error("echo |\n", true).getMessage());
    }

    @Test
    void trailingBackslashAtEndOfInputIsDropped() {
        assertEquals("a", simple(Parser.parse("echo a \\\n", true), 0, 0, 0).words().get(1).text());
    }

    @Test
    void aOneMegabyteLineParsesInOnePass() {
        String big = "echo " + "x".repeat(1 << 20) + " " + "'y'".repeat(100_000) + "\n";
        Node.SimpleCommand c = simple(Parser.parse(big, false), 0, 0, 0);
        assertEquals(3, c.words().size());
        assertEquals(1 << 20, c.words().get(1).text().length());
    }

    @Test
    void aOneMegabyteLineOfOperatorsFailsFast() {
        assertFalse(error("|".repeat(1 << 20), true).incomplete());
        assertTrue(error("\"" + "a".repeat(1 << 20), false).incomplete());
    }

    @Test
    void binaryBytesAreOrdinaryWordCharacters() {
        Node.SimpleCommand c = simple(Parser.parse("echo a\u0000b \u00ff\ufffd\n", true), 0, 0, 0);
        assertEquals("a\u0000b", c.words().get(1).text());
        assertEquals(3, c.words().size());
    }
}
