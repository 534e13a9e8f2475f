package miniunix.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import miniunix.app.SystemImage;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * fork + exit + wait4 cycles per second through the whole kernel: the syscall door, the
 * scheduler, zombies and reaping. Target: at least 200,000 cycles/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ForkBench {
    static final int CYCLES = 10_000;

    private Kernel kernel;
    private BenchImage.Cycler cycler;

    @Setup
    public void boot() {
        kernel = Kernel.boot(BootOptions.defaults().withInitEnv(List.of("BENCH=/bin/cycler")),
                new BenchImage(new SystemImage()));
        kernel.tick();
        cycler = (BenchImage.Cycler) Probe.programOf(kernel, "cycler");
    }

    @Benchmark
    @OperationsPerInvocation(CYCLES)
    public long forkExitWait() {
        long goal = cycler.cycles + CYCLES;
        while (cycler.cycles < goal) {
            kernel.tick();
        }
        return cycler.cycles;
    }
}
