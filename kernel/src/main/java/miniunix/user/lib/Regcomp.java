package miniunix.user.lib;

/**
 * regcomp(3) for a Java regex engine: a POSIX basic (BRE) or extended (ERE) regular
 * expression, with GNU's extensions, rewritten as a java.util.regex pattern that matches the
 * same lines. What differs between the two syntaxes and Java's is all in the rewriting:
 * <ul>
 *   <li>BRE: {@code \( \) \{ \} \| \+ \?} are the operators and {@code ( ) { } | + ?} plain
 *       characters; {@code *} at the start (or after {@code \(}, {@code \|} or {@code ^}) is
 *       plain, {@code ^} is an anchor only at the start and {@code $} only at the end.</li>
 *   <li>ERE: the operators unescaped; a {@code {} that starts no interval is plain, and a
 *       {@code * + ?} at the start is dropped with GNU grep's warning.</li>
 *   <li>Both: bracket expressions with POSIX classes ({@code [[:digit:]]}), equivalence and
 *       collating elements, a leading {@code ]} as a member and backslash as a plain member;
 *       {@code \< \> \b \B \w \W \s \S} and back-references {@code \1..\9}; {@code {,n}}.</li>
 * </ul>
 * Errors are regcomp's messages as GNU grep prints them ("Unmatched ( or \(", "Trailing
 * backslash" ...). Simplified: the C locale (bytes as Latin-1 characters or UTF-8 text, with
 * ASCII classes).
 */
public final class Regcomp {
    /** A pattern regcomp refuses; the message is GNU's, ready to follow "grep: ". */
    public static final class BadRegex extends RuntimeException {
        public BadRegex(String message) {
            super(message, null, false, false);
        }
    }

    private static final String WORD = "[\\p{Alnum}_]";

    private final String re;
    private final boolean extended;
    /** What the anchor $ becomes: "$" for lines, "\\z" for a whole string. */
    private String endAnchor = "$";
    private final StringBuilder out = new StringBuilder();
    /** GNU grep's "warning: * at start of expression" lines, if any. */
    private final StringBuilder warnings = new StringBuilder();
    private int i;
    private int depth;
    /** True where a BRE's '*' is plain and where an ERE's quantifier has nothing to repeat. */
    private boolean atStart = true;
    /** True right after a quantifier was written (a second one is redundant). */
    private boolean afterQuantifier;

    private Regcomp(String re, boolean extended) {
        this.re = re;
        this.extended = extended;
    }

    /** The Java pattern for re; throws BadRegex. */
    public static String translate(String re, boolean extended) {
        return compile(re, extended)[0];
    }

    /**
     * The Java pattern for an extended re matched against a whole string that may hold
     * newlines, as regexec(3) without REG_NEWLINE matches it (bash's =~): $ only at the very
     * end (Java's $ also matches before a final newline); compile it with DOTALL, so '.'
     * matches a newline too. A quantifier with nothing to repeat ({@code *a}) is an error
     * here, as glibc's regcomp makes it (GNU grep drops it with a warning instead).
     */
    public static String translateString(String re) {
        Regcomp r = new Regcomp(re, true);
        r.endAnchor = "\\z";
        r.run();
        if (r.warnings.length() > 0) {
            throw new BadRegex("Invalid preceding regular expression");
        }
        return r.out.toString();
    }

    /** The Java pattern for re and the warnings GNU grep prints for it (possibly ""). */
    public static String[] compile(String re, boolean extended) {
        Regcomp r = new Regcomp(re, extended);
        r.run();
        return new String[] {r.out.toString(), r.warnings.toString()};
    }

    private void run() {
        while (i < re.length()) {
            char c = re.charAt(i++);
            if (c == '\\') {
                escape();
            } else if (c == '[') {
                bracket();
                atom();
            } else if (c == '.') {
                out.append('.');
                atom();
            } else if (c == '*') {
                star();
            } else if (c == '^') {
                if (extended || atStart) {
                    out.append('^');
                } else {
                    literal(c);
                    atom();
                }
            } else if (c == '$') {
                if (extended || i == re.length() || re.startsWith("\\)", i) || re.startsWith("\\|", i)) {
                    out.append(endAnchor);
                    atStart = false;
                    afterQuantifier = false;
                } else {
                    literal(c);
                    atom();
                }
            } else if (extended && (c == '+' || c == '?')) {
                quantifier(String.valueOf(c));
            } else if (extended && c == '{') {
                interval(false);
            } else if (extended && c == '(') {
                open();
            } else if (extended && c == ')') {
                if (depth == 0) {
                    literal(c);
                    atom();
                } else {
                    close();
                }
            } else if (extended && c == '|') {
                alternate();
            } else {
                literal(c);
                atom();
            }
        }
        if (depth > 0) {
            throw new BadRegex("Unmatched ( or \\(");
        }
    }

    private void atom() {
        atStart = false;
        afterQuantifier = false;
    }

    private void escape() {
        if (i == re.length()) {
            throw new BadRegex("Trailing backslash");
        }
        char c = re.charAt(i++);
        if (!extended) {
            switch (c) {
                case '(' -> {
                    open();
                    return;
                }
                case ')' -> {
                    if (depth == 0) {
                        throw new BadRegex("Unmatched ) or \\)");
                    }
                    close();
                    return;
                }
                case '|' -> {
                    alternate();
                    return;
                }
                case '{' -> {
                    interval(true);
                    return;
                }
                case '+', '?' -> {
                    quantifier(String.valueOf(c));
                    return;
                }
                default -> {
                }
            }
        }
        switch (c) {
            case '<' -> out.append("\\b(?=").append(WORD).append(')');
            case '>' -> out.append("\\b(?<=").append(WORD).append(')');
            case 'b' -> out.append("\\b");
            case 'B' -> out.append("\\B");
            case 'w' -> {
                out.append(WORD);
                atom();
            }
            case 'W' -> {
                out.append("[^\\p{Alnum}_]");
                atom();
            }
            case 's' -> {
                out.append("\\s");
                atom();
            }
            case 'S' -> {
                out.append("\\S");
                atom();
            }
            default -> {
                if (c >= '1' && c <= '9') {
                    out.append('\\').append(c);
                } else {
                    literal(c);
                }
                atom();
            }
        }
    }

    private void star() {
        if (atStart) {
            if (extended) {
                warnings.append("warning: * at start of expression\n");
            } else {
                literal('*');
                atom();
            }
            return;
        }
        quantifier("*");
    }

    private void quantifier(String q) {
        if (atStart) {
            if (extended) {
                warnings.append("warning: ").append(q).append(" at start of expression\n");
            } else {
                literal(q.charAt(0));
                atom();
            }
            return;
        }
        if (!afterQuantifier) {
            out.append(q);
        }
        afterQuantifier = true;
    }

    /** An interval after its '{' (BRE: "\{m,n\}"); an ERE '{' starting none is plain. */
    private void interval(boolean bre) {
        int start = i;
        int j = i;
        while (j < re.length() && Character.isDigit(re.charAt(j))) {
            j++;
        }
        String min = re.substring(start, j);
        String max = null;
        if (j < re.length() && re.charAt(j) == ',') {
            int k = ++j;
            while (j < re.length() && Character.isDigit(re.charAt(j))) {
                j++;
            }
            max = re.substring(k, j);
        }
        String end = bre ? "\\}" : "}";
        boolean closed = re.startsWith(end, j);
        if (!closed || min.isEmpty() && max == null) {
            if (!bre) {
                literal('{');
                atom();
                return;
            }
            if (!re.substring(j).contains("\\}")) {
                throw new BadRegex("Unmatched \\{");
            }
            throw new BadRegex("Invalid content of \\{\\}");
        }
        if (max != null && !max.isEmpty() && !min.isEmpty()
                && Long.parseLong(max) < Long.parseLong(min)) {
            throw new BadRegex("Invalid content of \\{\\}");
        }
        i = j + end.length();
        if (atStart) {
            if (!bre) {
                warnings.append("warning: {...} at start of expression\n");
                return;
            }
            throw new BadRegex("Invalid preceding regular expression");
        }
        if (!afterQuantifier) {
            out.append('{').append(min.isEmpty() ? "0" : min);
            if (max != null) {
                out.append(',').append(max);
            }
            out.append('}');
        }
        afterQuantifier = true;
    }

    private void open() {
        out.append('(');
        depth++;
        atStart = true;
        afterQuantifier = false;
    }

    private void close() {
        out.append(')');
        depth--;
        atom();
    }

    private void alternate() {
        out.append('|');
        atStart = true;
        afterQuantifier = false;
    }

    /** A character matched as itself. */
    private void literal(char c) {
        if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) {
            out.append('\\');
        }
        out.append(c);
    }

    /** A bracket expression after its '[', as a Java character class. */
    private void bracket() {
        StringBuilder cls = new StringBuilder("[");
        if (i < re.length() && re.charAt(i) == '^') {
            cls.append('^');
            i++;
        }
        if (i == re.length()) {
            throw new BadRegex("Invalid regular expression");
        }
        boolean first = true;
        while (true) {
            if (i >= re.length()) {
                throw new BadRegex("Unmatched [, [^, [:, [., or [=");
            }
            char c = re.charAt(i);
            if (c == ']' && !first) {
                i++;
                break;
            }
            first = false;
            if (c == '[' && i + 1 < re.length() && ":=.".indexOf(re.charAt(i + 1)) >= 0) {
                char kind = re.charAt(i + 1);
                int end = re.indexOf(kind + "]", i + 2);
                if (end < 0) {
                    throw new BadRegex("Unmatched [, [^, [:, [., or [=");
                }
                String name = re.substring(i + 2, end);
                i = end + 2;
                if (kind == ':') {
                    cls.append(posixClass(name));
                    continue;
                }
                if (name.length() != 1) {
                    throw new BadRegex("Invalid collation character");
                }
                cls.append(member(name.charAt(0)));
                continue;
            }
            i++;
            if (i + 1 < re.length() && re.charAt(i) == '-' && re.charAt(i + 1) != ']') {
                char hi = re.charAt(i + 1);
                if (hi < c) {
                    throw new BadRegex("Invalid range end");
                }
                cls.append(member(c)).append('-').append(member(hi));
                i += 2;
                continue;
            }
            cls.append(member(c));
        }
        out.append(cls).append(']');
    }

    private static String member(char c) {
        return "\\[]&^-".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
    }

    private static String posixClass(String name) {
        return switch (name) {
            case "alpha" -> "\\p{Alpha}";
            case "digit" -> "\\p{Digit}";
            case "alnum" -> "\\p{Alnum}";
            case "upper" -> "\\p{Upper}";
            case "lower" -> "\\p{Lower}";
            case "space" -> "\\p{Space}";
            case "blank" -> "\\p{Blank}";
            case "punct" -> "\\p{Punct}";
            case "print" -> "\\p{Print}";
            case "graph" -> "\\p{Graph}";
            case "cntrl" -> "\\p{Cntrl}";
            case "xdigit" -> "\\p{XDigit}";
            default -> throw new BadRegex("Invalid character class name");
        };
    }
}
