package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import static miniunix.app.shell.TokenType.AND_IF;
import static miniunix.app.shell.TokenType.EOF;
import static miniunix.app.shell.TokenType.GREAT;
import static miniunix.app.shell.TokenType.LESS;
import static miniunix.app.shell.TokenType.LPAREN;
import static miniunix.app.shell.TokenType.NEWLINE;
import static miniunix.app.shell.TokenType.OR_IF;
import static miniunix.app.shell.TokenType.RPAREN;
import static miniunix.app.shell.TokenType.WORD;

/**
 * The conditional command {@code [[ expression ]]} for the {@link Parser}: a small recursive
 * descent of its own, as bash slips one into its yacc grammar (parse.y's cond_expr), on tokens
 * read the {@code [[} way ({@link Lexer#condNext}: '(' alone, no redirections; the word after
 * {@code =~} by {@link Lexer#regexNext}).
 * <pre>
 *   cond  → '[[' or ']]' redirect*
 *   or    → and ('||' and)*
 *   and   → term ('&amp;&amp;' term)*
 *   term  → linebreak ( '(' or ')' | '!' term | UNOP WORD | WORD [BINOP WORD] ) linebreak
 * </pre>
 * A lone WORD is {@code -n WORD}; newlines may come between terms, not inside one. Errors
 * are bash's, word for word ("conditional binary operator expected", "unexpected argument
 * `]]' to conditional unary operator" ...): a term that fails says why, each '(' around it
 * adds "expected `)'", and nothing more is said after that, as in bash, where the first
 * failure marks the rest (cond_token = COND_ERROR). Bash names a word after an operator
 * only by the last token its grammar saw, which inside [[ ]] is none, so a misplaced word is
 * never quoted. Three errors bash reports with no message at all ({@code [[ ]]},
 * {@code [[ ! ]]}, {@code [[ a && ]]}) are silent here too, status 2.
 */
final class CondParser {
    /** The unary operators (bash's test_unop): file tests, -n -z, -o OPTION, -v VAR, -R. */
    private static final String UNARY = "abcdefghknoprstuvwxzGLOSNR";

    private final Parser p;
    private final Lexer lexer;
    /** What went wrong, one line each; the first failure stops the parse. */
    private final List<String> messages = new ArrayList<>();
    private boolean failed;

    CondParser(Parser p) {
        this.p = p;
        this.lexer = p.lexer();
    }

    /** cond → '[[' or ']]' redirect*, the current token being '[['. */
    Node.Cond cond() {
        int line = p.line();
        CondExpr e = or();
        Token t = p.current();
        if (!failed && !isEnd(t)) {
            failed = true;
            if (t.type() == EOF) {
                messages.add("unexpected EOF while looking for `]]'");
            } else {
                messages.add(t.type() == WORD ? "syntax error in conditional expression"
                        : "syntax error in conditional expression: unexpected token `" + t.text() + "'");
            }
        }
        if (failed) {
            throw new SyntaxError(String.join("\n", messages), t, false, (char) 0);
        }
        p.advance();
        return new Node.Cond(e, p.redirects(), line);
    }

    /** or → and ('||' and)* */
    private CondExpr or() {
        List<CondExpr> operands = new ArrayList<>();
        operands.add(and());
        while (!failed && p.current().type() == OR_IF) {
            operands.add(and());
        }
        if (failed) {
            return null;
        }
        return operands.size() == 1 ? operands.get(0) : new CondExpr.Chain(false, operands);
    }

    /** and → term ('&amp;&amp;' term)* */
    private CondExpr and() {
        List<CondExpr> operands = new ArrayList<>();
        operands.add(term());
        while (!failed && p.current().type() == AND_IF) {
            operands.add(term());
        }
        if (failed) {
            return null;
        }
        return operands.size() == 1 ? operands.get(0) : new CondExpr.Chain(true, operands);
    }

    /**
     * term → linebreak ( '(' or ')' | '!' term | UNOP WORD | WORD [BINOP WORD] ) linebreak.
     * Reads its first token itself (the one after '[[', '(', '!', '&amp;&amp;' or '||'), and
     * leaves the one after it current; null once failed.
     */
    private CondExpr term() {
        boolean negated = false;
        Token t = skipNewlines();
        while (t.type() == WORD && t.text().equals("!")) {
            negated = !negated;
            t = skipNewlines();
        }
        CondExpr e = positive(t);
        return e == null || !negated ? e : new CondExpr.Not(e);
    }

    private CondExpr positive(Token t) {
        if (isEnd(t)) {
            return fail(null);
        }
        if (t.type() == LPAREN) {
            return group();
        }
        if (t.type() == WORD && isUnary(t.text())) {
            return unary(t.text());
        }
        if (t.type() == WORD) {
            return binary(t.word());
        }
        if (t.type() == EOF) {
            return fail("unexpected token `EOF' in conditional command");
        }
        return fail("unexpected token `" + t.text() + "' in conditional command");
    }

    /** '(' or ')' linebreak */
    private CondExpr group() {
        lexer.enter("conditional expressions");
        CondExpr inner = or();
        lexer.leave();
        Token t = p.current();
        if (failed || t.type() != RPAREN) {
            // Bash names the token unless it is a word (or none), or a term already failed.
            boolean named = !failed && (t.type() != WORD || isEnd(t)) && t.type() != EOF;
            return fail(named ? "unexpected token `" + t.text() + "', expected `)'" : "expected `)'");
        }
        skipNewlines();
        return new CondExpr.Group(inner);
    }

    /** UNOP WORD linebreak */
    private CondExpr unary(String op) {
        p.advanceCond(false);
        Token t = p.current();
        if (t.type() != WORD || isEnd(t)) {
            return fail("unexpected argument `" + t.text() + "' to conditional unary operator");
        }
        skipNewlines();
        return new CondExpr.Unary(op, t.word());
    }

    /** WORD [BINOP WORD] linebreak; a lone WORD before ]] &amp;&amp; || or ')' is -n WORD. */
    private CondExpr binary(Word left) {
        p.advanceCond(false);
        Token t = p.current();
        String op;
        if (t.type() == LESS && t.fd() < 0 || t.type() == GREAT && t.fd() < 0) {
            op = t.text();
        } else if (t.type() == WORD && isBinary(t.text())) {
            op = t.text();
        } else if (isEnd(t) || t.type() == AND_IF || t.type() == OR_IF || t.type() == RPAREN) {
            return new CondExpr.Unary("-n", left);
        } else if (t.type() == WORD) {
            return fail("conditional binary operator expected");
        } else {
            return fail("unexpected token `" + t.text() + "', conditional binary operator expected");
        }
        if (op.equals("=") || op.equals("==") || op.equals("!=")) {
            p.advanceCondPattern();
        } else {
            p.advanceCond(op.equals("=~"));
        }
        t = p.current();
        if (t.type() != WORD || isEnd(t)) {
            return fail("unexpected argument `" + t.text() + "' to conditional binary operator");
        }
        skipNewlines();
        return new CondExpr.Binary(op, left, t.word());
    }

    /**
     * Reads the next token, past newlines; the input ending there (more may follow) asks for
     * another line, as bash prompts for one inside [[ ]].
     */
    private Token skipNewlines() {
        p.advanceCond(false);
        while (p.current().type() == NEWLINE) {
            p.advanceCond(false);
        }
        if (p.current().type() == EOF && !lexer.atEof) {
            throw p.endOfFile();
        }
        return p.current();
    }

    /** Records the message (null: none, as bash says nothing) and fails the parse. */
    private CondExpr fail(String message) {
        if (message != null) {
            messages.add(message);
        }
        failed = true;
        return null;
    }

    /** An unquoted ]]: the end of the expression. */
    private static boolean isEnd(Token t) {
        return t.type() == WORD && t.text().equals("]]");
    }

    static boolean isUnary(String op) {
        return op.length() == 2 && op.charAt(0) == '-' && UNARY.indexOf(op.charAt(1)) >= 0;
    }

    static boolean isBinary(String op) {
        return switch (op) {
            case "=", "==", "!=", "=~", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef" -> true;
            default -> false;
        };
    }
}
