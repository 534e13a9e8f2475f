package miniunix.app.shell;

/**
 * Shell patterns (glob(7), bash's strmatch): {@code *} any string, {@code ?} any character,
 * {@code [abc]}, {@code [a-z]}, {@code [!x]} or {@code [^x]} one character of (not of) a set,
 * with the POSIX classes {@code [[:alpha:]]} and the rest; a backslash makes the next
 * character literal. The expander escapes quoted characters this way, so {@code "*"} matches
 * only a star. Used for pathname expansion ({@link GlobWalk}) and for ${VAR#PATTERN} and its
 * kin.
 *
 * <p>Hand-written, linear in practice: a star remembers where it was and backs up there on a
 * mismatch (the classic two-pointer wildcard match), so no pattern can make it exponential
 * and there is no regex to compile on the shell's start-up path. A pattern with an extended
 * group, @(a|b) and the like, goes to {@link ExtGlob} instead.
 */
final class Glob {
    private Glob() {
    }

    /**
     * Whether pattern has an unescaped * or ?, or a bracket expression: a '[' alone is an
     * ordinary character (bash's glob_pattern_p), so the word {@code [} of {@code [ -f x ]}
     * is not globbed. A word without any is not globbed at all.
     */
    static boolean hasMeta(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[' && bracketEnd(pattern, i) > 0) {
                return true;
            }
        }
        return ExtGlob.hasGroup(pattern);      // @(a|b) has neither * nor ?
    }

    /**
     * The pattern as shopt extglob off reads it: the '(' of each ?( *( +( @( !( escaped, so
     * the group is ordinary characters (a pattern that came from an expansion, or a case
     * pattern read while extglob was on); with extglob on patterns go as they are.
     */
    static String withExtglob(String pattern, boolean extglob) {
        if (extglob || pattern.indexOf('(') < 0) {
            return pattern;
        }
        StringBuilder sb = new StringBuilder(pattern.length() + 4);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                sb.append(c).append(pattern.charAt(++i));
            } else if (c == '(' && i > 0 && "?*+@!".indexOf(pattern.charAt(i - 1)) >= 0) {
                sb.append("\\(");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The pattern with its escaping backslashes removed: what it matches when taken literally. */
    static String unescape(String pattern) {
        if (pattern.indexOf('\\') < 0) {
            return pattern;
        }
        StringBuilder sb = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                c = pattern.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Whether the whole of s matches pattern. */
    static boolean matches(String pattern, String s) {
        return matches(pattern, s, 0, s.length());
    }

    /** Whether s[from, to) matches pattern. */
    static boolean matches(String p, String s, int from, int to) {
        if (p.indexOf('(') >= 0 && ExtGlob.hasGroup(p)) {
            return ExtGlob.matches(p, 0, s, from, to);
        }
        int pi = 0;
        int si = from;
        int starP = -1;
        int starS = -1;
        while (si < to) {
            int next = pi < p.length() ? step(p, pi, s.charAt(si)) : -1;
            if (pi < p.length() && p.charAt(pi) == '*') {
                starP = ++pi;
                starS = si;
            } else if (next >= 0) {
                pi = next;
                si++;
            } else if (starP >= 0) {
                pi = starP;
                si = ++starS;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    /** Where the pattern goes on if its element at pi matches c; -1 if it does not ('*' aside). */
    static int step(String p, int pi, char c) {
        char e = p.charAt(pi);
        if (e == '?') {
            return pi + 1;
        }
        if (e == '[') {
            int end = bracketEnd(p, pi);
            if (end > 0) {
                return inBracket(p, pi + 1, end, c) ? end + 1 : -1;
            }
        }
        if (e == '\\' && pi + 1 < p.length()) {
            return p.charAt(pi + 1) == c ? pi + 2 : -1;
        }
        return e == c ? pi + 1 : -1;
    }

    /** The index of the ']' closing the bracket expression at open, or -1 (then '[' is literal). */
    static int bracketEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        for (; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
                int close = p.indexOf(":]", i + 2);
                i = close < 0 ? i : close + 1;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    /** Whether c is in the set p[from, end), which may start with ! or ^ to negate it. */
    private static boolean inBracket(String p, int from, int end, char c) {
        boolean negate = p.charAt(from) == '!' || p.charAt(from) == '^';
        int i = negate ? from + 1 : from;
        boolean found = false;
        boolean first = true;
        while (i < end) {
            char lo = p.charAt(i);
            if (lo == '[' && i + 1 < end && p.charAt(i + 1) == ':') {
                int close = p.indexOf(":]", i + 2);
                if (close > 0 && close < end) {
                    found |= inClass(p.substring(i + 2, close), c);
                    i = close + 2;
                    first = false;
                    continue;
                }
            }
            if (lo == '\\' && i + 1 < end) {
                lo = p.charAt(++i);
            } else if (lo == ']' && !first) {
                break;
            }
            first = false;
            i++;
            if (i + 1 < end && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                char hi = p.charAt(i + 1);
                int skip = 2;
                if (hi == '\\' && i + 2 < end) {
                    hi = p.charAt(i + 2);
                    skip = 3;
                }
                found |= lo <= c && c <= hi;
                i += skip;
            } else {
                found |= lo == c;
            }
        }
        return found != negate;
    }

    /** [:name:] in the C locale. */
    private static boolean inClass(String name, char c) {
        boolean ascii = c < 128;
        return switch (name) {
            case "alpha" -> ascii && Character.isLetter(c);
            case "digit" -> c >= '0' && c <= '9';
            case "alnum" -> ascii && Character.isLetterOrDigit(c);
            case "upper" -> c >= 'A' && c <= 'Z';
            case "lower" -> c >= 'a' && c <= 'z';
            case "space" -> c == ' ' || c >= '\t' && c <= '\r';
            case "blank" -> c == ' ' || c == '\t';
            case "punct" -> ascii && c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
            case "xdigit" -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            case "cntrl" -> c < ' ' || c == 127;
            case "print" -> c >= ' ' && c < 127;
            case "graph" -> c > ' ' && c < 127;
            default -> false;
        };
    }

    /**
     * ${VAR#PATTERN} and kin: value less the shortest (or longest) prefix (or suffix) the
     * pattern matches; the value unchanged if none does.
     */
    static String remove(String value, String pattern, boolean suffix, boolean longest) {
        int n = value.length();
        for (int k = 0; k <= n; k++) {
            int len = longest ? n - k : k;
            boolean hit = suffix ? matches(pattern, value, n - len, n) : matches(pattern, value, 0, len);
            if (hit) {
                return suffix ? value.substring(0, n - len) : value.substring(len);
            }
        }
        return value;
    }
}
