package miniunix.kernel.mm.replace;

/**
 * What the policies that keep their pages in a list share (all but Clock): the resident keys
 * in a {@link KeyList}, a key inserted last in it, and the list as the order
 * {@link #resident} gives. Each policy says what a hit does and which key goes; the offline
 * ones ({@link Foresight}) also keep a heap.
 */
abstract class Listed implements Replacer {
    final KeyList order;

    Listed(int capacity) {
        order = new KeyList(capacity);
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
    public void remove(int key) {
        order.unlink(key);
    }

    @Override
    public int resident(int[] dst) {
        return order.copyTo(dst);
    }
}
