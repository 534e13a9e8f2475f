package miniunix.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.TestImage;
import miniunix.kernel.check.Invariants;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Mman;
import org.junit.jupiter.api.Test;

/** Swap as a student watches it: pages go out when RAM is short and come back on a fault. */
class SwapTest {
    private static final long MB = 1L << 20;
    private static final long PAGE = FrameTable.PAGE_SIZE;

    private static Kernel boot(long mem, long swap, String policy) {
        return Kernel.boot(BootOptions.defaults().withMemBytes(mem)
                .withVm(VmOptions.defaults().withSwapBytes(swap).withPolicy(policy)),
                new TestImage());
    }

    /** A child of init (a process of the table) with an anonymous mapping of len bytes. */
    private static Proc procWith(Kernel k, long len, long[] addr) {
        long pid = k.lifecycle().fork(k.procs().get(1));
        Proc p = k.procs().get((int) pid);
        addr[0] = k.mm().mmap().mmap(p, 0, len, Mman.PROT_READ | Mman.PROT_WRITE,
                Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS, null, null, true, true, 0);
        return p;
    }

    @Test
    void pagesGoOutToSwapAndComeBackWithMajorFaults() {
        Kernel k = boot(8 * MB, 16 * MB, "lru");
        Mm mm = k.mm();
        long[] a = new long[1];
        long len = 12 * MB;                       // more than RAM: some must go out
        Proc p = procWith(k, len, a);
        long pages = len / PAGE;
        assertEquals(Mm.OK, mm.touchRange(p, null, a[0], len, true));
        assertTrue(mm.stat.pswpout > 0, "RAM is 8M: some of 12M went to swap");
        assertEquals(mm.stat.pswpout, p.mm.swapPages, "each page out is in swap once");
        assertEquals(pages, countIn(p, a[0], len), "resident + swapped = touched");
        assertEquals(mm.swapSlots() - mm.swapFreeSlots(), p.mm.swapPages);
        assertEquals(List.of(), Invariants.check(k));

        // LRU: the first pages touched are the ones out; touching them again reads them back.
        assertTrue(Pte.swapped(p.mm.pt.lookup(a[0] >>> FrameTable.PAGE_SHIFT)));
        long maj = p.majFlt;
        long sysMaj = mm.stat.pgmajfault;
        assertEquals(Mm.MAJOR, mm.access(p, null, a[0], false));
        assertEquals(maj + 1, p.majFlt);
        assertEquals(1, mm.stat.pswpin);
        assertEquals(sysMaj + 1, mm.stat.pgmajfault);
        assertEquals(pages, countIn(p, a[0], len), "still every page, in RAM or swap");
        assertEquals(List.of(), Invariants.check(k));

        // Exit gives the slots back.
        k.sendSignal(p, 9);
        for (int i = 0; i < 10; i++) {
            k.tick();
        }
        assertEquals(mm.swapSlots(), mm.swapFreeSlots(), "every slot free after exit");
        assertEquals(List.of(), Invariants.check(k));
    }

    @Test
    void whenRamAndSwapRunOutTheOomKillerStillComes() {
        Kernel k = boot(8 * MB, 2 * MB, "clock");
        Mm mm = k.mm();
        long[] a = new long[1];
        Proc p = procWith(k, 16 * MB, a);
        assertEquals(Mm.OOM, mm.touchRange(p, null, a[0], 16 * MB, true));
        assertEquals(mm.swapSlots(), mm.stat.pswpout, "swap filled first");
        assertEquals(1, mm.stat.oomKill);
        k.tick();
        assertTrue(!p.isAlive());
        assertEquals(mm.swapSlots(), mm.swapFreeSlots(), "the victim's slots are free again");
        assertEquals(List.of(), Invariants.check(k));
    }

    @Test
    void forkSharesSwapSlotsAndEachSideReadsItsOwnCopyBack() {
        Kernel k = boot(8 * MB, 16 * MB, "fifo");
        Mm mm = k.mm();
        long[] a = new long[1];
        long len = 10 * MB;
        Proc p = procWith(k, len, a);
        assertEquals(Mm.OK, mm.touchRange(p, null, a[0], len, true));
        assertTrue(p.mm.swapPages > 0);
        Proc c = k.procs().get((int) k.lifecycle().fork(p));
        assertEquals(p.mm.swapPages, c.mm.swapPages, "the child shares the parent's swap entries");
        assertEquals(p.mm.swapPages, mm.swapSlots() - mm.swapFreeSlots(), "shared, not copied");
        assertEquals(Mm.MAJOR, mm.access(c, null, a[0], true));
        assertTrue(Pte.swapped(p.mm.pt.lookup(a[0] >>> FrameTable.PAGE_SHIFT)),
                "the parent's entry still names the slot");
        assertEquals(List.of(), Invariants.check(k));
    }

    @Test
    void whatAPageSaysComesBackFromSwap() {
        Kernel k = boot(8 * MB, 16 * MB, "lru");
        Mm mm = k.mm();
        long[] a = new long[1];
        long len = 12 * MB;
        Proc p = procWith(k, len, a);
        UserCopy uc = mm.copy();
        byte[] page = new byte[(int) PAGE];
        for (long va = a[0]; va < a[0] + len; va += PAGE) {
            java.util.Arrays.fill(page, (byte) (va >>> FrameTable.PAGE_SHIFT));
            assertEquals(0, uc.copyout(p, null, va, page, 0, page.length));
        }
        assertTrue(Pte.swapped(p.mm.pt.lookup(a[0] >>> FrameTable.PAGE_SHIFT)), "the first went out");
        Proc c = k.procs().get((int) k.lifecycle().fork(p));
        byte[] mine = new byte[(int) PAGE];
        java.util.Arrays.fill(mine, (byte) 0x5a);
        assertEquals(0, uc.copyout(c, null, a[0], mine, 0, mine.length), "the child writes its copy");
        byte[] back = new byte[(int) PAGE];
        for (long va = a[0]; va < a[0] + len; va += PAGE) {
            assertEquals(0, uc.copyin(p, null, va, back, 0, back.length));
            assertEquals((byte) (va >>> FrameTable.PAGE_SHIFT), back[0], "page at " + va);
            assertEquals((byte) (va >>> FrameTable.PAGE_SHIFT), back[back.length - 1]);
        }
        assertEquals(0, uc.copyin(c, null, a[0], back, 0, back.length));
        assertEquals((byte) 0x5a, back[7], "the child's write is its own");
        assertTrue(mm.stat.pswpin > 0);
        assertEquals(List.of(), Invariants.check(k));
    }

    @Test
    void thePolicyCanChangeWhilePagesAreResident() {
        Kernel k = boot(8 * MB, 16 * MB, "fifo");
        Mm mm = k.mm();
        long[] a = new long[1];
        Proc p = procWith(k, 4 * MB, a);
        assertEquals(Mm.OK, mm.touchRange(p, null, a[0], 4 * MB, true));
        int resident = mm.reclaim().evictable();
        assertTrue(mm.reclaim().setPolicy("clock").isPresent());
        assertEquals("clock", mm.reclaim().policy().label());
        assertEquals(resident, mm.reclaim().evictable(), "the same pages, in a new order");
        assertTrue(mm.reclaim().setPolicy("opt").isEmpty(), "opt needs the future");
        assertTrue(mm.reclaim().setPolicy("nope").isEmpty());
        assertEquals("clock", mm.reclaim().policy().label());
        assertEquals(Mm.OK, mm.touchRange(p, null, a[0], 4 * MB, true));
        assertEquals(List.of(), Invariants.check(k));
    }

    /** Pages of [a, a+len) present or in swap in p's table. */
    private static long countIn(Proc p, long a, long len) {
        long n = 0;
        for (long va = a; va < a + len; va += PAGE) {
            long pte = p.mm.pt.lookup(va >>> FrameTable.PAGE_SHIFT);
            n += Pte.present(pte) || Pte.swapped(pte) ? 1 : 0;
        }
        return n;
    }
}
