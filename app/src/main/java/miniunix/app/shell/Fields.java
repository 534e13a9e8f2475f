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

    private final boolean split;
    private final ArrayList<String> texts = new ArrayList<>();
    /** Per field: its pattern, or null when it has no unquoted glob character. */
    private final ArrayList<String> patterns = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /** The current field's pattern once it differs from its text (a quoted character escaped); else null. */
    private StringBuilder pattern;
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
        f.pattern = pattern == null ? null : new StringBuilder(pattern);
        f.present = present;
        f.glob = glob;
        return f;
    }

    /**
     * Text from the source (or an expansion that is not split): taken as it is, in bulk when
     * nothing in it needs escaping in the pattern (a long value appended to: s="${s}x").
     */
    void literal(String s, boolean quoted) {
        if (quoted ? !hasPatternChar(s) : !hasGlobChar(s)) {
            text.append(s);
            if (pattern != null) {
                pattern.append(s);
            }
        } else {
            for (int i = 0; i < s.length(); i++) {
                add(s.charAt(i), quoted);
            }
        }
        present |= quoted || !s.isEmpty();
    }

    /** Whether s, unquoted, is one field that is no pattern: not empty, no blank, no *?[. */
    static boolean isOneWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isGlobChar(c) || c == ' ' || c == '\t' || c == '\n') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** Whether s has an unquoted character that makes a pattern: * ? [. */
    static boolean hasGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isGlobChar(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPatternChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isPatternChar(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGlobChar(char c) {
        return c == '*' || c == '?' || c == '[';
    }

    /** A character that, quoted, is escaped in the pattern: it means something to one. */
    private static boolean isPatternChar(char c) {
        return switch (c) {
            case '\\', '*', '?', '[', ']', '-', '!', '^' -> true;
            default -> false;
        };
    }

    /** The result of an expansion: split on blanks unless quoted (or collecting a string). */
    void expansion(String s, boolean quoted) {
        if (quoted || !split) {
            literal(s, quoted);
            return;
        }
        if (isOneWord(s)) {
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
        if (quoted && isPatternChar(c)) {
            if (pattern == null) {
                pattern = new StringBuilder(text);
            }
            pattern.append('\\');
        }
        if (pattern != null) {
            pattern.append(c);
        }
        text.append(c);
        glob |= !quoted && isGlobChar(c);
    }

    private void endField() {
        if (present) {
            texts.add(text.toString());
            String p = glob ? asPattern() : null;
            patterns.add(p != null && Glob.hasMeta(p) ? p : null);
        }
        text.setLength(0);
        pattern = null;
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
        return (pattern != null ? pattern : text).toString();
    }
}
