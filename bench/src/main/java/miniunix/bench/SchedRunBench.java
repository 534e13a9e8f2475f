package miniunix.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import miniunix.lab.LabCommand;
import miniunix.lab.SchedRun;
import miniunix.lab.sched.SchedMachine;

/**
 * {@code sched run --policy rr --quantum 1} with JOBS jobs of LENGTH ticks (default 1,000 of
 * 1,000: a million ticks), run in this JVM after a warm-up: prints the scheduler ticks per
 * second of the machine alone (SchedMachine over the kernel's RunLoop and RoundRobin) and of
 * the whole command with its text report, by wall clock and by this thread's CPU time (the
 * machine is shared, so CPU time is the steadier figure). bench/sched-run.sh times
 * scheduler.py on the same input beside it.
 *
 *   java -cp bench/target/benchmarks.jar miniunix.bench.SchedRunBench [JOBS LENGTH RUNS]
 */
public final class SchedRunBench {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private SchedRunBench() {
    }

    public static void main(String[] args) {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int length = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String[] lengths = new String[jobs];
        Arrays.fill(lengths, Integer.toString(length));
        List<String> argv = new ArrayList<>(List.of("--policy", "rr", "--quantum", "1",
                "--jobs", String.join(",", lengths)));
        long ticks = (long) jobs * length;
        long[] machine = new long[runs];
        long[] command = new long[runs];
        long[] machineCpu = new long[runs];
        long[] commandCpu = new long[runs];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int warm = 0; warm < 3; warm++) {
            SchedRun.setup(argv).machine().run();
        }
        for (int i = 0; i < runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SchedMachine m = SchedRun.setup(argv).machine().run();
            long t1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            if (m.makespan() != ticks) {
                throw new AssertionError("makespan " + m.makespan());
            }
            LabCommand.Output o = new SchedRun().run(argv, false);
            long t2 = System.nanoTime();
            long c2 = mx.getCurrentThreadCpuTime();
            if (o.status() != 0) {
                throw new AssertionError(o.stderr());
            }
            machine[i] = t1 - t0;
            command[i] = t2 - t1;
            machineCpu[i] = c1 - c0;
            commandCpu[i] = c2 - c1;
        }
        report("machine (SchedMachine.run)", "wall", ticks, machine);
        report("machine (SchedMachine.run)", "cpu", ticks, machineCpu);
        report("command (sched run, text)", "wall", ticks, command);
        report("command (sched run, text)", "cpu", ticks, commandCpu);
    }

    private static void report(String what, String clock, long ticks, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long median = sorted[sorted.length / 2];
        System.out.printf("%-28s %-4s %8.1f ms  %6.1f M ticks/s (median of %d)%n", what, clock,
                median / 1e6, ticks * (double) NANOS_PER_SECOND / median / 1e6, nanos.length);
    }
}
