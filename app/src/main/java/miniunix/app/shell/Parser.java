package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import static miniunix.app.shell.TokenType.AMP;
import static miniunix.app.shell.TokenType.AND_IF;
import static miniunix.app.shell.TokenType.EOF;
import static miniunix.app.shell.TokenType.NEWLINE;
import static miniunix.app.shell.TokenType.OR_IF;
import static miniunix.app.shell.TokenType.PIPE;
import static miniunix.app.shell.TokenType.RPAREN;
import static miniunix.app.shell.TokenType.SEMI;
import static miniunix.app.shell.TokenType.WORD;

/**
 * The shell's parser: recursive descent over the POSIX sh grammar, one method per rule (the
 * production is in each method's Javadoc), pulling tokens from the {@link Lexer} one at a time.
 *
 * <p>Grammar built so far (compound commands arrive with later issues as new {@code command}
 * alternatives; nothing else has to change):
 * <pre>
 *   program       → list EOF
 *   substitution  → list ')'                       (after "$(")
 *   list          → linebreak (andOr separator linebreak)* [andOr]
 *   separator     → ';' | '&amp;' | NEWLINE
 *   andOr         → pipeline (('&amp;&amp;' | '||') linebreak pipeline)*
 *   pipeline      → ['!'] command ('|' linebreak command)*
 *   command       → simpleCommand
 *   simpleCommand → (ASSIGNMENT | redirect)* (WORD | redirect)*     (not empty)
 *   redirect      → [IO_NUMBER] ('&lt;' | '&gt;' | '&gt;&gt;' | '&lt;&amp;' | '&gt;&amp;' | '&amp;&gt;' | '&amp;&gt;&gt;') WORD
 *   linebreak     → NEWLINE*
 * </pre>
 * Nesting of $(...) is bounded by the lexer; everything else is iterative, so no input can
 * overflow the Java stack. Errors are {@link SyntaxError}s: "near unexpected token" for a
 * wrong token, incomplete ones when the input ends where more must follow.
 */
public final class Parser {
    private final Lexer lexer;
    private Token current;

    public Parser(Lexer lexer) {
        this.lexer = lexer;
        this.current = lexer.next();
    }

    /** Parses a whole input text; atEof says no more lines will follow it. */
    public static Node.CommandList parse(String text, boolean atEof) {
        return new Parser(new Lexer(text, atEof)).program();
    }

    /** program → list EOF */
    public Node.CommandList program() {
        return list(EOF);
    }

    /** substitution → list ')'. Stops on the ')' without reading past it. */
    Node.CommandList substitution() {
        return list(RPAREN);
    }

    /** list → linebreak (andOr separator linebreak)* [andOr]; separator → ';' | '&amp;' | NEWLINE */
    private Node.CommandList list(TokenType end) {
        List<Node.Item> items = new ArrayList<>();
        skipNewlines();
        while (current.type() != end) {
            if (current.type() == EOF) {
                throw new SyntaxError("unexpected EOF while looking for matching `)'", current, true, ')');
            }
            Node.AndOr andOr = andOr();
            TokenType t = current.type();
            if (t == AMP || t == SEMI || t == NEWLINE) {
                advance();
            } else if (t != end) {
                throw unexpected(current);
            }
            items.add(new Node.Item(andOr, t == AMP));
            skipNewlines();
        }
        return new Node.CommandList(items);
    }

    /** andOr → pipeline (('&amp;&amp;' | '||') linebreak pipeline)* */
    private Node.AndOr andOr() {
        List<Node.Pipeline> pipelines = new ArrayList<>();
        List<Node.Connector> ops = new ArrayList<>();
        pipelines.add(pipeline());
        while (current.type() == AND_IF || current.type() == OR_IF) {
            ops.add(current.type() == AND_IF ? Node.Connector.AND : Node.Connector.OR);
            advance();
            linebreakBeforeMore();
            pipelines.add(pipeline());
        }
        return new Node.AndOr(pipelines, ops);
    }

    /** pipeline → ['!'] command ('|' linebreak command)* */
    private Node.Pipeline pipeline() {
        boolean negated = false;
        while (current.type() == WORD && current.text().equals("!")) {
            negated = !negated;
            advance();
        }
        List<Node.Command> commands = new ArrayList<>();
        commands.add(command());
        while (current.type() == PIPE) {
            advance();
            linebreakBeforeMore();
            commands.add(command());
        }
        return new Node.Pipeline(negated, commands);
    }

    /** command → simpleCommand */
    private Node.Command command() {
        return simpleCommand();
    }

    /** simpleCommand → (ASSIGNMENT | redirect)* (WORD | redirect)*, and not empty */
    private Node.SimpleCommand simpleCommand() {
        List<Node.Assignment> assignments = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Node.Redirect> redirects = new ArrayList<>();
        while (current.type() == WORD || current.type().isRedirect()) {
            if (current.type() != WORD) {
                redirects.add(redirect());
                continue;
            }
            Node.Assignment a = words.isEmpty() ? assignment(current.word()) : null;
            if (a != null) {
                assignments.add(a);
            } else {
                words.add(current.word());
            }
            advance();
        }
        if (assignments.isEmpty() && words.isEmpty() && redirects.isEmpty()) {
            throw unexpected(current);
        }
        return new Node.SimpleCommand(assignments, words, redirects);
    }

    /** ASSIGNMENT → NAME '=' word-rest, where NAME and '=' are unquoted. Null if w is not one. */
    private static Node.Assignment assignment(Word w) {
        if (w.parts().isEmpty() || !(w.parts().get(0) instanceof Word.Literal first) || first.quoted()) {
            return null;
        }
        int eq = first.text().indexOf('=');
        if (eq <= 0 || !Variables.isName(first.text().substring(0, eq))) {
            return null;
        }
        List<Word.Part> value = new ArrayList<>();
        String rest = first.text().substring(eq + 1);
        if (!rest.isEmpty()) {
            value.add(new Word.Literal(rest, false));
        }
        value.addAll(w.parts().subList(1, w.parts().size()));
        return new Node.Assignment(first.text().substring(0, eq),
                new Word(w.text().substring(eq + 1), value));
    }

    /** redirect → [IO_NUMBER] op WORD */
    private Node.Redirect redirect() {
        Token op = current;
        advance();
        if (current.type() != WORD) {
            throw unexpected(current);
        }
        Word target = current.word();
        advance();
        Node.RedirectOp kind = switch (op.type()) {
            case LESS -> Node.RedirectOp.IN;
            case GREAT -> Node.RedirectOp.OUT;
            case DGREAT -> Node.RedirectOp.APPEND;
            case LESSAND -> Node.RedirectOp.DUP_IN;
            case GREATAND -> op.fd() < 0 && !isNumber(target.text()) ? Node.RedirectOp.OUT_ALL
                    : Node.RedirectOp.DUP_OUT;
            case AND_GREAT -> Node.RedirectOp.OUT_ALL;
            case AND_DGREAT -> Node.RedirectOp.APPEND_ALL;
            default -> throw unexpected(op);
        };
        return new Node.Redirect(op.fd() >= 0 ? op.fd() : kind.defaultFd, kind, target);
    }

    private static boolean isNumber(String s) {
        return isDigits(s) || s.equals("-");
    }

    /** True for a non-empty string of ASCII digits. */
    static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** linebreak where more must follow ('|', '&amp;&amp;', '||'): end of input means read more. */
    private void linebreakBeforeMore() {
        skipNewlines();
        if (current.type() == EOF) {
            throw new SyntaxError("syntax error: unexpected end of file", current, true, (char) 0);
        }
    }

    private void skipNewlines() {
        while (current.type() == NEWLINE) {
            advance();
        }
    }

    private void advance() {
        current = lexer.next();
    }

    private static SyntaxError unexpected(Token t) {
        return new SyntaxError("syntax error near unexpected token '" + t.text() + "'", t, false, (char) 0);
    }
}
