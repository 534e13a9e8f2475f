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
final class Opt extends Foresight {
    Opt(int capacity) {
        super(capacity);
    }

    /** Whether a goes before b: used later, or equally never and loaded later. */
    @Override
    boolean above(int a, int b) {
        return compare(a, b) > 0;
    }

    @Override
    public Policy policy() {
        return Policy.OPT;
    }
}
