package miniunix.kernel.uapi;

/**
 * struct stat, the fields we model; stat(2) and fstat(2) copy it out to user memory in
 * Linux x86-64's layout ({@link #SIZE} bytes, {@link #encode}), and the C library decodes it
 * back ({@link #decode}).
 *
 * <p>The three times are the struct's timespecs as one count of nanoseconds since the epoch
 * (1970 UTC, the simulated CLOCK_REALTIME that date(1) and clock_gettime read), whole ticks
 * of the kernel's clock (HZ = 100).
 */
public final class StatBuf {
    /** sizeof(struct stat) on x86-64. */
    public static final int SIZE = 144;
    private static final long NS = 1_000_000_000L;

    /** pipefs, mounted by the kernel at boot before anything else: pipes' st_dev (0,1). */
    public static final long PIPEFS_DEV = 1;
    /** The root tmpfs (0,2) and /proc (0,3), mounted in that order. */
    public static final long TMPFS_DEV = 2;
    public static final long PROC_DEV = 3;

    public static final int S_IFMT = 0170000;
    public static final int S_IFIFO = 0010000;
    public static final int S_IFCHR = 0020000;
    public static final int S_IFDIR = 0040000;
    public static final int S_IFREG = 0100000;
    public static final int S_IFLNK = 0120000;

    /** d_type values of getdents64. */
    public static final int DT_FIFO = 1;
    public static final int DT_CHR = 2;
    public static final int DT_DIR = 4;
    public static final int DT_REG = 8;
    public static final int DT_LNK = 10;

    /**
     * st_dev: the device of the filesystem that holds the file (major << 8 | minor, as Linux
     * encodes a small one). Each filesystem here is an anonymous device (major 0), numbered
     * as it is mounted: {@link #PIPEFS_DEV}, {@link #TMPFS_DEV}, {@link #PROC_DEV}.
     */
    public long dev;
    public long ino;
    /** File type and permission bits. */
    public int mode;
    public int nlink;
    public int uid;
    public int gid;
    public long size;
    /** A device's number (major << 8 | minor, the old dev_t encoding); 0 for other files. */
    public int rdev;
    /**
     * st_blocks: 512-byte units the file holds (tmpfs: its resident pages, 8 a page); 0 for
     * directories, links (the target is kept in the inode), devices and pipes, as on tmpfs.
     */
    public long blocks;
    /** st_mtim: modification time, in nanoseconds since the epoch. */
    public long mtimeNs;
    /** st_atim: last access (read), in nanoseconds since the epoch; see Inode for when. */
    public long atimeNs;
    /** st_ctim: last change of the inode (data, mode, owner, links, times), ns since the epoch. */
    public long ctimeNs;

    public boolean isDir() { return (mode & S_IFMT) == S_IFDIR; }
    public boolean isRegular() { return (mode & S_IFMT) == S_IFREG; }
    public boolean isCharDevice() { return (mode & S_IFMT) == S_IFCHR; }
    public boolean isLink() { return (mode & S_IFMT) == S_IFLNK; }

    /** major(3) and minor(3) of rdev. */
    public int rdevMajor() { return rdev >>> 8; }
    public int rdevMinor() { return rdev & 0xff; }

    /** major(3) and minor(3) of dev (Linux's new_encode_dev, for any size). */
    public long devMajor() { return (dev & 0xfff00) >>> 8; }
    public long devMinor() { return (dev & 0xff) | (dev >>> 12 & 0xfff00); }

    /**
     * This struct at b[off..off+SIZE) as x86-64's struct stat: st_dev, st_ino, st_nlink (u64),
     * st_mode, st_uid, st_gid (u32), padding, st_rdev, st_size, st_blksize, st_blocks (64-bit),
     * then st_atim, st_mtim, st_ctim (timespecs) and three unused longs.
     */
    public void encode(byte[] b, int off) {
        java.util.Arrays.fill(b, off, off + SIZE, (byte) 0);
        Le.putLong(b, off, dev);
        Le.putLong(b, off + 8, ino);
        Le.putLong(b, off + 16, nlink);
        Le.putInt(b, off + 24, mode);
        Le.putInt(b, off + 28, uid);
        Le.putInt(b, off + 32, gid);
        Le.putLong(b, off + 40, rdev);
        Le.putLong(b, off + 48, size);
        Le.putLong(b, off + 56, 4096);           // st_blksize
        Le.putLong(b, off + 64, blocks);
        putTime(b, off + 72, atimeNs);
        putTime(b, off + 88, mtimeNs);
        putTime(b, off + 104, ctimeNs);
    }

    /** The struct stat at b[off..off+SIZE) (see {@link #encode}). */
    public static StatBuf decode(byte[] b, int off) {
        StatBuf s = new StatBuf();
        s.decodeFrom(b, off);
        return s;
    }

    /** This struct gets the fields of the struct stat at b[off..off+SIZE). */
    public void decodeFrom(byte[] b, int off) {
        dev = Le.getLong(b, off);
        ino = Le.getLong(b, off + 8);
        nlink = (int) Le.getLong(b, off + 16);
        mode = Le.getInt(b, off + 24);
        uid = Le.getInt(b, off + 28);
        gid = Le.getInt(b, off + 32);
        rdev = (int) Le.getLong(b, off + 40);
        size = Le.getLong(b, off + 48);
        blocks = Le.getLong(b, off + 64);
        atimeNs = getTime(b, off + 72);
        mtimeNs = getTime(b, off + 88);
        ctimeNs = getTime(b, off + 104);
    }

    /** A struct timespec (tv_sec, tv_nsec) at b[off..off+16) for ns since the epoch. */
    private static void putTime(byte[] b, int off, long ns) {
        Le.putLong(b, off, Math.floorDiv(ns, NS));
        Le.putLong(b, off + 8, Math.floorMod(ns, NS));
    }

    private static long getTime(byte[] b, int off) {
        return Le.getLong(b, off) * NS + Le.getLong(b, off + 8);
    }

    public StatBuf copy() {
        StatBuf s = new StatBuf();
        s.dev = dev;
        s.ino = ino;
        s.mode = mode;
        s.nlink = nlink;
        s.uid = uid;
        s.gid = gid;
        s.size = size;
        s.rdev = rdev;
        s.blocks = blocks;
        s.mtimeNs = mtimeNs;
        s.atimeNs = atimeNs;
        s.ctimeNs = ctimeNs;
        return s;
    }
}
