package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One of tr's STRING operands as the array of bytes it stands for (tr.c's struct Spec_list),
 * in the C locale: escapes (\n \t \\ \NNN ...), ranges (a-z), classes ([:upper:] ...),
 * equivalence classes ([=c=], the character itself) and repeats ([c*n], and [c*] which
 * {@link #fill}s STRING2 up to the length of STRING1). Errors are tr's messages, thrown as
 * IllegalArgumentException.
 */
final class TrSet {
    private static final String[] CLASSES = {"alnum", "alpha", "blank", "cntrl", "digit",
        "graph", "lower", "print", "punct", "space", "upper", "xdigit"};

    /** The bytes in order; a [c*] fill is one FILL entry until {@link #fill}. */
    final List<Integer> bytes = new ArrayList<>();
    /** Where a [:upper:] or [:lower:] starts in {@link #bytes}: 'u' or 'l' there, else 0. */
    final List<Character> caseClass = new ArrayList<>();
    private int fillAt = -1;
    private int fillByte;
    private boolean otherClass;
    /** A backslash ended the string: tr warns that this is not portable. */
    boolean lonelyBackslash;
    private final byte[] s;
    private int i;

    private TrSet(String spec) {
        this.s = spec.getBytes(StandardCharsets.UTF_8);
    }

    /** Parses spec; set2 allows [c*] and limits the classes. */
    static TrSet parse(String spec, boolean set2) {
        TrSet t = new TrSet(spec);
        while (t.i < t.s.length) {
            if (!(t.s[t.i] == '[' && t.bracket(set2))) {
                t.charOrRange();
            }
        }
        if (set2 && t.otherClass) {
            throw new IllegalArgumentException("when translating, the only character classes"
                    + " that may appear in\nstring2 are 'upper' and 'lower'");
        }
        return t;
    }

    int size() {
        return bytes.size();
    }

    /** Expands a [c*] to make this set n long (GNU: nothing if it is long enough already). */
    void fill(int n) {
        if (fillAt >= 0) {
            List<Integer> copies = new ArrayList<>();
            for (int k = bytes.size(); k < n; k++) {
                copies.add(fillByte);
            }
            bytes.addAll(fillAt, copies);
            for (int k = 0; k < copies.size(); k++) {
                caseClass.add(fillAt, (char) 0);
            }
        }
    }

    /** A [:class:], [=c=] or [c*n] at s[i]; false if there is none (then '[' is itself). */
    private boolean bracket(boolean set2) {
        int close = indexOf(i + 2, i + 1 < s.length ? s[i + 1] : 0);
        if (i + 1 < s.length && (s[i + 1] == ':' || s[i + 1] == '=') && close > i + 2) {
            String name = new String(s, i + 2, close - i - 2, StandardCharsets.UTF_8);
            if (s[i + 1] == '=') {
                if (close != i + 3) {
                    return false;
                }
                add(s[i + 2] & 0xff);
            } else {
                addClass(name);
            }
            i = close + 2;
            return true;
        }
        return repeat(set2);
    }

    /** The index of "c]" from 'from' on, or -1. */
    private int indexOf(int from, byte c) {
        for (int k = from; k + 1 < s.length; k++) {
            if (s[k] == c && s[k + 1] == ']') {
                return k;
            }
        }
        return -1;
    }

    private void addClass(String name) {
        if (!List.of(CLASSES).contains(name)) {
            throw new IllegalArgumentException("invalid character class \u2018" + name + "\u2019");
        }
        boolean upper = name.equals("upper");
        boolean lower = name.equals("lower");
        otherClass |= !upper && !lower;
        int start = bytes.size();
        for (int c = 0; c < 256; c++) {
            if (inClass(name, c)) {
                add(c);
            }
        }
        caseClass.set(start, upper ? 'u' : lower ? 'l' : (char) 0);
    }

    /** C's isalpha() and friends in the C locale. */
    static boolean inClass(String name, int c) {
        boolean upper = c >= 'A' && c <= 'Z';
        boolean lower = c >= 'a' && c <= 'z';
        boolean digit = c >= '0' && c <= '9';
        boolean graph = c > ' ' && c < 0x7f;
        switch (name) {
            case "alnum": return upper || lower || digit;
            case "alpha": return upper || lower;
            case "blank": return c == ' ' || c == '\t';
            case "cntrl": return c < ' ' || c == 0x7f;
            case "digit": return digit;
            case "graph": return graph;
            case "lower": return lower;
            case "print": return graph || c == ' ';
            case "punct": return graph && !upper && !lower && !digit;
            case "space": return c == ' ' || c >= '\t' && c <= '\r';
            case "upper": return upper;
            default: return digit || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
        }
    }

    /** [c*n] or [c*] at s[i]; false if the bracket is not one (then '[' is itself). */
    private boolean repeat(boolean set2) {
        int save = i++;
        int c = i < s.length ? escaped() : -1;
        int close = i;
        while (c >= 0 && i < s.length && s[i] == '*' && close < s.length && s[close] != ']') {
            close++;
        }
        String count = close > i && close < s.length
                ? new String(s, i + 1, close - i - 1, StandardCharsets.UTF_8) : "x";
        if (!count.matches("[0-9]*")) {
            i = save;
            return false;
        }
        i = close + 1;
        if (count.matches("0*")) {
            fill(c, set2);
            return true;
        }
        if (count.startsWith("0") && !count.matches("[0-7]+") || count.length() > 9) {
            throw new IllegalArgumentException("invalid repeat count \u2018" + count
                    + "\u2019 in [c*n] construct");
        }
        for (int n = Integer.parseInt(count, count.startsWith("0") ? 8 : 10); n > 0; n--) {
            add(c);
        }
        return true;
    }

    /** [c*]: c as often as STRING1 needs, settled by {@link #fill(int)}. */
    private void fill(int c, boolean set2) {
        if (!set2) {
            throw new IllegalArgumentException(
                    "the [c*] repeat construct may not appear in string1");
        }
        if (fillAt >= 0) {
            throw new IllegalArgumentException(
                    "only one [c*] repeat construct may appear in string2");
        }
        fillAt = bytes.size();
        fillByte = c;
    }

    private void charOrRange() {
        int start = i;
        int c = escaped();
        if (i + 1 < s.length && s[i] == '-') {
            i++;
            int d = escaped();
            if (d < c) {
                throw new IllegalArgumentException("range-endpoints of '"
                        + new String(s, start, i - start, StandardCharsets.UTF_8)
                        + "' are in reverse collating sequence order");
            }
            for (int k = c; k <= d; k++) {
                add(k);
            }
            return;
        }
        add(c);
    }

    /** One character at s[i], a backslash escape or itself (unsigned). */
    private int escaped() {
        int c = s[i++] & 0xff;
        if (c != '\\' || i == s.length) {
            lonelyBackslash |= c == '\\';
            return c;
        }
        int e = s[i++] & 0xff;
        int at = "abfnrtv".indexOf(e);
        if (at >= 0) {
            return "\u0007\b\f\n\r\t\u000b".charAt(at);
        }
        if (e < '0' || e > '7') {
            return e;
        }
        int v = e - '0';
        for (int n = 1; n < 3 && i < s.length && s[i] >= '0' && s[i] <= '7'; n++) {
            int w = v * 8 + s[i] - '0';
            if (w > 0xff) {
                break;
            }
            v = w;
            i++;
        }
        return v;
    }

    private void add(int c) {
        bytes.add(c);
        caseClass.add((char) 0);
    }
}
