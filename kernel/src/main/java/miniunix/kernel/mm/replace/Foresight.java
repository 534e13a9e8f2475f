package miniunix.kernel.mm.replace;

import miniunix.kernel.KernelPanic;

/**
 * What the offline policies share: resident keys in load order (a {@link Listed}), each
 * key's next use and load number, and a heap whose top is the victim. Opt and Unopt differ
 * only in the rank ({@link #above}); a hit changes nothing, the next use comes with
 * {@link #foresee}.
 *
 * <p>Invariant: a key is in the list iff it is in the heap; {@code loaded} numbers are
 * distinct and increase with each insert, so two keys always compare (no tie is left to the
 * heap's shape).
 */
abstract class Foresight extends Listed {
    private final KeyHeap heap;
    /** Per key: the time of its next reference, or NEVER. */
    private final long[] when;
    /** Per key: how many inserts came before its own. */
    private final long[] loaded;
    private long inserts;

    Foresight(int capacity) {
        super(capacity);
        heap = new KeyHeap(capacity, this::above);
        when = new long[capacity];
        loaded = new long[capacity];
    }

    /** Whether a goes before b (nearer the heap's top). */
    abstract boolean above(int a, int b);

    /** Compares (when, loaded) of a and b: negative, zero or positive. */
    final int compare(int a, int b) {
        int c = Long.compare(when[a], when[b]);
        return c != 0 ? c : Long.compare(loaded[a], loaded[b]);
    }

    @Override
    public void insert(int key) {
        when[key] = Replacer.NEVER;
        loaded[key] = inserts++;
        super.insert(key);
        heap.add(key);
    }

    @Override
    public void touch(int key) {
    }

    @Override
    public int victim() {
        return heap.top();
    }

    @Override
    public void remove(int key) {
        super.remove(key);
        heap.remove(key);
    }

    @Override
    public void foresee(int key, long next) {
        if (!order.contains(key)) {
            throw new KernelPanic("foresee: key not resident");
        }
        when[key] = next;
        heap.update(key);
    }
}
