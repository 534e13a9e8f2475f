package miniunix.kernel.mm.replace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import miniunix.kernel.KernelPanic;
import miniunix.kernel.Rng;
import org.junit.jupiter.api.Test;

/**
 * The replacers driven through their protocol as the kernel drives them: frames (keys) are
 * loaded, hit, chosen as victims and removed (evicted, unmapped), with hand-worked answers.
 */
class ReplacerTest {
    private static Replacer make(Policy p, int capacity) {
        return p.create(capacity, new Rng(1));
    }

    private static int[] resident(Replacer r) {
        int[] dst = new int[r.capacity()];
        return Arrays.copyOf(dst, r.resident(dst));
    }

    private static Replacer loaded(Policy p, int... keys) {
        Replacer r = make(p, 8);
        for (int k : keys) {
            r.insert(k);
        }
        return r;
    }

    @Test
    void fifoEvictsTheFirstLoadedHoweverOftenItIsHit() {
        Replacer r = loaded(Policy.FIFO, 3, 1, 2);
        r.touch(3);
        r.touch(3);
        assertEquals(3, r.victim());
        assertArrayEquals(new int[] {3, 1, 2}, resident(r));
    }

    @Test
    void lruHitMovesThePageToTheEndAndTheFirstGoes() {
        Replacer r = loaded(Policy.LRU, 3, 1, 2);
        r.touch(3);
        assertArrayEquals(new int[] {1, 2, 3}, resident(r));
        assertEquals(1, r.victim());
    }

    @Test
    void mruEvictsThePageTouchedLast() {
        Replacer r = loaded(Policy.MRU, 3, 1, 2);
        r.touch(1);
        assertEquals(1, r.victim());
        assertArrayEquals(new int[] {3, 2, 1}, resident(r));
    }

    @Test
    void optEvictsTheFarthestNextUse() {
        Replacer r = loaded(Policy.OPT, 0, 1, 2);
        r.foresee(0, 10);
        r.foresee(1, 30);
        r.foresee(2, 20);
        assertEquals(1, r.victim());
        r.foresee(1, 5);
        assertEquals(2, r.victim());
    }

    @Test
    void optAmongPagesNeverUsedAgainEvictsTheOneLoadedLast() {
        Replacer r = loaded(Policy.OPT, 4, 2, 6, 0);
        r.foresee(4, Replacer.NEVER);
        r.foresee(2, Replacer.NEVER);
        r.foresee(6, Replacer.NEVER);
        r.foresee(0, 3);
        assertEquals(6, r.victim());
        r.remove(6);
        assertEquals(2, r.victim());
        assertArrayEquals(new int[] {4, 2, 0}, resident(r));
    }

    @Test
    void unoptEvictsTheSoonestOrTheFirstWhenNoneReturns() {
        Replacer r = loaded(Policy.UNOPT, 5, 3, 7);
        assertEquals(5, r.victim(), "none used again: the first of the list");
        r.foresee(7, 9);
        r.foresee(3, 4);
        assertEquals(3, r.victim());
    }

    @Test
    void clockGivesEveryUsedPageASecondChance() {
        Replacer r = loaded(Policy.CLOCK, 0, 1, 2);
        // All use bits set: the hand clears 0, 1, 2 and comes back to 0.
        assertEquals(0, r.victim());
        r.remove(0);
        r.insert(0);
        // 0 is new (bit set) and sits before the hand (now at 1, bit clear): 1 goes.
        assertEquals(1, r.victim());
        r.remove(1);
        r.insert(1);
        r.touch(2);
        // The hand is at 2, which was just used: cleared; 0's bit was set on load: cleared;
        // 1 was loaded last (bit set): cleared; 2 again, clear now.
        assertEquals(2, r.victim());
        assertArrayEquals(new int[] {0, 1, 2}, resident(r));
    }

    @Test
    void clockReportsFrameOrderAndSkipsRemovedFrames() {
        Replacer r = loaded(Policy.CLOCK, 5, 2, 7);
        assertArrayEquals(new int[] {2, 5, 7}, resident(r));
        r.remove(5);
        assertEquals(2, r.victim());
        r.remove(2);
        r.remove(7);
        assertEquals(0, r.size());
        r.insert(3);
        assertEquals(3, r.victim());
    }

    @Test
    void randomRepeatsUnderTheSameSeedAndDrawsOnlyResidentPages() {
        List<Integer> a = draws(new Rng(42));
        List<Integer> b = draws(new Rng(42));
        assertEquals(a, b);
        assertTrue(a.stream().distinct().count() > 1, "draws vary: " + a);
    }

    private static List<Integer> draws(Rng rng) {
        Replacer r = Policy.RANDOM.create(16, rng);
        for (int k = 0; k < 16; k++) {
            r.insert(k);
        }
        r.remove(4);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int v = r.victim();
            assertTrue(r.contains(v) && v != 4);
            out.add(v);
        }
        return out;
    }

    @Test
    void removingAPageOnUnmapKeepsTheOthersInOrder() {
        for (Policy p : Policy.values()) {
            Replacer r = loaded(p, 1, 2, 3, 4);
            r.remove(3);
            assertFalse(r.contains(3), p.label());
            assertEquals(3, r.size(), p.label());
            assertArrayEquals(new int[] {1, 2, 4}, resident(r), p.label());
            r.insert(3);
            assertTrue(r.contains(r.victim()), p.label());
        }
    }

    @Test
    void brokenPreconditionsAreKernelPanics() {
        for (Policy p : Policy.values()) {
            Replacer r = make(p, 4);
            assertThrows(KernelPanic.class, r::victim, p.label());
            r.insert(2);
            assertThrows(KernelPanic.class, () -> r.insert(2), p.label());
            r.remove(2);
            assertThrows(KernelPanic.class, () -> r.remove(2), p.label());
        }
    }

    @Test
    void everyPolicyHasItsCommandLineName() {
        for (Policy p : Policy.values()) {
            assertEquals(p, Policy.parse(p.label()).orElseThrow());
        }
        assertTrue(Policy.parse("LRU").isEmpty());
        assertTrue(Policy.OPT.needsFuture() && !Policy.CLOCK.needsFuture());
    }
}
