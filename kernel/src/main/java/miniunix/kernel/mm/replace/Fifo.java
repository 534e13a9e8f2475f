package miniunix.kernel.mm.replace;

/**
 * FIFO: the page loaded earliest goes, however often it is used. Hits change nothing, so the
 * order is load order. The policy of Belady's anomaly: more frames can mean more misses.
 */
final class Fifo extends Listed {
    Fifo(int capacity) {
        super(capacity);
    }

    @Override
    public Policy policy() {
        return Policy.FIFO;
    }

    @Override
    public void touch(int key) {
    }

    /** The first in. */
    @Override
    public int victim() {
        return order.oldest();
    }
}
