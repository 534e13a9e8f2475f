package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;
import miniunix.user.lib.Quote;

/**
 * The operators of ${...} that make a new value out of a parameter's value (bash's subst.c:
 * parameter_brace_substring, pat_subst, parameter_brace_casemod, parameter_brace_transform):
 * substrings, pattern substitution, case modification and the @ transformations. Each works
 * on one value; the {@link Expander} applies it to each of $@ (or an array's elements) in turn,
 * and {@link #slice} takes some of a list.
 *
 * <p>Patterns are {@link Glob}'s, with quoted characters escaped by a backslash, as
 * {@link Fields#asPattern} gives them. Positions count characters (code points), as bash's
 * do in a UTF-8 locale.
 */
final class ParamEdit {
    /** The letters of ${NAME@OP}: bash 5.2's. */
    static final String TRANSFORMS = "QEPAKakUuL";

    private ParamEdit() {
    }

    /**
     * ${VALUE:OFFSET:LENGTH} (length null: to the end), in characters: a negative offset counts
     * from the end (before the start: empty), past the end is empty, a negative length is an
     * end counted from the end. Null when that end is before the offset (bash's "substring
     * expression < 0").
     */
    static String substring(String v, long offset, Long length) {
        int n = v.codePointCount(0, v.length());
        if (offset < 0) {
            offset += n;
            if (offset < 0) {
                return "";
            }
        } else if (offset > n) {
            return "";
        }
        long end = length == null ? n : length < 0 ? n + length : Math.min(n, offset + length);
        if (end < offset) {
            return null;
        }
        int from = v.offsetByCodePoints(0, (int) offset);
        return v.substring(from, v.offsetByCodePoints(from, (int) (end - offset)));
    }

    /**
     * ${@:OFFSET:LENGTH} over all ($0 then the positional parameters): from index offset (a
     * negative one counts back from the end), at most length of them. Null for a negative
     * length, an error in bash.
     */
    static List<String> slice(List<String> all, long offset, Long length) {
        int n = all.size();
        if (length != null && length < 0) {
            return null;
        }
        if (offset < 0) {
            offset += n;
        }
        if (offset < 0 || offset >= n) {
            return List.of();
        }
        long end = length == null ? n : Math.min(n, offset + length);
        return List.copyOf(all.subList((int) offset, (int) end));
    }

    /**
     * ${VALUE/PATTERN/STRING} and its kin (op one of the REPLACE operators): the first (every,
     * the leading, the trailing) longest match of pattern replaced by rep, a template in
     * which a backslash quotes a next & or backslash (as Fields#replacement escapes the quoted
     * ones) and, when ampersand is on (shopt patsub_replacement), an unquoted & stands for
     * the text matched. An empty pattern
     * matches nothing, except anchored (/# and /%), where it matches the empty string there.
     */
    static String replace(String v, String pattern, String rep, Word.ParamOp op, boolean ampersand) {
        if (pattern.isEmpty() && (op == Word.ParamOp.REPLACE || op == Word.ParamOp.REPLACE_ALL)) {
            return v;
        }
        int n = v.length();
        if (op == Word.ParamOp.REPLACE_PREFIX) {
            int end = longestFrom(pattern, v, 0);
            return end < 0 ? v : fill(rep, v.substring(0, end), ampersand) + v.substring(end);
        }
        if (op == Word.ParamOp.REPLACE_SUFFIX) {
            for (int start = 0; start <= n; start++) {
                if (Glob.matches(pattern, v, start, n)) {
                    return v.substring(0, start) + fill(rep, v.substring(start), ampersand);
                }
            }
            return v;
        }
        boolean all = op == Word.ParamOp.REPLACE_ALL;
        boolean literal = !Glob.hasMeta(pattern);
        String text = literal ? Glob.unescape(pattern) : null;
        StringBuilder sb = new StringBuilder(n);
        int i = 0;
        while (i < n || n == 0 && i == 0) {     // no empty match at the very end of a value
            int start = i;
            int end = -1;
            if (literal) {
                start = v.indexOf(text, i);
                end = start < 0 ? -1 : start + text.length();
            } else {
                for (; start <= n && (end = longestFrom(pattern, v, start)) < 0; start++) {
                    // no match at start: try the next position
                }
            }
            if (end < 0) {
                break;
            }
            sb.append(v, i, start).append(fill(rep, v.substring(start, end), ampersand));
            if (end == start) {         // an empty match: keep the character after it
                if (end < n) {
                    sb.append(v.charAt(end));
                }
                end++;
            }
            i = end;
            if (!all) {
                break;
            }
        }
        if (i < n) {
            sb.append(v, i, n);
        }
        return sb.toString();
    }

    /** The end of the longest match of pattern starting at v[start], or -1. */
    private static int longestFrom(String pattern, String v, int start) {
        for (int end = v.length(); end >= start; end--) {
            if (Glob.matches(pattern, v, start, end)) {
                return end;
            }
        }
        return -1;
    }

    /**
     * The replacement template rep with the match in place of each unquoted & (when
     * ampersand): a backslash before a & or a backslash makes it literal, any other stays.
     */
    private static String fill(String rep, String match, boolean ampersand) {
        if (rep.indexOf('\\') < 0 && (!ampersand || rep.indexOf('&') < 0)) {
            return rep;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rep.length(); i++) {
            char c = rep.charAt(i);
            char next = i + 1 < rep.length() ? rep.charAt(i + 1) : 0;
            if (c == '\\' && (next == '\\' || next == '&')) {
                sb.append(next);
                i++;
            } else if (c == '&' && ampersand) {
                sb.append(match);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * ${VALUE^PATTERN} and its kin (op one of the case operators): the first character, or
     * every one, that matches pattern (any, when it is empty) upper-cased, lower-cased or
     * toggled.
     */
    static String caseModify(String v, String pattern, Word.ParamOp op) {
        boolean all = op == Word.ParamOp.UPPER_ALL || op == Word.ParamOp.LOWER_ALL || op == Word.ParamOp.TOGGLE_ALL;
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            int next = i + Character.charCount(c);
            if ((all || i == 0) && (pattern.isEmpty() || Glob.matches(pattern, v, i, next))) {
                c = switch (op) {
                    case UPPER_FIRST, UPPER_ALL -> Character.toUpperCase(c);
                    case LOWER_FIRST, LOWER_ALL -> Character.toLowerCase(c);
                    default -> Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                };
            }
            sb.appendCodePoint(c);
            i = next;
        }
        return sb.toString();
    }

    /**
     * ${NAME@OP} of a value (one of {@link #TRANSFORMS} but A and a, which need the variable, and
     * P, which the {@link Expander} expands):
     * Q and K quoted for reuse as input, E with $'...''s backslash escapes expanded, U upper-
     * cased, u the first character upper-cased, L lower-cased.
     */
    static String transform(String v, char op) {
        return switch (op) {
            case 'Q', 'K', 'k' -> quote(v);
            case 'E' -> escapes(v);
            case 'U' -> caseModify(v, "", Word.ParamOp.UPPER_ALL);
            case 'u' -> caseModify(v, "", Word.ParamOp.UPPER_FIRST);
            case 'L' -> caseModify(v, "", Word.ParamOp.LOWER_ALL);
            default -> throw new AssertionError(op);
        };
    }

    /** v in single quotes ('\'' for a quote), or as $'...' when it holds control characters. */
    static String quote(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < ' ' || v.charAt(i) == 0x7f) {
                return Quote.ansiC(v);
            }
        }
        return "'" + v.replace("'", "'\\''") + "'";
    }

    /** v with the backslash escapes of $'...' expanded. */
    private static String escapes(String v) {
        if (v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            char c = v.charAt(i++);
            if (c == '\\' && i < v.length()) {
                i = AnsiC.escape(v, i, sb);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** op applied to each of values (a transformation letter, as {@link #transform}). */
    static List<String> transformEach(List<String> values, char op) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(transform(v, op));
        }
        return out;
    }
}
