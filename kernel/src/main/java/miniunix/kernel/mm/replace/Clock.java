package miniunix.kernel.mm.replace;

import miniunix.kernel.KernelPanic;

/**
 * Clock (second chance): the resident pages stand in a circle with a use bit each, set on
 * load and on every hit. To find a victim the hand, starting at the first page loaded,
 * clears set bits as it passes until it reaches a clear one: that page goes, and the hand
 * moves one past it. A page loaded takes the victim's place in the circle, just behind the
 * hand, so a frame reused at once keeps its place. The order reported is frame order
 * (ascending keys), where the pages sit in memory; in {@code vm replay}, whose frames fill
 * from 0 up, that is also the circle's order from frame 0.
 *
 * <p>Linux: the second-chance scan of the inactive list in mm/vmscan.c. Simplified: one use
 * bit, set by the caller's {@link #touch} rather than by the MMU.
 *
 * <p>Invariant: hand is NIL iff the circle is empty. Amortised O(1) per reference: each bit
 * the hand clears was set by one load or hit.
 */
final class Clock implements Replacer {
    private final KeyList circle;
    private final boolean[] used;
    /** The next key the hand examines, or NIL when the circle is empty. */
    private int hand = KeyList.NIL;

    Clock(int capacity) {
        circle = new KeyList(capacity);
        used = new boolean[capacity];
    }

    @Override
    public Policy policy() {
        return Policy.CLOCK;
    }

    @Override
    public int capacity() {
        return circle.capacity();
    }

    @Override
    public int size() {
        return circle.size();
    }

    @Override
    public boolean contains(int key) {
        return circle.contains(key);
    }

    @Override
    public void insert(int key) {
        if (hand == KeyList.NIL) {
            circle.append(key);
            hand = key;
        } else {
            circle.insertBefore(hand, key);
        }
        used[key] = true;
    }

    @Override
    public void touch(int key) {
        used[key] = true;
    }

    @Override
    public int victim() {
        if (hand == KeyList.NIL) {
            throw new KernelPanic("clock: victim of an empty set");
        }
        while (used[hand]) {
            used[hand] = false;
            hand = after(hand);
        }
        int victim = hand;
        hand = after(hand);
        return victim;
    }

    @Override
    public void remove(int key) {
        if (key == hand) {
            hand = circle.size() == 1 ? KeyList.NIL : after(key);
        }
        circle.unlink(key);
        used[key] = false;
    }

    /** Frame order: every resident key, ascending. O(capacity), for reports. */
    @Override
    public int resident(int[] dst) {
        int n = 0;
        for (int key = 0; key < used.length; key++) {
            if (circle.contains(key)) {
                dst[n++] = key;
            }
        }
        return n;
    }

    /** The key after key around the circle. */
    private int after(int key) {
        int n = circle.next(key);
        return n == KeyList.NIL ? circle.first() : n;
    }
}
