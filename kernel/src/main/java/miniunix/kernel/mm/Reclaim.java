package miniunix.kernel.mm;

import java.util.Optional;
import miniunix.kernel.Rng;
import miniunix.kernel.mm.replace.Policy;
import miniunix.kernel.mm.replace.Replacer;

/**
 * Page reclaim (Linux mm/vmscan.c, mm/swap_state.c): which anonymous pages give up their
 * frames when RAM runs short, and writing them to swap. The order is kept by a
 * {@link Replacer} of the policy {@code --vm-policy} or {@code sysctl vm.policy} names, the
 * same classes {@code vm replay} drives; its keys are frame numbers.
 *
 * <p>A frame is evictable (in the replacer) while it holds an anonymous page mapped by exactly
 * one page-table entry, whose address space the reverse map {@link #rmap} records (Linux's
 * anon_vma, reduced to one mapper). fork makes a page shared and takes it off; the last
 * sharer's write fault puts it back. Every hit on an evictable page is a {@link #touched}:
 * LRU sees the exact order, Clock its use bit (the MMU's accessed bit).
 *
 * <p>Watermarks (mm/page_alloc.c): min_free_kbytes = sqrt(16 x RAM in kB), clamped to
 * 128..262144; low = min + min/4, high = min + min/2 (Linux before 5.0's
 * watermark_scale_factor). Under low kswapd wakes and frees up to high; an allocation that
 * finds no frame reclaims directly.
 *
 * <p>Simplified: with no swap nothing is evictable (anonymous memory has nowhere to go; page
 * cache is never dropped), so the replacer exists only with swap; a page shared after fork
 * stays resident until a write makes it private again; a page read back from swap lets go of
 * its slot at once (no swap cache: SwapCached stays 0).
 */
public final class Reclaim {
    private static final long MIN_FREE_KB_LOW = 128;
    private static final long MIN_FREE_KB_HIGH = 262144;
    private static final int KB_PER_PAGE = FrameTable.PAGE_SIZE / 1024;

    private final FrameTable frames;
    private final Swap swap;
    private final Rng rng;
    private Policy policy;
    /** The evictable frames in the policy's order; null without swap. */
    private Replacer lru;
    /** For each evictable frame, the one address space that maps it. */
    private final AddressSpace[] rmap;
    private long minPages;

    Reclaim(FrameTable frames, Swap swap, Policy policy, Rng rng) {
        this.frames = frames;
        this.swap = swap;
        this.policy = policy;
        this.rng = rng;
        boolean on = swap.slots() > 0;
        int n = (int) frames.frames();
        this.lru = on ? policy.create(n, rng) : null;
        this.rmap = on ? new AddressSpace[n] : null;
        long ramKb = frames.frames() * KB_PER_PAGE;
        long kb = Math.max(MIN_FREE_KB_LOW, Math.min(MIN_FREE_KB_HIGH,
                (long) Math.sqrt((double) ramKb * 16)));
        this.minPages = Math.max(1, kb / KB_PER_PAGE);
    }

    public Policy policy() {
        return policy;
    }

    public Swap swap() {
        return swap;
    }

    /** Evictable pages (in the replacer). */
    public int evictable() {
        return lru == null ? 0 : lru.size();
    }

    public boolean isEvictable(int pfn) {
        return lru != null && lru.contains(pfn);
    }

    /** /proc/sys/vm/min_free_kbytes. */
    public long minFreeKbytes() {
        return minPages * KB_PER_PAGE;
    }

    /** Sets min_free_kbytes (low and high follow); false if out of range. */
    public boolean setMinFreeKbytes(long kb) {
        if (kb < MIN_FREE_KB_LOW || kb > MIN_FREE_KB_HIGH || kb / KB_PER_PAGE >= frames.frames()) {
            return false;
        }
        minPages = kb / KB_PER_PAGE;
        return true;
    }

    public long minPages() {
        return minPages;
    }

    public long lowPages() {
        return minPages + minPages / 4;
    }

    public long highPages() {
        return minPages + minPages / 2;
    }

    /**
     * Switches policy while pages are resident: a new replacer gets the old one's resident
     * frames in the old order (Clock's circle and LRU's recency are rebuilt from it). The
     * offline policies need the future and are refused (empty).
     */
    public Optional<Policy> setPolicy(String name) {
        Optional<Policy> p = Policy.parse(name);
        if (p.isEmpty() || p.get().needsFuture()) {
            return Optional.empty();
        }
        if (lru != null) {
            int[] keys = new int[lru.size()];
            int n = lru.resident(keys);
            Replacer next = p.get().create(lru.capacity(), rng);
            for (int i = 0; i < n; i++) {
                next.insert(keys[i]);
            }
            lru = next;
        }
        policy = p.get();
        return p;
    }

    // The page's life, as the fault handler and fork report it.

    /** An anonymous frame now mapped once, by as: it may be evicted. */
    void added(int pfn, AddressSpace as) {
        if (lru != null && !lru.contains(pfn)) {
            lru.insert(pfn);
            rmap[pfn] = as;
        }
    }

    /** The frame is shared (fork) or freed: no longer evictable. */
    void removed(int pfn) {
        if (lru != null && lru.contains(pfn)) {
            lru.remove(pfn);
            rmap[pfn] = null;
        }
    }

    /** A reference to a resident page (the hot path: a contains and an O(1) touch). */
    void touched(int pfn) {
        Replacer r = lru;
        if (r != null && r.contains(pfn)) {
            r.touch(pfn);
        }
    }

    /** True if a page could be evicted now (something evictable and a free slot). */
    boolean canEvict() {
        return lru != null && lru.size() > 0 && swap.free() > 0;
    }

    /**
     * Evicts the policy's victim: its page gets a swap slot, its entry becomes the swap entry,
     * its TLB entries are shot down and the frame is freed. Returns the space it came from
     * (the caller shoots down and counts), or null if nothing could be evicted.
     */
    AddressSpace evictOne(Mm mm) {
        if (!canEvict()) {
            return null;
        }
        int pfn = lru.victim();
        AddressSpace as = rmap[pfn];
        long vpn = frames.index(pfn);
        long slot = swap.alloc();
        swap.store(slot, frames.data.read(pfn));
        lru.remove(pfn);
        rmap[pfn] = null;
        as.pt.set(vpn, Pte.swapEntry(slot));
        as.rssAnon--;
        as.swapPages++;
        mm.shootdown(as, vpn);
        frames.addMap(pfn, -1);
        frames.free(pfn, 0);
        return as;
    }

    /** The address space an evictable frame belongs to (for the invariant checks). */
    AddressSpace mapper(int pfn) {
        return rmap == null ? null : rmap[pfn];
    }
}
