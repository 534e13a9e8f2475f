package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shell's scanner: turns input text into tokens on demand; the parser pulls them one at a
 * time, so a 1 MB line costs one pass and no token list. Operators and newlines are read
 * here, words by {@link WordLexer}. {@code ((} starts an arithmetic command when a matching
 * {@code ))} closes it, else it is two {@code (} (bash's rule too). At a newline, the bodies
 * of the here-documents its line opened are read ({@link HereDocs}).
 */
public final class Lexer extends WordLexer {
    /** Here-documents whose bodies follow the next newline, and how they are read. */
    private final HereDocs hereDocs;
    /** Where the last redirection operator started. */
    private int lastOperator;
    /**
     * The aliases the parser expands in this text and its $(...)s (name to value), or null
     * when none are (expand_aliases off, or no alias defined): {@link Parser#expandAliases}.
     */
    private Map<String, String> aliases;
    /** An alias's value ({@link #aliasValue}): a here-document it opens reads on after it. */
    private boolean aliasText;

    /** atEof: no more input will follow, so a trailing backslash-newline just ends the text. */
    public Lexer(String src, boolean atEof) {
        this(src, atEof, 1);
    }

    /** firstLine: the line number of the text's first line, for here-document warnings. */
    public Lexer(String src, boolean atEof, int firstLine) {
        this(src, atEof, 0, new int[1], new HereDocs(firstLine, new ArrayList<>()), firstLine);
    }

    private Lexer(String src, boolean atEof, int pos, int[] nesting, HereDocs hereDocs, int firstLine) {
        super(src, atEof, pos, nesting, firstLine);
        this.hereDocs = hereDocs;
    }

    /** This lexer, with aliases to expand in its text (null: none); see {@link #aliases}. */
    public Lexer expanding(Map<String, String> aliases) {
        this.aliases = aliases == null || aliases.isEmpty() ? null : aliases;
        return this;
    }

    /** This lexer, reading extglob groups ({@link #extglob}: shopt extglob) or not. */
    public Lexer extglob(boolean on) {
        extglob = on;
        return this;
    }

    /** The aliases to expand in this text, or null. */
    Map<String, String> aliases() {
        return aliases;
    }

    @Override
    Lexer nested(int at) {
        return countedAs(new Lexer(src, atEof, at, nesting, hereDocs.nested(), firstLine)).expanding(aliases)
                .extglob(extglob);
    }

    /** A `...`'s text: its lines are counted from the line the backquote is on. */
    @Override
    Lexer nested(String text) {
        return new Lexer(text, true, 0, nesting, hereDocs.nested(), lineAt(pos)).expanding(aliases)
                .extglob(extglob);
    }

    /**
     * A lexer for an alias's value, read in place of a word of this text (bash's push_string
     * of mk_alexpansion's text: the value and a space). Its lines count as the line it
     * replaces a word on, and a here-document it opens takes its body after this text's next
     * newline, as in bash.
     */
    Lexer aliasValue(String value) {
        Lexer l = new Lexer(value + " ", true, 0, nesting, hereDocs, lineAt(pos)).expanding(aliases)
                .extglob(extglob);
        l.aliasText = true;
        return l;
    }

    /** The next token; EOF (text "newline", as bash names it in errors) at the end. */
    public Token next() {
        skipBlanks();
        if (pos >= src.length()) {
            return endOfText();
        }
        char c = src.charAt(pos);
        return switch (c) {
            case '\n' -> newline();
            case ';' -> semicolon();
            case '|' -> peekIs(1, '|') ? operator(TokenType.OR_IF, "||", 2) : operator(TokenType.PIPE, "|", 1);
            case '&' -> ampersand();
            case '(' -> peekIs(1, '(') ? arithCommand() : operator(TokenType.LPAREN, "(", 1);
            case ')' -> operator(TokenType.RPAREN, ")", 1);
            case '<', '>' -> atProcSubst() ? word() : redirect(-1, pos);
            case '{' -> varRedirectOrWord();
            default -> Character.isDigit(c) ? numberOrWord() : word();
        };
    }

    /**
     * The next token inside {@code [[ ... ]]}: as {@link #next}, except that '(' is always
     * one token (no arithmetic command) and digits before '&lt;' or '&gt;' are a word, not an
     * IO_NUMBER, since nothing is redirected there ({@code <} and {@code >} compare strings).
     */
    Token condNext() {
        skipBlanks();
        if (pos >= src.length()) {
            return endOfText();
        }
        char c = src.charAt(pos);
        if (c == '(') {
            return operator(TokenType.LPAREN, "(", 1);
        }
        return Character.isDigit(c) || c == '{' ? word() : next();
    }

    /**
     * The word after {@code =~} in {@code [[ ]]}: as bash reads it, '|' is part of the word
     * and '(' opens a group, up to its matching ')', in which blanks and the operators are
     * ordinary characters too ({@code [[ $x =~ ^(a b|c)$ ]]}). EOF when there is none.
     */
    Token regexNext() {
        skipBlanks();
        if (pos >= src.length()) {
            return endOfText();
        }
        char c = src.charAt(pos);
        return c == '(' || c == '|' || !isOperatorStart(c) ? regexWord() : condNext();
    }

    private static boolean isOperatorStart(char c) {
        return switch (c) {
            case '\n', ';', '&', '|', '(', ')', '<', '>' -> true;
            default -> false;
        };
    }

    private Token operator(TokenType type, String text, int length) {
        pos += length;
        return Token.op(type, text, -1);
    }

    /** ; ;; ;&amp; ;;&amp; (the last three end case items). */
    private Token semicolon() {
        if (!peekIs(1, ';')) {
            return peekIs(1, '&') ? operator(TokenType.SEMI_AND, ";&", 2) : operator(TokenType.SEMI, ";", 1);
        }
        return peekIs(2, '&') ? operator(TokenType.DSEMI_AND, ";;&", 3) : operator(TokenType.DSEMI, ";;", 2);
    }

    /** A newline; the bodies of the here-documents opened on its line follow it. */
    private Token newline() {
        pos++;
        if (hereDocs.waiting()) {
            pos = hereDocs.readBodies(this, src, pos, atEof);
        }
        return Token.op(TokenType.NEWLINE, "newline", -1);
    }

    /**
     * Registers the here-document whose delimiter word was just read (its operator at
     * opPos): its body will be read at the next newline.
     */
    Node.HereDoc hereDoc(Word delimiter, boolean stripTabs, int opPos) {
        return hereDocs.add(delimiter, stripTabs, src, opPos);
    }

    /**
     * The line of the token just read, as bash numbers a command: the line its last character
     * is on (a newline's own line; the end of the text for the end of input).
     */
    int tokenLine(Token t) {
        return lineAt(t.type() == TokenType.EOF ? pos : pos - 1);
    }

    /** Where the last here-document operator (&lt;&lt; or &lt;&lt;-) started, for its line number. */
    int lastOperatorPos() {
        return lastOperator;
    }

    /** Warnings found while reading (a here-document ended by the end of the input). */
    public List<String> warnings() {
        return hereDocs.warnings();
    }

    /** At the end of the text: here-documents still waiting get what there is (or more is read). */
    private Token endOfText() {
        if (hereDocs.waiting() && !aliasText) {
            pos = hereDocs.readBodies(this, src, pos, atEof);
        }
        return Token.op(TokenType.EOF, "newline", -1);
    }

    /**
     * An unquoted here-document body as a word: $ expansions work, a backslash quotes only
     * $ ` \\ and newline (a backslash-newline is removed); quotes are ordinary characters.
     */
    Word hereDocBody(String text) {
        Lexer inner = new Lexer(text, true, 0, nesting, hereDocs.nested(), firstLine);
        Parts parts = new Parts();
        while (inner.pos < text.length()) {
            char c = text.charAt(inner.pos);
            if (c == '$') {
                inner.dollar(parts, true);
            } else if (c == '`') {
                inner.backquote(parts, true);
            } else if (c == '\\' && "$`\\\n".indexOf(inner.peekAt(inner.pos + 1)) >= 0) {
                if (text.charAt(inner.pos + 1) != '\n') {
                    parts.add(text.charAt(inner.pos + 1), true);
                }
                inner.pos += 2;
            } else {
                parts.add(c, true);
                inner.pos++;
            }
        }
        return new Word(text, parts.done());
    }

    /** ((expression)) when "))" closes it; else the first '(' alone (a subshell in a subshell). */
    private Token arithCommand() {
        int close = arithClose(pos + 2);
        if (close < 0) {
            return operator(TokenType.LPAREN, "(", 1);
        }
        return Token.arith(arithWord(pos + 2, close));
    }

    private Token ampersand() {
        if (peekIs(1, '&')) {
            return operator(TokenType.AND_IF, "&&", 2);
        }
        if (peekIs(1, '>')) {
            return peekIs(2, '>') ? operator(TokenType.AND_DGREAT, "&>>", 3)
                    : operator(TokenType.AND_GREAT, "&>", 2);
        }
        return operator(TokenType.AMP, "&", 1);
    }

    /** Digits directly before < or > are an IO_NUMBER: the fd the redirection applies to. */
    private Token numberOrWord() {
        int end = pos;
        while (end < src.length() && Character.isDigit(src.charAt(end))) {
            end++;
        }
        if (end < src.length() && (src.charAt(end) == '<' || src.charAt(end) == '>') && end - pos <= 9
                && !(end + 1 < src.length() && src.charAt(end + 1) == '(')) {
            int fd = Integer.parseInt(src.substring(pos, end));
            int start = pos;
            pos = end;
            return redirect(fd, start);
        }
        return word();
    }

    /**
     * {NAME} or {NAME[SUBSCRIPT]} directly before &lt; or &gt; (bash 5.2's REDIR_VARASSIGN): the
     * redirection's fd is one the shell picks (from 10 up) and stores in NAME, or, for
     * {NAME}&gt;&amp;-, the one NAME holds. Anything else starting with '{' is a word.
     */
    private Token varRedirectOrWord() {
        int end = pos + 1;
        while (end < src.length() && isNameChar(src.charAt(end))) {
            end++;
        }
        boolean name = end > pos + 1 && !Character.isDigit(src.charAt(pos + 1));
        if (name && end < src.length() && src.charAt(end) == '[') {
            int close = end + 1;
            while (close < src.length() && "]}\n".indexOf(src.charAt(close)) < 0) {
                close++;
            }
            name = close > end + 1 && close < src.length() && src.charAt(close) == ']';
            end = close + 1;
        }
        if (!name || end + 1 >= src.length() || src.charAt(end) != '}'
                || (src.charAt(end + 1) != '<' && src.charAt(end + 1) != '>')
                || (end + 2 < src.length() && src.charAt(end + 2) == '(')) {
            return word();
        }
        String var = src.substring(pos + 1, end);
        int start = pos;
        pos = end + 1;
        Token op = redirect(-1, start);
        return Token.varRedirect(op.type(), op.text(), var);
    }

    private Token redirect(int fd, int start) {
        char c = src.charAt(pos);
        TokenType type;
        if (c == '<') {
            type = peekIs(1, '<') ? hereOperator() : peekIs(1, '&') ? TokenType.LESSAND
                    : peekIs(1, '>') ? TokenType.LESSGREAT : TokenType.LESS;
        } else if (peekIs(1, '>')) {
            type = TokenType.DGREAT;
        } else {
            type = peekIs(1, '&') ? TokenType.GREATAND : TokenType.GREAT;
        }
        lastOperator = start;
        pos += switch (type) {
            case LESS, GREAT -> 1;
            case DLESSDASH, TLESS -> 3;
            default -> 2;
        };
        return Token.op(type, src.substring(start, pos), fd);
    }

    /** After "&lt;&lt;": &lt;&lt;&lt; (here-string), &lt;&lt;- or &lt;&lt; (here-documents). */
    private TokenType hereOperator() {
        return peekIs(2, '<') ? TokenType.TLESS : peekIs(2, '-') ? TokenType.DLESSDASH : TokenType.DLESS;
    }

    /** Skips blanks, comments and backslash-newline continuations between tokens. */
    private void skipBlanks() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '#') {
                int nl = src.indexOf('\n', pos);
                pos = nl < 0 ? src.length() : nl;
            } else if (c == '\\' && peekIs(1, '\n')) {
                continuation();
            } else {
                return;
            }
        }
    }
}
