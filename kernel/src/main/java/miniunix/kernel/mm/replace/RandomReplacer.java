package miniunix.kernel.mm.replace;

import miniunix.kernel.KernelPanic;
import miniunix.kernel.Rng;

/**
 * Random: the victim is drawn uniformly from the resident pages with the kernel's seeded
 * generator, so a run repeats under the same --seed. Hits change nothing; the order is load
 * order. O(1): the resident keys are also kept packed in an array to draw from.
 *
 * <p>Invariant: {@code slots[0..size)} holds exactly the resident keys and
 * {@code slotOf[slots[i]] == i}.
 */
final class RandomReplacer extends Listed {
    private final Rng rng;
    private final int[] slots;
    private final int[] slotOf;

    RandomReplacer(int capacity, Rng rng) {
        super(capacity);
        this.rng = rng;
        slots = new int[capacity];
        slotOf = new int[capacity];
    }

    @Override
    public Policy policy() {
        return Policy.RANDOM;
    }

    @Override
    public void insert(int key) {
        super.insert(key);
        int n = order.size() - 1;
        slots[n] = key;
        slotOf[key] = n;
    }

    @Override
    public void touch(int key) {
    }

    @Override
    public int victim() {
        if (order.size() == 0) {
            throw new KernelPanic("random: victim of an empty set");
        }
        return slots[rng.nextInt(order.size())];
    }

    @Override
    public void remove(int key) {
        super.remove(key);
        int last = slots[order.size()];
        int at = slotOf[key];
        slots[at] = last;
        slotOf[last] = at;
    }
}
