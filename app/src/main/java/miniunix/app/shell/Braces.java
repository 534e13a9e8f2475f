package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Brace expansion, bash 5.2's first expansion ({@code a{b,c}d} is {@code abd acd},
 * {@code {1..10..3}} is {@code 1 4 7 10}): done on a word as parsed, before the others, so
 * {@code {a,$x}} makes the words {@code a} and {@code $x}, each expanded afterwards.
 *
 * <p>Only unquoted literal text takes part. The word is read as a sequence of symbols: each
 * unquoted character is one, and every other part (quoted or escaped text, $x, ${...}, $(...),
 * $((...))) is one opaque symbol, as bash's brace_gobbler passes over quotes, backslashes,
 * ${...} and $(...) in the word's text. So {@code "{a,b}"}, {@code \{a,b\}} and {@code ${x}} are
 * not expanded, and a brace inside $(...) is the inner shell's.
 *
 * <p>bash's rules, kept: a {@code {} opens an expansion only if a matching {@code }} closes it
 * with a comma or a {@code ..} at its level (a {@code }} before that is text: {@code {a}b,c}} is
 * {@code a}b c}); a {@code {} at the start of the text followed by {@code }} is text
 * ({@code {}}); the alternatives are split at the commas of their own level, each expanded in
 * turn; the rest of the word after the {@code }} is expanded too, and the words multiply in order
 * ({@code {1..2}{a,b}} is {@code 1a 1b 2a 2b}). A sequence is {@code {X..Y[..INCR]}} of two
 * integers (zero-padded to the wider end when one is written with a leading 0) or two ASCII
 * letters; the increment's sign is ignored. Anything else, an invalid sequence included, is
 * left as typed.
 *
 * <p>Linux: bash's braces.c (brace_expand, brace_gobbler, expand_amble, expand_seqterm).
 * Simplified: a word that would make more than {@link #MAX_WORDS} words is left as it is, with
 * bash's allocation-failure message, where bash's limit is memory.
 */
final class Braces {
    /** The most words one word may expand to; more is reported as bash reports a failed allocation. */
    static final int MAX_WORDS = 1 << 20;
    /** Deepest nesting of expanding braces; deeper is left as it is (Java's stack is the limit). */
    private static final int MAX_DEPTH = 1000;
    /** The symbol a backslash from a letter sequence ({Z..a}) becomes: bash's quote removal empties it. */
    private static final int BACKSLASH = 0x10000;

    /**
     * What a word expands to: its words in order, or null when nothing in it expands (the word
     * stays as it is); warning: bash's message for an expansion too big to make, or null.
     */
    record Result(List<Word> words, String warning) {
    }

    /** The words would be too many: the word is left as it is. */
    private static final class TooMany extends Exception {
        TooMany(String message) {
            super(message, null, false, false);
        }
    }

    private final List<Word.Part> atoms = new ArrayList<>();
    private int depth;
    /** A sequence too long to make, left as it is (bash's allocation failure). */
    private String warning;

    private Braces() {
    }

    /** Whether the parts have an unquoted '{' at all: only such a word is looked at when it runs. */
    static boolean candidate(List<Word.Part> parts) {
        for (Word.Part p : parts) {
            if (p instanceof Word.Literal l && !l.quoted() && l.text().indexOf('{') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Brace expansion of w. */
    static Result expand(Word w) {
        Braces b = new Braces();
        int[] symbols = b.symbols(w);
        List<int[]> out;
        try {
            out = b.text(symbols);
        } catch (TooMany e) {
            return new Result(null, e.getMessage());
        }
        if (out == null) {
            return new Result(null, b.warning);
        }
        List<Word> words = new ArrayList<>(out.size());
        for (int[] s : out) {
            words.add(b.word(w.text(), s));
        }
        return new Result(words, b.warning);
    }

    /** The word's symbols: a character (>= 0) per unquoted character, -(i + 1) for atom i. */
    private int[] symbols(Word w) {
        int n = 0;
        for (Word.Part p : w.parts()) {
            n += p instanceof Word.Literal l && !l.quoted() ? l.text().length() : 1;
        }
        int[] s = new int[n];
        int k = 0;
        for (Word.Part p : w.parts()) {
            if (p instanceof Word.Literal l && !l.quoted()) {
                for (int i = 0; i < l.text().length(); i++) {
                    s[k++] = l.text().charAt(i);
                }
            } else {
                atoms.add(p);
                s[k++] = -atoms.size();
            }
        }
        return s;
    }

    /** A word of symbols s: runs of characters as unquoted literals, atoms as they were. */
    private Word word(String text, int[] s) {
        List<Word.Part> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int c : s) {
            if (c >= 0 && c != BACKSLASH) {
                sb.append((char) c);
                continue;
            }
            if (sb.length() > 0) {
                parts.add(new Word.Literal(sb.toString(), false));
                sb.setLength(0);
            }
            parts.add(c == BACKSLASH ? new Word.Literal("", true) : atoms.get(-c - 1));
        }
        if (sb.length() > 0) {
            parts.add(new Word.Literal(sb.toString(), false));
        }
        return new Word(text, parts);
    }

    /**
     * brace_expand: the expansions of s, or null when nothing in it expands. The preamble
     * before the first brace that opens an expansion, times its alternatives, times the
     * expansions of the rest.
     */
    private List<int[]> text(int[] s) throws TooMany {
        if (++depth > MAX_DEPTH) {
            depth--;
            return null;
        }
        try {
            List<int[]> result = null;
            int[] rest = s;
            while (true) {
                int open = opening(rest);
                if (open < 0) {
                    return result == null ? null : product(result, List.of(rest));
                }
                int close = gobble(rest, open + 1, '}');
                int[] amble = slice(rest, open + 1, close);
                List<int[]> tack = hasComma(amble) ? amble(amble) : sequence(amble);
                if (tack == null && close + 1 == rest.length) {
                    return result == null ? null : product(result, List.of(rest));
                }
                if (tack == null) {
                    tack = List.of(slice(rest, open, close + 1));   // {bad..seq} is text; go on after it
                }
                List<int[]> head = product(List.of(slice(rest, 0, open)), tack);
                result = result == null ? head : product(result, head);
                rest = slice(rest, close + 1, rest.length);
                if (rest.length == 0) {
                    return result;
                }
            }
        } finally {
            depth--;
        }
    }

    /** Where the first '{' that a matching '}' closes is, or -1. */
    private static int opening(int[] s) {
        int i = 0;
        while (true) {
            int open = gobble(s, i, '{');
            if (open < 0 || gobble(s, open + 1, '}') >= 0) {
                return open;
            }
            i = open + 1;
        }
    }

    /**
     * brace_gobbler: from i, the index of the first satisfy ('{', '}' or ',') at brace level 0,
     * or -1. A '}' counts only after a comma or a ".." (not right before it) at level 0; a '{'
     * at the start followed by '}' does not count.
     */
    private static int gobble(int[] s, int i, char satisfy) {
        int level = 0;
        boolean found = satisfy != '}';
        for (; i < s.length; i++) {
            int c = s[i];
            if (c == satisfy && level == 0 && found) {
                if (c != '{' || !(i == 0 && at(s, i + 1) == '}')) {
                    return i;
                }
                continue;
            }
            if (c == '{') {
                level++;
            } else if (c == '}' && level > 0) {
                level--;
            } else if (satisfy == '}' && level == 0
                    && (c == ',' || c == '.' && at(s, i + 1) == '.' && at(s, i + 2) != '}')) {
                found = true;
            }
        }
        return -1;
    }

    private static int at(int[] s, int i) {
        return i < s.length ? s[i] : Integer.MIN_VALUE;
    }

    private static boolean hasComma(int[] s) {
        for (int c : s) {
            if (c == ',') {
                return true;
            }
        }
        return false;
    }

    /** expand_amble: the alternatives between the braces, split at their level's commas, each expanded. */
    private List<int[]> amble(int[] s) throws TooMany {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int comma = gobble(s, start, ',');
            int end = comma < 0 ? s.length : comma;
            int[] piece = slice(s, start, end);
            List<int[]> expanded = text(piece);
            if (expanded == null) {
                out.add(piece);
            } else {
                out.addAll(expanded);
            }
            check(out.size());
            if (comma < 0) {
                return out;
            }
            start = comma + 1;
        }
    }

    /**
     * expand_seqterm: {X..Y} or {X..Y..INCR} of integers or letters; null if s is no such
     * thing, or one bash would not make (too many, or a failed allocation, which sets warning).
     */
    private List<int[]> sequence(int[] s) {
        StringBuilder sb = new StringBuilder(s.length);
        for (int c : s) {
            if (c < 0) {
                return null;
            }
            sb.append((char) c);
        }
        Sequence q = Sequence.parse(sb.toString());
        long n = q == null ? -1 : q.count();
        if (n > MAX_WORDS) {
            warning = "brace expansion: failed to allocate memory for " + n + " elements";
        }
        if (n < 0 || n > MAX_WORDS) {
            return null;
        }
        List<int[]> out = new ArrayList<>((int) n);
        long v = q.first;
        for (long i = 0; i < n; i++, v += q.step) {
            out.add(q.letters ? new int[] {v == '\\' ? BACKSLASH : (int) v} : q.format(v).chars().toArray());
        }
        return out;
    }

    /**
     * A valid sequence: first, last, a step whose sign goes from first to last, letters or
     * integers, and the width integers are zero-padded to (0: none).
     */
    private record Sequence(long first, long last, long step, boolean letters, int width) {
        private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("[+-]?[0-9]+");

        /** X..Y or X..Y..INCR, as bash reads it; null when it is not a sequence. */
        static Sequence parse(String t) {
            int dots = t.indexOf("..");
            if (dots <= 0 || dots + 2 == t.length()) {
                return null;
            }
            String lhs = t.substring(0, dots);
            String rest = t.substring(dots + 2);
            int rhsEnd = rest.indexOf("..", 1);
            String rhs = rhsEnd < 0 ? rest : rest.substring(0, rhsEnd);
            long step = 1;
            if (rhsEnd >= 0) {
                String incr = rest.substring(rhsEnd + 2);
                if (!INTEGER.matcher(incr).matches() || number(incr) == null || number(incr) == Long.MIN_VALUE) {
                    return null;
                }
                step = number(incr);
            }
            if (letter(lhs) && letter(rhs)) {
                return new Sequence(lhs.charAt(0), rhs.charAt(0), step, true, 0).directed();
            }
            Long from = number(lhs);
            Long to = INTEGER.matcher(rhs).matches() ? number(rhs) : null;
            if (from == null || to == null) {
                return null;
            }
            int width = Math.max(padding(lhs), padding(rhs));
            if (width > 0) {
                width = Math.max(width, Math.max(lhs.length(), rhs.length()));
            }
            return new Sequence(from, to, step, false, width).directed();
        }

        private static boolean letter(String s) {
            return s.length() == 1 && s.charAt(0) < 128 && Character.isLetter(s.charAt(0));
        }

        /** s as a long when it is [+-]digits that fit; else null. */
        private static Long number(String s) {
            if (!INTEGER.matcher(s).matches()) {
                return null;
            }
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                return null;   // out of range: bash's strtoimax sets ERANGE
            }
        }

        /** The width an end asks for: its length when written 0N or -0N, else 0. */
        private static int padding(String s) {
            boolean padded = s.length() > 1 && s.charAt(0) == '0' || s.length() > 2 && s.startsWith("-0");
            return padded ? s.length() : 0;
        }

        /** The step made to go from first to last (0 is 1). */
        private Sequence directed() {
            long abs = step == 0 ? 1 : Math.abs(step);
            return new Sequence(first, last, first > last ? -abs : abs, letters, width);
        }

        /** How many terms; -1 when bash would not make them (the span or the count overflows). */
        long count() {
            long span;
            try {
                span = Math.abs(Math.subtractExact(last, first));
            } catch (ArithmeticException e) {
                return -1;
            }
            long n = span / Math.abs(step);
            return n > Integer.MAX_VALUE - 3 ? -1 : n + 1;
        }

        String format(long v) {
            return width == 0 ? Long.toString(v) : String.format(java.util.Locale.ROOT, "%0" + width + "d", v);
        }
    }

    /** Every a followed by every b, in order. */
    private static List<int[]> product(List<int[]> a, List<int[]> b) throws TooMany {
        check((long) a.size() * b.size());
        List<int[]> out = new ArrayList<>(a.size() * b.size());
        for (int[] x : a) {
            for (int[] y : b) {
                int[] z = new int[x.length + y.length];
                System.arraycopy(x, 0, z, 0, x.length);
                System.arraycopy(y, 0, z, x.length, y.length);
                out.add(z);
            }
        }
        return out;
    }

    private static void check(long n) throws TooMany {
        if (n > MAX_WORDS) {
            throw new TooMany("brace expansion: failed to allocate memory for " + n + " elements");
        }
    }

    private static int[] slice(int[] s, int from, int to) {
        int[] r = new int[to - from];
        System.arraycopy(s, from, r, 0, r.length);
        return r;
    }
}
