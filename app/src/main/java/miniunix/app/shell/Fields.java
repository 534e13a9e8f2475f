package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a word's expansion is collected: the fields it makes, each with the pattern that
 * pathname expansion would use for it. Text from the source is never split; the results of
 * unquoted expansions are split by IFS when this collects fields ({@code split}), and kept whole
 * when it collects one string (an assignment's value, an arithmetic expression, a
 * ${VAR#PATTERN} pattern).
 *
 * <p>IFS as bash splits by it: unset or the default (space, tab, newline) is the fast path,
 * where runs of blanks separate fields and none is empty; an empty IFS splits nothing; any
 * other IFS has its whitespace characters collapse and trim at the ends as blanks do, and
 * each of its other characters (with the IFS whitespace around it) ends one field, even an
 * empty one, except that a last delimiter makes no empty field after it.
 *
 * <p>The pattern is the text with every quoted character that means something to a pattern
 * escaped by a backslash: {@code "*".txt} gives the pattern {@code \*.txt}, which matches only
 * a file named "*.txt". A field is globbed only if an unquoted *, ? or [...] is in it.
 *
 * <p>Plain data: {@link #copy} is deep.
 */
final class Fields {

    private final boolean split;
    /**
     * Collecting the STRING of ${VAR/PATTERN/STRING}: only a quoted \\ or & is escaped in
     * the pattern (the template {@link ParamEdit#replace} reads), nothing else.
     */
    private boolean replacement;
    private final ArrayList<String> texts = new ArrayList<>();
    /** Per field: its pattern, or null when it has no unquoted glob character. */
    private final ArrayList<String> patterns = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /** The current field's pattern once it differs from its text (a quoted character escaped); else null. */
    private StringBuilder pattern;
    /** The current field exists (something quoted, or a non-blank character, went in). */
    private boolean present;
    private boolean glob;
    /** IFS, or null when it is unset or the default: see {@link #ifs(Variables)}. */
    private final String ifs;
    /**
     * Splitting by a non-default IFS: the last field was ended by IFS whitespace, so an IFS
     * character other than whitespace right after it belongs to the same delimiter.
     */
    private boolean merged;

    Fields(boolean split) {
        this(split, null);
    }

    Fields(boolean split, String ifs) {
        this.split = split;
        this.ifs = ifs;
    }

    /** The shell's IFS as Fields takes it: null when unset or the default " \t\n" (the fast path). */
    static String ifs(Variables vars) {
        String v = vars.value("IFS");
        return v == null || v.equals(" \t\n") ? null : v;
    }

    /** What "$*" is joined by: IFS's first character, none when it is empty, a space when unset. */
    static String separator(String ifs) {
        return ifs == null ? " " : ifs.isEmpty() ? "" : ifs.substring(0, 1);
    }

    /** Whether c is whitespace as IFS sees it (space, tab, newline). */
    static boolean isIfsWhite(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    /** This collects a replacement template (see {@link #replacement}); returns this. */
    Fields replacement() {
        replacement = true;
        return this;
    }

    Fields copy() {
        Fields f = new Fields(split, ifs);
        f.replacement = replacement;
        f.merged = merged;
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
        if (quoted ? !hasPatternChar(s) && !replacement : !hasGlobChar(s)) {
            text.append(s);
            if (pattern != null) {
                pattern.append(s);
            }
        } else {
            for (int i = 0; i < s.length(); i++) {
                add(s.charAt(i), quoted);
            }
        }
        if (quoted || !s.isEmpty()) {
            present = true;
            merged = false;
        }
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

    /** {@link #isOneWord(String)} for IFS ifs ({@link #ifs(Variables)}: null for the default). */
    static boolean isOneWord(String s, String ifs) {
        if (ifs == null) {
            return isOneWord(s);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isGlobChar(c) || ifs.indexOf(c) >= 0) {
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
        return c == '*' || c == '?' || c == '[' || c == '(';    // '(': of an extglob group
    }

    /** A character that, quoted, is escaped in the pattern: it means something to one. */
    private static boolean isPatternChar(char c) {
        return switch (c) {
            case '\\', '*', '?', '[', ']', '-', '!', '^', '(', ')', '|', '@', '+' -> true;
            default -> false;
        };
    }

    /** The result of an expansion: split by IFS unless quoted (or collecting a string). */
    void expansion(String s, boolean quoted) {
        if (quoted || !split) {
            literal(s, quoted);
            return;
        }
        if (ifs != null) {
            if (ifs.isEmpty()) {
                literal(s, false);  // IFS='': nothing is split
            } else {
                splitByIfs(s);
            }
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

    /** Splits s by a non-default, non-empty IFS (see the class comment). */
    private void splitByIfs(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ifs.indexOf(c) < 0) {
                add(c, false);
                present = true;
                merged = false;
            } else if (isIfsWhite(c)) {
                if (present) {
                    endField();
                    merged = true;
                }
            } else if (merged) {
                merged = false;     // "a :b": the blank and the colon are one delimiter
            } else {
                present = true;     // "a::b": the field between the colons is empty
                endField();
            }
        }
    }

    /**
     * $@ and $*: "$@" is one field per parameter (none when there are none), "$*" one field
     * of them all joined by IFS's first character; unquoted, the parameters are split further
     * (as bash does, as if joined by IFS's first character, which then delimits them), and
     * where no field is split (x=$@), $@ is joined by spaces.
     */
    void params(List<String> params, boolean quoted, boolean star) {
        if (!split || quoted && star) {
            if (!params.isEmpty() || quoted) {
                expansion(String.join(star ? separator(ifs) : " ", params), quoted);
            }
            return;
        }
        if (!quoted && ifs != null && !ifs.isEmpty()) {
            expansion(String.join(separator(ifs), params), false);
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
        merged = false;
    }

    private void add(char c, boolean quoted) {
        if (quoted && (replacement ? c == '\\' || c == '&' : isPatternChar(c))) {
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
