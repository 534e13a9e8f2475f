package miniunix.kernel.fs;

import java.nio.charset.StandardCharsets;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Le;
import miniunix.kernel.uapi.StatBuf;

/**
 * A directory opened for listing. The listing is taken when it is opened, as the
 * linux_dirent64 records getdents64(2) copies out, and handed out a buffer at a time.
 */
public final class DirFile extends OpenFile {
    private final byte[] listing;
    private final int length;
    private final StatBuf st;
    private int offset;

    /** The directory listed, or null for a /proc directory. */
    public final Inode inode;

    public DirFile(Listing listing, StatBuf st, int flags) {
        this(listing, st, flags, null);
    }

    DirFile(Listing listing, StatBuf st, int flags, Inode inode) {
        super(flags);
        this.listing = listing.bytes;
        this.length = listing.length;
        this.st = st;
        this.inode = inode;
    }

    /**
     * A directory's entries as x86-64's struct linux_dirent64 records: d_ino (u64), d_off
     * (s64, here the offset of the next record), d_reclen (u16), d_type (u8), the name and a
     * NUL, padded to a multiple of 8 bytes.
     */
    public static final class Listing {
        /** Where d_name starts in a record. */
        public static final int NAME = 19;
        private byte[] bytes = new byte[256];
        private int length;

        public void add(long ino, int dtype, String name) {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            int reclen = (NAME + n.length + 1 + 7) & ~7;
            if (length + reclen > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + reclen));
            }
            java.util.Arrays.fill(bytes, length, length + reclen, (byte) 0);
            Le.putLong(bytes, length, ino);
            Le.putLong(bytes, length + 8, length + reclen);
            Le.putShort(bytes, length + 16, (short) reclen);
            bytes[length + 18] = (byte) dtype;
            System.arraycopy(n, 0, bytes, length + NAME, n.length);
            length += reclen;
        }
    }

    /**
     * getdents64: the whole records that fit in buf[0..count), from where the last call ended;
     * 0 at the end, EINVAL if count can't hold the next record.
     */
    @Override
    public long getdents(byte[] buf, int count) {
        int end = offset;
        while (end < length) {
            int reclen = Le.getShort(listing, end + 16) & 0xffff;
            if (end + reclen - offset > count) {
                break;
            }
            end += reclen;
        }
        if (end == offset && offset < length) {
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
        out.blocks = st.blocks;
        out.mtimeNs = st.mtimeNs;
        out.atimeNs = st.atimeNs;
        out.ctimeNs = st.ctimeNs;
    }
}
