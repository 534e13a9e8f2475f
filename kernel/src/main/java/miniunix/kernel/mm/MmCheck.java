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
        Map<Long, Integer> slots = new HashMap<>();
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
                    slots.merge(Pte.number(pte), 1, Integer::sum);
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
        checkSwap(mm, slots, bad);
        checkEvictable(mm, maps, bad);
        long anonMapped = countAnon(f, maps);
        if (f.count(FrameTable.ANON) != anonMapped) {
            bad.add(f.count(FrameTable.ANON) + " anonymous frames but " + anonMapped + " mapped");
        }
    }

    /** Each slot's use count equals the swap entries naming it; the free count adds up. */
    private static void checkSwap(Mm mm, Map<Long, Integer> slots, List<String> bad) {
        Swap swap = mm.reclaim().swap();
        for (Map.Entry<Long, Integer> e : slots.entrySet()) {
            if (swap.count(e.getKey()) != e.getValue()) {
                bad.add("swap slot " + e.getKey() + ": count " + swap.count(e.getKey()) + " but "
                        + e.getValue() + " entries");
            }
        }
        if (swap.slots() - swap.free() != slots.size()) {
            bad.add("swap: " + (swap.slots() - swap.free()) + " slots used but " + slots.size()
                    + " named by entries");
        }
    }

    /** Every evictable frame is an anonymous page mapped once, by the space rmap names. */
    private static void checkEvictable(Mm mm, Map<Integer, Integer> maps, List<String> bad) {
        Reclaim r = mm.reclaim();
        FrameTable f = mm.frames;
        for (int pfn : maps.keySet()) {
            if (!r.isEvictable(pfn)) {
                continue;
            }
            AddressSpace as = r.mapper(pfn);
            long pte = as == null ? 0 : as.pt.lookup(f.index(pfn));
            if (f.kind(pfn) != FrameTable.ANON || f.mapcount(pfn) != 1 || !Pte.present(pte)
                    || Pte.number(pte) != pfn) {
                bad.add("evictable frame " + pfn + " is not its mapper's private page");
            }
        }
        long inMaps = 0;
        for (int pfn : maps.keySet()) {
            inMaps += r.isEvictable(pfn) ? 1 : 0;
        }
        if (inMaps != r.evictable()) {
            bad.add(r.evictable() + " evictable frames but " + inMaps + " of them mapped");
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
