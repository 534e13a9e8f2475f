package miniunix.kernel.mm.replace;

/**
 * UNOPT, OPT turned around: the page whose next reference is soonest goes; when none is used
 * again, the first of the list. The worst an offline policy can do, a floor to compare the
 * others with. The order is load order. O(log n) per reference, as {@link Opt}.
 */
final class Unopt implements Replacer {
    private final Foresight f;

    Unopt(int capacity) {
        f = new Foresight(capacity, this::sooner);
    }

    /** Whether a goes before b: used sooner, or equally never and loaded earlier. */
    private boolean sooner(int a, int b) {
        return f.compare(a, b) < 0;
    }

    @Override
    public Policy policy() {
        return Policy.UNOPT;
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
