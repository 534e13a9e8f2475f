package miniunix.kernel.mm.replace;

import java.util.Arrays;
import miniunix.kernel.KernelPanic;

/**
 * A binary heap of keys in [0, capacity) that knows where each key sits, so a key's rank can
 * change or the key can leave in O(log n) without a search, and nothing is allocated after
 * construction. The top is the key that ranks above all others by the given {@link Rank}.
 *
 * <p>Invariant: {@code pos[heap[i]] == i} for i below size, and pos[key] is ABSENT for any
 * other key; every key ranks no higher than its parent.
 */
final class KeyHeap {
    /** The ordering: whether key a belongs above key b. A strict order, total over the keys. */
    interface Rank {
        boolean above(int a, int b);
    }

    private static final int ABSENT = -1;

    private final Rank rank;
    private final int[] heap;
    private final int[] pos;
    private int size;

    KeyHeap(int capacity, Rank rank) {
        this.rank = rank;
        heap = new int[capacity];
        pos = new int[capacity];
        Arrays.fill(pos, ABSENT);
    }

    boolean contains(int key) {
        return pos[key] != ABSENT;
    }

    /** The top key. Precondition: not empty. */
    int top() {
        if (size == 0) {
            throw new KernelPanic("KeyHeap: top of an empty heap");
        }
        return heap[0];
    }

    /** Adds key. Precondition: key is not in the heap. */
    void add(int key) {
        if (contains(key)) {
            throw new KernelPanic("KeyHeap: add: key already in");
        }
        heap[size] = key;
        pos[key] = size;
        size++;
        up(size - 1);
    }

    /** Removes key. Precondition: key is in the heap. */
    void remove(int key) {
        int i = pos[key];
        if (i == ABSENT) {
            throw new KernelPanic("KeyHeap: remove: key not in");
        }
        size--;
        pos[key] = ABSENT;
        if (i < size) {
            place(heap[size], i);
            update(heap[i]);
        }
    }

    /** Restores the order after key's rank changed. Precondition: key is in the heap. */
    void update(int key) {
        int i = up(pos[key]);
        down(i);
    }

    private int up(int i) {
        int key = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!rank.above(key, heap[parent])) {
                break;
            }
            place(heap[parent], i);
            i = parent;
        }
        place(key, i);
        return i;
    }

    private void down(int i) {
        int key = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && rank.above(heap[child + 1], heap[child])) {
                child++;
            }
            if (!rank.above(heap[child], key)) {
                break;
            }
            place(heap[child], i);
            i = child;
        }
        place(key, i);
    }

    private void place(int key, int i) {
        heap[i] = key;
        pos[key] = i;
    }
}
