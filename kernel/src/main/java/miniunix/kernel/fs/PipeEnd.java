package miniunix.kernel.fs;

import miniunix.kernel.Kernel;
import miniunix.kernel.Ret;
import miniunix.kernel.ipc.Pipe;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.WaitQueue;
import miniunix.kernel.proc.WaitReason;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.PollFd;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.StatBuf;

/** One end of a pipe: pipe(2) makes a read end (fds[0]) and a write end (fds[1]). */
public final class PipeEnd extends OpenFile {
    public final Pipe pipe;
    private final long ino;

    public PipeEnd(Pipe pipe, boolean writeEnd, long ino) {
        super(writeEnd ? Fcntl.O_WRONLY : Fcntl.O_RDONLY);
        this.pipe = pipe;
        this.ino = ino;
        if (writeEnd) {
            pipe.writers++;
        } else {
            pipe.readers++;
        }
    }

    @Override
    public long read(Kernel k, Proc p, byte[] buf, int off, int len) {
        if (!readable()) {
            return Errno.EBADF.ret();
        }
        int n = pipe.read(buf, off, len);
        if (n == Pipe.WOULD_BLOCK) {
            if ((flags & Fcntl.O_NONBLOCK) != 0) {
                return Errno.EAGAIN.ret();
            }
            k.sleepOn(p, pipe.readWait, WaitReason.PIPE_READ);
            return Ret.BLOCK;
        }
        if (n > 0) {
            k.wakeup(pipe.writeWait);
        }
        return n;
    }

    @Override
    public long write(Kernel k, Proc p, byte[] buf, int off, int len) {
        if (!writable()) {
            return Errno.EBADF.ret();
        }
        if (pipe.readers == 0) {
            // Linux: pipe_write sends SIGPIPE and fails with EPIPE.
            k.sendSignal(p, Signal.SIGPIPE.number);
            return Errno.EPIPE.ret();
        }
        if (len == 0) {
            return 0;
        }
        int n = pipe.write(buf, off, len);
        if (n == Pipe.WOULD_BLOCK) {
            k.sleepOn(p, pipe.writeWait, WaitReason.PIPE_WRITE);
            return Ret.BLOCK;
        }
        k.wakeup(pipe.readWait);
        return n;
    }

    /** Linux pipe_poll: data or no writer left to read; room or no reader left to write. */
    @Override
    public int poll(int events) {
        if (!writable()) {
            return (pipe.available() > 0 ? events & PollFd.POLLIN : 0)
                    | (pipe.writers == 0 ? PollFd.POLLHUP : 0);
        }
        if (pipe.readers == 0) {
            return PollFd.POLLERR;
        }
        return pipe.available() < Pipe.PIPE_BUF_SIZE ? events & PollFd.POLLOUT : 0;
    }

    @Override
    public WaitQueue pollQueue(int events) {
        return writable() ? pipe.writeWait : pipe.readWait;
    }

    @Override
    public void stat(StatBuf st) {
        st.dev = StatBuf.PIPEFS_DEV;
        st.ino = ino;
        st.mode = StatBuf.S_IFIFO | 0600;
        st.nlink = 1;
        st.size = 0;
    }

    @Override
    public void release(Kernel k) {
        if (writable()) {
            if (--pipe.writers == 0) {
                k.wakeup(pipe.readWait);
            }
        } else if (--pipe.readers == 0) {
            k.wakeup(pipe.writeWait);
        }
    }
}
