package miniunix.user.lib;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * A walk over a file tree, as fts(3) does it for rm -r, cp -r and find: every file under a
 * root, a directory once before its entries ({@link Info#D}) and once after them
 * ({@link Info#DP}), each lstat(2)ed (fts's FTS_PHYSICAL: a symbolic link is an
 * {@link Info#SL} entry, never walked into; the root is followed only when asked,
 * FTS_COMFOLLOW); entries come in the directory's order (getdents64).
 * A program drives it with {@link #next}: a trap to make, or null when an entry is ready in
 * {@link #info}, {@link #path}, {@link #st}, {@link #level} and {@link #errno} (or when the
 * walk is {@link #done}).
 * <pre>
 *   while ((e = fts_read(fts)) != NULL) switch (e-&gt;fts_info) { case FTS_D: ... }
 * </pre>
 * Simplified: with no link followed below the root there are no cycles to detect.
 */
public final class Fts {
    /** What an entry is (fts_info). */
    public enum Info {
        /** A directory, before its entries; {@link #skip} keeps the walk out of it. */
        D,
        /** A directory, after its entries. */
        DP,
        /** A directory whose entries could not be read ({@link #errno}); no DP follows. */
        DNR,
        /** A symbolic link. */
        SL,
        /** Anything else. */
        F,
        /** A file that stat(2) failed on ({@link #errno}). */
        NS
    }

    private enum Pc { START, STAT, AFTER_D, LISTING, NEXT }

    /** A directory being walked: its path, its stat and its entries. */
    private record Level(String path, StatBuf st, List<String> names, int[] next) {
    }

    private final String root;
    /** The root is stat(2)ed, not lstat(2)ed: a link given as the root is walked. */
    private final boolean followRoot;
    private Pc pc = Pc.START;
    private ArrayDeque<Level> stack = new ArrayDeque<>();
    private Fetch listing;
    private String pending;
    private boolean skip;
    private boolean done;

    // The entry that is ready.
    public Info info;
    public String path;
    public StatBuf st = new StatBuf();
    /** 0 for the root, 1 for its entries, ... */
    public int level;
    /** The -errno of NS and DNR, else 0. */
    public long errno;

    public Fts(String root) {
        this(root, false);
    }

    public Fts(String root, boolean followRoot) {
        this.root = root;
        this.followRoot = followRoot;
    }

    public boolean done() {
        return done;
    }

    /** After a D entry: do not read the directory (its DP does not come either). */
    public void skip() {
        skip = true;
    }

    /** The next trap, or null when an entry is ready or the walk is done. */
    public Trap next(long ret) {
        while (true) {
            switch (pc) {
                case START:
                    pending = root;
                    level = 0;
                    return stat();
                case STAT:
                    return statted(ret);
                case AFTER_D:
                    if (skip) {
                        skip = false;
                        pc = Pc.NEXT;
                        continue;
                    }
                    listing = new Fetch(Fetch.Kind.DIR, path, 0);
                    pc = Pc.LISTING;
                    ret = 0;
                    continue;
                case LISTING:
                    Trap t = listing.next(ret);
                    if (t != null) {
                        return t;
                    }
                    listed();
                    if (info != null) {
                        return null;
                    }
                    continue;
                default:
                    Trap n = nextChild();
                    if (n != null || done || info != null) {
                        return n;
                    }
            }
        }
    }

    private Trap stat() {
        st = new StatBuf();
        pc = Pc.STAT;
        info = null;
        return level == 0 && followRoot ? Libc.stat(pending, st) : Libc.lstat(pending, st);
    }

    private Trap statted(long ret) {
        path = pending;
        errno = Math.min(ret, 0);
        info = ret < 0 ? Info.NS : st.isDir() ? Info.D : st.isLink() ? Info.SL : Info.F;
        pc = info == Info.D ? Pc.AFTER_D : Pc.NEXT;
        return null;
    }

    /** The directory has been read: a DNR entry (info set), or its level pushed. */
    private void listed() {
        if (listing.error != 0) {
            info = Info.DNR;
            errno = listing.error;
            pc = Pc.NEXT;
            return;
        }
        List<String> names = new ArrayList<>();
        for (String n : listing.names) {
            if (!n.equals(".") && !n.equals("..")) {
                names.add(n);
            }
        }
        stack.push(new Level(path, st.copy(), names, new int[1]));
        listing = null;
        pc = Pc.NEXT;
        info = null;
    }

    /** stat of the next entry, a DP (info set), or done; null with info null: go on. */
    private Trap nextChild() {
        info = null;
        if (stack.isEmpty()) {
            done = true;
            return null;
        }
        Level top = stack.peek();
        if (top.next()[0] == top.names().size()) {
            stack.pop();
            path = top.path();
            st = top.st();
            level = stack.size();
            errno = 0;
            info = Info.DP;
            return null;
        }
        String name = top.names().get(top.next()[0]++);
        pending = top.path().endsWith("/") ? top.path() + name : top.path() + "/" + name;
        level = stack.size();
        return stat();
    }

    public Fts copy() {
        Fts f = new Fts(root, followRoot);
        f.pc = pc;
        for (Level l : stack) {
            f.stack.addLast(new Level(l.path(), l.st().copy(), l.names(), l.next().clone()));
        }
        f.listing = listing == null ? null : listing.copy();
        f.pending = pending;
        f.skip = skip;
        f.done = done;
        f.info = info;
        f.path = path;
        f.st = st.copy();
        f.level = level;
        f.errno = errno;
        return f;
    }
}
