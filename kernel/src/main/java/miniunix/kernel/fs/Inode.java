package miniunix.kernel.fs;

import java.util.Arrays;
import java.util.TreeMap;
import miniunix.kernel.tty.Tty;
import miniunix.kernel.uapi.StatBuf;

/**
 * A file in the in-memory filesystem (xv6 struct inode, without the disk): a directory with
 * named entries, a regular file with bytes, or a character device.
 *
 * <p>Invariant: {@code entries} is non-null iff this is a directory; {@code device} is
 * non-null iff this is a character device. Entries are sorted by name (TreeMap), so listings
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
        NULL(1, 3), ZERO(1, 5), RANDOM(1, 8), URANDOM(1, 9), TTY(4, 1), CTTY(5, 0),
        HOST_STDIN(229, 0), HOST_STDOUT(229, 1), HOST_STDERR(229, 2);

        /** major << 8 | minor; a terminal's own number is in its Tty. */
        final int rdev;

        Device(int major, int minor) {
            this.rdev = major << 8 | minor;
        }
    }

    public final long ino;
    /** S_IFDIR, S_IFREG or S_IFCHR. */
    public final int type;
    /** Permission bits (including sticky). */
    public int perm;
    public int uid;
    public int gid;
    public long mtimeTicks;

    public byte[] data = new byte[0];
    public int size;
    /** Bytes written since the last writeback; owned by Vfs's dirty accounting. */
    long dirtyBytes;

    public final TreeMap<String, Inode> entries;
    public Inode parent;

    public final Device device;
    public final Tty tty;

    public Inode(long ino, int type, int perm, Device device, Tty tty) {
        this.ino = ino;
        this.type = type;
        this.perm = perm;
        this.device = device;
        this.tty = tty;
        this.entries = type == StatBuf.S_IFDIR ? new TreeMap<>() : null;
    }

    public boolean isDir() {
        return type == StatBuf.S_IFDIR;
    }

    public void truncate() {
        data = new byte[0];
        size = 0;
    }

    /** Writes len bytes at pos, growing the file; returns len. */
    public int writeAt(long pos, byte[] buf, int off, int len) {
        int end = (int) pos + len;
        if (end > data.length) {
            data = Arrays.copyOf(data, Math.max(end, data.length * 2));
        }
        System.arraycopy(buf, off, data, (int) pos, len);
        size = Math.max(size, end);
        return len;
    }

    public void stat(StatBuf st) {
        st.ino = ino;
        st.mode = type | perm;
        st.nlink = isDir() ? 2 + countSubdirs() : 1;
        st.uid = uid;
        st.gid = gid;
        st.size = isDir() ? 4096 : size;
        st.rdev = device == null ? 0 : tty != null ? tty.devNr : device.rdev;
        st.mtimeTicks = mtimeTicks;
    }

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
        return device != null ? StatBuf.DT_CHR : StatBuf.DT_REG;
    }
}
