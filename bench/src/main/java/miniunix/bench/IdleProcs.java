package miniunix.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import miniunix.app.SystemImage;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;

/**
 * Memory probe: boots, makes N idle processes (default 10,000), and prints the Java heap in
 * use after a full GC. bench/run.sh runs it with -Xmx64m: finishing at all shows they fit.
 * Two kinds: tiny programs that fork and pause (the kernel's own cost per process), and copies
 * of the login shell made by the `fork` builtin in a loop, as a student would make them.
 */
public final class IdleProcs {
    private IdleProcs() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Kernel k = Kernel.boot(BootOptions.defaults().withMemBytes(4L << 30).withInitEnv(
                List.of("BENCH=/bin/forkmany " + n)), new BenchImage(new SystemImage()));
        while (k.procs().count() < n) {
            k.tick();
        }
        for (int i = 0; i < Kernel.HZ; i++) {
            k.tick();
        }
        report(k, n + " idle forked");
        k = null;
        report(forkedShells(n), n + " shells forked by the fork builtin");
    }

    /** The real system: the login shell runs `for ((i = 0; i < n; i++)); do fork; done`. */
    private static Kernel forkedShells(int n) {
        Kernel k = Kernel.boot(BootOptions.defaults().withMemBytes(4L << 30), new SystemImage());
        k.runUntilInputWanted(100_000);
        String loop = "for ((i = 0; i < " + n + "; i++)); do fork >/dev/null; done\n";
        k.typeInput(loop.getBytes(StandardCharsets.UTF_8));
        k.runUntilInputWanted(10_000_000);
        k.takeOutput();
        return k;
    }

    private static void report(Kernel k, String what) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "%d processes (%s), heap in use %.1f MiB of max %.0f MiB%n",
                k.procs().count(), what, used / 1048576.0, rt.maxMemory() / 1048576.0);
    }
}
