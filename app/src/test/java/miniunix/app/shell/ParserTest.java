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
                new Node.Redirect(1, Node.RedirectOp.DUP_OR_ALL, c.redirects().get(5).target())), c.redirects());
        assertEquals("1", c.redirects().get(3).target().text());
    }

    @Test
    void coprocTakesANameOnlyBeforeACompoundCommand() {
        Node.Coproc named = (Node.Coproc) command("coproc UP { tr a-z A-Z; } 2>/dev/null");
        assertEquals("UP", named.name());
        assertTrue(named.command() instanceof Node.BraceGroup);
        Node.Coproc simple = (Node.Coproc) command("coproc cat -n file");
        assertEquals("COPROC", simple.name());
        assertEquals("cat -n file", simple.command().text());
        assertEquals("coproc COPROC cat", command("coproc cat").text());
        assertEquals("COPROC", ((Node.Coproc) command("coproc while :; do :; done")).name());
    }

    @Test
    void selectIsForsShapeWithItsOwnNode() {
        Node.Select s = (Node.Select) command("select x in a 'b c'; do echo $x; done");
        assertEquals("x", s.name());
        assertEquals(List.of("a", "'b c'"), s.words().stream().map(Word::text).toList());
        assertFalse(((Node.Select) command("select x\ndo :; done")).hasIn(), "no in: \"$@\"");
    }

    @Test
    void braceNameBeforeARedirectionNamesTheFdsVariable() {
        Node.SimpleCommand c = simple(Parser.parse("exec {fd}>out {in}<>rw {fd}>&- {x}y>z {1a}>w", true), 0, 0, 0);
        List<Node.Redirect> r = c.redirects();
        assertEquals(List.of("fd", "in", "fd"), r.subList(0, 3).stream().map(Node.Redirect::var).toList());
        assertEquals(List.of(Node.RedirectOp.OUT, Node.RedirectOp.READ_WRITE, Node.RedirectOp.DUP_OUT),
                r.subList(0, 3).stream().map(Node.Redirect::op).toList());
        assertEquals(List.of("exec", "{x}y", "{1a}"), c.words().stream().map(Word::text).toList(),
                "not {NAME} right before the operator: a word");
        assertEquals(null, r.get(3).var());
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
        assertEquals("syntax error near unexpected token `|'", e.getMessage());
        assertFalse(e.incomplete());
        assertEquals(TokenType.PIPE, e.token().type());
    }

    @Test
    void strayOperatorsAreSyntaxErrors() {
        assertEquals("syntax error near unexpected token `|'", error("| cat", true).getMessage());
        assertEquals("syntax error near unexpected token `;'", error(";", true).getMessage());
        assertEquals("syntax error near unexpected token `&&'", error("&& a", true).getMessage());
        assertEquals("syntax error near unexpected token `)'", error("echo )", true).getMessage());
        assertEquals("syntax error near unexpected token `newline'", error("echo >", true).getMessage());
        assertEquals("syntax error near unexpected token `;;'", error("a ;;", true).getMessage());
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

    private static Node.Command command(String src) {
        return Parser.parse(src, true).items().get(0).andOr().pipelines().get(0).commands().get(0);
    }

    @Test
    void ifWithElifAndElse() {
        Node.If c = (Node.If) command("if a; then b; elif c\nthen d; else e; fi");
        assertEquals(2, c.conditions().size());
        assertEquals(2, c.bodies().size());
        assertEquals(1, c.orElse().items().size());
        assertEquals("if a; then b; elif c; then d; else e; fi", c.text());
    }

    @Test
    void whileUntilAndTheirRedirections() {
        Node.Loop w = (Node.Loop) command("while a; do b; done > out 2>&1");
        assertFalse(w.until());
        assertEquals(2, w.redirects().size());
        assertEquals("while a; do b; done > out 2>&1", w.text());
        assertTrue(((Node.Loop) command("until a\ndo\nb\ndone")).until());
    }

    @Test
    void forWithAndWithoutIn() {
        Node.For f = (Node.For) command("for x in a \"b c\" do; do echo $x; done");
        assertEquals("x", f.name());
        assertTrue(f.hasIn());
        assertEquals(List.of("a", "\"b c\"", "do"), f.words().stream().map(Word::text).toList());
        Node.For g = (Node.For) command("for x; do echo; done");
        assertFalse(g.hasIn());
        assertFalse(((Node.For) command("for x\ndo echo; done")).hasIn());
        assertTrue(((Node.For) command("for x in; do echo; done")).words().isEmpty());
    }

    @Test
    void bracesSubshellsAndArithmeticCommands() {
        assertEquals("{ a; b; }", command("{ a; b; }").text());
        assertEquals("( a; b )", command("(a; b)").text());
        Node.ArithCommand a = (Node.ArithCommand) command("(( x = 1 + 2 ))");
        assertEquals(" x = 1 + 2 ", a.expression().text());
        assertTrue(command("((echo a); (echo b))") instanceof Node.Subshell);
    }

    @Test
    void compoundCommandsInPipelinesAndLists() {
        Node.Pipeline p = Parser.parse("for i in a; do echo $i; done | wc -l", true).items().get(0).andOr()
                .pipelines().get(0);
        assertTrue(p.commands().get(0) instanceof Node.For);
        assertTrue(p.commands().get(1) instanceof Node.SimpleCommand);
        Node.CommandList l = Parser.parse("if a; then b; fi & { c; } && ! (d)", true);
        assertEquals(2, l.items().size());
        assertTrue(l.items().get(0).background());
    }

    @Test
    void reservedWordsOnlyWhereACommandStarts() {
        Node.SimpleCommand c = simple(Parser.parse("echo if then fi done } {", true), 0, 0, 0);
        assertEquals(7, c.words().size());
        assertTrue(command("'if' x") instanceof Node.SimpleCommand);
        assertTrue(command("{echo") instanceof Node.SimpleCommand);
    }

    @Test
    void misplacedReservedWordsAreSyntaxErrors() {
        assertEquals("syntax error near unexpected token `fi'", error("fi", true).getMessage());
        assertEquals("syntax error near unexpected token `then'", error("if then fi", true).getMessage());
        assertEquals("syntax error near unexpected token `fi'", error("if a; then fi", true).getMessage());
        assertEquals("syntax error near unexpected token `}'", error("{ }", true).getMessage());
        assertEquals("syntax error near unexpected token `)'", error("( )", true).getMessage());
        assertEquals("syntax error near unexpected token `done'", error("while a; do done", true).getMessage());
        assertEquals("syntax error near unexpected token `x'", error("{ a; } x", true).getMessage());
        assertEquals("syntax error near unexpected token `echo'", error("for i in a; echo", true).getMessage());
        assertEquals("syntax error near unexpected token `('", error("echo ((1))", true).getMessage());
    }

    @Test
    void unfinishedCompoundCommandsWantMoreInput() {
        for (String s : List.of("if a; then\n", "if a\n", "while a; do b\n", "for i in a b\n", "for i\n",
                "{ a\n", "(a\n", "if a; then b; else\n", "echo a | while true; do\n")) {
            SyntaxError e = error(s, false);
            assertTrue(e.incomplete(), s);
            assertEquals("syntax error: unexpected end of file", error(s, true).getMessage(), s);
        }
    }

    @Test
    void nestingIsBoundedWithoutOverflowingTheStack() {
        assertTrue(error("{ ".repeat(100_000), true).getMessage().contains("nested too deeply"));
        assertTrue(error("(".repeat(100_000), true).getMessage().contains("nested too deeply"));
        assertTrue(error("echo ${x:-".repeat(50_000), true).getMessage().contains("nested too deeply"));
        assertEquals(1, Parser.parse("{ ".repeat(90) + "a" + "; }".repeat(90), true).items().size());
    }

    @Test
    void cStyleForSplitsItsThreeExpressions() {
        Node.ArithFor f = (Node.ArithFor) command("for ((i = 0; i < $n; i++))\ndo echo $i; done");
        assertEquals("i = 0", f.init().text());
        assertEquals(" i < $n", f.test().text());
        assertEquals(" i++", f.update().text());
        assertEquals("for ((i = 0; i < $n; i++)); do echo $i; done", f.text());
        assertEquals("syntax error: arithmetic expression required", error("for ((i=0; i<3)); do :; done", true)
                .getMessage());
    }

    private static Node.Command first(String src) {
        return Parser.parse(src, true).items().get(0).andOr().pipelines().get(0).commands().get(0);
    }

    @Test
    void functionDefinitionsInBothForms() {
        Node.FunctionDef f = (Node.FunctionDef) first("f() { echo hi; } > out");
        assertEquals("f", f.name().text());
        Node.BraceGroup body = (Node.BraceGroup) f.body();
        assertEquals(1, body.redirects().size());
        assertTrue(first("function g { :; }") instanceof Node.FunctionDef);
        assertTrue(((Node.FunctionDef) first("function h () ( :; )")).body() instanceof Node.Subshell);
        assertTrue(((Node.FunctionDef) first("k ()\n\nif a; then b; fi")).body() instanceof Node.If);
        assertEquals("f () { echo hi; } > out", f.text());
    }

    @Test
    void aFunctionBodyMustBeACompoundCommand() {
        assertEquals("syntax error near unexpected token `echo'", error("f() echo x", true).getMessage());
        assertEquals("syntax error near unexpected token `('", error("X=1 f() { :; }", true).getMessage());
        assertEquals("syntax error near unexpected token `('", error("echo f() { :; }", true).getMessage());
        assertEquals("syntax error near unexpected token `x'", error("f(x) { :; }", true).getMessage());
        assertTrue(error("f()\n", false).incomplete());
        assertEquals("syntax error near unexpected token `newline'", error("function\nf", false).getMessage());
    }

    @Test
    void caseItemsWithPatternsListsAndTerminators() {
        Node.Case c = (Node.Case) first("case $x in (a|b) one;; c) two;& *) ;;& d)\n three\nesac > o");
        assertEquals("$x", c.word().text());
        assertEquals(4, c.items().size());
        assertEquals(List.of("a", "b"), c.items().get(0).patterns().stream().map(Word::text).toList());
        assertEquals(List.of(Node.CaseEnd.BREAK, Node.CaseEnd.FALL_THROUGH, Node.CaseEnd.TEST_NEXT,
                Node.CaseEnd.BREAK), c.items().stream().map(Node.CaseItem::end).toList());
        assertTrue(c.items().get(2).body().items().isEmpty());
        assertEquals(1, c.redirects().size());
        assertTrue(((Node.Case) first("case x in esac")).items().isEmpty());
        assertEquals("esac", ((Node.Case) first("case x in (esac) a;; esac")).items().get(0).patterns().get(0).text());
    }

    @Test
    void caseSyntaxErrors() {
        assertEquals("syntax error near unexpected token `echo'", error("case a in a echo", true).getMessage());
        assertEquals("syntax error near unexpected token `b'", error("case a b in a) ;; esac", true).getMessage());
        assertEquals("syntax error near unexpected token `;'", error("case a; esac", true).getMessage());
        assertEquals("syntax error near unexpected token `esac'", error("esac", true).getMessage());
        assertEquals("syntax error near unexpected token `;&'", error("echo a ;&", true).getMessage());
        assertEquals("syntax error: unexpected end of file",
                error("case a in a) echo 1 ;; b) echo 2 esac", true).getMessage());
        assertTrue(error("case a in\na)\n", false).incomplete());
    }

    @Test
    void hereDocumentsAndHereStringsAreRedirectionsOfFdZero() {
        Node.SimpleCommand c = simple(Parser.parse("cat <<EOF 3<<<'w x' | wc\nbody\nEOF\necho next\n", true),
                0, 0, 0);
        assertEquals(Node.RedirectOp.HEREDOC, c.redirects().get(0).op());
        assertEquals(0, c.redirects().get(0).fd());
        assertEquals("body\n", c.redirects().get(0).doc().body().text());
        assertEquals(new Node.Redirect(3, Node.RedirectOp.HERESTRING, c.redirects().get(1).target()),
                c.redirects().get(1));
        Node.CommandList l = Parser.parse("cat <<EOF\nbody\nEOF\necho next\n", true);
        assertEquals(2, l.items().size());
        assertEquals("syntax error near unexpected token `newline'", error("cat <<\n", true).getMessage());
    }

    @Test
    void hereDocumentsReadTheirBodiesInsideCommandSubstitutionsAndCompoundCommands() {
        Node.CommandList l = Parser.parse("x=$(cat <<E\nin sub\nE\n)\nwhile read l; do :; done <<E\n1\nE\n", true);
        Node.Loop loop = (Node.Loop) l.items().get(1).andOr().pipelines().get(0).commands().get(0);
        assertEquals("1\n", loop.redirects().get(0).doc().body().text());
    }

    private static CondExpr cond(String src) {
        Node.CommandList l = Parser.parse(src, true);
        return ((Node.Cond) l.items().get(0).andOr().pipelines().get(0).commands().get(0)).expression();
    }

    @Test
    void conditionalCommandIsAnExpressionTreeWithAndBindingTighterThanOr() {
        CondExpr e = cond("[[ a == b && ! -f x || ( y ) ]]");
        CondExpr.Chain or = (CondExpr.Chain) e;
        assertFalse(or.and());
        CondExpr.Chain and = (CondExpr.Chain) or.operands().get(0);
        assertTrue(and.and());
        assertEquals("==", ((CondExpr.Binary) and.operands().get(0)).op());
        assertEquals(new CondExpr.Unary("-f", ((CondExpr.Unary) ((CondExpr.Not) and.operands().get(1)).operand())
                .operand()), ((CondExpr.Not) and.operands().get(1)).operand());
        CondExpr.Group g = (CondExpr.Group) or.operands().get(1);
        assertEquals("-n", ((CondExpr.Unary) g.inner()).op());
        assertEquals("a == b && ! -f x || ( -n y )", e.text());     // as bash prints it
    }

    @Test
    void insideConditionalCommandsAngleBracketsCompareAndParenthesesGroup() {
        assertEquals("<", ((CondExpr.Binary) cond("[[ a < b ]]")).op());
        assertEquals(">", ((CondExpr.Binary) cond("[[ 2>1 ]]")).op());
        assertEquals("( ( -n a ) )", cond("[[ ((a)) ]]").text());
        assertEquals("1 -eq 1", cond("[[ 1 -eq 1 ]]").text());
        Node.CommandList l = Parser.parse("[[ a ]] > out && echo [[ ]]", true);
        assertEquals(1, ((Node.Cond) l.items().get(0).andOr().pipelines().get(0).commands().get(0)).redirects().size());
        assertEquals("echo [[ ]]", l.items().get(0).andOr().pipelines().get(1).text());
    }

    @Test
    void theRightSideOfARegexMatchKeepsBarsAndBlanksInsideParentheses() {
        CondExpr.Binary b = (CondExpr.Binary) cond("[[ $x =~ ^(a b|c)|d$ ]]");
        assertEquals("=~", b.op());
        assertEquals("^(a b|c)|d$", b.right().text());
        assertEquals(List.of(new Word.Literal("^(a b|c)|d$", false)), b.right().parts());
        CondExpr.Chain c = (CondExpr.Chain) cond("[[ x == y || x =~ a|b ]]");
        assertEquals("a|b", ((CondExpr.Binary) c.operands().get(1)).right().text());
        assertTrue(error("[[ x =~ (a\n", false).incomplete());
    }

    @Test
    void newlinesMayComeBetweenTermsOfAConditionalButNotInsideOne() {
        assertEquals("-n a && b == c", cond("[[ a &&\n\n b == c\n ]]").text());
        assertTrue(error("[[ a &&\n", false).incomplete());
        assertTrue(error("[[\n", false).incomplete());
        assertEquals("unexpected token `newline', conditional binary operator expected",
                error("[[ a\n]]", true).getMessage());
    }

    @Test
    void badConditionalExpressionsGiveBashsMessages() {
        assertEquals("conditional binary operator expected", error("[[ a b ]]", true).getMessage());
        assertEquals("unexpected argument `]]' to conditional binary operator", error("[[ a == ]]", true).getMessage());
        assertEquals("unexpected argument `]]' to conditional unary operator", error("[[ -f ]]", true).getMessage());
        assertEquals("unexpected token `]]', expected `)'", error("[[ ( a ]]", true).getMessage());
        assertEquals("syntax error in conditional expression: unexpected token `)'",
                error("[[ a ) ]]", true).getMessage());
        assertEquals("unexpected token `<<', conditional binary operator expected",
                error("[[ a << b ]]", true).getMessage());
        assertEquals("unexpected token `&&' in conditional command", error("[[ && a ]]", true).getMessage());
        assertEquals("syntax error in conditional expression", error("[[ a == b c ]]", true).getMessage());
        assertEquals("unexpected token `)' in conditional command\nexpected `)'", error("[[ ( ) ]]", true).getMessage());
        assertEquals("unexpected token `EOF' in conditional command", error("[[ a &&", true).getMessage());
        assertEquals("unexpected EOF while looking for `]]'", error("[[ a == b\n", true).getMessage());
        assertEquals("", error("[[ ]]", true).getMessage());
        assertEquals("", error("[[ ! ]]", true).getMessage());
        assertEquals("syntax error near unexpected token `b'", error("[[ a ]] b", true).getMessage());
        assertEquals("syntax error: conditional expressions nested too deeply",
                error("[[ " + "( ".repeat(200) + "a" + " )".repeat(200) + " ]]", true).getMessage());
    }

    @Test
    void arrayAssignmentsTakeAnIndexAnAppendOrAList() {
        Node.SimpleCommand c = simple(Parser.parse("a[i + 1]=x b+=y c=(1 [5]=\"two\" $v) d+=(z)", true), 0, 0, 0);
        List<Node.Assignment> as = c.assignments();
        assertEquals(List.of("a", "b", "c", "d"), as.stream().map(Node.Assignment::name).toList());
        assertEquals("i + 1", as.get(0).index().text());
        assertTrue(as.get(1).append());
        Word.Compound list = as.get(2).compound();
        assertEquals(3, list.elements().size());
        assertEquals("5", list.elements().get(1).key().text());
        assertTrue(as.get(3).append() && as.get(3).compound() != null);
    }

    @Test
    void aListIsASyntaxErrorOutsideAnAssignmentOrDeclaration() {
        assertThrows(SyntaxError.class, () -> Parser.parse("echo a=(1)", true));
        assertEquals(1, simple(Parser.parse("declare -a a=(1 2)", true), 0, 0, 0).words().size() - 2);
        assertThrows(SyntaxError.class, () -> Parser.parse("a=(1 ; 2)", true));
    }
}
