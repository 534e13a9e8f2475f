package miniunix.kernel.ipc;

import miniunix.kernel.proc.WaitQueue;

/**
 * A pipe's kernel buffer (Linux fs/pipe.c, xv6 pipe.c): a ring of {@link #PIPE_BUF_SIZE} bytes
 * with counts of open read and write ends.
 *
 * <p>Semantics: a read of an empty pipe sleeps while a writer exists and returns 0 (EOF) when
 * the last writer has closed. A write sleeps while the pipe is full and fails with EPIPE when
 * no reader is left. Writes of at most {@link #PIPE_BUF} bytes are atomic.
 *
 * <p>Simplified: a blocking write larger than PIPE_BUF returns after writing what fits
 * (Linux keeps writing until done); the user library loops on partial writes as it must anyway.
 * The ring grows on demand up to 64 KiB, so an idle pipe costs little memory.
 */
public final class Pipe {
    /** Capacity of the buffer (Linux's default pipe size: 16 pages). */
    public static final int PIPE_BUF_SIZE = 65536;
    /** Writes up to this size are atomic (POSIX PIPE_BUF). */
    public static final int PIPE_BUF = 4096;
    /** What read/write return when the caller must sleep. */
    public static final int WOULD_BLOCK = -1;

    private byte[] ring = new byte[1024];
    private int head;
    private int size;
    public int readers;
    public int writers;
    public final WaitQueue readWait = new WaitQueue();
    public final WaitQueue writeWait = new WaitQueue();

    public int available() {
        return size;
    }

    /**
     * Copies up to len bytes out. Returns the count, 0 at EOF (empty, no writer), or
     * {@link #WOULD_BLOCK} when empty with a writer left.
     */
    public int read(byte[] buf, int off, int len) {
        if (size == 0) {
            return writers == 0 ? 0 : WOULD_BLOCK;
        }
        int n = Math.min(len, size);
        int first = Math.min(n, ring.length - head);
        System.arraycopy(ring, head, buf, off, first);
        System.arraycopy(ring, 0, buf, off + first, n - first);
        head = (head + n) % ring.length;
        size -= n;
        return n;
    }

    /**
     * Copies up to len bytes in. Returns the count or {@link #WOULD_BLOCK} when full (or when an
     * atomic write does not fit yet). The caller checks for readers first (EPIPE).
     */
    public int write(byte[] buf, int off, int len) {
        int free = PIPE_BUF_SIZE - size;
        if (free == 0 || (len <= PIPE_BUF && free < len)) {
            return WOULD_BLOCK;
        }
        int n = Math.min(len, free);
        grow(size + n);
        int tail = (head + size) % ring.length;
        int first = Math.min(n, ring.length - tail);
        System.arraycopy(buf, off, ring, tail, first);
        System.arraycopy(buf, off + first, ring, 0, n - first);
        size += n;
        return n;
    }

    private void grow(int need) {
        if (need <= ring.length) {
            return;
        }
        int cap = ring.length;
        while (cap < need) {
            cap *= 2;
        }
        byte[] bigger = new byte[Math.min(cap, PIPE_BUF_SIZE)];
        int first = Math.min(size, ring.length - head);
        System.arraycopy(ring, head, bigger, 0, first);
        System.arraycopy(ring, 0, bigger, first, size - first);
        ring = bigger;
        head = 0;
    }
}
