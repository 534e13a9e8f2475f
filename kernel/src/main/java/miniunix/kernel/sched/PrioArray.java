package miniunix.kernel.sched;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.proc.Proc;

/**
 * A run queue of lines, one per priority, and a bitmap of the lines that are not empty (Linux
 * 2.6's O(1) scheduler: struct prio_array, sched_find_first_bit). The lines are doubly linked
 * through the procs' own sched entities, so putting a proc at the head or tail of its line,
 * taking one out anywhere and taking the first of the best line are O(1), with no allocation.
 * Line 0 is the best. A proc is in at most one array at a time; its line is {@code se.key}
 * minus the array's base, fixed while it is in.
 */
final class PrioArray implements RunQueue {
    /** Lines in an array: the bitmap is one long. */
    static final int MAX_LINES = Long.SIZE;

    private final long base;
    private final SchedEntity[] head;
    private final SchedEntity[] tail;
    /** Bit i set: line i is not empty. */
    private long bitmap;
    private int size;

    /** An array of lines for keys base .. base + lines - 1. */
    PrioArray(long base, int lines) {
        if (lines < 1 || lines > MAX_LINES) {
            throw new IllegalArgumentException(lines + " lines");
        }
        this.base = base;
        this.head = new SchedEntity[lines];
        this.tail = new SchedEntity[lines];
    }

    private int line(SchedEntity se) {
        return (int) (se.key - base);
    }

    /** Puts p, keyed by {@code se.key}, at the head of its line if atHead, else at the tail. */
    @Override
    public void add(Proc p, boolean atHead) {
        SchedEntity se = p.se;
        if (se.listArray != null) {
            throw new IllegalStateException("pid " + p.pid + " is already in a run queue");
        }
        int i = line(se);
        SchedEntity first = head[i];
        se.listArray = this;
        if (first == null) {
            se.listPrev = null;
            se.listNext = null;
            head[i] = se;
            tail[i] = se;
            bitmap |= 1L << i;
        } else if (atHead) {
            se.listPrev = null;
            se.listNext = first;
            first.listPrev = se;
            head[i] = se;
        } else {
            SchedEntity last = tail[i];
            se.listPrev = last;
            se.listNext = null;
            last.listNext = se;
            tail[i] = se;
        }
        size++;
    }

    /** Takes p out of its line; nothing when p is not in this array. */
    @Override
    public void remove(Proc p) {
        if (p.se.listArray == this) {
            unlink(p.se);
        }
    }

    private void unlink(SchedEntity se) {
        int i = line(se);
        SchedEntity prev = se.listPrev;
        SchedEntity next = se.listNext;
        if (prev == null) {
            head[i] = next;
        } else {
            prev.listNext = next;
        }
        if (next == null) {
            tail[i] = prev;
        } else {
            next.listPrev = prev;
        }
        if (head[i] == null) {
            bitmap &= ~(1L << i);
        }
        se.listPrev = null;
        se.listNext = null;
        se.listArray = null;
        size--;
    }

    /** The head of the best non-empty line, left in; null when empty. */
    @Override
    public Proc first() {
        return bitmap == 0 ? null : head[Long.numberOfTrailingZeros(bitmap)].proc;
    }

    /** Takes the head of the best non-empty line off; null when empty. */
    @Override
    public Proc pollFirst() {
        if (bitmap == 0) {
            return null;
        }
        SchedEntity se = head[Long.numberOfTrailingZeros(bitmap)];
        unlink(se);
        return se.proc;
    }

    @Override
    public int size() {
        return size;
    }

    /** The procs in order, best line first, each line head to tail: O(n). */
    @Override
    public List<Proc> inOrder() {
        List<Proc> out = new ArrayList<>(size);
        for (int i = 0; i < head.length; i++) {
            for (SchedEntity se = head[i]; se != null; se = se.listNext) {
                out.add(se.proc);
            }
        }
        return out;
    }

    /**
     * Checks the links, the bitmap, each proc's line and the size; returns null when they
     * hold, else what is wrong. For tests and Invariants.
     */
    @Override
    public String check() {
        int count = 0;
        for (int i = 0; i < head.length; i++) {
            if ((head[i] == null) != ((bitmap & 1L << i) == 0)) {
                return "line " + i + (head[i] == null ? " is empty but marked" : " is not empty but unmarked");
            }
            SchedEntity prev = null;
            for (SchedEntity se = head[i]; se != null; se = se.listNext) {
                if (se.listArray != this || line(se) != i) {
                    return "pid " + se.proc.pid + " in line " + i + " belongs to another";
                }
                if (se.listPrev != prev) {
                    return "pid " + se.proc.pid + "'s back link is wrong";
                }
                if (++count > size) {
                    return "more procs in the lines than the size " + size;
                }
                prev = se;
            }
            if (tail[i] != prev) {
                return "line " + i + "'s tail is not its last proc";
            }
        }
        if ((bitmap >>> 1 >>> head.length - 1) != 0) {
            return "bits marked beyond the last line";
        }
        return count == size ? null : "size " + size + " but " + count + " procs";
    }
}
