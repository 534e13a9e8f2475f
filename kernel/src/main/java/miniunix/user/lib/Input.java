package miniunix.user.lib;

import java.util.Arrays;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * One input file of a program that reads two at once (cmp, diff): opened by name, or stdin
 * for "-", fstat(2)ed, and read in chunks into {@link #buf}. The program makes each trap
 * {@link #open}, {@link #fstat}, {@link #read}, {@link #close} returns, and hands its result
 * to the matching method. Bytes [{@link #start}, {@link #end}) of buf are unread; a program
 * that keeps the whole file (diff) {@link #keep}s and buf grows, one that streams (cmp) lets
 * each read reuse the space of what it consumed.
 * <pre>
 *   fd = strcmp(name, "-") ? open(name, O_RDONLY) : 0;  fstat(fd, &amp;st);
 *   while ((n = read(fd, buf + end, size - end)) &gt; 0) end += n;
 * </pre>
 */
public final class Input {
    /** What a read asks for at most: diffutils' buffer of 64 KiB. */
    private static final int CHUNK = 65536;

    public final String name;
    public byte[] buf = new byte[0];
    public int start;
    public int end;
    /** A read returned 0. */
    public boolean eof;
    public StatBuf st = new StatBuf();
    private int fd = -1;
    private boolean keep;
    /** How much buf has grown since {@link #grew} was last asked. */
    private long grown;

    public Input(String name) {
        this.name = name;
    }

    /** Keep every byte read: buf grows, and start stays where the caller puts it. */
    public Input keep() {
        keep = true;
        return this;
    }

    public boolean isStdin() {
        return name.equals("-");
    }

    /** open(2) of the file, or null for stdin (fd 0, nothing to open). */
    public Trap open() {
        if (isStdin()) {
            fd = 0;
            return null;
        }
        return Libc.open(name, Fcntl.O_RDONLY, 0);
    }

    /** The open's result: false on an error (the caller reports ret). */
    public boolean opened(long ret) {
        if (ret < 0) {
            return false;
        }
        fd = (int) ret;
        return true;
    }

    public Trap fstat() {
        return Libc.fstat(fd, st);
    }

    /**
     * read(2) of the next chunk into buf after {@link #end}; unread bytes are moved to the
     * front first unless the input keeps everything.
     */
    public Trap read() {
        if (!keep && start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (buf.length - end < CHUNK) {
            int size = Math.max(buf.length * 2, end + CHUNK);
            grown += size - buf.length;
            buf = Arrays.copyOf(buf, size);
        }
        return Libc.read(fd, buf, end, buf.length - end);
    }

    /** Bytes buf grew by since the last call: the program charges them to its heap. */
    public long grew() {
        long g = grown;
        grown = 0;
        return g;
    }

    /** The read's result: false on an error (the caller reports ret); a 0 sets eof. */
    public boolean readDone(long ret) {
        if (ret < 0) {
            return false;
        }
        eof = ret == 0;
        end += (int) ret;
        return true;
    }

    /** close(2), or null for stdin and for a file never opened. */
    public Trap close() {
        if (fd <= 0) {
            return null;
        }
        int f = fd;
        fd = -1;
        return new Syscall.Close(f);
    }

    public Input copy() {
        Input i = new Input(name);
        i.buf = buf.clone();
        i.start = start;
        i.end = end;
        i.eof = eof;
        i.st = st.copy();
        i.fd = fd;
        i.keep = keep;
        i.grown = grown;
        return i;
    }
}
