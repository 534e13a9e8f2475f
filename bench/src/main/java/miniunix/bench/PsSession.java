package miniunix.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import miniunix.app.SystemImage;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;

/**
 * `ps aux` in a real session (issue 17's Speed): boots the system image with 4 GiB, has the
 * login shell start N background sleeps ({@code for i in $(seq N); do sleep 1000 & done}),
 * then times, host-side, whole command lines typed at the prompt until the prompt is back:
 * {@code ps aux >/dev/null} and, as the reference in the same run, {@code true} (a fork and
 * an exec of /bin/true: the cost of running any command in that session). Prints the median
 * of each and their difference, the cost of ps itself, in CPU time of the thread that runs
 * the machine (steadier on a loaded host), in time the collector's pauses took, in wall
 * time, and in bytes that thread allocated (what the collector must sweep). Used by bench/ps.sh.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar miniunix.bench.PsSession [N [RUNS [COMMAND]]]
 * </pre>
 */
public final class PsSession {
    private static final long MAX_TICKS = 100_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PsSession() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String command = args.length > 2 ? args[2] : "ps aux";
        Kernel k = Kernel.boot(BootOptions.defaults().withMemBytes(4L << 30), new SystemImage());
        k.runUntilInputWanted(MAX_TICKS);
        k.takeOutput();
        type(k, "for i in $(seq " + n + "); do sleep 1000 & done >/dev/null 2>&1", new long[1]);
        long procs = k.procs().count();
        long[] cmd = new long[runs];
        long[] ref = new long[runs];
        long[] cmdWall = new long[runs];
        long[] refWall = new long[runs];
        long[] cmdGc = new long[runs];
        long[] cmdAlloc = new long[runs];
        for (int w = 0; w < 3; w++) {
            type(k, command + " >/dev/null", new long[1]);
            type(k, "true", new long[1]);
        }
        for (int i = 0; i < runs; i++) {
            long[] wall = new long[1];
            long gc = gcMillis();
            long alloc = allocated();
            cmd[i] = type(k, command + " >/dev/null", wall);
            cmdAlloc[i] = allocated() - alloc;
            cmdGc[i] = (gcMillis() - gc) * 1_000_000;
            cmdWall[i] = wall[0];
            ref[i] = type(k, "true", wall);
            refWall[i] = wall[0];
        }
        String check = new String(run(k, command + " | wc -l"), StandardCharsets.UTF_8).trim();
        double c = median(cmd);
        double r = median(ref);
        double cw = median(cmdWall);
        double rw = median(refWall);
        System.out.printf(Locale.ROOT, "%d processes, `%s` prints %s lines; medians of %d%n",
                procs, command, check, runs);
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s %10s%n", "", "CPU ms", "wall ms",
                "GC ms", "alloc MiB");
        System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f %10.1f %10.1f%n", "`" + command + "`",
                c, cw, median(cmdGc), median(cmdAlloc) * 1e6 / (1 << 20));
        System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f%n", "`true` (reference)", r, rw);
        System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f%n", "difference", c - r, cw - rw);
    }

    /**
     * Types line at the prompt and runs until the shell wants input; returns the CPU time
     * it took in ns and puts the wall time in wall[0].
     */
    private static long type(Kernel k, String line, long[] wall) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        run(k, line);
        wall[0] = System.nanoTime() - t0;
        return THREADS.getCurrentThreadCpuTime() - c0;
    }

    private static byte[] run(Kernel k, String line) {
        k.typeInput((line + "\n").getBytes(StandardCharsets.UTF_8));
        k.runUntilInputWanted(MAX_TICKS);
        return k.takeOutput();
    }

    /**
     * Bytes the current thread has allocated since it started (HotSpot's counter), or 0
     * where the JVM does not count them.
     */
    private static long allocated() {
        return THREADS instanceof com.sun.management.ThreadMXBean t
                ? t.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
    }

    /** Milliseconds every collector has spent in pauses since the JVM started. */
    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
