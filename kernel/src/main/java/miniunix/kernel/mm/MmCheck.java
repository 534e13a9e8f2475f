package miniunix.kernel.mm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import miniunix.kernel.proc.Proc;

/**
 * The memory manager's invariants, for kernel/check/Invariants: every frame is free or owned
 * (the kind counts add up to RAM, and match a scan of the frame table); an anonymous or file
 * frame's mapcount equals the page-table entries that map it; every address space's rssAnon +
 * rssFile equals its present entries, swapPages its swap entries, and every entry lies inside a
 * region; page-table frames equal the tables of all live address spaces.
 */
public final class MmCheck {
    private MmCheck() {
    }

    /** Adds a line to bad for each violation over the address spaces of procs. */
    public static void check(Mm mm, List<Proc> procs, List<String> bad) {
        FrameTable f = mm.frames;
        long used = 0;
        for (byte kind = FrameTable.KERNEL; kind <= FrameTable.SHMEM; kind++) {
            used += f.count(kind);
            if (f.count(kind) != f.scanCount(kind)) {
                bad.add("frames of kind " + kind + ": counted " + f.count(kind) + ", found "
                        + f.scanCount(kind));
            }
        }
        if (used + f.freeFrames() != f.frames()) {
            bad.add("frames: " + used + " used + " + f.freeFrames() + " free != " + f.frames());
        }
        if (f.freeFrames() != f.scanCount(FrameTable.FREE)) {
            bad.add("free frames counted " + f.freeFrames() + ", found " + f.scanCount(FrameTable.FREE));
        }
        Map<Integer, Integer> maps = new HashMap<>();
        long tables = 0;
        for (Proc p : procs) {
            AddressSpace as = p.mm;
            if (as == null) {
                continue;
            }
            tables += as.pt.tables();
            long present = 0;
            long swapped = 0;
            PageTable pt = as.pt;
            for (long vpn = pt.nextMapped(0); vpn >= 0; vpn = pt.nextMapped(vpn + 1)) {
                long pte = pt.lookup(vpn);
                if (as.find(vpn << FrameTable.PAGE_SHIFT) == null) {
                    bad.add("pid " + p.pid + ": entry for vpn 0x" + Long.toHexString(vpn)
                            + " outside every region");
                }
                if (Pte.present(pte)) {
                    present++;
                    maps.merge((int) Pte.number(pte), 1, Integer::sum);
                } else if (Pte.swapped(pte)) {
                    swapped++;
                }
            }
            if (present != as.rssPages()) {
                bad.add("pid " + p.pid + ": rss " + as.rssPages() + " but " + present + " present");
            }
            if (swapped != as.swapPages) {
                bad.add("pid " + p.pid + ": swap " + as.swapPages + " but " + swapped + " entries");
            }
        }
        if (tables != f.count(FrameTable.PAGETABLE)) {
            bad.add("page-table frames " + f.count(FrameTable.PAGETABLE) + " but " + tables
                    + " tables");
        }
        for (Map.Entry<Integer, Integer> e : maps.entrySet()) {
            int pfn = e.getKey();
            byte kind = f.kind(pfn);
            if (kind != FrameTable.ANON && kind != FrameTable.FILE) {
                bad.add("frame " + pfn + " mapped but of kind " + kind);
            } else if (f.mapcount(pfn) != e.getValue()) {
                bad.add("frame " + pfn + ": mapcount " + f.mapcount(pfn) + " but " + e.getValue()
                        + " entries");
            }
        }
        long anonMapped = countAnon(f, maps);
        if (f.count(FrameTable.ANON) != anonMapped) {
            bad.add(f.count(FrameTable.ANON) + " anonymous frames but " + anonMapped + " mapped");
        }
    }

    private static long countAnon(FrameTable f, Map<Integer, Integer> maps) {
        long n = 0;
        for (int pfn : maps.keySet()) {
            n += f.kind(pfn) == FrameTable.ANON ? 1 : 0;
        }
        return n;
    }
}
