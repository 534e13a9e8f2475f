package miniunix.app.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;

/**
 * Pathname expansion of one pattern, through the kernel: a small state machine (like
 * {@link Fetch}, which it drives) that the {@link ExpandFrame} steps until it returns null.
 *
 * <p>The pattern is taken a component at a time ({@code /tmp/*}{@code /x.txt}: "", "tmp", "*",
 * "x.txt"). A literal component is appended to every path found so far; a component with a
 * glob character lists each of those directories (open with O_DIRECTORY, getdents64 until 0,
 * close, as ls does) and keeps the names it matches. A name starting with '.' is matched only
 * by a component starting with '.' (and "." and ".." never). Literal components after the
 * last listed one are checked with stat(2), and a trailing '/' keeps only directories. The
 * result is sorted bytewise (the C locale); no match leaves the word as typed, which is the
 * caller's business.
 *
 * <p>Simplified: a directory the shell may not read simply matches nothing, as in bash.
 */
final class GlobWalk {
    private final String[] components;
    private final boolean mustBeDir;
    private int index;
    /** Paths that match the components before index. */
    private ArrayList<String> paths = new ArrayList<>();
    private ArrayList<String> found = new ArrayList<>();
    /** The path whose listing or stat is in flight (an index into paths), and that fetch. */
    private int at;
    private Fetch fetch;
    /** Literal components were appended after the last listing: the paths may not exist. */
    private boolean unchecked;
    private boolean checking;
    private boolean done;

    GlobWalk(String pattern) {
        boolean absolute = pattern.startsWith("/");
        String rest = absolute ? pattern.substring(1) : pattern;
        mustBeDir = rest.endsWith("/");
        components = split(mustBeDir ? rest.substring(0, rest.length() - 1) : rest);
        paths.add(absolute ? "/" : "");
        unchecked = mustBeDir;
    }

    private GlobWalk(GlobWalk g) {
        components = g.components;
        mustBeDir = g.mustBeDir;
        index = g.index;
        paths = new ArrayList<>(g.paths);
        found = new ArrayList<>(g.found);
        at = g.at;
        fetch = g.fetch == null ? null : g.fetch.copy();
        unchecked = g.unchecked;
        checking = g.checking;
        done = g.done;
    }

    GlobWalk copy() {
        return new GlobWalk(this);
    }

    private static String[] split(String s) {
        ArrayList<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '/') {
                if (i > from) {
                    parts.add(s.substring(from, i));
                }
                from = i + 1;
            }
        }
        return parts.toArray(new String[0]);
    }

    /** The next call, given the last one's result; null when the walk is over (see matches). */
    Trap next(long ret) {
        while (!done) {
            if (fetch != null) {
                Trap t = fetch.next(ret);
                ret = 0;
                if (t != null) {
                    return t;
                }
                fetched();
            }
            if (at < paths.size() && (checking || index < components.length && Glob.hasMeta(components[index]))) {
                String p = paths.get(at);
                fetch = checking ? new Fetch(Fetch.Kind.STAT, p, 0)
                        : new Fetch(Fetch.Kind.DIR, p.isEmpty() ? "." : p, 0);
                continue;
            }
            advance();
        }
        return null;
    }

    /** Every path in paths has been listed (or stat'ed): on to the next component. */
    private void advance() {
        if (checking || at > 0 || paths.isEmpty()) {
            paths = found;
            found = new ArrayList<>();
            at = 0;
            if (checking) {
                done = true;
                return;
            }
            index++;
            unchecked = mustBeDir;
        }
        while (index < components.length && !Glob.hasMeta(components[index])) {
            String lit = Glob.unescape(components[index++]);
            for (int i = 0; i < paths.size(); i++) {
                paths.set(i, join(paths.get(i), lit));
            }
            unchecked = true;
        }
        if (index == components.length) {
            checking = unchecked && !paths.isEmpty();
            done = !checking;
        }
    }

    private void fetched() {
        Fetch f = fetch;
        fetch = null;
        String base = paths.get(at++);
        if (f.error != 0) {
            return;
        }
        if (checking) {
            if (!mustBeDir || f.st.isDir()) {
                found.add(mustBeDir ? base + "/" : base);
            }
            return;
        }
        String pattern = components[index];
        boolean dots = pattern.startsWith(".") || pattern.startsWith("\\.");
        for (String name : f.names) {
            boolean hidden = name.startsWith(".");
            if ((!hidden || dots && !name.equals(".") && !name.equals("..")) && Glob.matches(pattern, name)) {
                found.add(join(base, name));
            }
        }
    }

    private static String join(String dir, String name) {
        return dir.isEmpty() ? name : dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** After the walk: the paths the pattern matches, sorted; empty if none. */
    List<String> matches() {
        ArrayList<String> m = new ArrayList<>(paths);
        Collections.sort(m);
        return m;
    }
}
