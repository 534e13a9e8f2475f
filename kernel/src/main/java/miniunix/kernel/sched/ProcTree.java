package miniunix.kernel.sched;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.proc.Proc;

/**
 * A run queue ordered by each proc's {@code se.key}: a red-black tree whose nodes are the
 * procs' own sched entities, linked entity to entity (Linux's rb_node inside sched_entity, and its cached leftmost),
 * so enqueue, remove and taking the first are O(log n), take no allocation, and compare
 * plain longs. The key must not change while the proc is in the tree, and a proc is in at
 * most one tree at a time.
 *
 * <p>The tail: a proc that goes after the tail's last proc (or finds the tail empty), as a
 * preempted proc going to the back of the line does (on a busy CFS queue its vruntime is now
 * the largest), is appended to a sorted list beside the tree instead, in O(1) and without the
 * tree's rebalancing, which on a queue that takes from the front and files at the back runs on
 * every operation. So the queue is two sorted parts, the tree and the tail, with no order
 * between them: the first proc is the lesser of the tree's leftmost and the tail's head. Both
 * are cached, so taking the first stays O(log n) (O(1) from the tail), and the order of the
 * whole is the same as a tree of all the procs.
 *
 * <p>The tree's algorithm is the textbook's (CLRS, chapter 13) with null leaves: a new node is red
 * and the fix-up recolours or rotates on the way up; a removal splices out the node (or its
 * successor) and, when a black node left, restores the black height on the way up.
 */
final class ProcTree implements RunQueue {
    /** How two procs with equal keys are ordered, before the lower pid. */
    enum Tie {
        /** Earlier arrival first (SJF's and STCF's tie-break). */
        ARRIVAL,
        /** Queue order first (priority's and CFS's FIFO among equals). */
        SEQ
    }

    private final boolean byArrival;
    private SchedEntity root;
    private SchedEntity leftmost;
    /** The tree's last node, cached as the first is: a proc after it is filed without a walk. */
    private SchedEntity rightmost;
    /** The tail's ends: entities linked by tailPrev and tailNext, in order. */
    private SchedEntity tailFirst;
    private SchedEntity tailLast;
    /** Procs in the tree and the tail. */
    private int size;

    ProcTree(Tie tie) {
        this.byArrival = tie == Tie.ARRIVAL;
    }

    /** True when x goes before y: key, then the tie-break, then the lower pid. */
    private boolean less(SchedEntity x, SchedEntity y) {
        if (x.key != y.key) {
            return x.key < y.key;
        }
        long tx = byArrival ? x.arrival : x.seq;
        long ty = byArrival ? y.arrival : y.seq;
        if (tx != ty) {
            return tx < ty;
        }
        return x.proc.pid < y.proc.pid;
    }

    /** Files proc by its key, as {@link #add(Proc)}: a tree's order is its keys', head or not. */
    @Override
    public void add(Proc proc, boolean atHead) {
        add(proc);
    }

    /** Files proc by its key: at the end of the tail if it goes there, else in the tree. */
    void add(Proc proc) {
        SchedEntity p = proc.se;
        if (p.rbTree != null) {
            throw new IllegalStateException("pid " + proc.pid + " is already in a run queue tree");
        }
        p.rbTree = this;
        size++;
        if (tailLast == null || !less(p, tailLast)) {
            append(p);
        } else {
            insert(p);
        }
    }

    /** Puts p at the end of the tail, which p does not precede. */
    private void append(SchedEntity p) {
        p.inTail = true;
        p.tailPrev = tailLast;
        p.tailNext = null;
        if (tailLast == null) {
            tailFirst = p;
        } else {
            tailLast.tailNext = p;
        }
        tailLast = p;
    }

    /** Takes p out of the tail. */
    private void unlinkTail(SchedEntity p) {
        if (p.tailPrev == null) {
            tailFirst = p.tailNext;
        } else {
            p.tailPrev.tailNext = p.tailNext;
        }
        if (p.tailNext == null) {
            tailLast = p.tailPrev;
        } else {
            p.tailNext.tailPrev = p.tailPrev;
        }
        p.tailPrev = null;
        p.tailNext = null;
        p.inTail = false;
    }

    /** Files p in the tree. */
    private void insert(SchedEntity p) {
        SchedEntity parent;
        boolean left;
        if (root == null) {
            parent = null;
            left = false;
        } else if (!less(p, rightmost)) {
            // After the last node (a preempted or expired proc at its line's tail): the walk
            // from the root would turn right at every node and end here, so skip it.
            parent = rightmost;
            left = false;
        } else if (less(p, leftmost)) {
            parent = leftmost;
            left = true;
        } else {
            parent = null;
            left = false;
            for (SchedEntity x = root; x != null; x = left ? x.rbLeft : x.rbRight) {
                parent = x;
                left = less(p, x);
            }
        }
        p.rbParent = parent;
        p.rbLeft = null;
        p.rbRight = null;
        p.rbRed = true;
        if (parent == null) {
            root = p;
        } else if (left) {
            parent.rbLeft = p;
        } else {
            parent.rbRight = p;
        }
        if (parent == null) {
            leftmost = p;
            rightmost = p;
        } else if (left && parent == leftmost) {
            leftmost = p;
        } else if (!left && parent == rightmost) {
            rightmost = p;
        }
        fixAfterInsert(p);
    }

    @Override
    public void remove(Proc proc) {
        SchedEntity z = proc.se;
        if (z.rbTree != this) {
            return;     // not in this tree: nothing to do, as Set.remove
        }
        z.rbTree = null;
        size--;
        if (z.inTail) {
            unlinkTail(z);
        } else {
            removeNode(z);
        }
    }

    /** Takes z out of the tree. */
    private void removeNode(SchedEntity z) {
        if (leftmost == z) {
            leftmost = successor(z);
        }
        if (rightmost == z) {
            rightmost = predecessor(z);
        }
        SchedEntity x;
        SchedEntity xParent;
        boolean removedBlack = !z.rbRed;
        if (z.rbLeft == null) {
            x = z.rbRight;
            xParent = z.rbParent;
            transplant(z, x);
        } else if (z.rbRight == null) {
            x = z.rbLeft;
            xParent = z.rbParent;
            transplant(z, x);
        } else {
            SchedEntity y = min(z.rbRight);
            removedBlack = !y.rbRed;
            x = y.rbRight;
            if (y.rbParent == z) {
                xParent = y;
            } else {
                xParent = y.rbParent;
                transplant(y, x);
                y.rbRight = z.rbRight;
                y.rbRight.rbParent = y;
            }
            transplant(z, y);
            y.rbLeft = z.rbLeft;
            y.rbLeft.rbParent = y;
            y.rbRed = z.rbRed;
        }
        z.rbParent = null;
        z.rbLeft = null;
        z.rbRight = null;
        if (removedBlack) {
            fixAfterRemove(x, xParent);
        }
    }

    /** The first proc, left in the queue; null when empty. */
    @Override
    public Proc first() {
        SchedEntity z = firstEntity();
        return z == null ? null : z.proc;
    }

    /** The first proc's entity, left in the queue; null when empty. */
    SchedEntity firstEntity() {
        if (tailFirst != null && (leftmost == null || less(tailFirst, leftmost))) {
            return tailFirst;
        }
        return leftmost;
    }

    /** Takes the first proc off; null when empty. */
    @Override
    public Proc pollFirst() {
        SchedEntity z = pollFirstEntity();
        return z == null ? null : z.proc;
    }

    /** Takes the first proc's entity off; null when empty. */
    SchedEntity pollFirstEntity() {
        SchedEntity z = firstEntity();
        if (z == null) {
            return null;
        }
        z.rbTree = null;
        size--;
        if (z.inTail) {
            unlinkTail(z);
        } else {
            pollLeftmost(z);
        }
        return z;
    }

    /** Takes z, the tree's leftmost, out of the tree. */
    private void pollLeftmost(SchedEntity z) {
        // The first node has no left child, so at most a right one, red and childless (the
        // black heights of its two sides agree): it takes z's place, and is the next first.
        SchedEntity x = z.rbRight;
        SchedEntity parent = z.rbParent;
        if (x != null) {
            leftmost = x;
            x.rbParent = parent;
            x.rbRed = false;
        } else {
            leftmost = parent;
        }
        if (parent == null) {
            root = x;
        } else {
            parent.rbLeft = x;
        }
        if (rightmost == z) {
            rightmost = x != null ? x : parent;
        }
        z.rbParent = null;
        z.rbRight = null;
        if (x == null && !z.rbRed && parent != null) {
            fixAfterRemove(null, parent);
        }
    }

    @Override
    public int size() {
        return size;
    }

    /** The procs in order, first to last: the tree's and the tail's merged, O(n). */
    @Override
    public List<Proc> inOrder() {
        List<Proc> out = new ArrayList<>(size);
        SchedEntity t = tailFirst;
        for (SchedEntity p = leftmost; p != null; p = successor(p)) {
            for (; t != null && less(t, p); t = t.tailNext) {
                out.add(t.proc);
            }
            out.add(p.proc);
        }
        for (; t != null; t = t.tailNext) {
            out.add(t.proc);
        }
        return out;
    }

    /**
     * Checks the red-black properties, the parent links, the tail's links and order, the
     * order and the cached ends and size; returns null when they hold, else what is wrong.
     * For tests and Invariants.
     */
    @Override
    public String check() {
        if (root != null && (root.rbRed || root.rbParent != null)) {
            return "the root is red or has a parent";
        }
        int[] count = new int[1];
        String[] why = new String[1];
        blackHeight(root, count, why);
        if (why[0] != null) {
            return why[0];
        }
        String tail = checkTail(count);
        if (tail != null) {
            return tail;
        }
        if (count[0] != size) {
            return "size " + size + " but " + count[0] + " nodes";
        }
        List<Proc> order = inOrder();
        if (order.size() != size) {
            return "in-order walk finds " + order.size() + " of " + size;
        }
        for (int i = 1; i < order.size(); i++) {
            if (!less(order.get(i - 1).se, order.get(i).se)) {
                return "out of order at pid " + order.get(i).pid;
            }
        }
        SchedEntity min = root == null ? null : min(root);
        if (leftmost != min) {
            return "cached leftmost is not the minimum";
        }
        SchedEntity max = root == null ? null : max(root);
        return rightmost == max ? null : "cached rightmost is not the maximum";
    }

    /** Checks the tail's links, membership and order; adds its length to count[0]. */
    private String checkTail(int[] count) {
        SchedEntity prev = null;
        for (SchedEntity t = tailFirst; t != null; prev = t, t = t.tailNext) {
            count[0]++;
            if (t.tailPrev != prev || !t.inTail || t.rbTree != this) {
                return "pid " + t.proc.pid + "'s tail links are wrong";
            }
            if (t.rbParent != null || t.rbLeft != null || t.rbRight != null || t == root) {
                return "pid " + t.proc.pid + " is in the tail and the tree";
            }
            if (prev != null && !less(prev, t)) {
                return "the tail is out of order at pid " + t.proc.pid;
            }
        }
        return tailLast == prev ? null : "the tail's cached last is not its last";
    }

    private static int blackHeight(SchedEntity n, int[] count, String[] why) {
        if (n == null) {
            return 1;
        }
        count[0]++;
        SchedEntity s = n;
        if (s.rbTree == null || s.inTail) {
            why[0] = "pid " + n.proc.pid + " is linked but belongs to no tree";
        }
        for (SchedEntity c : new SchedEntity[] {s.rbLeft, s.rbRight}) {
            if (c != null && c.rbParent != n) {
                why[0] = "pid " + c.proc.pid + "'s parent link is wrong";
            }
            if (c != null && s.rbRed && c.rbRed) {
                why[0] = "red pid " + n.proc.pid + " has a red child";
            }
        }
        int l = blackHeight(s.rbLeft, count, why);
        int r = blackHeight(s.rbRight, count, why);
        if (l != r) {
            why[0] = "black heights differ under pid " + n.proc.pid;
        }
        return l + (s.rbRed ? 0 : 1);
    }

    private static SchedEntity min(SchedEntity n) {
        while (n.rbLeft != null) {
            n = n.rbLeft;
        }
        return n;
    }

    private static SchedEntity max(SchedEntity n) {
        while (n.rbRight != null) {
            n = n.rbRight;
        }
        return n;
    }

    private static SchedEntity predecessor(SchedEntity n) {
        if (n.rbLeft != null) {
            return max(n.rbLeft);
        }
        SchedEntity p = n.rbParent;
        while (p != null && n == p.rbLeft) {
            n = p;
            p = p.rbParent;
        }
        return p;
    }

    private static SchedEntity successor(SchedEntity n) {
        if (n.rbRight != null) {
            return min(n.rbRight);
        }
        SchedEntity p = n.rbParent;
        while (p != null && n == p.rbRight) {
            n = p;
            p = p.rbParent;
        }
        return p;
    }

    private static boolean isRed(SchedEntity n) {
        return n != null && n.rbRed;
    }

    /** Puts v where u hangs from u's parent (v may be null). */
    private void transplant(SchedEntity u, SchedEntity v) {
        SchedEntity up = u.rbParent;
        if (up == null) {
            root = v;
        } else if (u == up.rbLeft) {
            up.rbLeft = v;
        } else {
            up.rbRight = v;
        }
        if (v != null) {
            v.rbParent = up;
        }
    }

    private void rotateLeft(SchedEntity x) {
        SchedEntity y = x.rbRight;
        x.rbRight = y.rbLeft;
        if (y.rbLeft != null) {
            y.rbLeft.rbParent = x;
        }
        transplant(x, y);
        y.rbLeft = x;
        x.rbParent = y;
    }

    private void rotateRight(SchedEntity x) {
        SchedEntity y = x.rbLeft;
        x.rbLeft = y.rbRight;
        if (y.rbRight != null) {
            y.rbRight.rbParent = x;
        }
        transplant(x, y);
        y.rbRight = x;
        x.rbParent = y;
    }

    private void fixAfterInsert(SchedEntity z) {
        while (isRed(z.rbParent)) {
            SchedEntity zp = z.rbParent;
            SchedEntity zpp = zp.rbParent;
            if (zp == zpp.rbLeft) {
                SchedEntity uncle = zpp.rbRight;
                if (isRed(uncle)) {
                    zp.rbRed = false;
                    uncle.rbRed = false;
                    zpp.rbRed = true;
                    z = zpp;
                    continue;
                }
                if (z == zp.rbRight) {
                    z = zp;
                    rotateLeft(z);
                    zp = z.rbParent;
                }
                zp.rbRed = false;
                zpp.rbRed = true;
                rotateRight(zpp);
            } else {
                SchedEntity uncle = zpp.rbLeft;
                if (isRed(uncle)) {
                    zp.rbRed = false;
                    uncle.rbRed = false;
                    zpp.rbRed = true;
                    z = zpp;
                    continue;
                }
                if (z == zp.rbLeft) {
                    z = zp;
                    rotateRight(z);
                    zp = z.rbParent;
                }
                zp.rbRed = false;
                zpp.rbRed = true;
                rotateLeft(zpp);
            }
        }
        root.rbRed = false;
    }

    /** x (maybe null) under parent carries an extra black: push it up or absorb it. */
    private void fixAfterRemove(SchedEntity x, SchedEntity parent) {
        while (x != root && !isRed(x)) {
            if (x == parent.rbLeft) {
                SchedEntity w = parent.rbRight;
                if (isRed(w)) {
                    w.rbRed = false;
                    parent.rbRed = true;
                    rotateLeft(parent);
                    w = parent.rbRight;
                }
                if (!isRed(w.rbLeft) && !isRed(w.rbRight)) {
                    w.rbRed = true;
                    x = parent;
                    parent = x.rbParent;
                    continue;
                }
                if (!isRed(w.rbRight)) {
                    w.rbLeft.rbRed = false;
                    w.rbRed = true;
                    rotateRight(w);
                    w = parent.rbRight;
                }
                w.rbRed = parent.rbRed;
                parent.rbRed = false;
                w.rbRight.rbRed = false;
                rotateLeft(parent);
            } else {
                SchedEntity w = parent.rbLeft;
                if (isRed(w)) {
                    w.rbRed = false;
                    parent.rbRed = true;
                    rotateRight(parent);
                    w = parent.rbLeft;
                }
                if (!isRed(w.rbLeft) && !isRed(w.rbRight)) {
                    w.rbRed = true;
                    x = parent;
                    parent = x.rbParent;
                    continue;
                }
                if (!isRed(w.rbLeft)) {
                    w.rbRight.rbRed = false;
                    w.rbRed = true;
                    rotateLeft(w);
                    w = parent.rbLeft;
                }
                w.rbRed = parent.rbRed;
                parent.rbRed = false;
                w.rbLeft.rbRed = false;
                rotateRight(parent);
            }
            x = root;
        }
        if (x != null) {
            x.rbRed = false;
        }
    }
}
