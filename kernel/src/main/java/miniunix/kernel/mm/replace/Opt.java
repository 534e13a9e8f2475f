package miniunix.kernel.mm.replace;

/**
 * OPT, Belady's MIN: the page whose next reference is farthest away goes, a page never used
 * again counting as farthest. Among several never used again, the one loaded last goes (the
 * one nearest the end of the list), as the textbook's paging-policy.py does. The order is
 * load order.
 *
 * <p>O(log n) per reference: the next uses come from {@link #foresee} (the caller computes
 * them once for the whole string, backwards, in O(n)) and a heap keeps the farthest on top,
 * where paging-policy.py scans the future at each miss (O(n) per miss).
 */
final class Opt implements Replacer {
    private final Foresight f;

    Opt(int capacity) {
        f = new Foresight(capacity, this::farther);
    }

    /** Whether a goes before b: used later, or equally never and loaded later. */
    private boolean farther(int a, int b) {
        return f.compare(a, b) > 0;
    }

    @Override
    public Policy policy() {
        return Policy.OPT;
    }

    @Override
    public int capacity() {
        return f.order.capacity();
    }

    @Override
    public int size() {
        return f.order.size();
    }

    @Override
    public boolean contains(int key) {
        return f.order.contains(key);
    }

    @Override
    public void insert(int key) {
        f.insert(key);
    }

    @Override
    public void touch(int key) {
    }

    @Override
    public int victim() {
        return f.heap.top();
    }

    @Override
    public void remove(int key) {
        f.remove(key);
    }

    @Override
    public int resident(int[] dst) {
        return f.order.copyTo(dst);
    }

    @Override
    public void foresee(int key, long when) {
        f.foresee(key, when);
    }
}
