package miniunix.kernel.fs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.TreeMap;
import miniunix.kernel.tty.Tty;
import miniunix.kernel.uapi.StatBuf;

/**
 * A file in the in-memory filesystem (xv6 struct inode, without the disk): a directory with
 * named entries, a regular file with bytes (in pages charged to the {@link Tmpfs}), a
 * character device, or a symbolic link holding its target path.
 *
 * <p>Invariant: {@code entries} is non-null iff this is a directory; {@code device} is
 * non-null iff this is a character device; {@code symlink} is non-null iff this is a link. Entries are sorted by name (TreeMap), so listings
 * are deterministic.
 */
public final class Inode {
    /**
     * The character devices of /dev, with their numbers (Documentation/admin-guide/devices.txt).
     * CTTY is /dev/tty, which opens the caller's controlling terminal. HOST_* are the host's
     * standard streams (kernel.tty.HostStdio), numbered as the hypervisor consoles (hvc,
     * major 229) a VM's host ports are.
     */
    public enum Device {
        NULL(1, 3), ZERO(1, 5), FULL(1, 7), RANDOM(1, 8), URANDOM(1, 9), TTY(4, 1), CTTY(5, 0),
        HOST_STDIN(229, 0), HOST_STDOUT(229, 1), HOST_STDERR(229, 2);

        /** major << 8 | minor; a terminal's own number is in its Tty. */
        final int rdev;

        Device(int major, int minor) {
            this.rdev = major << 8 | minor;
        }
    }

    public final long ino;
    /** S_IFDIR, S_IFREG, S_IFCHR or S_IFLNK. */
    public final int type;
    /** Permission bits (including sticky). */
    public int perm;
    public int uid;
    public int gid;
    public long mtimeTicks;
    /**
     * Last read, in ticks since boot, by relatime's rule ({@link #accessed}); and last change
     * of data or metadata (write, truncate, chown, utimens, a link made or removed).
     */
    public long atimeTicks;
    public long ctimeTicks;

    // A regular file's data, a page at a time, each page a frame of the Tmpfs (pfns[i]).
    // Invariant: pages[i] != null iff pfns[i] >= 0; a page never written is a hole that reads
    // as zeros and costs nothing; no page lies wholly at or past size.
    private byte[][] pages = NO_PAGES;
    private int[] pfns = NO_PFNS;
    public long size;
    /** Names that refer to this inode (hard links; a directory's is computed): 0 once unlinked. */
    int nlink = 1;
    /** Open file descriptions of it; its pages go when both this and nlink are 0. */
    int opens;
    /** Bytes written since the last writeback; owned by Vfs's dirty accounting. */
    long dirtyBytes;

    public final TreeMap<String, Inode> entries;
    public Inode parent;

    public final Device device;
    public final Tty tty;
    /**
     * A symbolic link's target, as symlink(2) was given it. Simplified: it is kept in the
     * inode whatever its length (tmpfs keeps short ones there and long ones in a page).
     */
    public final String symlink;

    private static final byte[][] NO_PAGES = new byte[0][];
    private static final int[] NO_PFNS = new int[0];

    public Inode(long ino, int type, int perm, Device device, Tty tty) {
        this(ino, type, perm, device, tty, null);
    }

    private Inode(long ino, int type, int perm, Device device, Tty tty, String symlink) {
        this.ino = ino;
        this.type = type;
        this.perm = perm;
        this.device = device;
        this.tty = tty;
        this.symlink = symlink;
        this.entries = type == StatBuf.S_IFDIR ? new TreeMap<>() : null;
        if (symlink != null) {
            size = symlink.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    /** A symbolic link to target: mode 0777, as Linux's are (their mode is never used). */
    public static Inode symlink(long ino, String target) {
        return new Inode(ino, StatBuf.S_IFLNK, 0777, null, null, target);
    }

    public boolean isDir() {
        return type == StatBuf.S_IFDIR;
    }

    public boolean isLink() {
        return type == StatBuf.S_IFLNK;
    }

    /** Drops every page of data (O_TRUNC, or the last reference gone). */
    public void truncate(Tmpfs fs) {
        for (int i = 0; i < pages.length; i++) {
            if (pages[i] != null) {
                fs.freePage(pfns[i]);
                pages[i] = null;
                pfns[i] = -1;
            }
        }
        pages = NO_PAGES;
        pfns = NO_PFNS;
        size = 0;
    }

    /**
     * Writes len bytes at pos, growing the file a page at a time; returns the bytes written,
     * which are fewer than len when the filesystem or RAM ran out part-way, or -ENOSPC /
     * -ENOMEM when not even the first byte fitted (Linux generic_perform_write).
     */
    public long writeAt(Tmpfs fs, long pos, byte[] buf, int off, int len) {
        int done = 0;
        while (done < len) {
            long at = pos + done;
            int page = (int) (at / Tmpfs.PAGE_SIZE);
            int in = (int) (at % Tmpfs.PAGE_SIZE);
            long err = ensurePage(fs, page);
            if (err < 0) {
                if (done == 0) {
                    return err;
                }
                break;
            }
            int n = Math.min(len - done, Tmpfs.PAGE_SIZE - in);
            System.arraycopy(buf, off + done, pages[page], in, n);
            done += n;
        }
        size = Math.max(size, pos + done);
        return done;
    }

    /** Page i resident, with a frame; 0, or -errno from the Tmpfs. */
    private long ensurePage(Tmpfs fs, int i) {
        if (i >= pages.length) {
            int n = Math.max(i + 1, pages.length * 2);
            pages = Arrays.copyOf(pages, n);
            int old = pfns.length;
            pfns = Arrays.copyOf(pfns, n);
            Arrays.fill(pfns, old, n, -1);
        }
        if (pages[i] == null) {
            long pfn = fs.allocPage(i);
            if (pfn < 0) {
                return pfn;
            }
            pages[i] = new byte[Tmpfs.PAGE_SIZE];
            pfns[i] = (int) pfn;
        }
        return 0;
    }

    /** Copies up to len bytes from pos into buf; returns how many (0 at or past the end). */
    public int readAt(long pos, byte[] buf, int off, int len) {
        int n = (int) Math.max(0, Math.min(len, size - pos));
        int done = 0;
        while (done < n) {
            long at = pos + done;
            int page = (int) (at / Tmpfs.PAGE_SIZE);
            int in = (int) (at % Tmpfs.PAGE_SIZE);
            int m = Math.min(n - done, Tmpfs.PAGE_SIZE - in);
            byte[] data = page < pages.length ? pages[page] : null;
            if (data == null) {
                Arrays.fill(buf, off + done, off + done + m, (byte) 0);
            } else {
                System.arraycopy(data, in, buf, off + done, m);
            }
            done += m;
        }
        return n;
    }

    /** Pages of data held (resident pages, holes not counted). */
    public long residentPages() {
        long n = 0;
        for (byte[] p : pages) {
            n += p == null ? 0 : 1;
        }
        return n;
    }

    /** The file's last name went (unlink, or replaced by rename): frees it once unopened. */
    void unlinked(Tmpfs fs) {
        nlink = 0;
        if (opens == 0 && pages.length > 0) {
            truncate(fs);
        }
    }

    /** An open file description of it went: frees an unlinked file's pages with the last. */
    void closed(Tmpfs fs) {
        opens--;
        if (opens == 0 && nlink == 0) {
            truncate(fs);
        }
    }

    /**
     * What each entry adds to a directory's size, as tmpfs's BOGO_DIRENT_SIZE: a directory
     * has no data, and its size counts "." and ".." and one more for each name in it.
     */
    private static final int BOGO_DIRENT_SIZE = 20;
    /** Nanoseconds in a tick of the kernel's clock (HZ = 100). */
    public static final long TICK_NS = 10_000_000L;

    /**
     * stat(2)'s fields, tmpfs's: st_blocks are the resident pages (0 but for a regular file).
     * The times are the inode's ticks since boot, as nanoseconds since boot: the syscall
     * layer adds the boot time (kernel.syscall.SyscallTable's copyoutStat) to make them
     * since the epoch, as Linux's inode times are.
     */
    public void stat(StatBuf st) {
        st.dev = StatBuf.TMPFS_DEV;
        st.ino = ino;
        st.mode = type | perm;
        st.nlink = isDir() ? 2 + countSubdirs() : nlink;
        st.uid = uid;
        st.gid = gid;
        st.size = isDir() ? (2 + entries.size()) * BOGO_DIRENT_SIZE : size;
        st.rdev = device == null ? 0 : tty != null ? tty.devNr : device.rdev;
        st.blocks = residentPages() * (Tmpfs.PAGE_SIZE / 512);
        st.mtimeNs = mtimeTicks * TICK_NS;
        st.atimeNs = atimeTicks * TICK_NS;
        st.ctimeNs = ctimeTicks * TICK_NS;
    }

    /** A new inode's times: all three now. */
    public void born(long now) {
        mtimeTicks = now;
        atimeTicks = now;
        ctimeTicks = now;
    }

    /** Data changed (write, truncate; a directory's entries): mtime and ctime now. */
    public void modified(long now) {
        mtimeTicks = now;
        ctimeTicks = now;
    }

    /**
     * A read at now. Linux's relatime (the mount option /proc/mounts shows): atime moves only
     * if it is not after mtime or ctime, or is a day old, so reads cost no write most times.
     */
    public void accessed(long now) {
        if (atimeTicks <= mtimeTicks || atimeTicks <= ctimeTicks
                || now - atimeTicks >= RELATIME_TICKS) {
            atimeTicks = now;
        }
    }

    /** A day in ticks (HZ 100): relatime's longest wait. */
    private static final long RELATIME_TICKS = 24L * 60 * 60 * 100;

    private int countSubdirs() {
        int n = 0;
        for (Inode i : entries.values()) {
            if (i.isDir()) {
                n++;
            }
        }
        return n;
    }

    /** d_type of getdents64. */
    public int dtype() {
        if (isDir()) {
            return StatBuf.DT_DIR;
        }
        if (isLink()) {
            return StatBuf.DT_LNK;
        }
        return device != null ? StatBuf.DT_CHR : StatBuf.DT_REG;
    }
}
