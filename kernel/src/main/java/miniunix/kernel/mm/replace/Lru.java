package miniunix.kernel.mm.replace;

/**
 * LRU: the page used least recently goes. A hit moves the page to the end, so the order runs
 * from least to most recently used. A stack algorithm: more frames never mean more misses.
 */
final class Lru extends Listed {
    Lru(int capacity) {
        super(capacity);
    }

    @Override
    public Policy policy() {
        return Policy.LRU;
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
}
