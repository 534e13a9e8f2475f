package miniunix.kernel.mm.replace;

/**
 * FIFO: the page loaded earliest goes, however often it is used. Hits change nothing, so the
 * order is load order. The policy of Belady's anomaly: more frames can mean more misses.
 */
final class Fifo implements Replacer {
    private final KeyList order;

    Fifo(int capacity) {
        order = new KeyList(capacity);
    }

    @Override
    public Policy policy() {
        return Policy.FIFO;
    }

    @Override
    public int capacity() {
        return order.capacity();
    }

    @Override
    public int size() {
        return order.size();
    }

    @Override
    public boolean contains(int key) {
        return order.contains(key);
    }

    @Override
    public void insert(int key) {
        order.append(key);
    }

    @Override
    public void touch(int key) {
    }

    /** The first in. */
    @Override
    public int victim() {
        return order.oldest();
    }

    @Override
    public void remove(int key) {
        order.unlink(key);
    }

    @Override
    public int resident(int[] dst) {
        return order.copyTo(dst);
    }
}
