package miniunix.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import miniunix.app.SystemImage;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.sched.Cpu;
import miniunix.kernel.sched.CpuTime;
import miniunix.kernel.sched.PolicySpec;
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
 * The live kernel's scheduler under load: {@code SPINNERS} processes that only compute, on
 * the machine's default two CPUs, stepped one clock tick at a time through {@link Kernel#tick}
 * (each tick runs every CPU for one 10 ms tick: the policy's accounting, preemption and the
 * pick of the next process). Target: at least 10 M ticks per second with 100 runnable
 * processes, for each policy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LiveSchedBench {
    static final int TICKS = 100_000;
    static final int SPINNERS = 100;
    static final int ROUNDS = 30;
    /** Far more ticks than any run of the benchmark takes: the spinners never finish. */
    static final String FOREVER = "999999999999";

    @Param({"cfs", "rr", "mlfq", "prio"})
    public String policy;

    private Kernel kernel;
    private long idleAtStart;

    @Setup
    public void boot() {
        StringBuilder cmds = new StringBuilder();
        for (int i = 0; i < SPINNERS; i++) {
            cmds.append(i == 0 ? "" : ";").append("/bin/spin ").append(FOREVER);
        }
        BootOptions opts = BootOptions.defaults().withInitEnv(List.of("BENCH=" + cmds));
        kernel = Kernel.boot(opts.withSched(PolicySpec.parse(policy)), new BenchImage(new SystemImage()));
        for (int i = 0; i < 10_000; i++) {   // every spinner forked, exec'd and running
            kernel.tick();
        }
        int spinning = 0;
        for (int pid : kernel.pids()) {
            var p = kernel.procs().get(pid);
            if (p.comm.equals("spin") && p.isAlive()) {
                spinning++;
            }
        }
        if (spinning != SPINNERS) {
            throw new IllegalStateException(spinning + " spinners, not " + SPINNERS);
        }
        idleAtStart = idle();
    }

    /** The benchmark measures a busy machine: no CPU may have idled while it ran. */
    @TearDown
    public void check() {
        if (idle() != idleAtStart) {
            throw new IllegalStateException("a CPU idled with " + SPINNERS + " runnable spinners");
        }
    }

    private long idle() {
        long us = 0;
        for (Cpu c : kernel.cpus()) {
            us += c.us(CpuTime.IDLE) + c.us(CpuTime.IOWAIT);
        }
        return us;
    }

    /**
     * Without JMH, for a loaded machine: for each policy given (default all four), boots,
     * runs ROUNDS rounds of TICKS ticks and prints the best round's rate in this thread's CPU
     * time and in wall time.
     */
    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] policies = args.length > 0 ? args : new String[] {"cfs", "rr", "mlfq", "prio"};
        for (String policy : policies) {
            LiveSchedBench b = new LiveSchedBench();
            b.policy = policy;
            b.boot();
            long bestCpu = Long.MAX_VALUE;
            long bestWall = Long.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                b.ticks();
                bestCpu = Math.min(bestCpu, mx.getCurrentThreadCpuTime() - cpu0);
                bestWall = Math.min(bestWall, System.nanoTime() - wall0);
            }
            b.check();
            System.out.printf("live %-5s %d spinners, %d CPUs: cpu %6.2f M ticks/s  wall %6.2f M ticks/s%n",
                    policy, SPINNERS, b.kernel.cpus().length,
                    TICKS * 1e3 / bestCpu, TICKS * 1e3 / bestWall);
        }
    }

    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long ticks() {
        for (int i = 0; i < TICKS; i++) {
            kernel.tick();
        }
        return kernel.now();
    }
}
