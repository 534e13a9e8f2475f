package miniunix.app.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static miniunix.app.shell.TokenType.AMP;
import static miniunix.app.shell.TokenType.AND_IF;
import static miniunix.app.shell.TokenType.ARITH;
import static miniunix.app.shell.TokenType.EOF;
import static miniunix.app.shell.TokenType.LPAREN;
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
 * <p>Grammar built so far (compound commands and function definitions are parsed by
 * {@link CompoundParser}):
 * <pre>
 *   program       → list EOF
 *   substitution  → list ')'                       (after "$(")
 *   list          → linebreak (andOr separator linebreak)* [andOr]
 *   separator     → ';' | '&amp;' | NEWLINE
 *   andOr         → pipeline (('&amp;&amp;' | '||') linebreak pipeline)*
 *   pipeline      → ['!'] command ('|' linebreak command)*
 *   command       → compound redirect* | functionDef | coproc | simpleCommand
 *   compound      → ifClause | whileClause | untilClause | forClause | selectClause | caseClause
 *                 | braceGroup
 *                 | subshell | '((' EXPRESSION '))' | '[[' EXPRESSION ']]'    ({@link CondParser})
 *   ifClause      → 'if' body 'then' body ('elif' body 'then' body)* ['else' body] 'fi'
 *   whileClause   → 'while' body 'do' body 'done'         (untilClause: 'until')
 *   forClause     → 'for' NAME linebreak ['in' WORD* (';' | NEWLINE)] linebreak 'do' body 'done'
 *                 | 'for' NAME ';' linebreak 'do' body 'done'
 *                 | 'for' '((' EXPR ';' EXPR ';' EXPR '))' [';'] linebreak 'do' body 'done'
 *   selectClause  → 'select' NAME linebreak ['in' WORD* (';' | NEWLINE)] linebreak 'do' body 'done'
 *   caseClause    → 'case' WORD linebreak 'in' linebreak caseItem* 'esac'
 *   caseItem      → ['('] WORD ('|' WORD)* ')' list [(';;' | ';&amp;' | ';;&amp;') linebreak]
 *                   (only the last item may end without ;; before 'esac')
 *   braceGroup    → '{' body '}'
 *   subshell      → '(' body ')'
 *   body          → list, not empty, ending before the keyword (or ')') that closes it
 *   coproc        → 'coproc' [NAME] compound redirect* | 'coproc' simpleCommand
 *   functionDef   → WORD '(' ')' linebreak compound redirect*
 *                 | 'function' WORD ['(' ')'] linebreak compound redirect*
 *   simpleCommand → (ASSIGNMENT | redirect)* (WORD | redirect)*     (not empty)
 *   redirect      → [IO_NUMBER] ('&lt;' | '&gt;' | '&gt;&gt;' | '&lt;&amp;' | '&gt;&amp;' | '&amp;&gt;'
 *                   | '&amp;&gt;&gt;' | '&lt;&lt;' | '&lt;&lt;-' | '&lt;&lt;&lt;') WORD
 *   linebreak     → NEWLINE*
 * </pre>
 * Reserved words (if then elif else fi while until for select case esac do done function { } ! [[ ]])
 * are recognised only where a command starts, unquoted, as POSIX says: {@code echo if}
 * prints "if", and {@code if true; then echo fi} still waits for its fi ('in' only where a
 * for or case wants it, 'esac' also where a case pattern would start). The body of a
 * here-document ({@code <<WORD}) is read by the lexer at the next newline ({@link HereDocs}).
 * Compound commands nest through the lexer's bounded nesting counter, so no input can
 * overflow the Java stack. Errors are {@link SyntaxError}s: "near unexpected token" for a
 * wrong token, incomplete ones when the input ends where more must follow ("syntax error:
 * unexpected end of file" at the very end).
 *
 * <p>Aliases are expanded here, as bash's read_token does it: where a command word may be
 * (the start of a command, after an assignment before it, after `!' and `time') an unquoted
 * word that names an alias is replaced by the tokens of its value, read by a lexer of their
 * own ({@link #expandAliases}), before reserved words are recognised; a value that ends
 * with a blank makes the next word a candidate too. An alias is not expanded again while
 * its own value is being read, so {@code alias ls='ls -F'} ends. The lexer carries the
 * aliases ({@link Lexer#expanding}); the shell gives them only when expand_aliases is on.
 *
 * <p>Simplified: an alias's value is read as whole tokens, so a quote it leaves open is not
 * closed by the text after it (bash joins the two).
 */
public final class Parser {
    /** Reserved words that end a body; out of place at the start of a command. */
    private static final String CLOSERS = " then elif else fi do done } esac ";
    /** What ends a case item's list: esac, and the ;; ;& ;;& tokens ({@link #atEnd}). */
    static final String CASE_BODY = " esac ";

    private final Lexer lexer;
    private final CompoundParser compounds = new CompoundParser(this);
    private Token current;
    /** The token read past by {@link #unread}, to come next; null when none. */
    private Token pushedBack;
    /** The lexer current came from: the text's, or that of the innermost alias value being read. */
    private Lexer source;

    /** An alias whose value is being read: its name (not expanded again meanwhile) and lexer. */
    private record AliasText(String name, Lexer lexer, boolean blankAtEnd) {
    }

    /** The alias values being read, innermost last (bash's pushed_string_list); null if none yet. */
    private ArrayDeque<AliasText> aliasTexts;
    /** bash's PST_ALEXPNEXT: the next word may be an alias (the last value ended in a blank). */
    private boolean expandNext;

    public Parser(Lexer lexer) {
        this.lexer = lexer;
        this.source = lexer;
        this.current = lexer.next();
    }

    /** Parses a whole input text; atEof says no more lines will follow it. */
    public static Node.CommandList parse(String text, boolean atEof) {
        return new Parser(new Lexer(text, atEof)).program();
    }

    /** Warnings the text gave while parsing (a here-document ended by the end of input). */
    public List<String> warnings() {
        return lexer.warnings();
    }

    /** program → list EOF */
    public Node.CommandList program() {
        try {
            return list(EOF, null);
        } catch (SyntaxError e) {
            throw e.at(line());
        }
    }

    /** substitution → list ')'. Stops on the ')' without reading past it. */
    Node.CommandList substitution() {
        try {
            return list(RPAREN, null);
        } catch (SyntaxError e) {
            throw e.at(line());
        }
    }

    /**
     * list → linebreak (andOr separator linebreak)* [andOr]; separator → ';' | '&amp;' | NEWLINE.
     * It ends at the end token, or at one of the reserved words in closers (" fi else ").
     */
    Node.CommandList list(TokenType end, String closers) {
        List<Node.Item> items = new ArrayList<>();
        skipNewlines();
        while (!atEnd(end, closers)) {
            if (current.type() == EOF) {
                throw end == RPAREN && closers == null
                        ? new SyntaxError("unexpected EOF while looking for matching `)'", current, true, ')')
                        : endOfFile();
            }
            Node.AndOr andOr = andOr();
            TokenType t = current.type();
            if (t == AMP || t == SEMI || t == NEWLINE) {
                advance();
            } else if (!atEnd(end, closers)) {
                throw unexpected(current);
            }
            items.add(new Node.Item(andOr, t == AMP));
            skipNewlines();
        }
        return new Node.CommandList(items);
    }

    private boolean atEnd(TokenType end, String closers) {
        return current.type() == end || closers != null && (isReserved(closers)
                || closers.equals(CASE_BODY) && current.type().endsCaseItem());
    }

    /** body → list, not empty, ending before one of the closers (or ')'). */
    Node.CommandList body(TokenType end, String closers) {
        Node.CommandList l = list(end, closers);
        if (l.items().isEmpty()) {
            throw current.type() == EOF ? endOfFile() : unexpected(current);
        }
        return l;
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

    /** pipeline → ['time' ['-p']] ['!'] command ('|' linebreak command)* */
    private Node.Pipeline pipeline() {
        Node.Timing timing = Node.Timing.NONE;
        expandAliases();
        if (isReserved(" time ")) {
            advance();
            expandAliases();
            timing = Node.Timing.BASH;
            if (current.type() == WORD && current.text().equals("-p")) {
                advance();
                timing = Node.Timing.POSIX;
            }
            if (endsPipeline()) {
                return new Node.Pipeline(false, List.of(), timing);
            }
        }
        boolean negated = false;
        while (current.type() == WORD && current.text().equals("!")) {
            negated = !negated;
            advance();
            expandAliases();
        }
        List<Node.Command> commands = new ArrayList<>();
        commands.add(command());
        while (current.type() == PIPE) {
            advance();
            linebreakBeforeMore();
            commands.add(command());
        }
        return new Node.Pipeline(negated, commands, timing);
    }

    /** After a lone `time`: the token that ends a pipeline. */
    private boolean endsPipeline() {
        return switch (current.type()) {
            case NEWLINE, SEMI, AMP, AND_IF, OR_IF, EOF, RPAREN, DSEMI, SEMI_AND, DSEMI_AND -> true;
            default -> isReserved(CLOSERS);
        };
    }

    /** command → compound redirect* | functionDef | simpleCommand */
    private Node.Command command() {
        expandAliases();
        if (current.type() == LPAREN || current.type() == ARITH) {
            return compounds.compound();
        }
        if (current.type() != WORD) {
            return simpleCommand();
        }
        if (isReserved(" if while until for select case { [[ ")) {
            return compounds.compound();
        }
        if (isReserved(" function ")) {
            return compounds.functionKeyword();
        }
        if (isReserved(" coproc ")) {
            return compounds.coproc();
        }
        if (isReserved(CLOSERS)) {
            throw unexpected(current);
        }
        return simpleCommand();
    }

    /** The input ended (read more) or holds a token out of place. */
    SyntaxError eofOrUnexpected() {
        return current.type() == EOF ? endOfFile() : unexpected(current);
    }

    /** The body, after checking that the reserved word closing it comes next. */
    Node.CommandList closed(Node.CommandList body, String keyword) {
        expect(keyword);
        return body;
    }

    Node.CommandList closedParen(Node.CommandList body) {
        if (current.type() != RPAREN) {
            throw current.type() == EOF ? endOfFile() : unexpected(current);
        }
        advance();
        return body;
    }

    void expect(String keyword) {
        if (!isReserved(" " + keyword + " ")) {
            throw current.type() == EOF ? endOfFile() : unexpected(current);
        }
        advance();
    }

    /** Whether the current token is an unquoted word among the reserved words (" a b "). */
    boolean isReserved(String words) {
        if (current.type() != WORD) {
            return false;
        }
        String t = current.text();
        return t.length() <= 8 && words.contains(" " + t + " ");
    }

    /** redirect* after a compound command. */
    List<Node.Redirect> redirects() {
        List<Node.Redirect> redirects = new ArrayList<>();
        while (current.type().isRedirect()) {
            redirects.add(redirect());
        }
        return redirects;
    }

    /**
     * simpleCommand → (ASSIGNMENT | redirect)* (WORD | redirect)*, and not empty; a lone
     * WORD followed by '(' starts a functionDef.
     */
    Node.Command simpleCommand() {
        List<Node.Assignment> assignments = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Node.Redirect> redirects = new ArrayList<>();
        int line = 0;
        while (current.type() == WORD || current.type().isRedirect()) {
            if (current.type() != WORD) {
                redirects.add(redirect());
            } else {
                Node.Assignment a = words.isEmpty() ? assignment(current.word()) : null;
                if (a != null) {
                    assignments.add(a);
                    advance();
                    expandAliases();            // bash: a command word may follow an assignment
                } else if (isCompound(current.word()) && (words.isEmpty() || !isDeclaration(words.get(0)))) {
                    // NAME=(...) as an argument: only a declaration builtin takes one (bash)
                    throw unexpected(Token.op(LPAREN, "(", -1));
                } else {
                    words.add(current.word());
                    advance();
                }
            }
            if (line == 0) {
                line = source.tokenLine(current);    // bash's: with the token after the first read
            }
        }
        if (current.type() == LPAREN && words.size() == 1 && assignments.isEmpty() && redirects.isEmpty()) {
            return compounds.functionDef(words.get(0));
        }
        if (assignments.isEmpty() && words.isEmpty() && redirects.isEmpty()) {
            throw unexpected(current);
        }
        return new Node.SimpleCommand(assignments, words, redirects, line);
    }

    /**
     * ASSIGNMENT → NAME ['[' INDEX ']'] ('=' | '+=') word-rest, where NAME, the brackets and the
     * '=' are unquoted; word-rest may be a compound '(' ELEMENT* ')'. Null if w is not one.
     */
    static Node.Assignment assignment(Word w) {
        if (w.parts().isEmpty() || !(w.parts().get(0) instanceof Word.Literal first) || first.quoted()) {
            return null;
        }
        String t = first.text();
        int end = 0;
        while (end < t.length() && Lexer.isNameChar(t.charAt(end))) {
            end++;
        }
        if (end == 0 || Character.isDigit(t.charAt(0)) || end == t.length()) {
            return null;
        }
        String name = t.substring(0, end);
        if (t.charAt(end) == '[') {
            WordLexer.Subscript s = WordLexer.subscript(w, end);
            return s == null ? null : new Node.Assignment(name, s.index(), s.append(), s.value());
        }
        boolean append = t.startsWith("+=", end);
        if (!append && t.charAt(end) != '=') {
            return null;
        }
        int eq = end + (append ? 2 : 1);
        List<Word.Part> value = new ArrayList<>();
        String rest = t.substring(eq);
        if (!rest.isEmpty()) {
            value.add(new Word.Literal(rest, false));
        }
        value.addAll(w.parts().subList(1, w.parts().size()));
        return new Node.Assignment(name, null, append, new Word(w.text().substring(eq), value));
    }

    private static boolean isCompound(Word w) {
        return !w.parts().isEmpty() && w.parts().get(w.parts().size() - 1) instanceof Word.Compound;
    }

    /** The builtins whose NAME=value arguments are assignments, never split (bash's declaration builtins). */
    private static final String DECLARATIONS = " local export readonly declare typeset ";

    /** Whether w is the name of a declaration builtin, unquoted. */
    static boolean isDeclaration(Word w) {
        return w.parts().size() == 1 && w.parts().get(0) instanceof Word.Literal l && !l.quoted()
                && DECLARATIONS.contains(" " + l.text() + " ");
    }

    /**
     * redirect → [IO_NUMBER | {NAME}] op WORD; a here-document's body comes after the next
     * newline.
     */
    private Node.Redirect redirect() {
        Token op = current;
        Lexer from = source;
        int opPos = from.lastOperatorPos();
        advance();
        if (current.type() != WORD) {
            throw unexpected(current);
        }
        Word target = current.word();
        boolean here = op.type() == TokenType.DLESS || op.type() == TokenType.DLESSDASH;
        Node.HereDoc doc = here ? from.hereDoc(target, op.type() == TokenType.DLESSDASH, opPos) : null;
        advance();
        Node.RedirectOp kind = switch (op.type()) {
            case LESS -> Node.RedirectOp.IN;
            case GREAT -> Node.RedirectOp.OUT;
            case DGREAT -> Node.RedirectOp.APPEND;
            case LESSAND -> Node.RedirectOp.DUP_IN;
            case GREATAND -> op.fd() < 0 && op.var() == null && !isNumber(target.text())
                    ? Node.RedirectOp.DUP_OR_ALL : Node.RedirectOp.DUP_OUT;
            case LESSGREAT -> Node.RedirectOp.READ_WRITE;
            case AND_GREAT -> Node.RedirectOp.OUT_ALL;
            case AND_DGREAT -> Node.RedirectOp.APPEND_ALL;
            case DLESS -> Node.RedirectOp.HEREDOC;
            case DLESSDASH -> Node.RedirectOp.HEREDOC_TABS;
            case TLESS -> Node.RedirectOp.HERESTRING;
            default -> throw unexpected(op);
        };
        return new Node.Redirect(op.fd() >= 0 ? op.fd() : kind.defaultFd, kind, target, doc, op.var());
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
            throw endOfFile();
        }
    }

    /** The input ended where more must follow: read another line, or at the end bash's error. */
    SyntaxError endOfFile() {
        return new SyntaxError("syntax error: unexpected end of file", current, true, (char) 0);
    }

    void skipNewlines() {
        while (current.type() == NEWLINE) {
            advance();
        }
    }

    void advance() {
        if (pushedBack != null) {
            current = pushedBack;
            pushedBack = null;
            return;
        }
        current = read(Lexer::next);
        if (expandNext && current.type() == WORD) {
            expandAliases();
        }
    }

    /** The next token inside [[ ]] ({@link Lexer#condNext}); regex: the word after =~. */
    void advanceCond(boolean regex) {
        current = read(regex ? Lexer::regexNext : Lexer::condNext);
    }

    /**
     * The pattern after == = != in [[ ]]: read with extglob on whatever shopt says (bash
     * 5.2's parse_cond_command sets extended_glob for it).
     */
    void advanceCondPattern() {
        current = read(Parser::extglobCondNext);
    }

    private static Token extglobCondNext(Lexer l) {
        boolean was = l.extglob;
        l.extglob = true;
        try {
            return l.condNext();
        } finally {
            l.extglob = was;
        }
    }

    /**
     * The next token, as how reads it: from the innermost alias value being read, or when
     * that is used up (bash's pop_string) from the one around it, at last from the text.
     */
    private Token read(Function<Lexer, Token> how) {
        while (aliasTexts != null && !aliasTexts.isEmpty()) {
            AliasText a = aliasTexts.peekLast();
            Token t = how.apply(a.lexer());
            if (t.type() != EOF) {
                source = a.lexer();
                return t;
            }
            aliasTexts.removeLast();
            expandNext = a.blankAtEnd();
        }
        source = lexer;
        return how.apply(lexer);
    }

    /**
     * Where a command word may be: while the current token is an unquoted word naming an
     * alias that is not being expanded already, read its value in its place (bash's
     * alias_expand_token, done before reserved words are looked for). A value ending in a
     * blank lets the word after it be expanded too ({@link #expandNext}).
     */
    private void expandAliases() {
        Map<String, String> aliases = lexer.aliases();
        while (aliases != null && current.type() == WORD) {
            expandNext = false;
            String name = current.text();
            String value = aliases.get(name);
            if (value == null || !isPlain(current.word()) || isBeingExpanded(name)) {
                return;
            }
            if (aliasTexts == null) {
                aliasTexts = new ArrayDeque<>();
            }
            char last = value.isEmpty() ? 0 : value.charAt(value.length() - 1);
            aliasTexts.addLast(new AliasText(name, source.aliasValue(value), last == ' ' || last == '\t'));
            current = read(Lexer::next);
        }
    }

    /** A word with no quoting nor expansion: its text is all there is (an alias may name it). */
    private static boolean isPlain(Word w) {
        return w.parts().size() == 1 && w.parts().get(0) instanceof Word.Literal l && !l.quoted()
                && l.text().equals(w.text());
    }

    private boolean isBeingExpanded(String name) {
        if (aliasTexts != null) {
            for (AliasText a : aliasTexts) {
                if (a.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    static SyntaxError unexpected(Token t) {
        return new SyntaxError("syntax error near unexpected token `" + t.text() + "'", t, false, (char) 0);
    }

    /** The line the token being looked at ends on. */
    int line() {
        return source.tokenLine(current);
    }

    /** The token being looked at. */
    /** Makes t the current token again, the one after it next (coproc's one token of lookahead). */
    void unread(Token t) {
        pushedBack = current;
        current = t;
    }

    Token current() {
        return current;
    }

    Lexer lexer() {
        return lexer;
    }
}
