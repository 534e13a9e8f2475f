package miniunix.kernel.uapi;

/** struct statfs, the fields we model; filled by statfs(2). Sizes are in blocks of bsize. */
public final class StatfsBuf {
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
}
