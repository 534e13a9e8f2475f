package miniunix.bench;

import java.util.concurrent.TimeUnit;
import miniunix.kernel.Kernel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole `ps aux` (reading /proc through syscalls, formatting, writing) on a machine with
 * {@code procs} idle processes besides the boot ones. Target: under 100 ms for 10,000.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PsBench {
    @Param({"10000"})
    public int procs;

    private Kernel kernel;
    private BenchImage.PsLoop loop;

    @Setup
    public void boot() {
        Kernel[] k = new Kernel[1];
        loop = Probe.bootWithLoop(procs, "psloop", k);
        kernel = k[0];
    }

    @Benchmark
    public long psAux() {
        return Probe.oneMoreRun(kernel, loop);
    }
}
