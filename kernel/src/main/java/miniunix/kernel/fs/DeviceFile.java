package miniunix.kernel.fs;

import java.util.Arrays;
import miniunix.kernel.Kernel;
import miniunix.kernel.Ret;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcTable;
import miniunix.kernel.proc.WaitQueue;
import miniunix.kernel.proc.WaitReason;
import miniunix.kernel.tty.HostStdio;
import miniunix.kernel.tty.Tty;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.PollFd;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.StatBuf;

/**
 * A character device: /dev/null, /dev/zero, /dev/full (reads zeros, every write fails with
 * ENOSPC, as Linux's drivers/char/mem.c), /dev/random and /dev/urandom (the kernel's one
 * seeded generator, so the same --seed reads the same bytes), a terminal, or one of the
 * host's standard streams (/dev/host/stdin, stdout, stderr: {@link HostStdio}).
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
            case ZERO, FULL -> {
                Arrays.fill(buf, off, off + len, (byte) 0);
                yield len;
            }
            case RANDOM, URANDOM -> k.randomBytes(buf, off, len);
            case TTY -> readTty(k, p, buf, off, len);
            case HOST_STDIN -> readHost(k, p, buf, off, len);
            case HOST_STDOUT, HOST_STDERR -> Errno.EBADF.ret();
            case CTTY -> Errno.ENXIO.ret();     // opening /dev/tty gives the terminal itself
        };
    }

    /** The host's stdin: a line at most; sleeps until the front end types more or EOF. */
    private long readHost(Kernel k, Proc p, byte[] buf, int off, int len) {
        HostStdio host = k.hostStdio();
        int n = host.read(buf, off, len);
        if (n >= 0) {
            return n;
        }
        if ((flags & Fcntl.O_NONBLOCK) != 0) {
            return Errno.EAGAIN.ret();
        }
        k.sleepOn(p, host.readWait, WaitReason.TTY_READ);
        return Ret.BLOCK;
    }

    private long readTty(Kernel k, Proc p, byte[] buf, int off, int len) {
        if (isBackground(p, inode.tty)) {
            return backgroundRead(k, p);
        }
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

    /** p reads its controlling terminal from a process group that is not the foreground one. */
    private static boolean isBackground(Proc p, Tty tty) {
        return p.tty == tty && tty.fgPgrp > 0 && p.pgid != tty.fgPgrp;
    }

    /**
     * Linux tty_check_change: a background job that reads its terminal gets SIGTTIN, its
     * whole process group does, and the read is performed again when it is continued (the
     * job's `fg`). EIO instead if it ignores SIGTTIN, or if its group is orphaned (no member
     * has a parent in another group of the session: nobody would continue it).
     */
    private static long backgroundRead(Kernel k, Proc p) {
        if (p.isIgnored(Signal.SIGTTIN.number) || isOrphaned(k, p.pgid, p.sid)) {
            return Errno.EIO.ret();
        }
        k.signals().sendToGroup(p.pgid, Signal.SIGTTIN.number);
        // ERESTARTSYS: SIGTTIN is taken on the way out (a stop, or a handler) and the read is
        // performed again after it; a caller that did not get it (init) reads EIO.
        return p.deliverableSignals() != 0 ? Ret.BLOCK : Errno.EIO.ret();
    }

    /** POSIX's orphaned process group: no member's parent is in the session but outside the group. */
    private static boolean isOrphaned(Kernel k, int pgid, int sid) {
        ProcTable procs = k.procs();
        for (int q = procs.nextPid(0); q > 0; q = procs.nextPid(q)) {
            Proc m = procs.get(q);
            Proc parent = m.parent;
            if (m.pgid == pgid && m.isAlive() && parent != null && parent.pgid != pgid && parent.sid == sid) {
                return false;
            }
        }
        return true;
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
        } else if (inode.device == Inode.Device.HOST_STDOUT || inode.device == Inode.Device.HOST_STDERR) {
            return writeHost(k, p, buf, off, len);
        } else if (inode.device == Inode.Device.HOST_STDIN) {
            return Errno.EBADF.ret();
        } else if (inode.device == Inode.Device.FULL) {
            return Errno.ENOSPC.ret();
        }
        return len;
    }

    private long writeHost(Kernel k, Proc p, byte[] buf, int off, int len) {
        HostStdio host = k.hostStdio();
        if (host.outputFull()) {
            k.sleepOn(p, host.writeWait, WaitReason.TTY_WRITE);
            return Ret.BLOCK;
        }
        host.write(inode.device == Inode.Device.HOST_STDOUT ? HostStdio.STDOUT : HostStdio.STDERR,
                buf, off, len);
        return len;
    }

    /**
     * A terminal is readable when a read would return, writable while its output has room.
     * The other devices are always ready. Simplified: so is the host's stdin, which the front
     * end fills only when a reader waits (a read after poll may still sleep).
     */
    @Override
    public int poll(int events) {
        int ready = events & (PollFd.POLLIN | PollFd.POLLOUT);
        if (inode.device != Inode.Device.TTY) {
            return ready;
        }
        Tty tty = inode.tty;
        return (tty.readable() ? ready & PollFd.POLLIN : 0)
                | (tty.outputFull() ? 0 : ready & PollFd.POLLOUT);
    }

    @Override
    public WaitQueue pollQueue(int events) {
        if (inode.device == Inode.Device.TTY) {
            return (events & PollFd.POLLIN) != 0 ? inode.tty.pollWait : inode.tty.writeWait;
        }
        return null;
    }

    @Override
    public void stat(StatBuf st) {
        inode.stat(st);
    }
}
