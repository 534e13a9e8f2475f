package miniunix.lab;

import java.util.List;

/**
 * A minimal JSON writer for the experiments' one-object output: objects, arrays, strings,
 * integers, booleans, null and unrounded doubles, with no spaces, keys in the order written.
 * Commas are placed automatically; {@link #key} must precede each value inside an object.
 */
public final class Json {
    private static final int MAX_DEPTH = 64;

    private final StringBuilder sb = new StringBuilder();
    /** Per nesting level: whether a value has been written at that level yet. */
    private final boolean[] started = new boolean[MAX_DEPTH];
    private int depth;
    /** A key was just written: the next value follows it without a comma. */
    private boolean afterKey;

    public Json beginObject() {
        return open('{');
    }

    public Json endObject() {
        return close('}');
    }

    public Json beginArray() {
        return open('[');
    }

    public Json endArray() {
        return close(']');
    }

    public Json key(String k) {
        separate();
        string(k);
        sb.append(':');
        afterKey = true;
        return this;
    }

    public Json value(long n) {
        separate();
        sb.append(n);
        return this;
    }

    /** An unrounded number: Java's shortest round-trip form, always with a fraction (5.0). */
    public Json value(double d) {
        separate();
        sb.append(Double.toString(d));
        return this;
    }

    public Json value(boolean b) {
        separate();
        sb.append(b);
        return this;
    }

    public Json value(String s) {
        separate();
        if (s == null) {
            sb.append("null");
        } else {
            string(s);
        }
        return this;
    }

    /** An array of strings. */
    public Json strings(List<String> items) {
        beginArray();
        for (String s : items) {
            value(s);
        }
        return endArray();
    }

    /** An array of integers. */
    public Json longs(long[] items) {
        beginArray();
        for (long n : items) {
            value(n);
        }
        return endArray();
    }

    /** The text, with a final newline. */
    @Override
    public String toString() {
        return sb + "\n";
    }

    private Json open(char c) {
        separate();
        sb.append(c);
        started[++depth] = false;
        return this;
    }

    private Json close(char c) {
        sb.append(c);
        depth--;
        return this;
    }

    private void separate() {
        if (afterKey) {
            afterKey = false;
            return;
        }
        if (started[depth]) {
            sb.append(',');
        }
        started[depth] = true;
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
