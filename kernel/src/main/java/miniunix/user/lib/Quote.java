package miniunix.user.lib;

/**
 * How coreutils 9.1 quote names in messages, in a UTF-8 locale (gnulib quotearg):
 * {@link #quote} for operands ({@code extra operand ‘c’}) and {@link #shell} for file names
 * ({@code cannot stat 'x'}, which quotes only a name the shell would need quoted: quotef);
 * and bash's $'...' ({@link #ansiC}), for the shell and its printf %q.
 */
public final class Quote {
    private static final String SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "0123456789_./+-:,@%=^";

    private Quote() {
    }

    /** ‘s’: locale_quoting_style with UTF-8 quotation marks. */
    public static String quote(String s) {
        return "\u2018" + s + "\u2019";
    }

    /** 's' (shell_escape_quoting_style, always quoted): quoteaf in {@code cannot stat 'x'}. */
    public static String always(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** s as it is when the shell would take it as one word, else quoted: quotef. */
    public static String shell(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x80 && SAFE.indexOf(s.charAt(i)) < 0) {
                return always(s);
            }
        }
        return s.isEmpty() ? "''" : s;
    }

    /**
     * $'...' with C's escapes (\n, \t, \E, \\, \', and \NNN octal for other controls), as
     * bash quotes a value holding control characters (ansic_quote).
     */
    public static String ansiC(String v) {
        StringBuilder sb = new StringBuilder("$'");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case 0x0b -> sb.append("\\v");
                case '\f' -> sb.append("\\f");
                case 0x1b -> sb.append("\\E");
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                default -> {
                    if (c < ' ' || c == 0x7f) {
                        sb.append('\\').append(Integer.toOctalString(0x200 | c).substring(1));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('\'').toString();
    }
}
