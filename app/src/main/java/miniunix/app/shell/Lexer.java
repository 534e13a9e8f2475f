package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The shell's scanner: turns input text into tokens on demand; the parser pulls them one at a
 * time, so a 1 MB line costs one pass and no token list. Words come out already cut into parts
 * (literal text, $NAME, $(...)) with quotes and backslashes removed; the text of a $(...) is
 * parsed right here by a nested parser on a nested lexer, as bash does.
 *
 * <p>Running out of input inside a quote, ${...} or $(...), or right after a backslash-newline,
 * throws an incomplete {@link SyntaxError}: the shell then reads another line and tries again.
 */
public final class Lexer {
    /** Deepest $(...) nesting accepted; deeper input is an error, never a Java stack overflow. */
    static final int MAX_NESTING = 64;
    private static final String SPECIAL_PARAMS = "?$!#@*-0123456789";

    private final String src;
    private final boolean atEof;
    private final int depth;
    private int pos;

    /** atEof: no more input will follow, so a trailing backslash-newline just ends the text. */
    public Lexer(String src, boolean atEof) {
        this(src, atEof, 0, 0);
    }

    private Lexer(String src, boolean atEof, int pos, int depth) {
        this.src = src;
        this.atEof = atEof;
        this.pos = pos;
        this.depth = depth;
    }

    /** The next token; EOF (text "newline", as bash names it in errors) at the end. */
    public Token next() {
        skipBlanks();
        if (pos >= src.length()) {
            return Token.op(TokenType.EOF, "newline", -1);
        }
        char c = src.charAt(pos);
        return switch (c) {
            case '\n' -> operator(TokenType.NEWLINE, "newline", 1);
            case ';' -> peekIs(1, ';') ? operator(TokenType.DSEMI, ";;", 2) : operator(TokenType.SEMI, ";", 1);
            case '|' -> peekIs(1, '|') ? operator(TokenType.OR_IF, "||", 2) : operator(TokenType.PIPE, "|", 1);
            case '&' -> ampersand();
            case '(' -> operator(TokenType.LPAREN, "(", 1);
            case ')' -> operator(TokenType.RPAREN, ")", 1);
            case '<', '>' -> redirect(-1, pos);
            default -> Character.isDigit(c) ? numberOrWord() : word();
        };
    }

    private Token operator(TokenType type, String text, int length) {
        pos += length;
        return Token.op(type, text, -1);
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
        if (end < src.length() && (src.charAt(end) == '<' || src.charAt(end) == '>') && end - pos <= 9) {
            int fd = Integer.parseInt(src.substring(pos, end));
            int start = pos;
            pos = end;
            return redirect(fd, start);
        }
        return word();
    }

    private Token redirect(int fd, int start) {
        char c = src.charAt(pos);
        TokenType type;
        if (c == '<') {
            type = peekIs(1, '&') ? TokenType.LESSAND : TokenType.LESS;
        } else if (peekIs(1, '>')) {
            type = TokenType.DGREAT;
        } else {
            type = peekIs(1, '&') ? TokenType.GREATAND : TokenType.GREAT;
        }
        pos += type == TokenType.LESS || type == TokenType.GREAT ? 1 : 2;
        return Token.op(type, src.substring(start, pos), fd);
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

    /** Backslash-newline is removed; at the very end of the text more input is needed. */
    private void continuation() {
        pos += 2;
        if (pos >= src.length() && !atEof) {
            throw incomplete("syntax error: unexpected end of file", (char) 0);
        }
    }

    private Token word() {
        int start = pos;
        Parts parts = new Parts();
        while (pos < src.length() && !isBreak(src.charAt(pos))) {
            char c = src.charAt(pos);
            switch (c) {
                case '\'' -> singleQuoted(parts);
                case '"' -> doubleQuoted(parts);
                case '\\' -> backslash(parts);
                case '$' -> dollar(parts, false);
                default -> {
                    parts.add(c, false);
                    pos++;
                }
            }
        }
        return Token.word(new Word(src.substring(start, pos), parts.done()));
    }

    private static boolean isBreak(char c) {
        return switch (c) {
            case ' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>' -> true;
            default -> false;
        };
    }

    private void singleQuoted(Parts parts) {
        int end = src.indexOf('\'', pos + 1);
        if (end < 0) {
            throw incomplete("unexpected EOF while looking for matching `''", '\'');
        }
        parts.add(src.substring(pos + 1, end), true);
        pos = end + 1;
    }

    private void doubleQuoted(Parts parts) {
        pos++;
        parts.add("", true);
        while (pos < src.length() && src.charAt(pos) != '"') {
            char c = src.charAt(pos);
            if (c == '$') {
                dollar(parts, true);
            } else if (c == '\\' && pos + 1 < src.length() && "$`\"\\\n".indexOf(src.charAt(pos + 1)) >= 0) {
                if (src.charAt(pos + 1) != '\n') {
                    parts.add(src.charAt(pos + 1), true);
                }
                pos += 2;
            } else {
                parts.add(c, true);
                pos++;
            }
        }
        if (pos >= src.length()) {
            throw incomplete("unexpected EOF while looking for matching `\"'", '"');
        }
        pos++;
    }

    private void backslash(Parts parts) {
        if (pos + 1 >= src.length()) {
            parts.add('\\', false);
            pos++;
        } else if (src.charAt(pos + 1) == '\n') {
            continuation();
        } else {
            parts.add(src.charAt(pos + 1), true);
            pos += 2;
        }
    }

    /** $NAME, ${NAME}, $?, $$ ..., or $(list); a lone $ is literal. */
    private void dollar(Parts parts, boolean quoted) {
        char c = pos + 1 < src.length() ? src.charAt(pos + 1) : 0;
        if (c == '(') {
            parts.add(substitution(quoted));
        } else if (c == '{') {
            parts.add(braced(quoted));
        } else if (c == '_' || Character.isLetter(c) && c < 128) {
            int end = pos + 1;
            while (end < src.length() && isNameChar(src.charAt(end))) {
                end++;
            }
            parts.add(new Word.Param(src.substring(pos + 1, end), quoted));
            pos = end;
        } else if (c != 0 && SPECIAL_PARAMS.indexOf(c) >= 0) {
            parts.add(new Word.Param(String.valueOf(c), quoted));
            pos += 2;
        } else {
            parts.add('$', quoted);
            pos++;
        }
    }

    private Word.CommandSub substitution(boolean quoted) {
        if (depth >= MAX_NESTING) {
            throw new SyntaxError("syntax error: command substitution nested too deeply", null, false, (char) 0);
        }
        Lexer inner = new Lexer(src, atEof, pos + 2, depth + 1);
        Node.CommandList body = new Parser(inner).substitution();
        pos = inner.pos;
        return new Word.CommandSub(body, quoted);
    }

    private Word.Param braced(boolean quoted) {
        int end = src.indexOf('}', pos + 2);
        if (end < 0) {
            throw incomplete("unexpected EOF while looking for matching `}'", '}');
        }
        String name = src.substring(pos + 2, end);
        boolean special = name.length() == 1 && SPECIAL_PARAMS.indexOf(name.charAt(0)) >= 0;
        if (!special && !Variables.isName(name)) {
            throw new SyntaxError(src.substring(pos, end + 1) + ": bad substitution", null, false, (char) 0);
        }
        pos = end + 1;
        return new Word.Param(name, quoted);
    }

    static boolean isNameChar(char c) {
        return c == '_' || c < 128 && Character.isLetterOrDigit(c);
    }

    private boolean peekIs(int offset, char c) {
        return pos + offset < src.length() && src.charAt(pos + offset) == c;
    }

    private static SyntaxError incomplete(String message, char awaiting) {
        return new SyntaxError(message, null, true, awaiting);
    }

    /** Collects a word's parts, merging adjacent literal characters of the same quoting. */
    private static final class Parts {
        private final List<Word.Part> parts = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean quoted;

        void add(char c, boolean q) {
            if (q != quoted) {
                flush();
                quoted = q;
            }
            text.append(c);
        }

        void add(String s, boolean q) {
            flush();
            parts.add(new Word.Literal(s, q));
        }

        void add(Word.Part p) {
            flush();
            parts.add(p);
        }

        private void flush() {
            if (text.length() > 0) {
                parts.add(new Word.Literal(text.toString(), quoted));
                text.setLength(0);
            }
        }

        List<Word.Part> done() {
            flush();
            return parts;
        }
    }
}
