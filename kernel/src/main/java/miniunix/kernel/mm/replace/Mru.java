package miniunix.kernel.mm.replace;

/**
 * MRU: the page used most recently goes, the one the previous reference touched. A hit moves
 * the page to the end, so the order runs from least to most recently used, and the victim is
 * the last. Good only for loops larger than memory, where LRU always evicts the next page.
 */
final class Mru implements Replacer {
    private final KeyList order;

    Mru(int capacity) {
        order = new KeyList(capacity);
    }

    @Override
    public Policy policy() {
        return Policy.MRU;
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

    /** The most recently used. */
    @Override
    public int victim() {
        return order.newest();
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
