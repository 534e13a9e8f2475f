package miniunix.bench;

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
}
