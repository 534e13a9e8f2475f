package miniunix.user.lib;

import java.util.ArrayDeque;
import java.util.List;
import miniunix.kernel.uapi.Trap;

/**
 * The "print a report" program (ps, pstree, ls): {@link #start} parses the arguments and asks
 * for files, directories and stats with {@link #fetch}; each result comes back through
 * {@link #got}, which may ask for more; when nothing is left, {@link #report} formats the
 * output and returns the exit status. All reading goes through open/read/getdents64/stat.
 */
public abstract class Report extends Proc {
    private ArrayDeque<Fetch> queue = new ArrayDeque<>();
    private Fetch current;
    private boolean started;
    /** A call of {@link #first(int)} is in flight: its index, or -1. */
    private int inFirst = -1;
    /** {@link #between}'s trap is in flight. */
    private boolean inBetween;
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

    /** Writes the report to {@link #out}; returns the exit status. */
    protected abstract int report();

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
            if (current != null) {
                current.use(buf);
            }
            ret = 0;
            if (current == null) {
                int status = report();
                if (status >= 0) {
                    return exit(status);
                }
                inBetween = true;
                return between();
            }
        }
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
