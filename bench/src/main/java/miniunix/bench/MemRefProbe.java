package miniunix.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import miniunix.kernel.mm.Mm;

/**
 * {@link MemRefBench}'s workload timed in this thread's CPU time as well as wall time (a
 * loaded machine disturbs CPU time less), for bench/memref.sh: rounds of 1 M references after
 * warm-up rounds, the best round reported.
 * <pre>
 *   MemRefProbe [POLICY] [ROUNDS]      (default clock, 30)
 * </pre>
 * Prints {@code policy P refs_per_s R cpu_refs_per_s C} and the machine's summary (the TLB
 * hit rate measured, the swap traffic). Target: 20 M references per second.
 */
public final class MemRefProbe {
    private static final int REFS = 1_000_000;
    private static final int WARMUPS = 10;
    private static final double NANOS_PER_S = 1e9;

    private MemRefProbe() {
    }

    public static void main(String[] args) {
        String policy = args.length > 0 ? args[0] : "clock";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        MemRefMachine m = new MemRefMachine(policy);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        int r = 0;
        for (int i = 0; i < WARMUPS + rounds; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            r |= m.references(REFS);
            long t = System.nanoTime() - t0;
            long c = cpu.getCurrentThreadCpuTime() - c0;
            if (i >= WARMUPS) {
                best = Math.min(best, t);
                bestCpu = Math.min(bestCpu, c);
            }
        }
        if (r > Mm.MAJOR) {
            throw new IllegalStateException("a reference failed: " + r);
        }
        System.out.printf(Locale.ROOT, "policy %s refs_per_s %.0f cpu_refs_per_s %.0f  (%s)%n",
                policy, REFS * NANOS_PER_S / best, REFS * NANOS_PER_S / bestCpu, m.summary());
    }
}
