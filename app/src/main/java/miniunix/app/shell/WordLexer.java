package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The word half of the shell's scanner ({@link Lexer} adds the operators, newlines and
 * here-documents): reads a word and cuts it into parts (literal text, $NAME, ${NAME:-word},
 * $(...) and `...`, $((...)), $'...') with quotes and backslashes removed; the text of a $(...) is
 * parsed right here by a nested parser on a nested lexer, as bash does. {@code $((} falls
 * back to a command substitution when no {@code ))} closes it.
 *
 * <p>Running out of input inside a quote, ${...} or $(...), or right after a backslash-newline,
 * throws an incomplete {@link SyntaxError}: the shell then reads another line and tries again.
 * Nesting of $(...), ${...} and compound commands shares one bound ({@link #MAX_NESTING}), so
 * no input can overflow the Java stack.
 */
abstract class WordLexer {
    /** Deepest nesting of $(...), ${...} and compound commands together; deeper is an error. */
    static final int MAX_NESTING = 100;
    private static final String SPECIAL_PARAMS = "?$!#@*-0123456789";

    final String src;
    final boolean atEof;
    /** The current nesting, shared with every nested lexer and parser of this text. */
    final int[] nesting;
    int pos;

    WordLexer(String src, boolean atEof, int pos, int[] nesting) {
        this.src = src;
        this.atEof = atEof;
        this.pos = pos;
        this.nesting = nesting;
    }

    /** A lexer for a $(...) whose text starts at at, sharing this one's text and nesting. */
    abstract Lexer nested(int at);

    /** A lexer for the text of a `...`, sharing this one's nesting. */
    abstract Lexer nested(String text);

    /** One level deeper into what (a noun for the message); an error past {@link #MAX_NESTING}. */
    void enter(String what) {
        if (++nesting[0] > MAX_NESTING) {
            throw new SyntaxError("syntax error: " + what + " nested too deeply", null, false, (char) 0);
        }
    }

    void leave() {
        nesting[0]--;
    }

    /** Backslash-newline is removed; at the very end of the text more input is needed. */
    void continuation() {
        pos += 2;
        if (pos >= src.length() && !atEof) {
            throw incomplete("syntax error: unexpected end of file", (char) 0);
        }
    }

    Token word() {
        return word(false);
    }

    /** The word after {@code =~} in {@code [[ ]]}: see {@link Lexer#regexNext}. */
    Token regexWord() {
        return word(true);
    }

    private Token word(boolean regex) {
        int start = pos;
        Parts parts = new Parts();
        int groups = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (regex && (c == '(' || c == '|' || groups > 0 && (c == ')' || isBreak(c)))) {
                groups += c == '(' ? 1 : c == ')' ? -1 : 0;
                parts.add(c, false);
                pos++;
                continue;
            }
            if (isBreak(c) && !atProcSubst()) {
                break;
            }
            switch (c) {
                case '<', '>' -> parts.add(procSubst());
                case '\'' -> singleQuoted(parts);
                case '"' -> doubleQuoted(parts);
                case '\\' -> backslash(parts);
                case '$' -> dollar(parts, false);
                case '`' -> backquote(parts, false);
                default -> {
                    parts.add(c, false);
                    pos++;
                }
            }
        }
        if (groups > 0) {
            throw incomplete("unexpected EOF while looking for matching `)'", ')');
        }
        return Token.word(new Word(src.substring(start, pos), parts.done()));
    }

    /** Whether a process substitution, &lt;( or &gt;(, starts here: in a word or at its start, as in bash. */
    boolean atProcSubst() {
        return pos + 1 < src.length() && (src.charAt(pos) == '<' || src.charAt(pos) == '>')
                && src.charAt(pos + 1) == '(';
    }

    /** &lt;(list) or &gt;(list), its list parsed by a nested parser as $(list)'s is. */
    private Word.ProcSubst procSubst() {
        boolean output = src.charAt(pos) == '>';
        enter("process substitution");
        Lexer inner = nested(pos + 2);
        Node.CommandList body = new Parser(inner).substitution();
        pos = inner.pos;
        leave();
        return new Word.ProcSubst(body, output);
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

    /** "...": an empty pair still makes a field, so it leaves an empty quoted literal. */
    private void doubleQuoted(Parts parts) {
        pos++;
        long before = parts.added;
        while (pos < src.length() && src.charAt(pos) != '"') {
            char c = src.charAt(pos);
            if (c == '$') {
                dollar(parts, true);
            } else if (c == '`') {
                backquote(parts, true);
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
        if (parts.added == before) {
            parts.add("", true);
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

    /** $NAME, ${...}, $?, $$ ..., $((expression)) or $(list); a lone $ is literal. */
    void dollar(Parts parts, boolean quoted) {
        char c = pos + 1 < src.length() ? src.charAt(pos + 1) : 0;
        if (c == '(') {
            int close = peekIs(2, '(') ? arithClose(pos + 3) : -1;
            parts.add(close < 0 ? substitution(quoted) : new Word.Arith(arithWord(pos + 3, close), quoted));
        } else if (c == '{') {
            parts.add(braced(quoted));
        } else if (c == '\'' && !quoted) {
            ansiC(parts);
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

    /**
     * $'...' (bash's ANSI-C quoting): the text, quoted, with C's backslash escapes: \\a \\b
     * \\e \\E \\f \\n \\r \\t \\v \\\\ \\' \\" \\?, \\NNN (octal), \\xHH, \\uHHHH,
     * \\UHHHHHHHH and \\cX (control-X); any other backslash stays.
     */
    private void ansiC(Parts parts) {
        StringBuilder sb = new StringBuilder();
        int i = pos + 2;
        while (i >= src.length() || src.charAt(i) != '\'') {
            if (i >= src.length()) {
                throw incomplete("unexpected EOF while looking for matching `''", '\'');
            }
            char c = src.charAt(i++);
            if (c == '\\' && i < src.length()) {
                i = AnsiC.escape(src, i, sb);
            } else {
                sb.append(c);
            }
        }
        parts.add(sb.toString(), true);
        pos = i + 1;
    }

    private Word.CommandSub substitution(boolean quoted) {
        enter("command substitution");
        Lexer inner = nested(pos + 2);
        Node.CommandList body = new Parser(inner).substitution();
        pos = inner.pos;
        leave();
        return new Word.CommandSub(body, quoted);
    }

    /**
     * `list`, the old form of $(list): the text up to the next unescaped backquote, in which
     * a backslash quotes only $ ` \\ (and " within double quotes), parsed as a list of its own.
     */
    void backquote(Parts parts, boolean quoted) {
        StringBuilder text = new StringBuilder();
        int i = pos + 1;
        while (i >= src.length() || src.charAt(i) != '`') {
            if (i >= src.length()) {
                throw incomplete("unexpected EOF while looking for matching ``'", '`');
            }
            char c = src.charAt(i++);
            char next = peekAt(i);
            if (c == '\\' && ("$`\\".indexOf(next) >= 0 && next != 0 || quoted && next == '"')) {
                c = src.charAt(i++);
            }
            text.append(c);
        }
        pos = i + 1;
        enter("command substitution");
        Node.CommandList body = new Parser(nested(text.toString())).program();
        leave();
        parts.add(new Word.CommandSub(body, quoted));
    }

    /**
     * Where the "))" that ends an arithmetic expression starting at from is (the index of its
     * first ')'), or -1 if the parentheses close some other way or not at all in this text.
     */
    int arithClose(int from) {
        int depth = 0;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'' || c == '"') {
                i = src.indexOf(c, i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ')') {
                return i + 1 < src.length() && src.charAt(i + 1) == ')' ? i : -1;
            }
        }
        return -1;
    }

    /**
     * The text between "((" and "))" as a word, as if double-quoted: $ expansions and
     * backslashes work, double quotes are removed. Leaves pos after the "))".
     */
    Word arithWord(int from, int close) {
        enter("arithmetic expansion");
        pos = from;
        Parts parts = new Parts();
        while (pos < close) {
            char c = src.charAt(pos);
            if (c == '$') {
                dollar(parts, true);
            } else if (c == '`') {
                backquote(parts, true);
            } else if (c == '\\' && pos + 1 < close && "$`\"\\".indexOf(src.charAt(pos + 1)) >= 0) {
                parts.add(src.charAt(pos + 1), true);
                pos += 2;
            } else {
                if (c != '"') {
                    parts.add(c, true);
                }
                pos++;
            }
        }
        leave();
        Word w = new Word(src.substring(from, close), parts.done());
        pos = Math.max(pos, close + 2);
        return w;
    }

    /**
     * ${NAME}, ${#NAME}, ${NAME OP WORD} (OP one of :- - := = :? ? :+ + # ## % %%); anything
     * else up to the matching '}' is a {@link Word.BadSubst}, an error only when expanded.
     */
    private Word.Part braced(boolean quoted) {
        int start = pos;
        int i = pos + 2;
        if (i + 1 < src.length() && src.charAt(i) == '#' && src.charAt(i + 1) != '}') {
            int end = nameEnd(i + 1);
            if (end == i + 1 || end >= src.length() || src.charAt(end) != '}') {
                return bad(start, quoted);
            }
            pos = end + 1;
            return new Word.ParamExp(src.substring(i + 1, end), Word.ParamOp.LENGTH, false,
                    new Word("", List.of()), quoted);
        }
        int end = nameEnd(i);
        if (end == i || end >= src.length()) {
            return bad(start, quoted);
        }
        if (src.charAt(end) == '[') {
            // ${NAME[SUBSCRIPT]}: @, * or digits; the parameter is named with its subscript.
            int close = src.indexOf(']', end);
            String sub = close < 0 ? "" : src.substring(end + 1, close);
            boolean ok = sub.equals("@") || sub.equals("*") || !sub.isEmpty() && Parser.isDigits(sub);
            end = ok && close + 1 < src.length() && src.charAt(close + 1) == '}' ? close + 1 : -1;
            if (end < 0) {
                return bad(start, quoted);
            }
        }
        String name = src.substring(i, end);
        if (src.charAt(end) == '}') {
            pos = end + 1;
            return new Word.Param(name, quoted);
        }
        boolean colon = src.charAt(end) == ':';
        int at = colon ? end + 1 : end;
        Word.ParamOp op = at < src.length() ? operator(src.charAt(at), peekAt(at + 1)) : null;
        if (op == null || colon && !op.takesColon) {
            return bad(start, quoted);
        }
        pos = at + op.symbol.length();
        enter("parameter expansion");
        Word w = wordUntilBrace(quoted);
        leave();
        return new Word.ParamExp(name, op, colon, w, quoted);
    }

    private static Word.ParamOp operator(char c, char next) {
        return switch (c) {
            case '-' -> Word.ParamOp.DEFAULT;
            case '=' -> Word.ParamOp.ASSIGN;
            case '?' -> Word.ParamOp.ERROR;
            case '+' -> Word.ParamOp.ALTERNATE;
            case '#' -> next == '#' ? Word.ParamOp.LONG_PREFIX : Word.ParamOp.SHORT_PREFIX;
            case '%' -> next == '%' ? Word.ParamOp.LONG_SUFFIX : Word.ParamOp.SHORT_SUFFIX;
            default -> null;
        };
    }

    /** The end of a parameter name at i: an identifier, digits, or one special character. */
    private int nameEnd(int i) {
        if (i >= src.length()) {
            return i;
        }
        char c = src.charAt(i);
        int end = i;
        if (c == '_' || Character.isLetter(c) && c < 128) {
            while (end < src.length() && isNameChar(src.charAt(end))) {
                end++;
            }
        } else if (c >= '0' && c <= '9') {
            while (end < src.length() && src.charAt(end) >= '0' && src.charAt(end) <= '9') {
                end++;
            }
        } else if (SPECIAL_PARAMS.indexOf(c) >= 0) {
            end++;
        }
        return end;
    }

    /**
     * The WORD of ${NAME OP WORD}, up to the '}' that closes it (braces inside pair up). Its
     * own quotes count; inside double quotes a single quote is an ordinary character.
     */
    private Word wordUntilBrace(boolean inDoubleQuotes) {
        int start = pos;
        int braces = 0;
        Parts parts = new Parts();
        while (true) {
            if (pos >= src.length()) {
                throw incomplete("unexpected EOF while looking for matching `}'", '}');
            }
            char c = src.charAt(pos);
            if (c == '}' && braces == 0) {
                pos++;
                return new Word(src.substring(start, pos - 1), parts.done());
            }
            if (c == '\'' && !inDoubleQuotes) {
                singleQuoted(parts);
            } else if (c == '"') {
                doubleQuoted(parts);
            } else if (c == '\\') {
                backslash(parts);
            } else if (c == '$') {
                dollar(parts, false);
            } else if (c == '`') {
                backquote(parts, false);
            } else {
                braces += c == '{' ? 1 : c == '}' ? -1 : 0;
                parts.add(c, false);
                pos++;
            }
        }
    }

    /** A bad ${...}: its text up to the matching '}', kept for the error message. */
    private Word.BadSubst bad(int start, boolean quoted) {
        int depth = 0;
        for (int i = start + 2; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = src.indexOf(c, i + 1);
                i = end < 0 ? src.length() : end;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth-- == 0) {
                pos = i + 1;
                return new Word.BadSubst(src.substring(start, i + 1), quoted);
            }
        }
        throw incomplete("unexpected EOF while looking for matching `}'", '}');
    }

    char peekAt(int i) {
        return i < src.length() ? src.charAt(i) : 0;
    }

    static boolean isNameChar(char c) {
        return c == '_' || c < 128 && Character.isLetterOrDigit(c);
    }

    boolean peekIs(int offset, char c) {
        return pos + offset < src.length() && src.charAt(pos + offset) == c;
    }

    static SyntaxError incomplete(String message, char awaiting) {
        return new SyntaxError(message, null, true, awaiting);
    }

    /** Collects a word's parts, merging adjacent literal characters of the same quoting. */
    static final class Parts {
        private final List<Word.Part> parts = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean quoted;
        /** How many characters and parts have been added so far. */
        long added;

        void add(char c, boolean q) {
            if (q != quoted) {
                flush();
                quoted = q;
            }
            text.append(c);
            added++;
        }

        void add(String s, boolean q) {
            flush();
            parts.add(new Word.Literal(s, q));
            added++;
        }

        void add(Word.Part p) {
            flush();
            parts.add(p);
            added++;
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
