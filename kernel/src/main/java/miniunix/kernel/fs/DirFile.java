package miniunix.kernel.fs;

import java.nio.charset.StandardCharsets;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;

/**
 * A directory opened for listing. The listing is taken when it is opened, in getdents64's
 * simplified record format (d_type byte, name, NUL), and handed out a buffer at a time.
 */
public final class DirFile extends OpenFile {
    private final byte[] listing;
    private final StatBuf st;
    private int offset;

    /** The directory listed, or null for a /proc directory. */
    public final Inode inode;

    public DirFile(byte[] listing, StatBuf st, int flags) {
        this(listing, st, flags, null);
    }

    DirFile(byte[] listing, StatBuf st, int flags, Inode inode) {
        super(flags);
        this.listing = listing;
        this.st = st;
        this.inode = inode;
    }

    /** Appends one getdents64 record to sb. */
    public static void entry(StringBuilder sb, int dtype, String name) {
        sb.append((char) dtype).append(name).append('\0');
    }

    public static byte[] encode(StringBuilder sb) {
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public long getdents(byte[] buf) {
        int end = offset;
        // Hand out whole records only.
        while (end < listing.length) {
            int nul = end + 1;
            while (nul < listing.length && listing[nul] != 0) {
                nul++;
            }
            if (nul + 1 - offset > buf.length) {
                break;
            }
            end = nul + 1;
        }
        if (end == offset && offset < listing.length) {
            return Errno.EINVAL.ret();
        }
        int n = end - offset;
        System.arraycopy(listing, offset, buf, 0, n);
        offset = end;
        return n;
    }

    @Override
    public long read(Kernel k, Proc p, byte[] buf, int off, int len) {
        return Errno.EISDIR.ret();
    }

    @Override
    public long write(Kernel k, Proc p, byte[] buf, int off, int len) {
        return Errno.EBADF.ret();
    }

    @Override
    public void stat(StatBuf out) {
        out.ino = st.ino;
        out.mode = st.mode;
        out.nlink = st.nlink;
        out.uid = st.uid;
        out.gid = st.gid;
        out.size = st.size;
        out.mtimeTicks = st.mtimeTicks;
        out.atimeTicks = st.atimeTicks;
        out.ctimeTicks = st.ctimeTicks;
    }
}
