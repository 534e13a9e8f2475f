package miniunix.kernel.fs;

import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Rlimit;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.StatBuf;

/** A regular file of the in-memory filesystem, with the description's own offset. */
public final class RegularFile extends OpenFile {
    public final Inode inode;
    private long offset;

    public RegularFile(Inode inode, int flags) {
        super(flags);
        this.inode = inode;
        inode.opens++;
    }

    @Override
    public long read(Kernel k, Proc p, byte[] buf, int off, int len) {
        if (!readable()) {
            return Errno.EBADF.ret();
        }
        int n = inode.readAt(offset, buf, off, len);
        inode.accessed(k.now());
        offset += n;
        return n;
    }

    @Override
    public long write(Kernel k, Proc p, byte[] buf, int off, int len) {
        if (!writable()) {
            return Errno.EBADF.ret();
        }
        if ((flags & Fcntl.O_APPEND) != 0) {
            offset = inode.size;
        }
        if (offset + len > Vfs.MAX_FILE_BYTES) {
            return Errno.EFBIG.ret();
        }
        // RLIMIT_FSIZE (Linux generic_write_check_limits): at or past it, SIGXFSZ and EFBIG;
        // a write that would cross it is cut short at it.
        long fsize = p.rlimits.cur(Rlimit.RLIMIT_FSIZE);
        if (fsize != Rlimit.RLIM_INFINITY && len > 0) {
            if (offset >= fsize) {
                k.sendSignal(p, Signal.SIGXFSZ.number);
                return Errno.EFBIG.ret();
            }
            len = (int) Math.min(len, fsize - offset);
        }
        long n = inode.writeAt(k.vfs().tmpfs(), offset, buf, off, len);
        if (n <= 0) {
            return n;
        }
        k.vfs().dirtied(inode, n);
        inode.modified(k.now());
        offset += n;
        return n;
    }

    @Override
    public void release(Kernel k) {
        inode.closed(k.vfs().tmpfs());
    }

    @Override
    public void stat(StatBuf st) {
        inode.stat(st);
    }
}
