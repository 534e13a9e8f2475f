package miniunix.kernel.sched;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import miniunix.kernel.proc.Proc;

/**
 * A run queue ordered by each proc's {@code se.key}: a red-black tree (java.util.TreeSet), so
 * enqueue, remove and taking the first are O(log n), as Linux's rbtree of sched_entities.
 * The key must not change while the proc is in the tree.
 */
final class ProcTree {
    /** Key, then earlier arrival, then lower pid (SJF's and STCF's tie-breaks). */
    static final Comparator<Proc> BY_ARRIVAL = (a, b) -> {
        int c = Long.compare(a.se.key, b.se.key);
        if (c != 0) {
            return c;
        }
        c = Long.compare(a.se.arrival, b.se.arrival);
        return c != 0 ? c : Integer.compare(a.pid, b.pid);
    };
    /** Key, then queue order (seq), then lower pid (priority's and CFS's FIFO among equals). */
    static final Comparator<Proc> BY_SEQ = (a, b) -> {
        int c = Long.compare(a.se.key, b.se.key);
        if (c != 0) {
            return c;
        }
        c = Long.compare(a.se.seq, b.se.seq);
        return c != 0 ? c : Integer.compare(a.pid, b.pid);
    };

    private final TreeSet<Proc> tree;

    ProcTree(Comparator<Proc> order) {
        this.tree = new TreeSet<>(order);
    }

    void add(Proc p) {
        tree.add(p);
    }

    void remove(Proc p) {
        tree.remove(p);
    }

    /** The first proc, left in the tree; null when empty. */
    Proc first() {
        return tree.isEmpty() ? null : tree.first();
    }

    /** Takes the first proc off; null when empty. */
    Proc pollFirst() {
        return tree.pollFirst();
    }

    int size() {
        return tree.size();
    }

    List<Proc> inOrder() {
        return new ArrayList<>(tree);
    }
}
