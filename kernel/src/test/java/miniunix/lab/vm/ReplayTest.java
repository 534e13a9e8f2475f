package miniunix.lab.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import miniunix.kernel.Rng;
import miniunix.kernel.mm.replace.Policy;
import org.junit.jupiter.api.Test;

/** Every example of shared/EXPERIMENTS.md section 5, worked by hand, and a few more. */
class ReplayTest {
    private static final int[] BELADY = {1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5};

    private static Replay run(Policy p, int frames, int... refs) {
        Replay r = new Replay(p, frames, refs, new Rng(0));
        r.run();
        return r;
    }

    private static int[] resident(Replay r) {
        int[] dst = new int[r.frames()];
        int[] scratch = new int[r.frames()];
        return Arrays.copyOf(dst, r.resident(dst, scratch));
    }

    @Test
    void fifoShowsBeladysAnomaly() {
        assertEquals(9, run(Policy.FIFO, 3, BELADY).misses());
        assertEquals(10, run(Policy.FIFO, 4, BELADY).misses());
    }

    @Test
    void lruAndOptOnTheBeladyString() {
        assertEquals(10, run(Policy.LRU, 3, BELADY).misses());
        assertEquals(7, run(Policy.OPT, 3, BELADY).misses());
        assertEquals(5, run(Policy.OPT, 3, BELADY).hits());
    }

    @Test
    void lruNeverGetsWorseWithMoreFrames() {
        long last = Long.MAX_VALUE;
        for (int frames = 1; frames <= 6; frames++) {
            long misses = run(Policy.LRU, frames, BELADY).misses();
            assertTrue(misses <= last, frames + " frames: " + misses);
            last = misses;
        }
    }

    @Test
    void optEvictsTheMostRecentlyLoadedOfThoseNeverUsedAgain() {
        Replay r = run(Policy.OPT, 3, 1, 2, 3, 4);
        assertEquals(3, r.evicted());
        assertArrayEquals(new int[] {1, 2, 4}, resident(r));
        assertEquals(0, r.hits());
        assertEquals(4, r.misses());
    }

    @Test
    void aHitMovesThePageToTheEndOnlyUnderLruAndMru() {
        Replay r = new Replay(Policy.LRU, 3, new int[] {1, 2, 3, 1, 4}, new Rng(0));
        for (int i = 0; i < 4; i++) {
            r.step();
        }
        assertTrue(r.hit());
        assertArrayEquals(new int[] {2, 3, 1}, resident(r));
        r.step();
        assertEquals(2, r.evicted());
        assertArrayEquals(new int[] {3, 1, 4}, resident(r));

        Replay m = run(Policy.MRU, 3, 1, 2, 3, 1, 4);
        assertEquals(1, m.evicted());
        assertArrayEquals(new int[] {2, 3, 4}, resident(m));

        Replay f = run(Policy.FIFO, 3, 1, 2, 3, 1, 4);
        assertEquals(1, f.evicted());
        assertArrayEquals(new int[] {2, 3, 4}, resident(f));
    }

    @Test
    void unoptEvictsTheSoonestUsed() {
        // 1,2,3 loaded; at 4 the next uses are 1@4, 2@5, 3@never: 1 goes, leaving [2,3,4].
        Replay r = new Replay(Policy.UNOPT, 3, new int[] {1, 2, 3, 4, 1, 2}, new Rng(0));
        for (int i = 0; i < 4; i++) {
            r.step();
        }
        assertEquals(1, r.evicted());
        assertArrayEquals(new int[] {2, 3, 4}, resident(r));
    }

    @Test
    void clockReplacesInPlaceAndKeepsFrameOrder() {
        // Frames 0,1,2 hold 1,2,3 (bits set). 4: the hand clears all and takes frame 0.
        // 2 hits (frame 1's bit set). 5: the hand at frame 1 clears it, frame 2 (bit clear
        // since the sweep) goes.
        Replay r = run(Policy.CLOCK, 3, 1, 2, 3, 4, 2, 5);
        assertEquals(3, r.evicted());
        assertArrayEquals(new int[] {4, 2, 5}, resident(r));
    }

    @Test
    void moreFramesThanPagesNeverEvict() {
        Replay r = run(Policy.RANDOM, 1000, BELADY);
        assertEquals(5, r.misses());
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, resident(r));
    }
}
