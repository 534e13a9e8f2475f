package miniunix.kernel.fs;

import java.util.Arrays;
import miniunix.kernel.Kernel;
import miniunix.kernel.Ret;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.WaitReason;
import miniunix.kernel.tty.Tty;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;

/**
 * A character device: /dev/null, /dev/zero, /dev/random and /dev/urandom (the kernel's one
 * seeded generator, so the same --seed reads the same bytes), or a terminal.
 */
public final class DeviceFile extends OpenFile {
    public final Inode inode;

    public DeviceFile(Inode inode, int flags) {
        super(flags);
        this.inode = inode;
    }

    /** The terminal behind this file, or null for null and zero. */
    public Tty tty() {
        return inode.tty;
    }

    @Override
    public long read(Kernel k, Proc p, byte[] buf, int off, int len) {
        if (!readable()) {
            return Errno.EBADF.ret();
        }
        return switch (inode.device) {
            case NULL -> 0;
            case ZERO -> {
                Arrays.fill(buf, off, off + len, (byte) 0);
                yield len;
            }
            case RANDOM, URANDOM -> k.randomBytes(buf, off, len);
            case TTY -> readTty(k, p, buf, off, len);
        };
    }

    private long readTty(Kernel k, Proc p, byte[] buf, int off, int len) {
        int n = inode.tty.read(buf, off, len);
        if (n >= 0) {
            return n;
        }
        if ((flags & Fcntl.O_NONBLOCK) != 0) {
            return Errno.EAGAIN.ret();
        }
        k.sleepOn(p, inode.tty.readWait, WaitReason.TTY_READ);
        return Ret.BLOCK;
    }

    @Override
    public long write(Kernel k, Proc p, byte[] buf, int off, int len) {
        if (!writable()) {
            return Errno.EBADF.ret();
        }
        if (inode.device == Inode.Device.TTY) {
            if (inode.tty.outputFull()) {
                k.sleepOn(p, inode.tty.writeWait, WaitReason.TTY_WRITE);
                return Ret.BLOCK;
            }
            inode.tty.write(buf, off, len);
        }
        return len;
    }

    @Override
    public void stat(StatBuf st) {
        inode.stat(st);
    }
}
