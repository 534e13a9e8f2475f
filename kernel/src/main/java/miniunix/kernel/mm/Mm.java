package miniunix.kernel.mm;

import java.util.IdentityHashMap;
import java.util.Map;
import miniunix.kernel.Kernel;
import miniunix.kernel.fs.Inode;
import miniunix.kernel.mm.replace.Policy;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.proc.WaitReason;
import miniunix.kernel.uapi.Signal;

/**
 * The memory manager (Linux mm/): physical frames, every process's address space, the TLBs,
 * the page cache and the fault handler. execve builds a space ({@link #exec}), fork copies it
 * copy-on-write ({@link #fork}), exit frees it ({@link #release}); a program's memory
 * reference goes through {@link #access}: the TLB, on a miss the page-table walk, on a missing
 * or read-only entry the fault handler (zero-fill, copy-on-write, page cache, swap).
 *
 * <p>Hot path: a TLB hit is a hash probe and a compare; a miss walks primitive arrays. Nothing
 * on it allocates.
 *
 * <p>Simplified: only anonymous pages mapped once are candidates for eviction; file pages are
 * read from the page cache and never written back.
 */
public final class Mm {
    // Results of access.
    public static final int OK = 0;
    /** Done, but the page came from disk: the process waits for the read (a major fault). */
    public static final int MAJOR = 1;
    /** No region holds the address (SIGSEGV, SEGV_MAPERR). */
    public static final int SEGV_MAPERR = 2;
    /** The region forbids the access (SIGSEGV, SEGV_ACCERR). */
    public static final int SEGV_ACCERR = 3;
    /** No memory could be found; the process has been killed. */
    public static final int OOM = 4;
    /** CPU time kswapd spends to evict one page (scan, unmap, queue the write): 5 us. */
    private static final long RECLAIM_US = 5;
    /** The share of RAM the kernel keeps for itself (its image, the frame table): 1/32. */
    private static final int KERNEL_SHARE = 32;
    /** The x86-64 ABI's stack alignment at process entry. */
    private static final int STACK_ALIGN = 16;

    private final Kernel k;
    public final VmOptions opts;
    public final FrameTable frames;
    private final Tlb[] tlbs;
    /** Per CPU, the view of user memory the program running there gets. */
    private final ProcMemory[] views;
    private final Map<Inode, int[]> pageCache = new IdentityHashMap<>();
    private long cachedPages;
    private final long kernelPages;
    private int nextAsid = 1;
    private Proc kswapd;
    public final VmStat stat = new VmStat();
    private final Mmap mmap = new Mmap(this);
    private final UserCopy copy = new UserCopy(this);
    private final Reclaim reclaim;
    /** Pages written to swap since kswapd last queued them to the disk (one request). */
    private long writebackPages;

    public Mm(Kernel k, long memBytes, VmOptions opts, int cpus) {
        this.k = k;
        this.opts = opts;
        this.frames = new FrameTable(memBytes >>> FrameTable.PAGE_SHIFT);
        this.tlbs = new Tlb[cpus];
        for (int i = 0; i < cpus; i++) {
            tlbs[i] = new Tlb(opts.tlbSize());
        }
        this.views = new ProcMemory[cpus];
        for (int i = 0; i < cpus; i++) {
            views[i] = new ProcMemory(this, tlbs[i]);
        }
        long want = frames.frames() / KERNEL_SHARE;
        long got = 0;
        while (want - got >= FrameTable.CHUNK) {
            frames.alloc(FrameTable.MAX_ORDER, FrameTable.KERNEL, 0);
            got += FrameTable.CHUNK;
        }
        while (got < want) {
            frames.alloc(0, FrameTable.KERNEL, 0);
            got++;
        }
        kernelPages = got;
        Policy policy = Policy.parse(opts.policy()).orElseThrow(
                () -> new IllegalArgumentException("unknown policy " + opts.policy()));
        reclaim = new Reclaim(frames, new Swap(opts.swapBytes()), policy, k.rng);
    }

    /** Reclaim: the replacement policy, swap, the watermarks. */
    public Reclaim reclaim() {
        return reclaim;
    }

    /** The brk/mmap/munmap/mprotect calls. */
    public Mmap mmap() {
        return mmap;
    }

    /** copyin/copyout between user addresses and the kernel. */
    public UserCopy copy() {
        return copy;
    }

    /** The memory p sees while it runs on cpu (loads and stores through that CPU's TLB). */
    public ProcMemory view(int cpu, Proc p) {
        return views[cpu].bind(p);
    }

    /** A tracer's look at p's memory: peeks only, through no TLB. */
    public ProcMemory peekView(Proc p) {
        return new ProcMemory(this, null).bind(p);
    }

    public Tlb tlb(int cpu) {
        return tlbs[cpu];
    }

    public int cpus() {
        return tlbs.length;
    }

    public long kernelPages() {
        return kernelPages;
    }

    public long cachedPages() {
        return cachedPages;
    }

    /** Page-cache pages some process maps (Mapped in /proc/meminfo). */
    public long mappedFilePages() {
        long n = 0;
        for (int[] pages : pageCache.values()) {
            for (int pfn : pages) {
                n += pfn >= 0 && frames.mapcount(pfn) > 0 ? 1 : 0;
            }
        }
        return n;
    }

    public long swapSlots() {
        return reclaim.swap().slots();
    }

    public long swapFreeSlots() {
        return reclaim.swap().free();
    }

    // Building, copying and freeing address spaces.

    /** An empty address space for pid, or null if RAM has no frame for its root table. */
    public AddressSpace newSpace(int pid) {
        if (frames.freeFrames() == 0 && reclaim.evictOne(this) != null) {
            stat.pgstealDirect++;
            writeback(1);
        }
        PageTable pt = new PageTable(opts.vmBits(), frames, pid);
        if (!pt.ok()) {
            return null;
        }
        return new AddressSpace(pt, Layout.of(opts.vmBits()), nextAsid++);
    }

    /**
     * execve's new image: text and data from the executable file, bss, an empty heap after it
     * and the initial stack. Returns null (ENOMEM) if RAM has no frame for the page table.
     * Pages are touched later, by the loader ({@link #load}) and the program.
     */
    public AddressSpace exec(int pid, Inode exe, String path, long textKb, long dataKb,
                             long bssKb) {
        AddressSpace as = newSpace(pid);
        if (as == null) {
            return null;
        }
        Layout l = as.layout;
        long a = l.textBase();
        long text = pageAlign(textKb * 1024);
        long data = pageAlign(dataKb * 1024);
        long bss = pageAlign(bssKb * 1024);
        as.insert(new Vma(a, a + text, Vma.PROT_READ | Vma.PROT_EXEC, false, Vma.Kind.TEXT, exe,
                path, 0));
        a += text;
        if (data > 0) {
            as.insert(new Vma(a, a + data, Vma.PROT_READ | Vma.PROT_WRITE, false, Vma.Kind.DATA,
                    exe, path, text >>> FrameTable.PAGE_SHIFT));
            a += data;
        }
        if (bss > 0) {
            as.insert(new Vma(a, a + bss, Vma.PROT_READ | Vma.PROT_WRITE, false, Vma.Kind.BSS,
                    null, null, 0));
            a += bss;
        }
        as.brkStart = a;
        as.brk = a;
        as.insert(new Vma(l.stackTop() - Layout.STACK_INITIAL, l.stackTop(),
                Vma.PROT_READ | Vma.PROT_WRITE, false, Vma.Kind.STACK, null, null, 0));
        return as;
    }

    /**
     * What the kernel and the dynamic loader touch as a program starts: argBytes of argv and
     * envp written at the top of the stack, the entry page of the text, the first data page
     * (relocations). These are the program's first page faults, as on Linux.
     */
    public void load(Proc p, long argBytes) {
        AddressSpace as = p.mm;
        long top = as.layout.stackTop();
        as.startStack = (top - Math.max(1, argBytes)) & ~(long) (STACK_ALIGN - 1);
        if (touchRange(p, null, top - Math.max(1, argBytes), Math.max(1, argBytes), true) > MAJOR
                || p.mm != as) {
            return;
        }
        Vma text = as.vmas.get(0);
        Vma data = as.vmas.size() > 1 && as.vmas.get(1).kind == Vma.Kind.DATA ? as.vmas.get(1) : null;
        if (access(p, null, text.start, false) <= MAJOR && data != null && p.mm == as) {
            access(p, null, data.start, true);
        }
    }

    /**
     * fork's copy: the same regions; every private writable page shared read-only with the
     * COW bit in both, its mapcount raised; shared pages shared as they are. Returns null
     * (ENOMEM) if the child's page tables found no frames.
     */
    public AddressSpace fork(AddressSpace parent, int childPid) {
        AddressSpace c = newSpace(childPid);
        if (c == null) {
            return null;
        }
        for (Vma v : parent.vmas) {
            c.vmas.add(v.copy());
        }
        c.brkStart = parent.brkStart;
        c.brk = parent.brk;
        c.startStack = parent.startStack;
        c.peakPages = parent.peakPages;
        PageTable pt = parent.pt;
        // The child's tables mirror the parent's: free room for them now, while the parent's
        // pages are still private and so evictable (sharing takes them off the reclaim list).
        while (frames.freeFrames() < pt.tables() && reclaim.evictOne(this) != null) {
            stat.pgstealDirect++;
            writeback(1);
        }
        for (long vpn = pt.nextMapped(0); vpn >= 0; vpn = pt.nextMapped(vpn + 1)) {
            long pte = pt.lookup(vpn);
            Vma v = parent.find(vpn << FrameTable.PAGE_SHIFT);
            if (Pte.present(pte)) {
                int pfn = (int) Pte.number(pte);
                if (!v.shared && (v.prot & Vma.PROT_WRITE) != 0) {
                    pte = (pte & ~Pte.WRITABLE) | Pte.COW;
                    pt.set(vpn, pte);
                }
                frames.addMap(pfn, 1);
                reclaim.removed(pfn);
                if (frames.kind(pfn) == FrameTable.ANON) {
                    c.rssAnon++;
                } else {
                    c.rssFile++;
                }
            } else if (Pte.swapped(pte)) {
                swapDup(Pte.number(pte));
                c.swapPages++;
            }
            while (!c.pt.set(vpn, pte)) {
                if (reclaim.evictOne(this) == null) {
                    release(c);
                    return null;
                }
                stat.pgstealDirect++;
                writeback(1);
            }
        }
        c.hwmPages = c.rssPages();
        flush(parent);
        return c;
    }

    /** Frees every page and table of as (exit, or execve dropping the old image). */
    public void release(AddressSpace as) {
        unmapAll(as);
        as.pt.free();
        flush(as);
    }

    /** Unmaps every page but keeps the regions: the oom_reaper's work on a victim. */
    void unmapAll(AddressSpace as) {
        PageTable pt = as.pt;
        for (long vpn = pt.nextMapped(0); vpn >= 0; vpn = pt.nextMapped(vpn + 1)) {
            unmapPage(as, vpn);
        }
    }

    // The memory reference: TLB, walk, fault.

    /**
     * One reference by p to the byte at va, on the TLB tlb (null: a kernel access with no TLB,
     * as execve's). Returns {@link #OK}, {@link #MAJOR}, a SEGV code or {@link #OOM}.
     */
    public int access(Proc p, Tlb tlb, long va, boolean write) {
        AddressSpace as = p.mm;
        long vpn = va >>> FrameTable.PAGE_SHIFT;
        long tag = opts.asids() ? Tlb.tagOf(as.asid, vpn) : vpn;
        if (tlb != null) {
            long v = tlb.lookup(tag);
            if (v >= 0 && (!write || (v & Pte.DIRTY) != 0)) {
                reclaim.touched((int) Pte.number(v));
                return OK;
            }
        }
        return walk(p, as, tlb, tag, vpn, va, write);
    }

    /** Touches every page of [va, va+len) in order; stops at the first failure. */
    public int touchRange(Proc p, Tlb tlb, long va, long len, boolean write) {
        long end = va + len;
        int worst = OK;
        for (long a = va & ~(long) (FrameTable.PAGE_SIZE - 1); a < end; a += FrameTable.PAGE_SIZE) {
            int r = access(p, tlb, Math.max(a, va), write);
            if (r > MAJOR) {
                return r;
            }
            worst = Math.max(worst, r);
        }
        return worst;
    }

    private int walk(Proc p, AddressSpace as, Tlb tlb, long tag, long vpn, long va,
                     boolean write) {
        if (va < 0 || va >= as.layout.taskSize()) {
            return SEGV_MAPERR;
        }
        Vma v = as.find(va);
        if (v == null) {
            v = growStack(as, va);
            if (v == null) {
                return SEGV_MAPERR;
            }
        }
        if (write ? (v.prot & Vma.PROT_WRITE) == 0 : v.prot == 0) {
            return SEGV_ACCERR;
        }
        long pte = as.pt.lookup(vpn);
        int r = OK;
        if (!Pte.present(pte)) {
            r = fault(p, as, v, vpn, va, pte, write);
            if (r > MAJOR) {
                return r;
            }
            pte = as.pt.lookup(vpn);
        } else if (write && (pte & Pte.WRITABLE) == 0) {
            r = writeFault(p, as, v, vpn, pte);
            if (r > MAJOR) {
                return r;
            }
            pte = as.pt.lookup(vpn);
        }
        reclaim.touched((int) Pte.number(pte));
        long bits = Pte.ACCESSED | (write ? Pte.DIRTY : 0);
        if ((pte & bits) != bits) {
            pte |= bits;
            as.pt.orBits(vpn, bits);
        }
        if (tlb != null) {
            boolean writeOk = (pte & (Pte.WRITABLE | Pte.DIRTY)) == (Pte.WRITABLE | Pte.DIRTY);
            tlb.insert(tag, writeOk ? pte : pte & ~Pte.DIRTY);
        }
        return r;
    }

    /** A stack reference below the stack region, within the limit and clear of the guard gap. */
    private Vma growStack(AddressSpace as, long va) {
        Vma s = as.stack();
        if (s == null || va >= s.start || va < as.layout.stackTop() - Layout.STACK_LIMIT) {
            return null;
        }
        long newStart = va & ~(long) (FrameTable.PAGE_SIZE - 1);
        for (Vma o : as.vmas) {
            if (o != s && o.end > newStart - Layout.GUARD_GAP && o.start < s.start) {
                return null;
            }
        }
        s.start = newStart;
        as.forgetHit();
        as.notePeak();
        return s;
    }

    /** A reference to a page with no present entry: zero-fill, page cache or swap. */
    private int fault(Proc p, AddressSpace as, Vma v, long vpn, long va, long old,
                      boolean write) {
        stat.pgfault++;
        boolean writable = (v.prot & Vma.PROT_WRITE) != 0;
        long pte;
        boolean major = false;
        if (Pte.swapped(old)) {
            return swapIn(p, as, vpn, old, writable);
        }
        if (v.file == null) {
            int pfn = allocPage(FrameTable.ANON, p, vpn);
            if (pfn < 0) {
                return OOM;
            }
            pte = Pte.of(pfn, writable ? Pte.WRITABLE : 0);
            as.rssAnon++;
        } else {
            long idx = v.filePage(va);
            int pfn = cacheLookup(v.file, idx);
            if (pfn < 0) {
                pfn = cacheFill(p, v.file, idx);
                if (pfn < 0) {
                    return OOM;
                }
                major = true;
            }
            if (write && !v.shared) {
                int copy = allocPage(FrameTable.ANON, p, vpn);
                if (copy < 0) {
                    return OOM;
                }
                pte = Pte.of(copy, Pte.WRITABLE);
                as.rssAnon++;
                stat.cowFaults++;
            } else {
                frames.addMap(pfn, 1);
                long w = !writable ? 0 : v.shared ? Pte.WRITABLE : Pte.COW;
                pte = Pte.of(pfn, w);
                as.rssFile++;
            }
        }
        if (!setPte(p, as, vpn, pte)) {
            return OOM;
        }
        as.noteRss();
        if (major) {
            stat.pgmajfault++;
            p.majFlt++;
            return MAJOR;
        }
        p.minFlt++;
        return OK;
    }

    /** A write to a present read-only page in a writable region: copy-on-write, or just dirty. */
    private int writeFault(Proc p, AddressSpace as, Vma v, long vpn, long pte) {
        stat.pgfault++;
        p.minFlt++;
        int pfn = (int) Pte.number(pte);
        byte kind = frames.kind(pfn);
        if (kind == FrameTable.ANON && frames.mapcount(pfn) == 1 || v.shared) {
            // The last user of a COW page, or a shared page: write in place.
            as.pt.set(vpn, (pte & ~Pte.COW) | Pte.WRITABLE);
            stat.cowReuse += (pte & Pte.COW) != 0 ? 1 : 0;
            if (kind == FrameTable.ANON) {
                frames.setOwner(pfn, p.pid);
                reclaim.added(pfn, as);
            }
            return OK;
        }
        int copy = allocPage(FrameTable.ANON, p, vpn);
        if (copy < 0) {
            return OOM;
        }
        frames.data.copy(pfn, copy);
        dropFrame(pfn);
        if (kind == FrameTable.FILE) {
            as.rssFile--;
            as.rssAnon++;
        }
        as.pt.set(vpn, Pte.of(copy, Pte.WRITABLE | Pte.DIRTY | Pte.ACCESSED));
        stat.cowFaults++;
        shootdown(as, vpn);
        return OK;
    }

    /**
     * A reference to a page in swap: a frame for it (which may evict another), the slot let
     * go, the entry present again. A major fault: the caller puts p in D for the disk read.
     */
    private int swapIn(Proc p, AddressSpace as, long vpn, long old, boolean writable) {
        int pfn = allocPage(FrameTable.ANON, p, vpn);
        if (pfn < 0) {
            return OOM;
        }
        long slot = Pte.number(old);
        frames.data.set(pfn, reclaim.swap().load(slot));
        reclaim.swap().put(slot);
        as.pt.set(vpn, Pte.of(pfn, writable ? Pte.WRITABLE : 0));
        as.swapPages--;
        as.rssAnon++;
        as.noteRss();
        stat.pswpin++;
        stat.pgmajfault++;
        p.majFlt++;
        return MAJOR;
    }

    void swapDup(long slot) {
        reclaim.swap().dup(slot);
    }

    /** Sets an entry, finding memory for a new table if need be; false if none could be found. */
    private boolean setPte(Proc p, AddressSpace as, long vpn, long pte) {
        while (!as.pt.set(vpn, pte)) {
            if (!makeRoom(p)) {
                return false;
            }
        }
        return true;
    }

    // Frames for pages.

    /** A frame for a page of p at index, reclaiming or killing when RAM is full; -1 if none. */
    private int allocPage(byte kind, Proc p, long index) {
        int pfn;
        while ((pfn = frames.alloc(0, kind, p.pid)) < 0) {
            if (!makeRoom(p)) {
                return -1;
            }
        }
        frames.setIndex(pfn, index);
        frames.addMap(pfn, 1);
        if (kind == FrameTable.ANON) {
            reclaim.added(pfn, p.mm);
        }
        if (frames.freeFrames() < reclaim.lowPages() && reclaim.canEvict()) {
            wakeKswapd();
        }
        return pfn;
    }

    /**
     * Frees at least a frame: reclaims, or calls the OOM killer. False if p itself was chosen
     * (or nothing could be freed): p's access fails.
     */
    private boolean makeRoom(Proc p) {
        if (reclaim.evictOne(this) != null) {
            stat.pgstealDirect++;
            writeback(1);
            return true;
        }
        return new OomKiller(k, this).kill(p);
    }

    /** kswapd0, the kernel thread that reclaims in the background (set as it is spawned). */
    public void setKswapd(Proc t) {
        kswapd = t;
    }

    /** Wakes kswapd if it sleeps: free memory fell under the low watermark. */
    private void wakeKswapd() {
        Proc t = kswapd;
        if (t != null && t.state == ProcState.SLEEPING && t.waitReason == WaitReason.KSWAPD) {
            stat.kswapdWakeups++;
            k.makeRunnable(t, "free pages under the low watermark");
        }
    }

    /**
     * kswapd's work on a CPU for up to budget microseconds (balance_pgdat): evicts the
     * policy's victims until free memory reaches the high watermark, queues their write-out
     * as one disk request, and sleeps again once done or out of evictable pages. Returns the
     * CPU time used.
     */
    public long kswapdRun(Proc t, long budget) {
        long used = 0;
        long n = 0;
        while (used < budget && frames.freeFrames() < reclaim.highPages()
                && reclaim.evictOne(this) != null) {
            n++;
            used += RECLAIM_US;
        }
        stat.pgstealKswapd += n;
        writeback(n);
        if (frames.freeFrames() >= reclaim.highPages() || !reclaim.canEvict()) {
            k.sleepOn(t, null, WaitReason.KSWAPD);
        }
        return Math.max(used, 1);
    }

    /** Queues the write of pages evicted pages to swap (no one waits: write-back is async). */
    private void writeback(long pages) {
        if (pages > 0) {
            stat.pswpout += pages;
            k.disk().submit(pages * FrameTable.PAGE_SIZE, null, k.now());
        }
    }

    /** One mapping of a frame goes: an anonymous frame is freed with its last mapping. */
    private void dropFrame(int pfn) {
        int left = frames.addMap(pfn, -1);
        if (left == 0 && frames.kind(pfn) == FrameTable.ANON) {
            reclaim.removed(pfn);
            frames.free(pfn, 0);
        }
    }

    /** Removes the entry for vpn, dropping its frame or swap slot. */
    void unmapPage(AddressSpace as, long vpn) {
        long pte = as.pt.lookup(vpn);
        if (Pte.present(pte)) {
            int pfn = (int) Pte.number(pte);
            if (frames.kind(pfn) == FrameTable.ANON) {
                as.rssAnon--;
            } else {
                as.rssFile--;
            }
            dropFrame(pfn);
        } else if (Pte.swapped(pte)) {
            as.swapPages--;
            reclaim.swap().put(Pte.number(pte));
        }
        as.pt.set(vpn, 0);
        shootdown(as, vpn);
    }

    // The page cache.

    private int cacheLookup(Inode f, long idx) {
        int[] pages = pageCache.get(f);
        return pages == null || idx >= pages.length ? -1 : pages[(int) idx];
    }

    private int cacheFill(Proc p, Inode f, long idx) {
        int pfn;
        while ((pfn = frames.alloc(0, FrameTable.FILE, 0)) < 0) {
            if (!makeRoom(p)) {
                return -1;
            }
        }
        frames.setIndex(pfn, idx);
        int[] pages = pageCache.get(f);
        if (pages == null || idx >= pages.length) {
            int n = (int) Math.max(idx + 1, pages == null ? 4 : pages.length * 2L);
            int[] grown = new int[n];
            java.util.Arrays.fill(grown, -1);
            if (pages != null) {
                System.arraycopy(pages, 0, grown, 0, pages.length);
            }
            pages = grown;
            pageCache.put(f, pages);
        }
        pages[(int) idx] = pfn;
        cachedPages++;
        return pfn;
    }

    // TLB maintenance.

    /** The CPU switches to p: without ASIDs, another address space means a flushed TLB. */
    public void switchTo(int cpu, Proc p) {
        if (p.mm == null || opts.asids()) {
            return;
        }
        Tlb t = tlbs[cpu];
        if (t.loadedAsid != p.mm.asid) {
            t.flush(-1);
            t.loadedAsid = p.mm.asid;
        }
    }

    /** Drops one page of as from every TLB that may hold it. */
    void shootdown(AddressSpace as, long vpn) {
        for (Tlb t : tlbs) {
            if (opts.asids()) {
                t.invalidate(Tlb.tagOf(as.asid, vpn));
            } else if (t.loadedAsid == as.asid) {
                t.invalidate(vpn);
            }
        }
    }

    /** Drops every entry of as from every TLB. */
    void flush(AddressSpace as) {
        for (Tlb t : tlbs) {
            if (opts.asids()) {
                t.flush(as.asid);
            } else if (t.loadedAsid == as.asid) {
                t.flush(-1);
            }
        }
    }

    /** Names of the table levels, root first (x86-64's and i386's). */
    private static final String[] LEVELS_4 = {"PML4", "PDPT", "PD", "PT"};
    private static final String[] LEVELS_2 = {"PD", "PT"};

    /**
     * translate: the walk of vaddr in p's page table as the MMU does it, a line per level
     * (index, the table's frame, the entry), then the physical address or the fault a
     * reference would raise. Changes nothing (the accessed bits are not set).
     */
    public String walkText(Proc p, long vaddr) {
        AddressSpace as = p.mm;
        PageTable pt = as.pt;
        int n = pt.levels;
        String[] names = n == 4 ? LEVELS_4 : LEVELS_2;
        int[] idx = new int[n];
        long[] frame = new long[n];
        long[] entry = new long[n];
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%d (%s): 0x%x, %d-bit space, %d levels (",
                p.pid, p.comm, vaddr, as.layout.vmBits(), n));
        for (int l = 0; l < n; l++) {
            sb.append(pt.bitsPerLevel).append('+');
        }
        sb.append(FrameTable.PAGE_SHIFT).append(" bits)\n");
        if (vaddr < 0 || vaddr >= as.layout.taskSize()) {
            return sb.append("not a user address (above 0x").append(Long.toHexString(
                    as.layout.taskSize() - 1)).append("): SIGSEGV\n").toString();
        }
        long vpn = vaddr >>> FrameTable.PAGE_SHIFT;
        int reached = pt.walk(vpn, idx, frame, entry);
        for (int l = 0; l < Math.min(n, reached + 1); l++) {
            sb.append(String.format(java.util.Locale.ROOT, "  %-4s index %3d  table frame 0x%05x  entry ",
                    names[l], idx[l], frame[l]));
            if (l >= reached) {
                sb.append("0 (none)\n");
            } else if (l < n - 1) {
                sb.append(String.format(java.util.Locale.ROOT, "0x%016x  next table in frame 0x%05x\n",
                        (pt.tableFrameOf(entry[l]) << Pte.SHIFT) | Pte.flags(entry[l]),
                        pt.tableFrameOf(entry[l])));
            } else {
                sb.append(String.format(java.util.Locale.ROOT, "0x%016x  %s\n", entry[l],
                        Pte.describe(entry[l])));
            }
        }
        Vma v = as.find(vaddr);
        long offset = vaddr & (FrameTable.PAGE_SIZE - 1);
        if (reached == n && Pte.present(entry[n - 1])) {
            long pfn = Pte.number(entry[n - 1]);
            return sb.append(String.format(java.util.Locale.ROOT,
                    "physical address 0x%x (frame 0x%x + offset 0x%03x)\n",
                    (pfn << FrameTable.PAGE_SHIFT) | offset, pfn, offset)).toString();
        }
        if (v == null) {
            return sb.append("page fault: no region holds it: a reference raises SIGSEGV\n")
                    .toString();
        }
        String region = v.name().isEmpty() ? "anonymous" : v.name();
        if (reached == n && Pte.swapped(entry[n - 1])) {
            return sb.append("page fault: in swap slot ").append(Pte.number(entry[n - 1]))
                    .append(": a reference is a major fault (swap-in)\n").toString();
        }
        String what = v.file == null ? "zero-fills a frame (minor fault)"
                : "reads it from the page cache or the file";
        return sb.append("page fault: not present in ").append(region).append(' ')
                .append(v.permString()).append(": a reference ").append(what).append('\n')
                .toString();
    }

    static long pageAlign(long bytes) {
        return (bytes + FrameTable.PAGE_SIZE - 1) & ~(long) (FrameTable.PAGE_SIZE - 1);
    }

    /** Sends SIGSEGV for a bad reference (the caller stops the process's trap). */
    public void segv(Proc p) {
        k.sendSignal(p, Signal.SIGSEGV.number);
    }
}
