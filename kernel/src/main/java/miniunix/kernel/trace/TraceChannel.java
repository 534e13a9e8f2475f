package miniunix.kernel.trace;

import miniunix.kernel.proc.WaitQueue;

/**
 * A tracer's event queue: the lines ({@link miniunix.kernel.uapi.TraceEvent}) its tracees'
 * syscalls, signals and exits produce, read through the fd ptrace(PTRACE_EVENTS) returns.
 *
 * <p>Invariants: {@link #tracees} counts the processes linked to this channel
 * ({@code Proc.tracedBy == this}); a read of an empty channel sleeps while a tracee may still
 * produce events and returns 0 (EOF) once some process was traced and none is left. A
 * tracee about to make a syscall while {@link #isFull} waits (as a Linux tracee waits in
 * ptrace-stop for its tracer), so a slow tracer slows its tracees and memory stays bounded;
 * the kernel's own events (exit, signals) are always queued.
 */
public final class TraceChannel {
    /** Queued bytes beyond which tracees wait before their next syscall: a pipe's size. */
    public static final int CAPACITY = 65536;
    /** What read returns when the caller must sleep. */
    public static final int WOULD_BLOCK = -1;

    private byte[] buf = new byte[1024];
    private int head;
    private int size;
    /** PTRACE_O_* options given when the channel was opened. */
    public final long options;
    /** Processes traced through this channel now. */
    public int tracees;
    /** True once a process has been traced: from then on no tracee means end of file. */
    public boolean attachedOnce;
    /** False once the tracer closed its last fd: tracees are then no longer traced. */
    public boolean open = true;
    public final WaitQueue readWait = new WaitQueue();
    /** Tracees waiting for room. */
    public final WaitQueue roomWait = new WaitQueue();

    public TraceChannel(long options) {
        this.options = options;
    }

    public boolean isFull() {
        return size >= CAPACITY;
    }

    /** Queues one event's bytes (the ring doubles when they don't fit). */
    public void append(byte[] b) {
        if (size + b.length > buf.length) {
            byte[] bigger = new byte[Math.max(buf.length * 2, size + b.length)];
            copyOut(bigger, 0, size);
            buf = bigger;
            head = 0;
        }
        int tail = (head + size) % buf.length;
        int first = Math.min(b.length, buf.length - tail);
        System.arraycopy(b, 0, buf, tail, first);
        System.arraycopy(b, first, buf, 0, b.length - first);
        size += b.length;
    }

    /** Up to len queued bytes into b; 0 at end of file; {@link #WOULD_BLOCK} when empty. */
    public int read(byte[] b, int off, int len) {
        if (size == 0) {
            return attachedOnce && tracees == 0 ? 0 : WOULD_BLOCK;
        }
        int n = Math.min(len, size);
        copyOut(b, off, n);
        head = (head + n) % buf.length;
        size -= n;
        return n;
    }

    /** Copies the oldest n queued bytes to b[off..], leaving them queued. */
    private void copyOut(byte[] b, int off, int n) {
        int first = Math.min(n, buf.length - head);
        System.arraycopy(buf, head, b, off, first);
        System.arraycopy(buf, 0, b, off + first, n - first);
    }

    public int queued() {
        return size;
    }
}
