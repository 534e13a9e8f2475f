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
 * Signal delivery to a handler and back, per second of host time (issue 14's target: at
 * least 1,000,000): a process sends itself SIGUSR1 with kill(2); the kernel takes it on the
 * way back to user mode and enters the program's handler, which returns at once with
 * rt_sigreturn (two syscalls and one delivery per signal). The reference, measured in the
 * same run, is the same program making two getpid(2)s a round with no signal: the ratio is
 * what delivery and the signal frame cost on top of two plain syscalls. Each invocation
 * ticks the kernel until SIGNALS more rounds are done, and checks that every signal of the
 * signalling run reached the handler.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SignalBench {
    static final int SIGNALS = 100_000;

    private Kernel kernel;
    private BenchImage.SelfSignaller signaller;
    private Kernel refKernel;
    private BenchImage.SelfSignaller reference;

    @Setup
    public void boot() {
        kernel = boot("/bin/sigloop");
        signaller = (BenchImage.SelfSignaller) Probe.programOf(kernel, "sigloop");
        refKernel = boot("/bin/syscallloop");
        reference = (BenchImage.SelfSignaller) Probe.programOf(refKernel, "syscallloop");
    }

    private static Kernel boot(String program) {
        Kernel k = Kernel.boot(BootOptions.defaults().withInitEnv(List.of("BENCH=" + program)),
                new BenchImage(new SystemImage()));
        for (int i = 0; i < 3; i++) {
            k.tick();           // init forks and execs the program
        }
        return k;
    }

    @Benchmark
    @OperationsPerInvocation(SIGNALS)
    public long deliverToHandlerAndBack() {
        long n = run(kernel, signaller);
        if (signaller.handled < signaller.rounds) {
            throw new IllegalStateException(signaller.rounds + " kills, " + signaller.handled + " handled");
        }
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(SIGNALS)
    public long referenceTwoSyscalls() {
        return run(refKernel, reference);
    }

    private static long run(Kernel k, BenchImage.SelfSignaller s) {
        long goal = s.rounds + SIGNALS;
        while (s.rounds < goal) {
            k.tick();
        }
        return s.rounds;
    }
}
