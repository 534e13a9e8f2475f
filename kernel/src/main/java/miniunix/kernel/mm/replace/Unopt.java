package miniunix.kernel.mm.replace;

/**
 * UNOPT, OPT turned around: the page whose next reference is soonest goes; when none is used
 * again, the first of the list. The worst an offline policy can do, a floor to compare the
 * others with. The order is load order. O(log n) per reference, as {@link Opt}.
 */
final class Unopt extends Foresight {
    Unopt(int capacity) {
        super(capacity);
    }

    /** Whether a goes before b: used sooner, or equally never and loaded earlier. */
    @Override
    boolean above(int a, int b) {
        return compare(a, b) < 0;
    }

    @Override
    public Policy policy() {
        return Policy.UNOPT;
    }
}
