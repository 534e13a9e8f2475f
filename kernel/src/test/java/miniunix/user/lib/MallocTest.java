package miniunix.user.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import miniunix.user.lib.Malloc.Chunk;
import miniunix.user.lib.Malloc.Config;
import miniunix.user.lib.Malloc.Fit;
import miniunix.user.lib.Malloc.Order;
import org.junit.jupiter.api.Test;

/** The allocator on hand-worked lists (EXPERIMENTS.md section 6), heap 100 at 1000. */
class MallocTest {
    private static Malloc heap(Fit fit, Order order, boolean coalesce, long header, long align) {
        return new Malloc(new Config(fit, order, coalesce, header, align), 1000, 100);
    }

    private static Malloc heap(Fit fit, Order order) {
        return heap(fit, order, false, 0, -1);
    }

    private static List<Chunk> chunks(long... addrSize) {
        Chunk[] c = new Chunk[addrSize.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Chunk(addrSize[2 * i], addrSize[2 * i + 1]);
        }
        return List.of(c);
    }

    @Test
    void bestFitTakesTheSmallestChunkThatFitsAfterSearchingTheWholeList() {
        Malloc m = heap(Fit.BEST, Order.ADDR);
        assertEquals(1000, m.alloc(10));
        assertEquals(1010, m.alloc(20));
        assertEquals(0, m.release(1000));
        assertEquals(chunks(1000, 10, 1030, 70), m.freeList());
        assertEquals(1000, m.alloc(5));
        assertEquals(2, m.searched());
        assertEquals(chunks(1005, 5, 1030, 70), m.freeList());
    }

    @Test
    void headersAndAlignmentRoundTheSizeNotTheAddress() {
        Malloc m = heap(Fit.BEST, Order.ADDR, false, 4, 8);
        assertEquals(12, m.chunkSize(5));
        assertEquals(20, m.chunkSize(9));
        assertEquals(1000, m.alloc(5));
        assertEquals(1012, m.alloc(9));
        assertEquals(chunks(1032, 68), m.freeList());
    }

    @Test
    void insertFrontCoalescesOnlyNeighboursInListOrder() {
        Malloc front = heap(Fit.BEST, Order.INSERT_FRONT, true, 0, -1);
        Malloc addr = heap(Fit.BEST, Order.ADDR, true, 0, -1);
        for (Malloc m : List.of(front, addr)) {
            m.alloc(10);
            m.alloc(20);
            m.alloc(30);
            m.release(1000);
            m.release(1010);
        }
        assertEquals(chunks(1010, 20, 1000, 10, 1060, 40), front.freeList());
        assertEquals(chunks(1000, 30, 1060, 40), addr.freeList());
    }

    @Test
    void aSplitRemainderKeepsItsPlaceEvenOutOfSizeOrder() {
        Malloc m = heap(Fit.WORST, Order.SIZE_DESC);
        m.alloc(10);
        m.alloc(20);
        m.alloc(30);
        m.release(1010);
        m.release(1000);
        m.release(1030);
        assertEquals(chunks(1060, 40, 1030, 30, 1010, 20, 1000, 10), m.freeList());
        assertEquals(1060, m.alloc(35));
        assertEquals(chunks(1095, 5, 1030, 30, 1010, 20, 1000, 10), m.freeList());
    }

    @Test
    void sizeOrderSortsStablyWithTheNewChunkAfterEqualOnes() {
        Malloc m = heap(Fit.FIRST, Order.SIZE_ASC);
        m.alloc(10);
        m.alloc(5);
        m.alloc(10);
        m.release(1015);
        m.release(1000);
        assertEquals(chunks(1015, 10, 1000, 10, 1025, 75), m.freeList());
    }

    @Test
    void firstFitCountsThePositionOfTheChunkItTakes() {
        Malloc m = heap(Fit.FIRST, Order.INSERT_BACK);
        m.alloc(10);
        m.alloc(10);
        m.alloc(10);
        m.release(1000);
        m.release(1020);
        // List: [1030,70] [1000,10] [1020,10]; 80 fits nowhere; 10 fits the first.
        assertEquals(Malloc.FAILED, m.alloc(80));
        assertEquals(3, m.searched());
        assertEquals(1030, m.alloc(10));
        assertEquals(1, m.searched());
        assertEquals(1040, m.alloc(60));
        assertEquals(0, m.release(1040));
        // List: [1000,10] [1020,10] [1040,60].
        assertEquals(1040, m.alloc(20));
        assertEquals(3, m.searched());
    }

    @Test
    void nextFitResumesWhereItLastAllocatedAndWraps() {
        Malloc m = heap(Fit.NEXT, Order.INSERT_BACK);
        m.alloc(10);
        m.alloc(10);
        m.release(1000);
        // List: [1020,80] [1000,10]. Rover at 0; 10 goes at 1020, then from 0 again.
        assertEquals(1020, m.alloc(10));
        assertEquals(1, m.searched());
        assertEquals(chunks(1030, 70, 1000, 10), m.freeList());
        assertEquals(1030, m.alloc(70));
        // The exact fit removed position 0: the rover now points at [1000,10].
        assertEquals(1000, m.alloc(10));
        assertEquals(1, m.searched());
        assertEquals(Malloc.FAILED, m.alloc(1));
        assertEquals(0, m.searched());
    }

    @Test
    void nextFitWrapsAroundPastTheEnd() {
        Malloc m = heap(Fit.NEXT, Order.ADDR);
        m.alloc(10);
        m.alloc(10);
        m.alloc(10);
        m.release(1000);
        m.release(1020);
        assertEquals(1030, m.alloc(20));
        assertEquals(3, m.searched());
        // From position 2, where first fit would take 1000.
        assertEquals(1050, m.alloc(5));
        assertEquals(1, m.searched());
        assertEquals(1055, m.alloc(40));
        assertEquals(chunks(1000, 10, 1020, 10, 1095, 5), m.freeList());
        assertEquals(1000, m.alloc(8));
        assertEquals(2, m.searched());
    }

    @Test
    void freeingAnAddressTwiceOrNeverAllocatedFails() {
        Malloc m = heap(Fit.BEST, Order.ADDR);
        m.alloc(10);
        assertEquals(0, m.release(1000));
        assertEquals(-1, m.release(1000));
        assertEquals(-1, m.release(1005));
        assertEquals(chunks(1000, 10, 1010, 90), m.freeList());
    }

    @Test
    void mallocReturnsTheByteAfterTheHeaderAndNullWhenFull() {
        Malloc m = heap(Fit.FIRST, Order.ADDR, true, 8, 8);
        long p = m.malloc(20);
        assertEquals(1008, p);
        assertEquals(Malloc.NULL, m.malloc(100));
        assertEquals(0, m.free(p));
        assertEquals(0, m.free(Malloc.NULL));
        assertEquals(chunks(1000, 100), m.freeList());
    }

    @Test
    void growingTheBreakFreesTheNewBytesIntoTheList() {
        Malloc m = heap(Fit.FIRST, Order.ADDR, true, 0, -1);
        m.alloc(60);
        assertEquals(Malloc.FAILED, m.alloc(100));
        assertEquals(4096, m.growBy(100));
        m.grow(m.end() + m.growBy(100));
        assertEquals(chunks(1060, 40 + 4096), m.freeList());
        assertEquals(1060, m.alloc(100));
        assertEquals(1100 + 4096, m.end());
    }

    @Test
    void aForkedCopyAllocatesOnItsOwn() {
        Malloc m = heap(Fit.FIRST, Order.ADDR);
        m.alloc(10);
        Malloc child = m.copy();
        child.alloc(10);
        assertEquals(chunks(1010, 90), m.freeList());
        assertEquals(chunks(1020, 80), child.freeList());
    }
}
