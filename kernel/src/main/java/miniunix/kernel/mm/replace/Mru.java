package miniunix.kernel.mm.replace;

/**
 * MRU: the page used most recently goes, the one the previous reference touched. A hit moves
 * the page to the end, so the order runs from least to most recently used, and the victim is
 * the last. Good only for loops larger than memory, where LRU always evicts the next page.
 */
final class Mru extends Listed {
    Mru(int capacity) {
        super(capacity);
    }

    @Override
    public Policy policy() {
        return Policy.MRU;
    }

    @Override
    public void touch(int key) {
        order.moveToEnd(key);
    }

    /** The most recently used. */
    @Override
    public int victim() {
        return order.newest();
    }
}
