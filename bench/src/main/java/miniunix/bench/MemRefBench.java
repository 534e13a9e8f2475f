package miniunix.bench;

import java.util.concurrent.TimeUnit;
import miniunix.app.SystemImage;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.mm.FrameTable;
import miniunix.kernel.mm.Mm;
import miniunix.kernel.mm.Tlb;
import miniunix.kernel.mm.VmOptions;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Mman;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulated memory references through the kernel's whole path ({@link Mm#access}: the TLB, the
 * page-table walk on a miss, the fault handler, replacement and swap). Nine references in
 * ten go to 32 hot pages that stay in the 64-entry TLB; the tenth goes round a cold region
 * bigger than RAM (16 MiB of RAM, 24 MiB touched, 64 MiB of swap), so it misses the TLB,
 * walks, and faults the page in from swap, evicting the replacement policy's victim: a 90%
 * hit rate with the expensive 10% as expensive as it gets. Prints the hit rate measured.
 * Reference: the target, 20 M references per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MemRefBench {
    static final int REFS = 100_000;
    private static final long PAGE = FrameTable.PAGE_SIZE;
    private static final int HOT = 32;
    private static final long COLD_PAGES = 6144;

    @Param({"clock", "lru"})
    public String policy;

    private Kernel kernel;
    private Mm mm;
    private Proc p;
    private Tlb tlb;
    private long hot;
    private long cold;
    private long coldAt;
    private int hotAt;

    @Setup
    public void boot() {
        kernel = Kernel.boot(BootOptions.defaults().withMemBytes(16L << 20).withVm(
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

    @Benchmark
    @OperationsPerInvocation(REFS)
    public int references() {
        int r = 0;
        for (int i = 0; i < REFS; i++) {
            long va;
            if (i % 10 == 9) {
                va = cold + coldAt * PAGE;
                coldAt = coldAt + 1 == COLD_PAGES ? 0 : coldAt + 1;
            } else {
                va = hot + hotAt * PAGE + (i & 0xff);
                hotAt = (hotAt + 1) & (HOT - 1);
            }
            r |= mm.access(p, tlb, va, true);
        }
        return r;
    }

    @TearDown
    public void report() {
        double rate = 100.0 * tlb.hits / Math.max(1, tlb.hits + tlb.misses);
        System.out.printf("%nTLB hit rate %.1f%%, pswpin %d, pswpout %d, major faults %d%n",
                rate, mm.stat.pswpin, mm.stat.pswpout, mm.stat.pgmajfault);
    }
}
