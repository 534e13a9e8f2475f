package miniunix.kernel.mm.replace;

import miniunix.kernel.KernelPanic;

/**
 * What the offline policies share: resident keys in load order, each key's next use and load
 * number, and a heap whose top is the victim. Opt and Unopt differ only in the rank.
 *
 * <p>Invariant: a key is in the list iff it is in the heap; {@code loaded} numbers are
 * distinct and increase with each insert, so two keys always compare (no tie is left to the
 * heap's shape).
 */
final class Foresight {
    final KeyList order;
    final KeyHeap heap;
    /** Per key: the time of its next reference, or NEVER. */
    final long[] when;
    /** Per key: how many inserts came before its own. */
    final long[] loaded;
    private long inserts;

    Foresight(int capacity, KeyHeap.Rank rank) {
        order = new KeyList(capacity);
        heap = new KeyHeap(capacity, rank);
        when = new long[capacity];
        loaded = new long[capacity];
    }

    void insert(int key) {
        when[key] = Replacer.NEVER;
        loaded[key] = inserts++;
        order.append(key);
        heap.add(key);
    }

    void remove(int key) {
        order.unlink(key);
        heap.remove(key);
    }

    void foresee(int key, long next) {
        if (!order.contains(key)) {
            throw new KernelPanic("foresee: key not resident");
        }
        when[key] = next;
        heap.update(key);
    }

    /** Compares (when, loaded) of a and b: negative, zero or positive. */
    int compare(int a, int b) {
        int c = Long.compare(when[a], when[b]);
        return c != 0 ? c : Long.compare(loaded[a], loaded[b]);
    }
}
