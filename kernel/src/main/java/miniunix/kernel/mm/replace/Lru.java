package miniunix.kernel.mm.replace;

/**
 * LRU: the page used least recently goes. A hit moves the page to the end, so the order runs
 * from least to most recently used. A stack algorithm: more frames never mean more misses.
 */
final class Lru implements Replacer {
    private final KeyList order;

    Lru(int capacity) {
        order = new KeyList(capacity);
    }

    @Override
    public Policy policy() {
        return Policy.LRU;
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
        order.moveToEnd(key);
    }

    /** The least recently used. */
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
