package miniunix.user.lib;

/**
 * fnmatch(3) with no flags, as find's -name and -path use it: {@code *} any string ('/' and a
 * leading '.' included), {@code ?} any character, {@code [a-z]} {@code [!x]} {@code [^x]} a
 * set, {@code \} quotes the next character. A '[' without its ']' is an ordinary character.
 * Case-folding (FNM_CASEFOLD, -iname) compares lower-cased text.
 */
public final class Fnmatch {
    private Fnmatch() {
    }

    public static boolean matches(String pattern, String s, boolean foldCase) {
        return foldCase ? match(pattern.toLowerCase(java.util.Locale.ROOT), 0,
                s.toLowerCase(java.util.Locale.ROOT), 0) : match(pattern, 0, s, 0);
    }

    private static boolean match(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                for (int k = si; k <= s.length(); k++) {
                    if (match(p, pi, s, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (si == s.length()) {
                return false;
            }
            if (c == '[') {
                int end = setEnd(p, pi);
                if (end > 0) {
                    if (!inSet(p, pi + 1, end, s.charAt(si))) {
                        return false;
                    }
                    pi = end + 1;
                    si++;
                    continue;
                }
            }
            if (c == '\\' && pi + 1 < p.length()) {
                c = p.charAt(++pi);
            } else if (c == '?') {
                c = s.charAt(si);
            }
            if (c != s.charAt(si)) {
                return false;
            }
            pi++;
            si++;
        }
        return si == s.length();
    }

    /** The index of the ']' closing the set that opens at p[open], or -1. */
    private static int setEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        for (; i < p.length(); i++) {
            if (p.charAt(i) == ']') {
                return i;
            }
        }
        return -1;
    }

    private static boolean inSet(String p, int from, int end, char c) {
        boolean negate = p.charAt(from) == '!' || p.charAt(from) == '^';
        int i = negate ? from + 1 : from;
        boolean found = false;
        while (i < end) {
            char lo = p.charAt(i);
            if (i + 2 < end && p.charAt(i + 1) == '-') {
                found |= lo <= c && c <= p.charAt(i + 2);
                i += 3;
            } else {
                found |= lo == c;
                i++;
            }
        }
        return found != negate;
    }
}
