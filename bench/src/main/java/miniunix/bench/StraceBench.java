package miniunix.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import miniunix.app.SystemImage;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of strace (issue 14): a shell pipeline of 10,000 write(2)s,
 * {@code while (( i < 10000 )); do pwd; (( i++ )); done | cat > /dev/null} (the pwd builtin
 * writes one line per call), run plain and under {@code strace -f -o /dev/null}, which decodes
 * every call of all its processes (10,000 writes, 10,000 getcwd, cat's reads) and writes the
 * lines. Host time per whole pipeline, both in the same run; target: straced / plain <= 3.
 *
 * <p>The raw pair is the worst case: {@link BenchImage.Pipeline}, a program that does nothing
 * but 10,000 write(2)s into a pipe (about 20 ns of host time each), so the decoding and the
 * tracer's formatting of each call (about a microsecond) dominate it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(1)
public class StraceBench {
    static final int WRITES = 10_000;
    private static final String SHELL = "/bin/sh " + BenchImage.WRITES_SCRIPT;
    private static final String RAW = "/bin/pipeline " + WRITES;
    private static final String STRACE = "/usr/bin/strace -f -o /dev/null ";

    private Kernel plain;
    private Kernel traced;
    private Kernel rawPlain;
    private Kernel rawTraced;

    @Setup(Level.Iteration)
    public void boot() {
        plain = boot(SHELL);
        traced = boot(STRACE + SHELL);
        rawPlain = boot(RAW);
        rawTraced = boot(STRACE + RAW);
    }

    private static Kernel boot(String cmd) {
        Kernel k = Kernel.boot(BootOptions.defaults().withInitEnv(List.of("BENCH=" + cmd)),
                new BenchImage(new SystemImage()));
        k.tick();
        return k;
    }

    /** Runs k until the pipeline (and its tracer, if any) have ended; returns the ticks. */
    static long runToEnd(Kernel k, String comm) {
        long ticks = 0;
        do {
            k.tick();
            ticks++;
        } while (Probe.alive(k, comm));
        return ticks;
    }

    @Benchmark
    public long pipelinePlain() {
        return runToEnd(plain, "sh");
    }

    @Benchmark
    public long pipelineStraced() {
        return runToEnd(traced, "strace");
    }

    @Benchmark
    public long rawWritesPlain() {
        return runToEnd(rawPlain, "pipeline");
    }

    @Benchmark
    public long rawWritesStraced() {
        return runToEnd(rawTraced, "strace");
    }
}
