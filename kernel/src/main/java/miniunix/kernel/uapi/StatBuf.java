package miniunix.kernel.uapi;

/** struct stat, the fields we model; filled by stat(2) and fstat(2). */
public final class StatBuf {
    public static final int S_IFMT = 0170000;
    public static final int S_IFIFO = 0010000;
    public static final int S_IFCHR = 0020000;
    public static final int S_IFDIR = 0040000;
    public static final int S_IFREG = 0100000;

    /** d_type values of getdents64. */
    public static final int DT_FIFO = 1;
    public static final int DT_CHR = 2;
    public static final int DT_DIR = 4;
    public static final int DT_REG = 8;

    public long ino;
    /** File type and permission bits. */
    public int mode;
    public int nlink;
    public int uid;
    public int gid;
    public long size;
    /** A device's number (major << 8 | minor, the old dev_t encoding); 0 for other files. */
    public int rdev;
    /** Modification time in ticks since boot. */
    public long mtimeTicks;
    /** Last access (read) in ticks since boot; see Inode for when it changes. */
    public long atimeTicks;
    /** Last change of the inode (data, mode, owner, links, times) in ticks since boot. */
    public long ctimeTicks;

    public boolean isDir() { return (mode & S_IFMT) == S_IFDIR; }
    public boolean isRegular() { return (mode & S_IFMT) == S_IFREG; }
    public boolean isCharDevice() { return (mode & S_IFMT) == S_IFCHR; }

    /** major(3) and minor(3) of rdev. */
    public int rdevMajor() { return rdev >>> 8; }
    public int rdevMinor() { return rdev & 0xff; }

    public StatBuf copy() {
        StatBuf s = new StatBuf();
        s.ino = ino;
        s.mode = mode;
        s.nlink = nlink;
        s.uid = uid;
        s.gid = gid;
        s.size = size;
        s.rdev = rdev;
        s.mtimeTicks = mtimeTicks;
        s.atimeTicks = atimeTicks;
        s.ctimeTicks = ctimeTicks;
        return s;
    }
}
