package miniunix.user.lib;

/**
 * JSON output for the views (ps, top, vmstat, free, uptime --json), one convention for all:
 *
 * <ul>
 *   <li>a report is one JSON object; a view that prints frames (vmstat DELAY, free -s, top -b)
 *       prints one object per frame, one per line (JSON Lines), so a plot can read as it
 *       runs;</li>
 *   <li>keys are the tool's own column names in lower case ({@code "r"}, {@code "swpd"},
 *       {@code "%cpu"} becomes {@code "pcpu"}, as ps's own alias); a table is an array of
 *       objects under the name of what its rows are ({@code "processes"});</li>
 *   <li>numbers are JSON numbers, the same values the text shows, in the unit the options chose
 *       (named by a {@code "unit"} member: "KiB", "MiB", "B"...); percentages and load
 *       averages are decimals with the text's digits; times since boot are seconds;</li>
 *   <li>strings are RFC 8259 strings: {@code "} and {@code \} escaped, control characters as
 *       {@code \n \t} or a four-hex-digit u escape; other characters as they are.</li>
 * </ul>
 *
 * <p>Use: {@code new Json().begin().put("free", 123).beginArray("cpus")...end().line()}. A
 * writer builds one value and is not kept across traps.
 */
public final class Json {
    private final StringBuilder sb = new StringBuilder(256);
    /** Per open object or array, whether it has a member yet (bit depth-1). */
    private long nonEmpty;
    private int depth;

    /** Opens the top-level object, or an object as the next element of an open array. */
    public Json begin() {
        comma();
        return open('{');
    }

    /** Opens an object member key. */
    public Json begin(String key) {
        key(key);
        return open('{');
    }

    /** Opens an array member key. */
    public Json beginArray(String key) {
        key(key);
        return open('[');
    }

    /** Closes the innermost object. */
    public Json end() {
        return close('}');
    }

    /** Closes the innermost array. */
    public Json endArray() {
        return close(']');
    }

    public Json put(String key, long v) {
        key(key);
        sb.append(v);
        return this;
    }

    public Json put(String key, String v) {
        key(key);
        quote(v);
        return this;
    }

    public Json put(String key, boolean v) {
        key(key);
        sb.append(v);
        return this;
    }

    /** A decimal with exactly digits fraction digits (rounded half up): 0.52, 12.3. */
    public Json putFixed(String key, double v, int digits) {
        key(key);
        sb.append(fixed(v, digits));
        return this;
    }

    /**
     * A number written as the text shows it ("12.5", "-3"), so a JSON reader gets the view's
     * digits; text that is not a plain decimal number is written as a string.
     */
    public Json putDecimal(String key, String text) {
        if (!text.matches("-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?")) {
            return put(key, text);
        }
        key(key);
        sb.append(text);
        return this;
    }

    /** A decimal given as an integer of hundredths (12345 is 123.45), with no rounding. */
    public Json putCentis(String key, long centis) {
        key(key);
        centis(centis);
        return this;
    }

    /** A decimal of hundredths as the next element of an open array. */
    public Json valueCentis(long centis) {
        comma();
        centis(centis);
        return this;
    }

    private void centis(long centis) {
        long a = Math.abs(centis);
        sb.append(centis < 0 ? "-" : "").append(a / 100).append('.')
                .append(a % 100 < 10 ? "0" : "").append(a % 100);
    }

    /** A number as the next element of an open array. */
    public Json value(long v) {
        comma();
        sb.append(v);
        return this;
    }

    /** A string as the next element of an open array. */
    public Json value(String v) {
        comma();
        quote(v);
        return this;
    }

    /** The text so far (complete once every object and array is closed). */
    @Override
    public String toString() {
        return sb.toString();
    }

    /** The finished value and a newline: one line of JSON Lines. */
    public String line() {
        return sb + "\n";
    }

    /** v with exactly digits fraction digits, rounded half up, as printf's %.Nf mostly does. */
    static String fixed(double v, int digits) {
        return new java.math.BigDecimal(Double.toString(v))
                .setScale(digits, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private Json open(char c) {
        sb.append(c);
        depth++;
        nonEmpty &= ~(1L << (depth - 1));
        return this;
    }

    private Json close(char c) {
        sb.append(c);
        depth--;
        return this;
    }

    private void key(String key) {
        comma();
        quote(key);
        sb.append(':');
    }

    private void comma() {
        if (depth == 0) {
            return;
        }
        long bit = 1L << (depth - 1);
        if ((nonEmpty & bit) != 0) {
            sb.append(',');
        }
        nonEmpty |= bit;
    }

    private void quote(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
