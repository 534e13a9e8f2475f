package miniunix.bench;

import java.util.concurrent.TimeUnit;
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
 * Simulated memory references through the kernel's whole path (the TLB, the page-table walk
 * on a miss, the fault handler, replacement and swap) at a 90% TLB hit rate, the misses all
 * major faults: {@link MemRefMachine}'s workload, in JMH's wall time. Prints the hit rate
 * measured. Reference: the target, 20 M references per second; bench/memref.sh
 * times the same workload in CPU time ({@link MemRefProbe}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MemRefBench {
    static final int REFS = 100_000;

    @Param({"clock", "lru"})
    public String policy;

    private MemRefMachine m;

    @Setup
    public void boot() {
        m = new MemRefMachine(policy);
    }

    @Benchmark
    @OperationsPerInvocation(REFS)
    public int references() {
        return m.references(REFS);
    }

    @TearDown
    public void report() {
        System.out.printf("%n%s%n", m.summary());
    }
}
