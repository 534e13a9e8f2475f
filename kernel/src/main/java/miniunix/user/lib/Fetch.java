package miniunix.user.lib;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Le;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * One read of the filesystem as a small state machine: a whole file (open, read until a short
 * read, close), a directory (open, getdents64 until 0, close), a stat(2), or an lstat(2) that
 * for a symbolic link also reads its target (readlink(2)) and stat(2)s what it leads to. A {@link Report}
 * drives it with {@link #next}; {@link #tag} lets the program remember what it asked for.
 *
 * <p>A file ends at the first short read: true of regular files and of /proc, the only files
 * a report reads, and it saves one read(2) per file (ps reads thousands). A report runs one
 * fetch at a time, so they share one buffer ({@link #use}): a file's content is valid until
 * the next fetch starts.
 */
public final class Fetch {
    /** CLOCK: clock_gettime(CLOCK_REALTIME), the time now ({@link #nowNs}); path is unused. */
    public enum Kind { FILE, DIR, STAT, LSTAT, CLOCK }

    public final Kind kind;
    public final String path;
    /** Caller's label, e.g. the pid a /proc file belongs to. */
    public final long tag;
    /** 0, or the -errno of the call that failed. */
    public long error;
    /** FILE: the content, data[0..length). */
    public byte[] data = new byte[0];
    public int length;
    /** DIR: entry names and their d_type, in getdents64 order. */
    public List<String> names = List.of();
    public List<Integer> types = List.of();
    /** STAT, LSTAT: the result. */
    public final StatBuf st;
    /**
     * LSTAT of a link: its target's text ("" with linkError, the -errno of a readlink that
     * failed), and the stat of what it leads to (null: nothing).
     */
    public String link;
    public long linkError;
    public StatBuf target;
    /** CLOCK: tv_sec and tv_nsec. */
    private long[] clock = new long[2];

    private enum Pc { START, OPENED, READLINK, TARGET, READING, CLOSED }

    private Pc pc = Pc.START;
    private int fd = -1;

    public Fetch(Kind kind, String path, long tag) {
        this.kind = kind;
        this.path = path;
        this.tag = tag;
        this.st = kind == Kind.STAT || kind == Kind.LSTAT ? new StatBuf() : null;
    }

    /** Reads into buf (grown if a file needs more); the caller keeps {@link #data} after. */
    public Fetch use(byte[] buf) {
        data = buf;
        return this;
    }

    /** The next trap, or null when done; ret is the previous trap's result (0 at first). */
    public Trap next(long ret) {
        switch (pc) {
            case START:
                pc = Pc.OPENED;
                if (kind == Kind.STAT) {
                    return Libc.stat(path, st);
                }
                if (kind == Kind.LSTAT) {
                    return Libc.lstat(path, st);
                }
                if (kind == Kind.CLOCK) {
                    return Libc.clockGettime(Syscall.ClockGettime.CLOCK_REALTIME, clock);
                }
                int flags = Fcntl.O_RDONLY | (kind == Kind.DIR ? Fcntl.O_DIRECTORY : 0);
                return Libc.open(path, flags, 0);
            case OPENED:
                return opened(ret);
            case READLINK:
                link = ret < 0 ? "" : new String(data, 0, (int) ret, StandardCharsets.UTF_8);
                linkError = Math.min(ret, 0);
                target = new StatBuf();
                pc = Pc.TARGET;
                return Libc.stat(path, target);
            case TARGET:
                if (ret < 0) {
                    target = null;
                }
                pc = Pc.CLOSED;
                return null;
            case READING:
                if (ret < 0) {
                    error = ret;
                    return close();
                }
                return kind == Kind.FILE ? readMore(ret) : direntsMore(ret);
            default:
                return null;
        }
    }

    private Trap opened(long ret) {
        if (kind == Kind.LSTAT && ret >= 0 && st.isLink()) {
            pc = Pc.READLINK;
            if (data.length < 4096) {
                data = new byte[4096];
            }
            return Libc.readlink(path, data);
        }
        if (ret < 0 || kind == Kind.STAT || kind == Kind.LSTAT || kind == Kind.CLOCK) {
            error = Math.min(ret, 0);
            pc = Pc.CLOSED;
            return null;
        }
        fd = (int) ret;
        pc = Pc.READING;
        if (data.length < 4096) {
            data = new byte[4096];
        }
        if (kind == Kind.DIR) {
            names = new ArrayList<>();
            types = new ArrayList<>();
        }
        return kind == Kind.FILE ? read() : Libc.getdents64(fd, data);
    }

    private Trap readMore(long ret) {
        length += (int) ret;
        if (length < data.length) {
            return close();
        }
        data = Arrays.copyOf(data, data.length * 2);
        return read();
    }

    private Trap read() {
        return Libc.read(fd, data, length, data.length - length);
    }

    private Trap direntsMore(long ret) {
        if (ret == 0) {
            return close();
        }
        // struct linux_dirent64: d_ino, d_off, d_reclen at 16, d_type at 18, d_name at 19.
        for (int i = 0; i < ret; i += Le.getShort(data, i + 16) & 0xffff) {
            int start = i + 19;
            int end = start;
            while (data[end] != 0) {
                end++;
            }
            types.add((int) data[i + 18]);
            names.add(new String(data, start, end - start, StandardCharsets.UTF_8));
        }
        return Libc.getdents64(fd, data);
    }

    private Trap close() {
        pc = Pc.CLOSED;
        return new Syscall.Close(fd);
    }

    /** CLOCK: the time now, in nanoseconds since the epoch. */
    public long nowNs() {
        return clock[0] * 1_000_000_000L + clock[1];
    }

    /** The file's content as text (UTF-8). */
    public String text() {
        return new String(data, 0, length, StandardCharsets.UTF_8);
    }

    public Fetch copy() {
        Fetch f = new Fetch(kind, path, tag);
        f.error = error;
        f.data = data.clone();
        f.length = length;
        f.names = new ArrayList<>(names);
        f.types = new ArrayList<>(types);
        if (st != null) {
            f.st.ino = st.ino;
            f.st.mode = st.mode;
            f.st.nlink = st.nlink;
            f.st.uid = st.uid;
            f.st.gid = st.gid;
            f.st.size = st.size;
            f.st.mtimeNs = st.mtimeNs;
            f.st.atimeNs = st.atimeNs;
            f.st.ctimeNs = st.ctimeNs;
            f.st.rdev = st.rdev;
            f.st.blocks = st.blocks;
        }
        f.clock = clock.clone();
        f.link = link;
        f.linkError = linkError;
        f.target = target == null ? null : target.copy();
        f.fd = fd;
        f.pc = pc;
        return f;
    }
}
