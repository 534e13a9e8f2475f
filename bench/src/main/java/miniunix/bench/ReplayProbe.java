package miniunix.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import miniunix.kernel.Rng;
import miniunix.kernel.mm.replace.Policy;
import miniunix.lab.vm.Replay;

/**
 * Times vm replay's machine (the whole replay a {@code vm replay} runs, minus printing: page
 * numbering, next uses for OPT, and every reference through the kernel's replacer), for
 * bench/vm-replay.sh, which times paging-policy.py on the same input in the same run.
 * <pre>
 *   ReplayProbe POLICY FRAMES FILE         references from FILE, one per line
 *   ReplayProbe POLICY FRAMES N PAGES      N references drawn uniformly from PAGES pages
 * </pre>
 * Prints {@code hits H misses M refs N best_ms T refs_per_s R cpu_ms C cpu_refs_per_s S}: the
 * best of several runs after warming up, so the JIT has compiled the loop, as a long-running
 * kernel would have, in wall time and in this thread's CPU time (which a loaded machine
 * disturbs less).
 */
public final class ReplayProbe {
    private static final int WARMUPS = 3;
    private static final int RUNS = 5;
    private static final long NANOS_PER_MS = 1_000_000;
    private static final double NANOS_PER_S = 1e9;

    private ReplayProbe() {
    }

    public static void main(String[] args) throws IOException {
        Policy policy = Policy.parse(args[0]).orElseThrow();
        int frames = Integer.parseInt(args[1]);
        int[] refs = args.length == 3 ? read(Path.of(args[2]))
                : generate(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Replay last = null;
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < WARMUPS + RUNS; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Replay r = new Replay(policy, frames, refs, new Rng(0));
            r.run();
            long t = System.nanoTime() - t0;
            long c = cpu.getCurrentThreadCpuTime() - c0;
            if (i >= WARMUPS) {
                best = Math.min(best, t);
                bestCpu = Math.min(bestCpu, c);
            }
            last = r;
        }
        System.out.printf(Locale.ROOT, "hits %d misses %d refs %d best_ms %.1f refs_per_s %.0f"
                + " cpu_ms %.1f cpu_refs_per_s %.0f%n", last.hits(), last.misses(), refs.length,
                (double) best / NANOS_PER_MS, refs.length * NANOS_PER_S / best,
                (double) bestCpu / NANOS_PER_MS, refs.length * NANOS_PER_S / bestCpu);
    }

    private static int[] read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int[] refs = new int[lines.size()];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = Integer.parseInt(lines.get(i).trim());
        }
        return refs;
    }

    /** n pages drawn uniformly from [0, pages) by the kernel's generator, seed 1. */
    private static int[] generate(int n, int pages) {
        Rng rng = new Rng(1);
        int[] refs = new int[n];
        for (int i = 0; i < n; i++) {
            refs[i] = rng.nextInt(pages);
        }
        return refs;
    }
}
