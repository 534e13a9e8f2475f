package miniunix.kernel.uapi;

/**
 * struct statfs, the fields we model; statfs(2) copies it out in Linux x86-64's layout
 * ({@link #SIZE} bytes: f_type, f_bsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree,
 * f_fsid, f_namelen, f_frsize, f_flags, f_spare[4], each 64-bit). Sizes are in blocks of bsize.
 */
public final class StatfsBuf {
    /** sizeof(struct statfs) on x86-64. */
    public static final int SIZE = 120;

    /** The filesystem's magic number (TMPFS_MAGIC 0x01021994 for tmpfs). */
    public long type;
    /** Block size in bytes. */
    public long bsize;
    /** Blocks in all, free, and free to an unprivileged user. */
    public long blocks;
    public long bfree;
    public long bavail;
    /** Inodes in all and free. */
    public long files;
    public long ffree;
    /** The longest file name. */
    public long namelen;

    /** This struct at b[off..off+SIZE). */
    public void encode(byte[] b, int off) {
        java.util.Arrays.fill(b, off, off + SIZE, (byte) 0);
        Le.putLong(b, off, type);
        Le.putLong(b, off + 8, bsize);
        Le.putLong(b, off + 16, blocks);
        Le.putLong(b, off + 24, bfree);
        Le.putLong(b, off + 32, bavail);
        Le.putLong(b, off + 40, files);
        Le.putLong(b, off + 48, ffree);
        Le.putLong(b, off + 64, namelen);
        Le.putLong(b, off + 72, bsize);          // f_frsize
    }

    /** This struct gets the fields of the struct statfs at b[off..off+SIZE). */
    public void decodeFrom(byte[] b, int off) {
        type = Le.getLong(b, off);
        bsize = Le.getLong(b, off + 8);
        blocks = Le.getLong(b, off + 16);
        bfree = Le.getLong(b, off + 24);
        bavail = Le.getLong(b, off + 32);
        files = Le.getLong(b, off + 40);
        ffree = Le.getLong(b, off + 48);
        namelen = Le.getLong(b, off + 64);
    }
}
