package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * bash's extended patterns (shopt -s extglob; bash's lib/glob/sm_loop.c extmatch): a
 * PATTERN-LIST is patterns separated by '|', and
 * <pre>
 *   ?(LIST)  zero or one of them      *(LIST)  zero or more
 *   +(LIST)  one or more              @(LIST)  exactly one
 *   !(LIST)  anything that matches none of them
 * </pre>
 * Matched by backtracking over where each group ends, as bash does; {@link Glob} hands a
 * pattern here only when it has such a group, so ordinary patterns keep the linear matcher.
 * An element that is not a group (* ? [...] \c or a character) means what it means in
 * {@link Glob}, whose bracket and character steps are used.
 */
final class ExtGlob {
    private ExtGlob() {
    }

    /** Whether the pattern has an unescaped ?( *( +( @( or !( that a ')' closes. */
    static boolean hasGroup(String p) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (isGroupAt(p, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGroupAt(String p, int i) {
        return "?*+@!".indexOf(p.charAt(i)) >= 0 && i + 1 < p.length() && p.charAt(i + 1) == '('
                && close(p, i + 1) > 0;
    }

    /** The index of the ')' matching the '(' at open, or -1. */
    private static int close(String p, int open) {
        int depth = 0;
        for (int i = open; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = Glob.bracketEnd(p, i);
                i = end > 0 ? end : i;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The patterns of the list between the parentheses at open and close, split at top-level '|'. */
    private static List<String> alternatives(String p, int open, int close) {
        List<String> alts = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < close; i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = Glob.bracketEnd(p, i);
                i = end > 0 ? end : i;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alts.add(p.substring(start, i));
                start = i + 1;
            }
        }
        alts.add(p.substring(start, close));
        return alts;
    }

    /** Whether s[from, to) matches the pattern p from pi on. */
    static boolean matches(String p, int pi, String s, int from, int to) {
        if (pi == p.length()) {
            return from == to;
        }
        char c = p.charAt(pi);
        if (isGroupAt(p, pi)) {
            return group(p, pi, s, from, to);
        }
        if (c == '*') {
            for (int k = from; k <= to; k++) {
                if (matches(p, pi + 1, s, k, to)) {
                    return true;
                }
            }
            return false;
        }
        if (from == to) {
            return false;
        }
        int next = Glob.step(p, pi, s.charAt(from));
        return next >= 0 && matches(p, next, s, from + 1, to);
    }

    /** The group at pi (its operator, then '('), followed by the rest of p. */
    private static boolean group(String p, int pi, String s, int from, int to) {
        char op = p.charAt(pi);
        int close = close(p, pi + 1);
        List<String> alts = alternatives(p, pi + 1, close);
        int rest = close + 1;
        if ((op == '?' || op == '*') && matches(p, rest, s, from, to)) {
            return true;
        }
        for (int k = op == '!' ? from : from + 1; k <= to; k++) {
            boolean one = any(alts, s, from, k);
            if (op == '!' ? !one && matches(p, rest, s, k, to) : one && afterOne(op, p, pi, rest, s, k, to)) {
                return true;
            }
        }
        // @(LIST) and ?(LIST) may match the empty string with an empty alternative
        return (op == '@' || op == '+') && any(alts, s, from, from) && afterOne(op, p, pi, rest, s, from, to);
    }

    /** After one match of a group ending at k: the rest, or (for * and +) the group again. */
    private static boolean afterOne(char op, String p, int pi, int rest, String s, int k, int to) {
        if (matches(p, rest, s, k, to)) {
            return true;
        }
        if (op != '*' && op != '+') {
            return false;
        }
        // more of them: the same group as *(LIST), which also allows none
        String again = "*" + p.substring(pi + 1);
        return matches(again, 0, s, k, to);
    }

    private static boolean any(List<String> alts, String s, int from, int to) {
        for (String a : alts) {
            if (matches(a, 0, s, from, to)) {
                return true;
            }
        }
        return false;
    }
}
