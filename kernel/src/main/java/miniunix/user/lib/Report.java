package miniunix.user.lib;

import java.util.ArrayDeque;
import java.util.List;
import miniunix.kernel.uapi.Compute;
import miniunix.kernel.uapi.Trap;

/**
 * The "print a report" program (ps, pstree, ls): {@link #start} parses the arguments and asks
 * for files, directories and stats with {@link #fetch}; each result comes back through
 * {@link #got}, which may ask for more; when nothing is left, {@link #report} formats the
 * output and returns the exit status. All reading goes through open/read/getdents64/stat.
 *
 * <p>A long report (ps over 10,000 processes) streams, as procps's ps does: {@link #fetchMore}
 * queues the reads of one entry at a time, so a row can be printed as soon as its files are
 * read, and {@link #more} prints rows that had to wait for all of them (sorted ones), one a
 * call. Whenever a buffer's worth ({@link Out#CHUNK}) is waiting, {@link Proc} writes it
 * before the next trap. The program holds one entry's data and a few KiB of output, and a
 * reader that goes away (ps aux | head) stops ps with SIGPIPE at its next write, as on Linux.
 */
public abstract class Report extends Proc {
    /** {@link #streaming} when no report is being printed. */
    private static final int NOT_STREAMING = -2;

    private ArrayDeque<Fetch> queue = new ArrayDeque<>();
    private Fetch current;
    private boolean started;
    /** A call of {@link #first(int)} is in flight: its index, or -1. */
    private int inFirst = -1;
    /** {@link #between}'s trap is in flight. */
    private boolean inBetween;
    /** The status {@link #report} returned while {@link #more} prints rows, else NOT_STREAMING. */
    private int streaming = NOT_STREAMING;
    /**
     * The buffer every fetch reads into, one at a time: empty until the first fetch sizes it,
     * so a report that fetches nothing (test, [) costs no buffer.
     */
    private byte[] buf = new byte[0];

    protected Report(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    /** Parses arguments and queues the first fetches; returns an exit status to stop, or -1. */
    protected abstract int start();

    /** A fetch has completed (check {@link Fetch#error}). */
    protected abstract void got(Fetch f);

    /**
     * Every fetch queued so far is done: queues the next ones and returns true, or returns
     * false when there are none left and the report is to be printed. A long report (ps)
     * reads its entries one at a time this way, as readproc does, instead of queueing them
     * all at once.
     */
    protected boolean fetchMore() {
        return false;
    }

    /**
     * Writes the report to {@link #out} (or its start: {@link #more} may print the rows);
     * returns the exit status, or -1 for a report that repeats ({@link #between}).
     */
    protected abstract int report();

    /**
     * Prints the next row of the report {@link #report} began; returns false when none is
     * left. Called until then, after {@link #report} and before its status takes effect, with
     * the output written between calls whenever a buffer's worth is waiting.
     */
    protected boolean more() {
        return false;
    }

    /** One call to make after {@link #start} and before the first fetch, or null. */
    protected Trap first() {
        return null;
    }

    /** The result of {@link #first}'s call. */
    protected void firstDone(long ret) {
    }

    /**
     * The n-th call (from 0) to make after {@link #start} and before the first fetch, or null
     * when there is none: by default {@link #first()} alone.
     */
    protected Trap first(int n) {
        return n == 0 ? first() : null;
    }

    /** The result of {@link #first(int)}'s n-th call. */
    protected void firstDone(int n, long ret) {
        if (n == 0) {
            firstDone(ret);
        }
    }

    /**
     * For a report that repeats (top, watch): called when {@link #report} returned -1 (not
     * done); returns the first call to make before the next round (a sleep, a poll of the
     * keyboard), whose result goes to {@link #resumed}. The default ends the program with
     * status 1, as a report never returns -1.
     */
    protected Trap between() {
        return exit(1);
    }

    /**
     * The result of the last call made between rounds: returns the next such call (a read of
     * the key that was pressed, say), or null to start the next round, whose fetches it
     * queues.
     */
    protected Trap resumed(long ret) {
        return null;
    }

    protected final void fetch(Fetch.Kind kind, String path, long tag) {
        queue.add(new Fetch(kind, path, tag));
    }

    @Override
    protected final Trap step(long ret) {
        if (streaming != NOT_STREAMING) {
            return rows();
        }
        if (!started) {
            started = true;
            int status = start();
            if (status >= 0) {
                return exit(status);
            }
            Trap t = first(0);
            if (t != null) {
                inFirst = 0;
                return t;
            }
            ret = 0;
        }
        if (inFirst >= 0) {
            int n = inFirst;
            firstDone(n, ret);
            Trap t = first(n + 1);
            if (t != null) {
                inFirst = n + 1;
                return t;
            }
            inFirst = -1;
            ret = 0;
        }
        if (inBetween) {
            Trap t = resumed(ret);
            if (t != null) {
                return t;
            }
            inBetween = false;
            ret = 0;
        }
        while (true) {
            if (current != null) {
                Trap t = current.next(ret);
                if (t != null) {
                    return t;
                }
                Fetch done = current;
                current = null;
                buf = done.data.length > buf.length ? done.data : buf;
                got(done);
            }
            current = queue.poll();
            while (current == null && fetchMore()) {
                current = queue.poll();
            }
            if (current != null) {
                current.use(buf);
            }
            ret = 0;
            if (current == null) {
                if (streaming == NOT_STREAMING) {
                    streaming = report();
                }
                return rows();
            }
        }
    }

    /**
     * Runs {@link #more} until the rows are done, then acts on {@link #report}'s status. With
     * a buffer's worth of output waiting it returns a Compute of no ticks (user code going
     * on): {@link Proc} writes the buffer before it, and the next step comes back here.
     */
    private Trap rows() {
        while (more()) {
            if (out.pending() >= Out.CHUNK) {
                return new Compute(0);
            }
        }
        int status = streaming;
        streaming = NOT_STREAMING;
        if (status >= 0) {
            return exit(status);
        }
        inBetween = true;
        return between();
    }

    @Override
    protected void deepen() {
        ArrayDeque<Fetch> q = new ArrayDeque<>();
        for (Fetch f : queue) {
            q.add(f.copy());
        }
        queue = q;
        current = current == null ? null : current.copy();
        buf = current == null ? buf.clone() : current.data;
        deepenReport();
    }

    /** Like {@link #deepen}, for the subclass's own mutable fields. */
    protected void deepenReport() {
    }
}
