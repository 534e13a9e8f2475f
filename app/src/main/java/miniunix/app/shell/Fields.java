package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a word's expansion is collected: the fields it makes, each with the pattern that
 * pathname expansion would use for it. Text from the source is never split; the results of
 * unquoted expansions are split on blanks (space, tab, newline: bash's default IFS) when this
 * collects fields ({@code split}), and kept whole when it collects one string (an assignment's
 * value, an arithmetic expression, a ${VAR#PATTERN} pattern).
 *
 * <p>The pattern is the text with every quoted character that means something to a pattern
 * escaped by a backslash: {@code "*".txt} gives the pattern {@code \*.txt}, which matches only
 * a file named "*.txt". A field is globbed only if an unquoted *, ? or [...] is in it.
 *
 * <p>Plain data: {@link #copy} is deep.
 */
final class Fields {
    private static final String PATTERN_CHARS = "\\*?[]-!^";
    /** The unquoted characters that make a field a pattern. */
    private static final String GLOB_CHARS = "*?[";
    private static final String BLANKS_AND_GLOB_CHARS = " \t\n*?[";

    private final boolean split;
    private final ArrayList<String> texts = new ArrayList<>();
    /** Per field: its pattern, or null when it has no unquoted glob character. */
    private final ArrayList<String> patterns = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder pattern = new StringBuilder();
    /** The current field exists (something quoted, or a non-blank character, went in). */
    private boolean present;
    private boolean glob;

    Fields(boolean split) {
        this.split = split;
    }

    Fields copy() {
        Fields f = new Fields(split);
        f.texts.addAll(texts);
        f.patterns.addAll(patterns);
        f.text.append(text);
        f.pattern.append(pattern);
        f.present = present;
        f.glob = glob;
        return f;
    }

    /**
     * Text from the source (or an expansion that is not split): taken as it is, in bulk when
     * nothing in it needs escaping in the pattern (a long value appended to: s="${s}x").
     */
    void literal(String s, boolean quoted) {
        int special = quoted ? firstOf(s, PATTERN_CHARS) : firstOf(s, GLOB_CHARS);
        if (special < 0) {
            text.append(s);
            pattern.append(s);
        } else {
            for (int i = 0; i < s.length(); i++) {
                add(s.charAt(i), quoted);
            }
        }
        present |= quoted || !s.isEmpty();
    }

    /** The index of the first character of s that is one of chars, or -1. */
    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The result of an expansion: split on blanks unless quoted (or collecting a string). */
    void expansion(String s, boolean quoted) {
        if (quoted || !split) {
            literal(s, quoted);
            return;
        }
        if (firstOf(s, BLANKS_AND_GLOB_CHARS) < 0) {
            literal(s, false);      // one word, no pattern: nothing to split
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                endField();
            } else {
                add(c, false);
                present = true;
            }
        }
    }

    /**
     * $@ and $*: "$@" is one field per parameter (none when there are none), "$*" one field
     * of them all joined by spaces; unquoted, each parameter is split further.
     */
    void params(List<String> params, boolean quoted, boolean star) {
        if (!split || quoted && star) {
            if (!params.isEmpty() || quoted) {
                expansion(String.join(" ", params), quoted);
            }
            return;
        }
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                if (quoted) {
                    present = true;
                }
                endField();
            }
            expansion(params.get(i), quoted);
        }
    }

    /** Makes the current field exist even if empty: a quoted expansion with nothing in it. */
    void markPresent() {
        present = true;
    }

    private void add(char c, boolean quoted) {
        text.append(c);
        if (quoted && PATTERN_CHARS.indexOf(c) >= 0) {
            pattern.append('\\');
        }
        pattern.append(c);
        glob |= !quoted && (c == '*' || c == '?' || c == '[');
    }

    private void endField() {
        if (present) {
            texts.add(text.toString());
            String p = glob ? pattern.toString() : null;
            patterns.add(p != null && Glob.hasMeta(p) ? p : null);
        }
        text.setLength(0);
        pattern.setLength(0);
        present = false;
        glob = false;
    }

    /** Ends collecting; the fields' texts. */
    List<String> texts() {
        endField();
        return texts;
    }

    /** After {@link #texts}: the pattern of field i, or null if it is not to be globbed. */
    String pattern(int i) {
        return patterns.get(i);
    }

    /** After {@link #texts}: whether any field is to be globbed. */
    boolean anyPattern() {
        for (String p : patterns) {
            if (p != null) {
                return true;
            }
        }
        return false;
    }

    /** Collecting a string: the text. */
    String string() {
        return text.toString();
    }

    /** Collecting a string: the text as a pattern (quoted characters escaped). */
    String asPattern() {
        return pattern.toString();
    }
}
