package miniunix.kernel.mm.replace;

import java.util.Arrays;
import miniunix.kernel.KernelPanic;

/**
 * An ordered set of keys in [0, capacity) as a doubly linked list threaded through two int
 * arrays, so every operation is O(1) and allocates nothing: Linux's list_head over the frame
 * table. The replacers keep their resident order in one.
 *
 * <p>Invariant: a key is linked iff {@code prev[key] != UNLINKED}; the list runs from
 * {@code head} to {@code tail} through next, and back through prev, ending in NIL.
 */
final class KeyList {
    /** The end of the list, in next/prev and for head/tail of an empty list. */
    static final int NIL = -1;
    /** prev[key] of a key not in the list. */
    private static final int UNLINKED = -2;

    private final int[] next;
    private final int[] prev;
    private int head = NIL;
    private int tail = NIL;
    private int size;

    KeyList(int capacity) {
        next = new int[capacity];
        prev = new int[capacity];
        Arrays.fill(prev, UNLINKED);
    }

    int capacity() {
        return next.length;
    }

    int size() {
        return size;
    }

    boolean contains(int key) {
        return prev[key] != UNLINKED;
    }

    /** The first key, or NIL when empty. */
    int first() {
        return head;
    }

    /** The first key. Precondition: not empty. */
    int oldest() {
        if (head == NIL) {
            throw new KernelPanic("KeyList: oldest of an empty list");
        }
        return head;
    }

    /** The last key. Precondition: not empty. */
    int newest() {
        if (tail == NIL) {
            throw new KernelPanic("KeyList: newest of an empty list");
        }
        return tail;
    }

    /** The key after key, or NIL at the end. Precondition: key is in the list. */
    int next(int key) {
        return next[key];
    }

    /** Appends key. Precondition: key is not in the list. */
    void append(int key) {
        insertBefore(NIL, key);
    }

    /** Inserts key just before at (at the end when at is NIL). Precondition: key is not in. */
    void insertBefore(int at, int key) {
        if (contains(key)) {
            throw new KernelPanic("KeyList: insert: key already linked");
        }
        int before = at == NIL ? tail : prev[at];
        next[key] = at;
        prev[key] = before;
        if (before == NIL) {
            head = key;
        } else {
            next[before] = key;
        }
        if (at == NIL) {
            tail = key;
        } else {
            prev[at] = key;
        }
        size++;
    }

    /** Removes key. Precondition: key is in the list. */
    void unlink(int key) {
        if (!contains(key)) {
            throw new KernelPanic("KeyList: unlink: key not linked");
        }
        int p = prev[key];
        int n = next[key];
        if (p == NIL) {
            head = n;
        } else {
            next[p] = n;
        }
        if (n == NIL) {
            tail = p;
        } else {
            prev[n] = p;
        }
        prev[key] = UNLINKED;
        size--;
    }

    /** Moves key to the end. Precondition: key is in the list. */
    void moveToEnd(int key) {
        if (key != tail) {
            unlink(key);
            append(key);
        }
    }

    /** Writes the keys in order into dst; returns how many. */
    int copyTo(int[] dst) {
        int n = 0;
        for (int k = head; k != NIL; k = next[k]) {
            dst[n++] = k;
        }
        return n;
    }
}
