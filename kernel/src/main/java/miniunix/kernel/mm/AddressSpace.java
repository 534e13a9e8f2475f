package miniunix.kernel.mm;

import java.util.ArrayList;
import java.util.List;

/**
 * One process's memory (Linux mm_struct): its regions in address order, its page table, the
 * program break, and the counters ps and /proc read (resident anonymous and file pages, pages
 * in swap, page tables). Built by execve, copied by fork, freed by exit ({@link Mm}).
 *
 * <p>Invariants: regions do not overlap and are sorted by start; every leaf entry of the page
 * table lies inside a region; rssAnon + rssFile equals the present leaf entries and swapPages
 * the swap entries.
 */
public final class AddressSpace {
    public final PageTable pt;
    public final List<Vma> vmas = new ArrayList<>(6);
    public final Layout layout;
    /** Address-space id: tags this space's TLB entries when ASIDs are on. */
    public final int asid;
    public long brkStart;
    public long brk;
    /** The stack pointer execve left, below argv and envp (Linux mm->start_stack). */
    public long startStack;
    public long rssAnon;
    public long rssFile;
    public long swapPages;
    /** Largest VSZ and RSS seen, in pages (VmPeak, VmHWM). */
    public long peakPages;
    public long hwmPages;
    private Vma lastHit;

    AddressSpace(PageTable pt, Layout layout, int asid) {
        this.pt = pt;
        this.layout = layout;
        this.asid = asid;
    }

    /** The region holding addr, or null. */
    public Vma find(long addr) {
        Vma h = lastHit;
        if (h != null && h.contains(addr)) {
            return h;
        }
        int lo = 0;
        int hi = vmas.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Vma v = vmas.get(mid);
            if (addr < v.start) {
                hi = mid - 1;
            } else if (addr >= v.end) {
                lo = mid + 1;
            } else {
                lastHit = v;
                return v;
            }
        }
        return null;
    }

    /** The first region that ends above addr (may start above it), or null. */
    public Vma findFrom(long addr) {
        for (Vma v : vmas) {
            if (v.end > addr) {
                return v;
            }
        }
        return null;
    }

    /** Inserts a region, keeping address order. */
    void insert(Vma v) {
        int i = 0;
        while (i < vmas.size() && vmas.get(i).start < v.start) {
            i++;
        }
        vmas.add(i, v);
        notePeak();
    }

    void remove(Vma v) {
        vmas.remove(v);
        if (lastHit == v) {
            lastHit = null;
        }
    }

    void forgetHit() {
        lastHit = null;
    }

    /** Mapped size in pages (VSZ / 4 kB). */
    public long totalPages() {
        long n = 0;
        for (Vma v : vmas) {
            n += v.pages();
        }
        return n;
    }

    public long rssPages() {
        return rssAnon + rssFile;
    }

    /** The heap region, or null while the break has not moved. */
    public Vma heap() {
        for (Vma v : vmas) {
            if (v.kind == Vma.Kind.HEAP) {
                return v;
            }
        }
        return null;
    }

    public Vma stack() {
        for (Vma v : vmas) {
            if (v.kind == Vma.Kind.STACK) {
                return v;
            }
        }
        return null;
    }

    void notePeak() {
        peakPages = Math.max(peakPages, totalPages());
    }

    void noteRss() {
        long r = rssAnon + rssFile;
        if (r > hwmPages) {
            hwmPages = r;
        }
    }
}
