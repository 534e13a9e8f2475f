package miniunix.user.lib;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * gnulib's canonicalize_filename_mode as a small state machine (readlink -f/-e/-m, realpath):
 * the absolute name of a path with no ".", ".." or symbolic link in it, found with getcwd(2),
 * lstat(2) and readlink(2) one component at a time. Driven like {@link Fetch}: {@link #next}
 * until it gives null, then {@link #result} or {@link #error}.
 *
 * <p>Modes: {@link Mode#EXISTING} (-e: every component must exist), {@link Mode#ALL_BUT_LAST}
 * (-f, realpath's default: all but the last), {@link Mode#MISSING} (-m: none need to; after
 * the first missing one the rest is joined as written). ELOOP after 40 links, as the kernel.
 */
public final class Canon {
    public enum Mode { EXISTING, ALL_BUT_LAST, MISSING }

    private static final int MAXSYMLINKS = 40;

    private enum Pc { START, CWD, LSTAT, READLINK, DONE }

    private final String path;
    private final Mode mode;
    /** The canonical name when done without error. */
    public String result;
    /** 0, or the -errno that stopped it. */
    public long error;

    private Pc pc = Pc.START;
    private ArrayDeque<String> todo = new ArrayDeque<>();
    private List<String> done = new ArrayList<>();
    private String name;
    private boolean missing;
    private int links;
    private StatBuf st = new StatBuf();
    private byte[] buf = new byte[4096];

    public Canon(String path, Mode mode) {
        this.path = path;
        this.mode = mode;
    }

    /** The next trap, or null when done; ret is the previous trap's result (0 at first). */
    public Trap next(long ret) {
        switch (pc) {
            case START:
                if (path.isEmpty()) {
                    return fail(Errno.ENOENT.ret());
                }
                push(path);
                if (path.startsWith("/")) {
                    return step();
                }
                pc = Pc.CWD;
                return Libc.getcwd(buf);
            case CWD:
                if (ret < 0) {
                    return fail(ret);
                }
                int n = 0;
                while (n < buf.length && buf[n] != 0) {
                    n++;
                }
                done = new ArrayList<>(split(new String(buf, 0, n, StandardCharsets.UTF_8)));
                return step();
            case LSTAT: return lstated(ret);
            case READLINK: return readLink(ret);
            default: return null;
        }
    }

    /** Takes the next component, or finishes. */
    private Trap step() {
        while (!todo.isEmpty()) {
            name = todo.pollFirst();
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!done.isEmpty()) {
                    done.remove(done.size() - 1);
                }
                continue;
            }
            if (missing) {
                done.add(name);
                continue;
            }
            pc = Pc.LSTAT;
            return Libc.lstat(joined(name), st);
        }
        result = "/" + String.join("/", done);
        pc = Pc.DONE;
        return null;
    }

    private Trap lstated(long ret) {
        boolean last = todo.isEmpty();
        if (ret < 0) {
            if (mode == Mode.MISSING || ret == Errno.ENOENT.ret() && last && mode == Mode.ALL_BUT_LAST) {
                missing = true;
                done.add(name);
                return step();
            }
            return fail(ret);
        }
        if (st.isLink() && ++links > MAXSYMLINKS && mode == Mode.MISSING) {
            done.add(name);     // -m: a link in a loop is taken as a name, as gnulib does
            return step();
        }
        if (st.isLink()) {
            if (links > MAXSYMLINKS) {
                return fail(Errno.ELOOP.ret());
            }
            pc = Pc.READLINK;
            return Libc.readlink(joined(name), buf);
        }
        if (!last && !st.isDir() && mode != Mode.MISSING) {
            return fail(Errno.ENOTDIR.ret());
        }
        done.add(name);
        return step();
    }

    private Trap readLink(long ret) {
        if (ret < 0) {
            return fail(ret);
        }
        String target = new String(buf, 0, (int) ret, StandardCharsets.UTF_8);
        push(target);
        if (target.startsWith("/")) {
            done.clear();
        }
        return step();
    }

    private void push(String p) {
        List<String> parts = split(p);
        for (int i = parts.size() - 1; i >= 0; i--) {
            todo.addFirst(parts.get(i));
        }
    }

    private String joined(String n) {
        return "/" + String.join("/", done) + (done.isEmpty() ? "" : "/") + n;
    }

    private Trap fail(long err) {
        error = err;
        pc = Pc.DONE;
        return null;
    }

    private static List<String> split(String p) {
        List<String> out = new ArrayList<>();
        for (String s : p.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A copy for fork. */
    public Canon copy() {
        Canon c = new Canon(path, mode);
        c.result = result;
        c.error = error;
        c.pc = pc;
        c.todo = new ArrayDeque<>(todo);
        c.done = new ArrayList<>(done);
        c.name = name;
        c.missing = missing;
        c.links = links;
        c.st = st.copy();
        c.buf = buf.clone();
        return c;
    }
}
