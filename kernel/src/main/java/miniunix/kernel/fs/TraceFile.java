package miniunix.kernel.fs;

import miniunix.kernel.Kernel;
import miniunix.kernel.Ret;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.WaitReason;
import miniunix.kernel.trace.TraceChannel;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;

/**
 * The read end of a tracer's event channel (ptrace PTRACE_EVENTS), an anonymous file like
 * Linux's anon_inode files: reads sleep until an event comes and give 0 once every tracee is
 * gone; writes fail with EBADF. Closing the last fd ends the tracing of every tracee.
 */
public final class TraceFile extends OpenFile {
    public final TraceChannel channel;

    public TraceFile(TraceChannel channel) {
        super(Fcntl.O_RDONLY);
        this.channel = channel;
    }

    @Override
    public long read(Kernel k, Proc p, byte[] buf, int off, int len) {
        int n = channel.read(buf, off, len);
        if (n == TraceChannel.WOULD_BLOCK) {
            k.sleepOn(p, channel.readWait, WaitReason.TRACE_WAIT);
            return Ret.BLOCK;
        }
        k.wakeup(channel.roomWait);
        return n;
    }

    @Override
    public long write(Kernel k, Proc p, byte[] buf, int off, int len) {
        return Errno.EBADF.ret();
    }

    @Override
    public void stat(StatBuf st) {
        st.mode = 0600;
        st.nlink = 1;
    }

    @Override
    public void release(Kernel k) {
        channel.open = false;
        k.wakeup(channel.roomWait);
    }
}
