package miniunix.bench;

import java.util.List;
import miniunix.app.SystemImage;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.uapi.Program;

/** Finds benchmark programs inside a booted kernel. */
final class Probe {
    private Probe() {
    }

    /** The program of the first live process with this comm. */
    static Program programOf(Kernel k, String comm) {
        for (int pid : k.pids()) {
            var p = k.procs().get(pid);
            if (p.comm.equals(comm) && p.program != null) {
                return p.program;
            }
        }
        throw new IllegalStateException("no process " + comm);
    }

    /** True while some live process has this comm. */
    static boolean alive(Kernel k, String comm) {
        for (int pid : k.pids()) {
            var p = k.procs().get(pid);
            if (p.comm.equals(comm) && p.isAlive()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A machine (4 GiB) with procs idle processes besides the boot ones, and the benchmark
     * image's loop program (psloop, toploop) running after them; returns that program.
     */
    static BenchImage.PsLoop bootWithLoop(int procs, String loop, Kernel[] kernel) {
        Kernel k = Kernel.boot(BootOptions.defaults().withMemBytes(4L << 30).withInitEnv(
                List.of("BENCH=/bin/forkmany " + procs + ";/bin/" + loop)),
                new BenchImage(new SystemImage()));
        for (int i = 0; i < 2 * Kernel.HZ; i++) {
            k.tick();
        }
        if (k.procs().count() < procs) {
            throw new IllegalStateException("only " + k.procs().count() + " processes");
        }
        kernel[0] = k;
        return (BenchImage.PsLoop) programOf(k, loop);
    }

    /** Ticks k until the loop has made one more run; returns its count of runs. */
    static long oneMoreRun(Kernel k, BenchImage.PsLoop loop) {
        long goal = loop.runs + 1;
        while (loop.runs < goal) {
            k.tick();
        }
        return loop.runs;
    }
}
