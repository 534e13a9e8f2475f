package miniunix.kernel.fs;

import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.WaitQueue;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.PollFd;
import miniunix.kernel.uapi.StatBuf;

/**
 * An open file description (Linux struct file, xv6 struct file): what an fd points to. fork
 * and dup2 share one description between fds, so they share its offset and its flags; it is
 * released when the last fd referring to it is closed.
 *
 * <p>The kinds are closed, as xv6's FD_PIPE / FD_INODE / FD_DEVICE tag is: a pipe end, a
 * regular file, a device, a directory being listed, or a generated /proc file.
 *
 * <p>Read and write return a count, -errno, or {@link miniunix.kernel.Ret#BLOCK} after
 * putting the caller to sleep.
 */
public abstract sealed class OpenFile permits PipeEnd, RegularFile, DeviceFile, DirFile, ProcFile,
        TraceFile {
    /** O_ACCMODE and status flags given to open. */
    public final int flags;
    /** fds (in all processes) that refer to this description. */
    public int refs;
    /**
     * The path it was opened by, links resolved (what /proc/PID/maps shows for a mapping of
     * it, and readlink of /proc/PID/fd/N); "" for a pipe.
     */
    public String path = "";

    protected OpenFile(int flags) {
        this.flags = flags;
    }

    public boolean readable() {
        return (flags & Fcntl.O_ACCMODE) != Fcntl.O_WRONLY;
    }

    public boolean writable() {
        return (flags & Fcntl.O_ACCMODE) != Fcntl.O_RDONLY;
    }

    public abstract long read(Kernel k, Proc p, byte[] buf, int off, int len);

    public abstract long write(Kernel k, Proc p, byte[] buf, int off, int len);

    public abstract void stat(StatBuf st);

    /** getdents64 into buf[0..count); only directories list. */
    public long getdents(byte[] buf, int count) {
        return Errno.ENOTDIR.ret();
    }

    /**
     * poll(2): which of events (POLLIN, POLLOUT) would not block now, and POLLHUP or POLLERR
     * whether asked for or not. Regular files, directories and /proc are always ready.
     */
    public int poll(int events) {
        return events & (PollFd.POLLIN | PollFd.POLLOUT);
    }

    /** Where a poller waiting for events sleeps until this file may be ready; null: never. */
    public WaitQueue pollQueue(int events) {
        return null;
    }

    /** The last fd referring to this description was closed. */
    public void release(Kernel k) {
    }
}
