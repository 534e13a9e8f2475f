package miniunix.bench;

import miniunix.app.SystemImage;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.mm.FrameTable;
import miniunix.kernel.mm.Mm;
import miniunix.kernel.mm.Tlb;
import miniunix.kernel.mm.VmOptions;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Mman;

/**
 * The workload of {@link MemRefBench} and {@link MemRefProbe}: a machine with 16 MiB of RAM
 * and 64 MiB of swap, one process, and references through {@link Mm#access} (the TLB, the
 * walk on a miss, the fault handler, replacement and swap). Nine references in ten go to 32
 * hot pages that stay in the 64-entry TLB; the tenth goes round a cold region bigger than
 * RAM (24 MiB), so it misses the TLB, walks, and faults the page in from swap, evicting the
 * policy's victim: a 90% hit rate with the expensive 10% as expensive as it gets.
 */
final class MemRefMachine {
    private static final long PAGE = FrameTable.PAGE_SIZE;
    private static final int HOT = 32;
    private static final long COLD_PAGES = 6144;
    private static final int COLD_EVERY = 10;
    private static final int OFFSET_MASK = 0xff;

    final Mm mm;
    final Tlb tlb;
    private final Proc p;
    private final long hot;
    private final long cold;
    private long coldAt;
    private int hotAt;

    MemRefMachine(String policy) {
        Kernel kernel = Kernel.boot(BootOptions.defaults().withMemBytes(16L << 20).withVm(
                VmOptions.defaults().withSwapBytes(64L << 20).withPolicy(policy)),
                new SystemImage());
        mm = kernel.mm();
        p = kernel.procs().get((int) kernel.lifecycle().fork(kernel.procs().get(1)));
        int rw = Mman.PROT_READ | Mman.PROT_WRITE;
        int flags = Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS;
        hot = mm.mmap().mmap(p, 0, HOT * PAGE, rw, flags, null, null, true, true, 0);
        cold = mm.mmap().mmap(p, 0, COLD_PAGES * PAGE, rw, flags, null, null, true, true, 0);
        tlb = mm.tlb(0);
        mm.switchTo(0, p);
    }

    /** n writes by the process; the results or-ed (OK or MAJOR; anything more is a failure). */
    int references(int n) {
        int r = 0;
        for (int i = 0; i < n; i++) {
            long va;
            if (i % COLD_EVERY == COLD_EVERY - 1) {
                va = cold + coldAt * PAGE;
                coldAt = coldAt + 1 == COLD_PAGES ? 0 : coldAt + 1;
            } else {
                va = hot + hotAt * PAGE + (i & OFFSET_MASK);
                hotAt = (hotAt + 1) & (HOT - 1);
            }
            r |= mm.access(p, tlb, va, true);
        }
        return r;
    }

    /** The TLB's hit rate and the swap traffic so far, one line. */
    String summary() {
        double rate = 100.0 * tlb.hits / Math.max(1, tlb.hits + tlb.misses);
        return String.format(java.util.Locale.ROOT,
                "TLB hit rate %.1f%%, pswpin %d, pswpout %d, major faults %d",
                rate, mm.stat.pswpin, mm.stat.pswpout, mm.stat.pgmajfault);
    }
}
