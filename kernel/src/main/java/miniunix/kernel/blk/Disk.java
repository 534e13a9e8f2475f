package miniunix.kernel.blk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.proc.Proc;

/**
 * The disk under the root filesystem (/dev/sda, major 8): one request queue served in order,
 * each request taking a seek plus its transfer time. Files live in the page cache (the
 * in-memory filesystem); writes make it dirty, and sync(2) and fsync(2) write the dirty bytes
 * here and wait, in D, until their request completes. That wait is why ps shows D.
 *
 * <p>Linux: block/blk-mq.c (the queue), drivers/scsi/sd.c (the disk), fs/sync.c (sync, fsync),
 * mm/page-writeback.c (dirty accounting). A process waiting here sleeps uninterruptibly in
 * io_schedule(), so signals wait until its I/O is done.
 *
 * <p>Invariant: only the head of the queue is in service; its completion tick is set, and no
 * later request's is. A request completes once and is then off the queue.
 *
 * <p>Simplified: one request per sync or fsync whatever the files' layout, no merging or
 * elevator, no reads (the whole image is in the page cache from boot), no periodic flusher:
 * dirty data stays dirty until someone syncs. Times are those of a hard disk: 10 ms to seek
 * and 100 MiB/s to transfer, so a sync of a few bytes takes two ticks (20 ms).
 */
public final class Disk {
    /** Seek and rotational delay of a request: one tick (10 ms). */
    public static final long SEEK_TICKS = 1;
    /** Transfer rate: 1 MiB per tick (100 MiB/s). */
    public static final long BYTES_PER_TICK = 1 << 20;

    /** Bytes per sector: the unit Linux counts disk traffic in. */
    public static final long SECTOR_BYTES = 512;

    /** One request: bytes to read or write, the process that waits for it (or null). */
    public static final class Request {
        public final long bytes;
        public final Proc waiter;
        /** A read (a page brought in); otherwise a write. */
        public final boolean isRead;
        private long doneTick = -1;
        private boolean done;

        Request(long bytes, Proc waiter, boolean isRead) {
            this.bytes = bytes;
            this.waiter = waiter;
            this.isRead = isRead;
        }

        /** The sectors the request moves, rounded up. */
        public long sectors() {
            return (bytes + SECTOR_BYTES - 1) / SECTOR_BYTES;
        }

        public boolean isDone() {
            return done;
        }
    }

    private final ArrayDeque<Request> queue = new ArrayDeque<>();
    private long completed;
    private long bytesWritten;

    /** Queues a write of bytes on behalf of waiter; service starts at once if the disk is idle. */
    public Request submit(long bytes, Proc waiter, long now) {
        return queue(new Request(bytes, waiter, false), now);
    }

    /** Queues a read of bytes (a page fault's) on behalf of waiter. */
    public Request submitRead(long bytes, Proc waiter, long now) {
        return queue(new Request(bytes, waiter, true), now);
    }

    private Request queue(Request r, long now) {
        queue.addLast(r);
        if (queue.size() == 1) {
            start(r, now);
        }
        return r;
    }

    private static void start(Request r, long now) {
        r.doneTick = now + serviceTicks(r.bytes);
    }

    /** A request's time in service: the seek, then the transfer rounded up to whole ticks. */
    public static long serviceTicks(long bytes) {
        return SEEK_TICKS + (bytes + BYTES_PER_TICK - 1) / BYTES_PER_TICK;
    }

    /** The tick at which the request in service completes, or Long.MAX_VALUE when idle. */
    public long nextCompletion() {
        Request head = queue.peekFirst();
        return head == null ? Long.MAX_VALUE : head.doneTick;
    }

    /** Completes every request due by now, in order; returns them. */
    public List<Request> complete(long now) {
        List<Request> out = new ArrayList<>(0);
        while (!queue.isEmpty() && queue.peekFirst().doneTick <= now) {
            Request r = queue.pollFirst();
            r.done = true;
            completed++;
            bytesWritten += r.bytes;
            out.add(r);
            if (!queue.isEmpty()) {
                start(queue.peekFirst(), now);
            }
        }
        return out;
    }

    /** Bytes queued or being written (/proc/meminfo Writeback). */
    public long inFlightBytes() {
        long n = 0;
        for (Request r : queue) {
            n += r.bytes;
        }
        return n;
    }

    /** Requests completed since boot. */
    public long completed() {
        return completed;
    }

    public long bytesWritten() {
        return bytesWritten;
    }
}
