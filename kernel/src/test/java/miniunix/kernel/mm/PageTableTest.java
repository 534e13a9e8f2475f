package miniunix.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The page table against a sorted map of vpn to entry, through random sets, clears and
 * lookups: nodes that stay sparse and nodes that fill past the dense threshold (and empty
 * again) must answer alike, and nextMapped must visit exactly the mapped vpns in order.
 */
class PageTableTest {
    private static final int ROUNDS = 20_000;

    @Test
    void agreesWithASortedMapInBothLayouts() {
        for (int bits : new int[] {32, 48}) {
            for (long seed = 1; seed <= 3; seed++) {
                check(bits, seed);
            }
        }
    }

    private static void check(int bits, long seed) {
        FrameTable frames = new FrameTable(1 << 14);
        PageTable pt = new PageTable(bits, frames, 1);
        TreeMap<Long, Long> model = new TreeMap<>();
        Random r = new Random(seed);
        long span = bits == 32 ? 1L << 20 : 1L << 36;
        long[] bases = {0, span / 2, span - 2048, span / 5};
        for (int i = 0; i < ROUNDS; i++) {
            // Mostly within 2,048 pages of a few bases, so leaf tables fill and go dense.
            long vpn = bases[r.nextInt(bases.length)] + r.nextInt(2048);
            if (r.nextInt(4) == 0) {
                pt.set(vpn, 0);
                model.remove(vpn);
            } else {
                long pte = Pte.of(r.nextInt(1 << 20), r.nextBoolean() ? Pte.WRITABLE : 0);
                assertTrue(pt.set(vpn, pte));
                model.put(vpn, pte);
            }
            long probe = bases[r.nextInt(bases.length)] + r.nextInt(2048);
            assertEquals(model.getOrDefault(probe, 0L), pt.lookup(probe), "vpn " + probe);
        }
        long at = pt.nextMapped(0);
        for (Map.Entry<Long, Long> e : model.entrySet()) {
            assertEquals(e.getKey(), at, "the next mapped vpn");
            assertEquals(e.getValue(), pt.lookup(at));
            at = pt.nextMapped(at + 1);
        }
        assertEquals(-1, at, "nothing past the last");
        for (long vpn : model.keySet().toArray(new Long[0])) {
            pt.set(vpn, 0);
        }
        assertEquals(-1, pt.nextMapped(0), "all cleared");
    }
}
