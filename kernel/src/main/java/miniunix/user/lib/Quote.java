package miniunix.user.lib;

/**
 * How coreutils 9.1 quote names in messages, in a UTF-8 locale (gnulib quotearg):
 * {@link #quote} for operands ({@code extra operand ‘c’}) and {@link #shell} for file names
 * ({@code cannot stat 'x'}, which quotes only a name the shell would need quoted: quotef).
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
}
