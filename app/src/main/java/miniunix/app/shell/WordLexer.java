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
    /** The number of the text's first line (the line numbers commands record, $LINENO). */
    final int firstLine;
    /**
     * shopt extglob when the text is read: ?( *( +( @( !( open a group that is part of the
     * word; off (bash's default), the '(' is an operator, so {@code echo @(a)} is a syntax
     * error. The parser turns it on for the word after == = != in [[ ]], as bash 5.2 does.
     */
    boolean extglob;
    /** {@link #lineAt}'s place: the line of position countedTo, counted so far from the start. */
    int countedTo;
    int countedLine;

    WordLexer(String src, boolean atEof, int pos, int[] nesting, int firstLine) {
        this.src = src;
        this.atEof = atEof;
        this.pos = pos;
        this.nesting = nesting;
        this.firstLine = firstLine;
        this.countedLine = firstLine;
    }

    /**
     * The line position p of the text is on: newlines are counted on from the last position
     * asked (positions only grow as the parser reads on), so a text costs one pass.
     */
    int lineAt(int p) {
        p = Math.min(p, src.length());
        if (p < countedTo) {
            countedTo = 0;
            countedLine = firstLine;
        }
        for (int i = countedTo; i < p; i++) {
            if (src.charAt(i) == '\n') {
                countedLine++;
            }
        }
        countedTo = p;
        return countedLine;
    }

    /** A nested lexer of the same text starts counting lines where this one is. */
    <L extends WordLexer> L countedAs(L inner) {
        inner.countedTo = countedTo;
        inner.countedLine = countedLine;
        return inner;
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
        return Token.word(word(false, false));
    }

    /** The word after {@code =~} in {@code [[ ]]}: see {@link Lexer#regexNext}. */
    Token regexWord() {
        return Token.word(word(true, false));
    }

    /**
     * A word. NAME[...] keeps its blanks ({@code a[i + 1]=x} is one word, as in bash) when a
     * ']' closes it on the line; so does [...] at the start of an element of (...) (element).
     * A word NAME=( or NAME+=( goes on with the elements of a compound assignment, up to ')'.
     * After =~ (regex), parentheses group and keep blanks and bars. An extglob group, ?( *(
     * +( @( or !( up to its ')', is part of the word, bars and parentheses in it included.
     */
    private Word word(boolean regex, boolean element) {
        int start = pos;
        Parts parts = new Parts();
        int groups = 0;
        int brackets = 0;
        int extGroups = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (regex && (c == '(' || c == '|' || groups > 0 && (c == ')' || isBreak(c)))) {
                groups += c == '(' ? 1 : c == ')' ? -1 : 0;
                parts.add(c, false);
                pos++;
                continue;
            }
            if (!regex && (extGroups > 0 && (c == '(' || c == ')' || c == '|')
                    || extglob && "?*+@!".indexOf(c) >= 0 && peekAt(pos + 1) == '(')) {
                if (c != '(' && c != ')' && c != '|') {
                    parts.add(c, false);        // the group's operator, then its '('
                    pos++;
                }
                char d = src.charAt(pos);
                extGroups += d == '(' ? 1 : d == ')' ? -1 : 0;
                parts.add(d, false);
                pos++;
                continue;
            }
            if (isBreak(c) && !(brackets > 0 && (c == ' ' || c == '\t')) && !atProcSubst()) {
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
                    if (c == '[' && (brackets > 0 || opensSubscript(start, element) && closesBracket(pos + 1))) {
                        brackets++;
                    } else if (c == ']' && brackets > 0) {
                        brackets--;
                    }
                    parts.add(c, false);
                    pos++;
                }
            }
        }
        if (groups > 0 || extGroups > 0) {
            throw incomplete("unexpected EOF while looking for matching `)'", ')');
        }
        if (!element && !regex && pos < src.length() && src.charAt(pos) == '('
                && isCompoundStart(src.substring(start, pos))) {
            parts.add(compound());
        }
        return new Word(src.substring(start, pos), parts.done());
    }

    /** Whether a '[' here starts a subscript: the word so far is a NAME (or empty, for an element). */
    private boolean opensSubscript(int start, boolean element) {
        return pos == start ? element : Variables.isName(src.substring(start, pos));
    }

    /** Whether a ']' closes the bracket opened before from, on the same line (quotes skipped). */
    private boolean closesBracket(int from) {
        int depth = 0;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\n') {
                return false;
            } else if (c == '\\') {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = src.indexOf(c, i + 1);
                if (end < 0) {
                    return false;
                }
                i = end;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && depth-- == 0) {
                return true;
            }
        }
        return false;
    }

    /** NAME= or NAME+=, unquoted: what a compound assignment's '(' may follow. */
    private static boolean isCompoundStart(String text) {
        int end = text.endsWith("+=") ? text.length() - 2 : text.length() - 1;
        return end > 0 && text.charAt(text.length() - 1) == '=' && Variables.isName(text.substring(0, end));
    }

    /**
     * (ELEMENT...) after NAME=: words separated by blanks, newlines and comments, each VALUE
     * or [KEY]=VALUE, up to the ')'. Another operator inside is a syntax error.
     */
    private Word.Compound compound() {
        pos++;
        enter("compound assignment");
        List<Word.Element> elements = new ArrayList<>();
        while (true) {
            while (pos < src.length() && " \t\n".indexOf(src.charAt(pos)) >= 0
                    || pos < src.length() && src.charAt(pos) == '\\' && peekIs(1, '\n')) {
                pos += src.charAt(pos) == '\\' ? 2 : 1;
            }
            if (pos < src.length() && src.charAt(pos) == '#') {
                int nl = src.indexOf('\n', pos);
                pos = nl < 0 ? src.length() : nl;
                continue;
            }
            if (pos >= src.length()) {
                throw incomplete("unexpected EOF while looking for matching `)'", ')');
            }
            char c = src.charAt(pos);
            if (c == ')') {
                pos++;
                break;
            }
            if (isBreak(c)) {
                String op = c == ';' && peekIs(1, ';') ? ";;" : c == '&' && peekIs(1, '&') ? "&&"
                        : c == '|' && peekIs(1, '|') ? "||" : String.valueOf(c);
                throw new SyntaxError("syntax error near unexpected token `" + op + "'", null, false, (char) 0);
            }
            elements.add(element(word(false, true)));
        }
        leave();
        return new Word.Compound(elements, false);
    }

    /** [KEY]=VALUE or VALUE. */
    private static Word.Element element(Word w) {
        Subscript s = w.parts().get(0) instanceof Word.Literal l && !l.quoted() && l.text().startsWith("[")
                ? subscript(w, 0) : null;
        return s == null || s.append() ? new Word.Element(null, w) : new Word.Element(s.index(), s.value());
    }

    /** [INDEX]=VALUE (append: [INDEX]+=VALUE), cut out of a word. */
    record Subscript(Word index, boolean append, Word value) {
    }

    /**
     * The [INDEX]=VALUE or [INDEX]+=VALUE of w whose '[' is at offset open of its first part (an
     * unquoted literal), or null when w has no such shape: the ']' that closes it must be
     * followed by an unquoted = or +=.
     */
    static Subscript subscript(Word w, int open) {
        List<Word.Part> ps = w.parts();
        Parts index = new Parts();
        int depth = 0;
        for (int i = 0; i < ps.size(); i++) {
            if (!(ps.get(i) instanceof Word.Literal l) || l.quoted()) {
                index.add(ps.get(i));
                continue;
            }
            String t = l.text();
            for (int j = i == 0 ? open + 1 : 0; j < t.length(); j++) {
                char c = t.charAt(j);
                if (c == ']' && depth == 0) {
                    return assignmentAfter(w, i, j + 1, index.done());
                }
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
                index.add(c, false);
            }
        }
        return null;
    }

    /** After the ']' at part i, offset j: = or += and the value, or null. */
    private static Subscript assignmentAfter(Word w, int i, int j, List<Word.Part> index) {
        List<Word.Part> ps = w.parts();
        String t = ((Word.Literal) ps.get(i)).text().substring(j);
        if (t.isEmpty() && i + 1 < ps.size() && ps.get(i + 1) instanceof Word.Literal n && !n.quoted()) {
            i++;
            t = n.text();
        }
        boolean append = t.startsWith("+=");
        if (!append && !t.startsWith("=")) {
            return null;
        }
        List<Word.Part> value = new ArrayList<>();
        String rest = t.substring(append ? 2 : 1);
        if (!rest.isEmpty()) {
            value.add(new Word.Literal(rest, false));
        }
        value.addAll(ps.subList(i + 1, ps.size()));
        String raw = w.text();
        int eq = rawClose(raw, raw.indexOf('['));
        String indexText = eq < 0 ? "" : raw.substring(raw.indexOf('[') + 1, eq);
        String valueText = eq < 0 ? "" : raw.substring(Math.min(raw.length(), eq + (append ? 3 : 2)));
        return new Subscript(new Word(indexText, index), append, new Word(valueText, value));
    }

    /** Where the ']' matching the '[' at open is in raw text (quotes and backslashes skipped), or -1. */
    static int rawClose(String raw, int open) {
        int depth = 0;
        for (int i = open + 1; open >= 0 && i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = raw.indexOf(c, i + 1);
                i = end < 0 ? raw.length() : end;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && depth-- == 0) {
                return i;
            }
        }
        return -1;
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
            throw incomplete("unexpected EOF while looking for matching `''", '\'').at(lineAt(pos));
        }
        parts.add(src.substring(pos + 1, end), true);
        pos = end + 1;
    }

    /** "...": an empty pair still makes a field, so it leaves an empty quoted literal. */
    private void doubleQuoted(Parts parts) {
        int start = pos++;
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
            throw incomplete("unexpected EOF while looking for matching `\"'", '"').at(lineAt(start));
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
                throw incomplete("unexpected EOF while looking for matching `''", '\'').at(lineAt(pos));
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
                throw incomplete("unexpected EOF while looking for matching ``'", '`').at(lineAt(pos));
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
     * ${NAME}, ${#NAME}, ${!NAME}, ${!PREFIX*}, ${NAME OP WORD} (OP one of :- - := = :? ? :+ +
     * # ## % %% ^ ^^ , ,, ~ ~~), ${NAME:OFFSET[:LENGTH]}, ${NAME/PATTERN[/STRING]} (/ // /# /%),
     * ${NAME@OP}; anything else up to the matching '}' is a {@link Word.BadSubst}, an error
     * only when expanded, as bash's "bad substitution".
     */
    private Word.Part braced(boolean quoted) {
        int start = pos;
        int i = pos + 2;
        boolean keys = src.charAt(i) == '!' && nameEnd(i + 1) > i + 1 && peekAt(nameEnd(i + 1)) == '['
                && allIndex(nameEnd(i + 1));       // ${!NAME[@]}; ${!NAME[1]} is an indirection
        if (keys || i + 1 < src.length() && src.charAt(i) == '#' && src.charAt(i + 1) != '}') {
            // ${#NAME}, ${#NAME[INDEX]}, ${!NAME[@]}, ${!NAME[*]}
            int end = nameEnd(i + 1);
            String name = src.substring(i + 1, end);
            Word index = end > i + 1 && peekAt(end) == '[' && Variables.isName(name) ? index(end) : null;
            end = index == null ? end : pos;
            if (end == i + 1 || end >= src.length() || src.charAt(end) != '}'
                    || keys && (index == null || !isAll(index))) {
                return bad(start, quoted);
            }
            pos = end + 1;
            return new Word.ParamExp(name, index, keys ? Word.ParamOp.KEYS : Word.ParamOp.LENGTH, false,
                    new Word("", List.of()), quoted);
        }
        boolean indirect = peekAt(i) == '!' && peekAt(i + 1) != '}';
        if (indirect) {
            i++;
        }
        int end = nameEnd(i);
        if (end == i || end >= src.length()) {
            return bad(start, quoted);
        }
        String name = src.substring(i, end);
        Word index = null;
        if (src.charAt(end) == '[') {
            index = Variables.isName(name) ? index(end) : null;
            if (index == null || pos >= src.length()) {
                return bad(start, quoted);
            }
            end = pos;
        }
        char c = src.charAt(end);
        if (c == '}') {
            pos = end + 1;
            return indirect || index != null
                    ? new Word.ParamExp(name, index, indirect, Word.ParamOp.PLAIN, false, new Word("", List.of()), null, quoted)
                    : new Word.Param(name, quoted);
        }
        if (indirect && index == null && (c == '*' || c == '@') && peekAt(end + 1) == '}' && Variables.isName(name)) {
            pos = end + 2;
            return new Word.ParamExp(name, false, Word.ParamOp.NAMES, false,
                    new Word(String.valueOf(c), List.of()), null, quoted);
        }
        boolean colon = c == ':';
        int at = colon ? end + 1 : end;
        if (colon && at < src.length() && "-=?+}".indexOf(src.charAt(at)) < 0) {
            return twoWords(name, index, indirect, Word.ParamOp.SUBSTRING, at, ':', quoted);
        }
        Word.ParamOp op = at < src.length() ? operator(src.charAt(at), peekAt(at + 1)) : null;
        if (op == null || colon && !op.takesColon) {
            return bad(start, quoted);
        }
        if (op == Word.ParamOp.REPLACE) {
            char kind = peekAt(at + 1);
            op = kind == '/' ? Word.ParamOp.REPLACE_ALL : kind == '#' ? Word.ParamOp.REPLACE_PREFIX
                    : kind == '%' ? Word.ParamOp.REPLACE_SUFFIX : op;
            return twoWords(name, index, indirect, op, at + op.symbol.length(), '/', quoted);
        }
        pos = at + op.symbol.length();
        enter("parameter expansion");
        // A pattern's single quotes quote, even inside double quotes: "${x#'a'}" (bash).
        boolean pattern = op != Word.ParamOp.DEFAULT && op != Word.ParamOp.ASSIGN && op != Word.ParamOp.ERROR
                && op != Word.ParamOp.ALTERNATE;
        Word w = wordUntilBrace(quoted && !pattern, (char) 0);
        leave();
        return new Word.ParamExp(name, index, indirect, op, colon, w, null, quoted);
    }

    /** Whether the [...] at open is [@] or [*] followed by the closing brace. */
    private boolean allIndex(int open) {
        return open + 3 < src.length() && (src.charAt(open + 1) == '@' || src.charAt(open + 1) == '*')
                && src.charAt(open + 2) == ']' && src.charAt(open + 3) == '}';
    }

    private static boolean isAll(Word index) {
        return index.text().equals("@") || index.text().equals("*");
    }

    /**
     * INDEX of a NAME[INDEX] met at run time (the value ${!REF} or a nameref leads to) as the
     * word ${NAME[INDEX]} would have: its $ and ` expansions are done when it is used.
     */
    static Word indexWord(String text) {
        WordLexer lexer = new Lexer("[" + text + "]", true, 1);
        Word w = lexer.index(0);
        return w != null ? w : new Word(text, List.of(new Word.Literal(text, false)));
    }

    /**
     * The [INDEX] of ${NAME[INDEX]...} whose '[' is at open, as a word (expanded as in double
     * quotes, its own quotes removed); pos is left after the ']'. Null when no ']' closes it.
     */
    private Word index(int open) {
        int close = rawClose(src, open);
        if (close <= open + 1) {
            return null;        // no ']', or ${NAME[]}: bash's bad substitution
        }
        pos = open + 1;
        Parts parts = new Parts();
        while (pos < close) {
            char c = src.charAt(pos);
            switch (c) {
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
        pos = close + 1;
        return new Word(src.substring(open + 1, close), parts.done());
    }

    /**
     * ${NAME:OFFSET[:LENGTH]} and ${NAME/PATTERN[/STRING]} from at, just after the operator:
     * the first word ends at the separator sep (for ':' not one that closes a ?: of the
     * expression), the second, if there is one, at the '}'.
     */
    private Word.ParamExp twoWords(String name, Word index, boolean indirect, Word.ParamOp op, int at, char sep,
                                   boolean quoted) {
        pos = at;
        enter("parameter expansion");
        boolean literalQuotes = quoted && op == Word.ParamOp.SUBSTRING;     // "${x/'a'/'b'}" quotes
        Word first = wordUntilBrace(literalQuotes, sep);
        Word second = null;
        if (src.charAt(pos - 1) == sep) {
            second = wordUntilBrace(literalQuotes, (char) 0);
        }
        leave();
        return new Word.ParamExp(name, index, indirect, op, false, first, second, quoted);
    }

    private static Word.ParamOp operator(char c, char next) {
        return switch (c) {
            case '-' -> Word.ParamOp.DEFAULT;
            case '=' -> Word.ParamOp.ASSIGN;
            case '?' -> Word.ParamOp.ERROR;
            case '+' -> Word.ParamOp.ALTERNATE;
            case '#' -> next == '#' ? Word.ParamOp.LONG_PREFIX : Word.ParamOp.SHORT_PREFIX;
            case '%' -> next == '%' ? Word.ParamOp.LONG_SUFFIX : Word.ParamOp.SHORT_SUFFIX;
            case '/' -> Word.ParamOp.REPLACE;
            case '^' -> next == '^' ? Word.ParamOp.UPPER_ALL : Word.ParamOp.UPPER_FIRST;
            case ',' -> next == ',' ? Word.ParamOp.LOWER_ALL : Word.ParamOp.LOWER_FIRST;
            case '~' -> next == '~' ? Word.ParamOp.TOGGLE_ALL : Word.ParamOp.TOGGLE_FIRST;
            case '@' -> Word.ParamOp.TRANSFORM;
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
     * The WORD of ${NAME OP WORD}, up to the '}' that closes it (braces inside pair up), or
     * to an unquoted sep ('/' or ':', 0 for none) before it; pos is left after the one it
     * stopped at. Its own quotes count; inside double quotes a single quote is an ordinary
     * character.
     */
    private Word wordUntilBrace(boolean inDoubleQuotes, char sep) {
        int start = pos;
        int braces = 0;
        int ternaries = 0;
        Parts parts = new Parts();
        while (true) {
            if (pos >= src.length()) {
                throw incomplete("unexpected EOF while looking for matching `}'", '}');
            }
            char c = src.charAt(pos);
            if (c == '}' && braces == 0 || c == sep && braces == 0 && (c != ':' || ternaries-- == 0)) {
                pos++;
                return new Word(src.substring(start, pos - 1), parts.done());
            }
            if (c == '?' && sep == ':') {
                ternaries++;
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
