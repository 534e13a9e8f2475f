package miniunix.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.TestImage;
import miniunix.kernel.check.Invariants;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Mman;
import org.junit.jupiter.api.Test;

/** The address space as a student watches it: faults, copy-on-write, the walk, SIGSEGV. */
class MmTest {
    private static final long PAGE = FrameTable.PAGE_SIZE;

    private static Kernel boot(long mem, int vmBits) {
        return Kernel.boot(BootOptions.defaults().withMemBytes(mem)
                .withVm(VmOptions.defaults().withVmBits(vmBits)), new TestImage());
    }

    /** A process outside the proc table, with a fresh image: text 20K, data 8K, bss 4K. */
    private static Proc proc(Kernel k, int pid) {
        Proc p = new Proc(pid, false, 0);
        p.mm = k.mm().exec(pid, null, "/bin/t", 20, 8, 4);
        return p;
    }

    private static long heap(Kernel k, Proc p, int pages) {
        long base = p.mm.brkStart;
        assertEquals(base + pages * PAGE, k.mm().mmap().brk(p, base + pages * PAGE));
        return base;
    }

    @Test
    void aFirstTouchIsAMinorFaultAndATlbMissThenHits() {
        Kernel k = boot(64L << 20, 48);
        Proc p = proc(k, 500);
        long h = heap(k, p, 1);
        Tlb tlb = k.mm().tlb(0);
        assertEquals(Mm.OK, k.mm().access(p, tlb, h, true));
        assertEquals(1, p.minFlt);
        assertEquals(1, p.mm.rssAnon);
        assertEquals(Mm.OK, k.mm().access(p, tlb, h + 8, false));
        assertEquals(Mm.OK, k.mm().access(p, tlb, h + 16, true));
        assertEquals(1, p.minFlt, "the page is there now");
        assertEquals(2, tlb.hits);
    }

    @Test
    void forkSharesFramesAndTheFirstWriteCopies() {
        Kernel k = boot(64L << 20, 48);
        Mm mm = k.mm();
        Proc parent = proc(k, 500);
        long h = heap(k, parent, 3);
        assertEquals(Mm.OK, mm.touchRange(parent, null, h, 3 * PAGE, true));
        long free = mm.frames.freeFrames();
        Proc child = new Proc(501, false, 0);
        child.mm = mm.fork(parent.mm, 501);
        int pfn0 = (int) Pte.number(parent.mm.pt.lookup(h >>> 12));
        assertEquals(2, mm.frames.mapcount(pfn0), "shared by both");
        assertEquals(parent.mm.rssAnon, child.mm.rssAnon);
        assertEquals(free - child.mm.pt.tables(), mm.frames.freeFrames(),
                "fork copies page tables, not pages");
        assertTrue((parent.mm.pt.lookup(h >>> 12) & Pte.COW) != 0);
        assertTrue((parent.mm.pt.lookup(h >>> 12) & Pte.WRITABLE) == 0);

        long cow = mm.stat.cowFaults;
        assertEquals(Mm.OK, mm.access(child, null, h, true));
        assertEquals(cow + 1, mm.stat.cowFaults, "the child's write copied");
        assertEquals(1, mm.frames.mapcount(pfn0));
        assertNotEquals(pfn0, Pte.number(child.mm.pt.lookup(h >>> 12)));
        assertEquals(Mm.OK, mm.access(parent, null, h, true));
        assertEquals(cow + 1, mm.stat.cowFaults, "the parent is the last user: no copy");
        assertEquals(1, mm.stat.cowReuse);
        assertEquals(pfn0, Pte.number(parent.mm.pt.lookup(h >>> 12)));
        assertEquals(Mm.OK, mm.access(parent, null, h + PAGE, true));
        assertEquals(cow + 2, mm.stat.cowFaults, "page 1 was still shared: copied");

        long anon = mm.frames.count(FrameTable.ANON);
        mm.release(child.mm);
        mm.release(parent.mm);
        assertEquals(anon - 5, mm.frames.count(FrameTable.ANON), "exit frees every page");
    }

    @Test
    void theWalkIndexesFourLevelsOfNineBits() {
        Kernel k = boot(64L << 20, 48);
        Proc p = proc(k, 500);
        long text = p.mm.layout.textBase();
        assertEquals(0x555555554000L, text);
        assertEquals(Mm.OK, k.mm().access(p, null, text, false));
        int[] idx = new int[4];
        long[] frame = new long[4];
        long[] entry = new long[4];
        assertEquals(4, p.mm.pt.walk(text >>> 12, idx, frame, entry));
        assertEquals(0xaa, idx[0]);
        assertEquals(0x155, idx[1]);
        assertEquals(0xaa, idx[2]);
        assertEquals(0x154, idx[3]);
        assertTrue(Pte.present(entry[3]));
        assertTrue((entry[3] & Pte.WRITABLE) == 0, "text is read-only");
    }

    @Test
    void theWalkIndexesTwoLevelsOfTenBits() {
        Kernel k = boot(64L << 20, 32);
        Proc p = proc(k, 500);
        long text = p.mm.layout.textBase();
        assertEquals(0x08048000L, text);
        assertEquals(Mm.OK, k.mm().access(p, null, text + 0x123, false));
        int[] idx = new int[2];
        long[] frame = new long[2];
        long[] entry = new long[2];
        assertEquals(2, p.mm.pt.walk(text >>> 12, idx, frame, entry));
        assertEquals(0x20, idx[0]);
        assertEquals(0x48, idx[1]);
        assertEquals(2, p.mm.pt.tables(), "a directory and one table");
        assertEquals(0, p.mm.pt.walk(0x40000000L >>> 12, idx, frame, entry), "no table there");
    }

    @Test
    void badReferencesAreSegmentationFaults() {
        Kernel k = boot(64L << 20, 48);
        Proc p = proc(k, 500);
        Mm mm = k.mm();
        assertEquals(Mm.SEGV_MAPERR, mm.access(p, null, 0, false), "NULL");
        assertEquals(Mm.SEGV_ACCERR, mm.access(p, null, p.mm.layout.textBase(), true),
                "a write to text");
        long stackLow = p.mm.stack().start;
        assertEquals(Mm.OK, mm.access(p, null, stackLow - 64 * PAGE, true), "the stack grows");
        assertEquals(Mm.SEGV_MAPERR, mm.access(p, null,
                p.mm.layout.stackTop() - Layout.STACK_LIMIT - PAGE, true), "past RLIMIT_STACK");
        long a = mm.mmap().mmap(p, 0, 2 * PAGE, Mman.PROT_READ, Mman.MAP_PRIVATE
                | Mman.MAP_ANONYMOUS, null, null, true, true, 0);
        assertEquals(Mm.OK, mm.access(p, null, a, false));
        assertEquals(Mm.SEGV_ACCERR, mm.access(p, null, a, true));
        assertEquals(0, mm.mmap().mprotect(p, a, PAGE, Mman.PROT_READ | Mman.PROT_WRITE));
        assertEquals(Mm.OK, mm.access(p, null, a, true));
        assertEquals(Mm.SEGV_ACCERR, mm.access(p, null, a + PAGE, true), "split: page 2 kept r--");
        assertEquals(0, mm.mmap().munmap(p, a, 2 * PAGE));
        assertEquals(Mm.SEGV_MAPERR, mm.access(p, null, a, false));
    }

    @Test
    void theBuddyAllocatorMergesBackToWhatItHadAndPrintsLikeLinux() {
        FrameTable f = new FrameTable(8192);
        String before = f.buddyinfo();
        assertEquals("Node 0, zone      DMA      0      0      0      0      0      0      0"
                + "      0      0      0      4 \nNode 0, zone    DMA32      0      0      0      0"
                + "      0      0      0      0      0      0      4 \n", before);
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            got.add(f.alloc(i % 3, FrameTable.ANON, 1));
        }
        assertTrue(f.freeFrames() < 8192);
        for (int i = 0; i < got.size(); i++) {
            f.free(got.get(i), i % 3);
        }
        assertEquals(before, f.buddyinfo());
        assertEquals(8192, f.freeFrames());
    }

    @Test
    void theTlbEvictsTheLeastRecentlyUsed() {
        Tlb t = new Tlb(2);
        t.insert(1, 10);
        t.insert(2, 20);
        assertEquals(10, t.lookup(1));
        t.insert(3, 30);
        assertEquals(-1, t.lookup(2), "2 was least recently used");
        assertEquals(10, t.lookup(1));
        assertEquals(30, t.lookup(3));
        t.invalidate(1);
        assertEquals(-1, t.lookup(1));
    }

    @Test
    void whenMemoryRunsOutTheOomKillerTakesTheBiggest() {
        Kernel k = boot(8L << 20, 48);
        Mm mm = k.mm();
        Proc init = k.procs().get(1);
        Proc hog = k.procs().get(1);
        assertEquals(1, hog.pid);
        // A process of the table, forked from init, that maps and touches more than RAM.
        long pid = k.lifecycle().fork(init);
        Proc p = k.procs().get((int) pid);
        long a = mm.mmap().mmap(p, 0, 16L << 20, Mman.PROT_READ | Mman.PROT_WRITE,
                Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS, null, null, true, true, 0);
        assertEquals(Mm.OOM, mm.touchRange(p, null, a, 16L << 20, true));
        // SIGKILL is taken on the victim's way back to user mode, as on Linux.
        k.tick();
        assertTrue(!p.isAlive(), "killed");
        assertEquals(1, mm.stat.oomKill);
        assertTrue(k.klog().text().contains("Out of memory: Killed process " + pid + " (init) "
                + "total-vm:"), k.klog().text());
        assertEquals(List.of(), Invariants.check(k));
    }
}
