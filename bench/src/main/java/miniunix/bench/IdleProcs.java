package miniunix.bench;

import java.util.List;
import java.util.Locale;
import miniunix.app.SystemImage;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;

/**
 * Memory probe: boots, makes N idle processes (default 10,000), and prints the Java heap in
 * use after a full GC. bench/run.sh runs it with -Xmx64m: finishing at all shows they fit.
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
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "%d processes (%d idle forked), heap in use %.1f MiB of max %.0f MiB%n",
                k.procs().count(), n, used / 1048576.0, rt.maxMemory() / 1048576.0);
    }
}
