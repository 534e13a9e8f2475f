package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> tokens(String src) {
        Lexer lx = new Lexer(src, true);
        List<Token> out = new ArrayList<>();
        for (Token t = lx.next(); t.type() != TokenType.EOF; t = lx.next()) {
            out.add(t);
        }
        return out;
    }

    private static List<TokenType> types(String src) {
        return tokens(src).stream().map(Token::type).toList();
    }

    @Test
    void operatorsAreRecognisedByLongestMatch() {
        assertEquals(List.of(TokenType.WORD, TokenType.AND_IF, TokenType.WORD, TokenType.OR_IF, TokenType.WORD,
                TokenType.PIPE, TokenType.WORD, TokenType.SEMI, TokenType.WORD, TokenType.AMP),
                types("a&&b||c|d;e&"));
    }

    @Test
    void digitsBeforeARedirectionAreItsFileDescriptor() {
        List<Token> t = tokens("echo 2>&1 12>x 3 > y");
        assertEquals(TokenType.GREATAND, t.get(1).type());
        assertEquals(2, t.get(1).fd());
        assertEquals(TokenType.GREAT, t.get(3).type());
        assertEquals(12, t.get(3).fd());
        assertEquals("3", t.get(5).text());
        assertEquals(-1, t.get(6).fd());
    }

    @Test
    void bashRedirectionOperatorsForBothStreams() {
        assertEquals(List.of(TokenType.AND_GREAT, TokenType.WORD, TokenType.AND_DGREAT, TokenType.WORD,
                TokenType.DGREAT, TokenType.WORD, TokenType.LESSAND, TokenType.WORD), types("&>a &>>b >>c <&0"));
    }

    @Test
    void singleQuotesKeepEverythingLiteral() {
        Word w = tokens("'a $x \\n'").get(0).word();
        assertEquals(List.of(new Word.Literal("a $x \\n", true)), w.parts());
    }

    @Test
    void doubleQuotesExpandParametersButNotBlanks() {
        Word w = tokens("\"a $x b\"").get(0).word();
        assertEquals(List.of(new Word.Literal("a ", true), new Word.Param("x", true),
                new Word.Literal(" b", true)), w.parts());
        assertEquals(List.of(new Word.Literal("", true)), tokens("\"\"").get(0).word().parts());
    }

    @Test
    void bracesAreWordTextMarkedForBraceExpansionOnlyWhenUnquoted() {
        List<Token> t = tokens("a{b,c}d \\{x,y} \"{1..3}\" ${v} $(echo {p,q}) x={a,b}");
        assertEquals(6, t.size());
        assertEquals(List.of(new Word.Literal("a{b,c}d", false)), t.get(0).word().parts());
        assertTrue(t.get(0).word().braces());
        assertFalse(t.get(1).word().braces());
        assertFalse(t.get(2).word().braces());
        assertFalse(t.get(3).word().braces());
        assertFalse(t.get(4).word().braces());
        assertTrue(t.get(5).word().braces());
    }

    @Test
    void backslashQuotesTheNextCharacter() {
        Word w = tokens("a\\ b").get(0).word();
        assertEquals(List.of(new Word.Literal("a", false), new Word.Literal(" ", true),
                new Word.Literal("b", false)), w.parts());
    }

    @Test
    void backslashNewlineJoinsLines() {
        assertEquals(List.of("echo", "ab"), tokens("echo a\\\nb").stream().map(t -> t.word().parts().stream()
                .map(p -> ((Word.Literal) p).text()).reduce("", String::concat)).toList());
    }

    @Test
    void specialParametersAndBracedNames() {
        Word w = tokens("$?$$$!${HOME}$PPID$").get(0).word();
        assertEquals(List.of(new Word.Param("?", false), new Word.Param("$", false), new Word.Param("!", false),
                new Word.Param("HOME", false), new Word.Param("PPID", false), new Word.Literal("$", false)), w.parts());
    }

    @Test
    void commentsRunToTheEndOfTheLine() {
        assertEquals(List.of(TokenType.WORD, TokenType.NEWLINE, TokenType.WORD), types("a # b c\nd"));
        assertEquals(1, tokens("a#b").size());
    }

    @Test
    void commandSubstitutionNestsAndHoldsItsParsedList() {
        Word w = tokens("x$(echo $(echo hi) \")\")y").get(0).word();
        assertEquals(3, w.parts().size());
        Word.CommandSub sub = (Word.CommandSub) w.parts().get(1);
        Node.SimpleCommand inner = (Node.SimpleCommand) sub.body().items().get(0).andOr().pipelines().get(0)
                .commands().get(0);
        assertTrue(inner.words().get(1).parts().get(0) instanceof Word.CommandSub);
        assertEquals(new Word.Literal("y", false), w.parts().get(2));
    }

    @Test
    void processSubstitutionIsAWordPartEvenInsideAWord() {
        List<Token> t = tokens("diff <(ls) >(cat -n) x<(a)y 2>(b) < <(c) \"<(d)\" \\<(e)");
        assertEquals(TokenType.WORD, t.get(0).type());
        Word.ProcSubst in = (Word.ProcSubst) t.get(1).word().parts().get(0);
        assertFalse(in.output());
        assertEquals("ls", in.body().text().trim().replace(";", ""));
        Word.ProcSubst out = (Word.ProcSubst) t.get(2).word().parts().get(0);
        assertTrue(out.output());
        assertEquals(3, t.get(3).word().parts().size());
        assertEquals(new Word.Literal("2", false), t.get(4).word().parts().get(0));
        assertTrue(t.get(4).word().parts().get(1) instanceof Word.ProcSubst);
        assertEquals(TokenType.LESS, t.get(5).type());
        assertTrue(t.get(6).word().parts().get(0) instanceof Word.ProcSubst);
        assertEquals(List.of(new Word.Literal("<(d)", true)), t.get(7).word().parts());
        assertEquals(TokenType.WORD, t.get(8).type());
        assertEquals(new Word.Literal("<", true), t.get(8).word().parts().get(0));
        assertEquals(TokenType.LPAREN, t.get(9).type());
    }

    @Test
    void unfinishedProcessSubstitutionIsIncompleteInput() {
        Lexer more = new Lexer("cat <(echo hi\n", false);
        more.next();
        SyntaxError e = assertThrows(SyntaxError.class, more::next);
        assertTrue(e.incomplete());
        assertEquals("unexpected EOF while looking for matching `)'", e.getMessage());
    }

    @Test
    void unterminatedQuoteIsIncompleteInput() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> tokens("echo \"abc"));
        assertTrue(e.incomplete());
        assertEquals("unexpected EOF while looking for matching `\"'", e.getMessage());
    }

    @Test
    void tooDeepSubstitutionIsAnErrorNotAStackOverflow() {
        String deep = "$(".repeat(100_000);
        SyntaxError e = assertThrows(SyntaxError.class, () -> tokens(deep));
        assertTrue(e.getMessage().contains("nested too deeply"));
    }

    @Test
    void parameterExpansionOperators() {
        List<Word.Part> p = tokens("${#x}${x:-a b}${x=c}${x%%.*}${10}").get(0).word().parts();
        assertEquals(new Word.ParamExp("x", Word.ParamOp.LENGTH, false, new Word("", List.of()), false), p.get(0));
        Word.ParamExp d = (Word.ParamExp) p.get(1);
        assertEquals(Word.ParamOp.DEFAULT, d.op());
        assertTrue(d.colon());
        assertEquals("a b", d.word().text());
        assertEquals(Word.ParamOp.ASSIGN, ((Word.ParamExp) p.get(2)).op());
        assertEquals(Word.ParamOp.LONG_SUFFIX, ((Word.ParamExp) p.get(3)).op());
        assertEquals(new Word.Param("10", false), p.get(4));
    }

    @Test
    void parameterExpansionWordsNestAndKeepTheirQuotes() {
        Word.ParamExp e = (Word.ParamExp) tokens("${x:-${y:-\"}\"}}").get(0).word().parts().get(0);
        Word.ParamExp inner = (Word.ParamExp) e.word().parts().get(0);
        assertEquals(List.of(new Word.Literal("}", true)), inner.word().parts());
    }

    @Test
    void substringAndSubstitutionHaveTwoWordsSplitAtTheirSeparator() {
        Word.ParamExp e = (Word.ParamExp) tokens("${s:1?2:3:n}").get(0).word().parts().get(0);
        assertEquals(Word.ParamOp.SUBSTRING, e.op());
        assertEquals("1?2:3", e.word().text());
        assertEquals("n", e.second().text());
        e = (Word.ParamExp) tokens("${s//\"/\"/$r}").get(0).word().parts().get(0);
        assertEquals(Word.ParamOp.REPLACE_ALL, e.op());
        assertEquals("\"/\"", e.word().text());
        assertEquals("$r", e.second().text());
        e = (Word.ParamExp) tokens("${s/%x}").get(0).word().parts().get(0);
        assertEquals(Word.ParamOp.REPLACE_SUFFIX, e.op());
        assertEquals(null, e.second());
        e = (Word.ParamExp) tokens("${!p,,[ab]}").get(0).word().parts().get(0);
        assertEquals(Word.ParamOp.LOWER_ALL, e.op());
        assertEquals(true, e.indirect());
        assertEquals(Word.ParamOp.NAMES, ((Word.ParamExp) tokens("${!p@}").get(0).word().parts().get(0)).op());
    }

    @Test
    void aBadSubstitutionIsAPartNotAnError() {
        assertEquals(List.of(new Word.BadSubst("${x!}", false), new Word.Literal("y", false)),
                tokens("${x!}y").get(0).word().parts());
        assertEquals(new Word.BadSubst("${a!b}", true), tokens("\"${a!b}\"").get(0).word().parts().get(0));
        assertEquals(new Word.BadSubst("${s:}", false), tokens("${s:}").get(0).word().parts().get(0));
    }

    @Test
    void arithmeticExpansionAndItsFallBackToCommandSubstitution() {
        Word.Arith a = (Word.Arith) tokens("$(( (1+2) * $x ))").get(0).word().parts().get(0);
        assertEquals(" (1+2) * $x ", a.expression().text());
        assertTrue(tokens("$((echo a) | cat)").get(0).word().parts().get(0) instanceof Word.CommandSub);
    }

    @Test
    void doubleParenthesisIsAnArithmeticCommandWhenItCloses() {
        assertEquals(List.of(TokenType.ARITH, TokenType.SEMI), types("((i++));"));
        assertEquals(TokenType.LPAREN, types("((a); b)").get(0));
        assertTrue(assertThrows(SyntaxError.class, () -> tokens("${x")).incomplete());
    }

    @Test
    void caseItemTerminatorsAndHereOperators() {
        assertEquals(List.of(TokenType.DSEMI, TokenType.SEMI_AND, TokenType.DSEMI_AND, TokenType.SEMI),
                types(";; ;& ;;& ;"));
        List<Token> t = tokens("cat <<<x 2<<-E <<E\nb\nE\n\tb\n\tE\n");
        assertEquals(TokenType.TLESS, t.get(1).type());
        assertEquals(TokenType.DLESSDASH, t.get(3).type());
        assertEquals(2, t.get(3).fd());
        assertEquals(TokenType.DLESS, t.get(5).type());
    }

    /** Lexes src as the parser would, registering each here-document after its delimiter word. */
    private static List<Node.HereDoc> hereDocs(String src, boolean atEof) {
        Lexer lx = new Lexer(src, atEof);
        List<Node.HereDoc> docs = new ArrayList<>();
        Token last = null;
        for (Token t = lx.next(); t.type() != TokenType.EOF; t = lx.next()) {
            if (last != null && (last.type() == TokenType.DLESS || last.type() == TokenType.DLESSDASH)) {
                docs.add(lx.hereDoc(t.word(), last.type() == TokenType.DLESSDASH, 0));
            }
            last = t;
        }
        return docs;
    }

    @Test
    void hereDocumentBodiesFollowTheNewlineInOrder() {
        List<Node.HereDoc> d = hereDocs("cat <<A; cat <<-'B'\none $x\nA\n\ttwo\n\tB\necho after\n", false);
        assertEquals("one $x\n", d.get(0).body().text());
        assertTrue(d.get(0).body().parts().contains(new Word.Param("x", true)));
        assertEquals("two\n", d.get(1).body().text());
        assertTrue(d.get(1).quoted());
        assertEquals(List.of(new Word.Literal("two\n", true)), d.get(1).body().parts());
    }

    @Test
    void anyQuotingOfTheDelimiterMakesTheBodyLiteral() {
        for (String delim : List.of("'E'", "\"E\"", "\\E", "E''")) {
            Node.HereDoc d = hereDocs("cat <<" + delim + "\n$x `y` \\$\nE\n", true).get(0);
            assertEquals("E", d.delimiter(), delim);
            assertEquals(List.of(new Word.Literal("$x `y` \\$\n", true)), d.body().parts(), delim);
        }
    }

    @Test
    void anUnquotedBodyKeepsQuotesAndTakesFewBackslashes() {
        Node.HereDoc d = hereDocs("cat <<E\n\"q\" 's' \\$a \\\\ \\n x\\\ny\nE\n", true).get(0);
        assertEquals(List.of(new Word.Literal("\"q\" 's' $a \\ \\n xy\n", true)), d.body().parts());
    }

    @Test
    void aHereDocumentCutShortWaitsForItsDelimiterOrWarnsAtTheEnd() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> hereDocs("cat <<EOF\nline\n", false));
        assertTrue(e.incomplete());
        assertEquals("EOF", e.awaitingLine());
        Lexer lx = new Lexer("\n\ncat <<EOF\nline", true, 5);
        List<Token> t = new ArrayList<>();
        for (Token k = lx.next(); k.type() != TokenType.EOF; k = lx.next()) {
            t.add(k);
            if (k.type() == TokenType.DLESS) {
                t.add(k = lx.next());
                lx.hereDoc(k.word(), false, lx.lastOperatorPos());
            }
        }
        assertEquals(List.of("warning: here-document at line 7 delimited by end-of-file (wanted `EOF')"),
                lx.warnings());
    }

    @Test
    void dollarSingleQuotesTakeCEscapes() {
        assertEquals(List.of(new Word.Literal("a\tb\n'A\u00e9\u0001\\q", true)),
                tokens("$'a\\tb\\n\\'\\x41\\u00e9\\cA\\q'").get(0).word().parts());
        assertEquals(List.of(new Word.Literal("$'x'", true)), tokens("\"$'x'\"").get(0).word().parts());
        assertTrue(assertThrows(SyntaxError.class, () -> tokens("$'abc")).incomplete());
    }

    @Test
    void backquotesAreCommandSubstitutionsWithTheirOwnBackslashRules() {
        Word w = tokens("a`echo \\`echo in\\` \\$x`b").get(0).word();
        Word.CommandSub sub = (Word.CommandSub) w.parts().get(1);
        Node.SimpleCommand inner = (Node.SimpleCommand) sub.body().items().get(0).andOr().pipelines().get(0)
                .commands().get(0);
        assertTrue(inner.words().get(1).parts().get(0) instanceof Word.CommandSub);
        assertEquals(new Word.Param("x", false), inner.words().get(2).parts().get(0));
        assertTrue(((Word.CommandSub) tokens("\"`a`\"").get(0).word().parts().get(0)).quoted());
        SyntaxError e = assertThrows(SyntaxError.class, () -> tokens("echo `abc"));
        assertEquals("unexpected EOF while looking for matching ``'", e.getMessage());
        assertEquals('`', e.awaiting());
    }

    @Test
    void insideConditionalCommandsDigitsAreWordsAndDoubleParenthesesAreTwo() {
        Lexer lx = new Lexer("2>1 ((a)) ", true);
        assertEquals("2", lx.condNext().text());
        Token gt = lx.condNext();
        assertEquals(TokenType.GREAT, gt.type());
        assertEquals(-1, gt.fd());
        assertEquals("1", lx.condNext().text());
        assertEquals(TokenType.LPAREN, lx.condNext().type());
        assertEquals(TokenType.LPAREN, lx.condNext().type());
    }

    @Test
    void aRegexWordTakesBarsAndParenthesisedBlanks() {
        Lexer lx = new Lexer("^(a b|\"c d\")|x$ ]]", true);
        Token t = lx.regexNext();
        assertEquals("^(a b|\"c d\")|x$", t.text());
        assertEquals(List.of(new Word.Literal("^(a b|", false), new Word.Literal("c d", true),
                new Word.Literal(")|x$", false)), t.word().parts());
        assertEquals("]]", lx.regexNext().text());
        assertTrue(assertThrows(SyntaxError.class, () -> new Lexer("(a", false).regexNext()).incomplete());
    }
}
