package miniunix.user.lib;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * One read of the filesystem as a small state machine: a whole file (open, read until a short
 * read, close), a directory (open, getdents64 until 0, close) or a stat(2). A {@link Report}
 * drives it with {@link #next}; {@link #tag} lets the program remember what it asked for.
 *
 * <p>A file ends at the first short read: true of regular files and of /proc, the only files
 * a report reads, and it saves one read(2) per file (ps reads thousands).
 */
public final class Fetch {
    public enum Kind { FILE, DIR, STAT }

    public final Kind kind;
    public final String path;
    /** Caller's label, e.g. the pid a /proc file belongs to. */
    public final long tag;
    /** 0, or the -errno of the call that failed. */
    public long error;
    /** FILE: the content. */
    public byte[] data = new byte[0];
    public int length;
    /** DIR: entry names and their d_type, in getdents64 order. */
    public List<String> names = new ArrayList<>();
    public List<Integer> types = new ArrayList<>();
    /** STAT: the result. */
    public StatBuf st = new StatBuf();

    private enum Pc { START, OPENED, READING, CLOSED }

    private Pc pc = Pc.START;
    private int fd = -1;

    public Fetch(Kind kind, String path, long tag) {
        this.kind = kind;
        this.path = path;
        this.tag = tag;
    }

    /** The next trap, or null when done; ret is the previous trap's result (0 at first). */
    public Trap next(long ret) {
        switch (pc) {
            case START:
                pc = Pc.OPENED;
                if (kind == Kind.STAT) {
                    return new Syscall.Stat(path, st);
                }
                int flags = Fcntl.O_RDONLY | (kind == Kind.DIR ? Fcntl.O_DIRECTORY : 0);
                return new Syscall.Open(path, flags, 0);
            case OPENED:
                return opened(ret);
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
        if (ret < 0 || kind == Kind.STAT) {
            error = Math.min(ret, 0);
            pc = Pc.CLOSED;
            return null;
        }
        fd = (int) ret;
        pc = Pc.READING;
        data = new byte[kind == Kind.FILE ? 4096 : 8192];
        return kind == Kind.FILE ? read() : new Syscall.Getdents64(fd, data);
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
        return new Syscall.Read(fd, data, length, data.length - length);
    }

    private Trap direntsMore(long ret) {
        if (ret == 0) {
            data = new byte[0];
            return close();
        }
        int i = 0;
        while (i < ret) {
            int type = data[i++];
            int start = i;
            while (data[i] != 0) {
                i++;
            }
            types.add(type);
            names.add(new String(data, start, i - start, StandardCharsets.UTF_8));
            i++;
        }
        return new Syscall.Getdents64(fd, data);
    }

    private Trap close() {
        pc = Pc.CLOSED;
        return new Syscall.Close(fd);
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
        f.st = st.copy();
        f.fd = fd;
        f.pc = pc;
        return f;
    }
}
