package miniunix.kernel;

import miniunix.kernel.proc.Proc;

/** Test access to a booted kernel: boot, run, look at processes. */
public final class Sys {
    private Sys() {
    }

    /** Boots with init starting each of the programs (paths in the image), in order. */
    public static Kernel boot(TestImage image, String... start) {
        return boot(BootOptions.defaults(), image, start);
    }

    public static Kernel boot(BootOptions opts, TestImage image, String... start) {
        return Kernel.boot(opts.withInitEnv(java.util.List.of("START=" + String.join(",", start))),
                image);
    }

    public static Proc proc(Kernel k, int pid) {
        return k.procs().get(pid);
    }

    /** Runs n ticks. */
    public static void run(Kernel k, long ticks) {
        for (long i = 0; i < ticks; i++) {
            k.tick();
        }
    }

    /** The first live pid whose comm is name, or -1. */
    public static int pidOf(Kernel k, String comm) {
        for (int pid : k.pids()) {
            if (proc(k, pid).comm.equals(comm)) {
                return pid;
            }
        }
        return -1;
    }
}
