package miniunix.kernel;

import java.util.List;
import miniunix.kernel.sched.PolicySpec;
import miniunix.kernel.mm.VmOptions;

/**
 * Everything that shapes a boot: the role xv6's param.h plays, set per run. Same options,
 * same seed, same input: same output, byte for byte.
 *
 * @param seed        seed of the kernel's one random generator
 * @param cpus        simulated CPUs (1..64)
 * @param memBytes    physical memory (for %MEM, free, /proc/meminfo)
 * @param pidMax      pids wrap after this (Linux: /proc/sys/kernel/pid_max, default 32768)
 * @param maxProcs    process limit (/proc/sys/kernel/threads-max); fork past it fails with
 *                    EAGAIN. 0 derives it from memory as Linux does: one per 32 pages
 * @param bootEpoch   simulated wall-clock time at boot, seconds since 1970 UTC (ps START)
 * @param initEnv     environment handed to init, as Linux hands unknown boot parameters
 *                    (MINIUNIX_FLAGS=i for an interactive login shell, x for xtrace)
 * @param sched       the scheduling policy at boot (--sched; default CFS)
 * @param csCost      ticks of CPU time each context switch between two procs costs (--cs-cost)
 * @param vm          virtual memory: address width, TLB, swap, replacement policy
 */
public record BootOptions(long seed, int cpus, long memBytes, int pidMax, int maxProcs,
                          long bootEpoch, List<String> initEnv, PolicySpec sched, long csCost,
                          VmOptions vm) {

    public static final int PID_MAX_DEFAULT = 32768;
    /** Two CPUs, as a small VM: enough to show per-CPU queues and stealing. */
    public static final int CPUS_DEFAULT = 2;
    /** A small VM's memory: 1 GiB. */
    public static final long MEM_DEFAULT = 1L << 30;
    /** The most RAM a machine may have: 64 GiB (16 M frames). */
    public static final long MEM_MAX = 64L << 30;
    /** 2026-11-23 09:39:00 UTC: the day the reference captures were made. */
    public static final long BOOT_EPOCH_DEFAULT = 1795426740L;

    public BootOptions {
        if (cpus < 1 || cpus > 64) {
            throw new IllegalArgumentException("cpus must be 1..64");
        }
        if (pidMax <= 300 || pidMax > 4194304) {
            throw new IllegalArgumentException("pid_max must be 301..4194304");
        }
        if (memBytes < (1L << 20)) {
            throw new IllegalArgumentException("memory must be at least 1M");
        }
        if (maxProcs < 0) {
            throw new IllegalArgumentException("process limit must be positive");
        }
        if (csCost < 0) {
            throw new IllegalArgumentException("context-switch cost must be >= 0");
        }
        if (memBytes > MEM_MAX) {
            throw new IllegalArgumentException("memory must be at most 64G");
        }
        initEnv = List.copyOf(initEnv);
    }

    /**
     * The process limit in force: maxProcs, or Linux's default threads-max for this much
     * memory (totalram_pages / (8 * THREAD_SIZE / PAGE_SIZE), THREAD_SIZE = 16 KiB): 8192 per
     * GiB. At least 20, as Linux's MIN_THREADS.
     */
    public int processLimit() {
        if (maxProcs > 0) {
            return maxProcs;
        }
        return (int) Math.max(20, Math.min(4194304, memBytes / 4096 / 32));
    }

    public static BootOptions defaults() {
        return new BootOptions(0, CPUS_DEFAULT, MEM_DEFAULT, PID_MAX_DEFAULT, 0,
                BOOT_EPOCH_DEFAULT, List.of(), PolicySpec.DEFAULT, 0,
                VmOptions.defaults());
    }

    public BootOptions withSeed(long s) {
        return new BootOptions(s, cpus, memBytes, pidMax, maxProcs, bootEpoch, initEnv, sched, csCost, vm);
    }

    public BootOptions withCpus(int n) {
        return new BootOptions(seed, n, memBytes, pidMax, maxProcs, bootEpoch, initEnv, sched, csCost, vm);
    }

    public BootOptions withMemBytes(long m) {
        return new BootOptions(seed, cpus, m, pidMax, maxProcs, bootEpoch, initEnv, sched, csCost, vm);
    }

    public BootOptions withPidMax(int p) {
        return new BootOptions(seed, cpus, memBytes, p, maxProcs, bootEpoch, initEnv, sched, csCost, vm);
    }

    public BootOptions withMaxProcs(int p) {
        return new BootOptions(seed, cpus, memBytes, pidMax, p, bootEpoch, initEnv, sched, csCost, vm);
    }

    public BootOptions withInitEnv(List<String> env) {
        return new BootOptions(seed, cpus, memBytes, pidMax, maxProcs, bootEpoch, env, sched, csCost, vm);
    }

    public BootOptions withSched(PolicySpec s) {
        return new BootOptions(seed, cpus, memBytes, pidMax, maxProcs, bootEpoch, initEnv, s, csCost, vm);
    }

    public BootOptions withCsCost(long ticks) {
        return new BootOptions(seed, cpus, memBytes, pidMax, maxProcs, bootEpoch, initEnv, sched, ticks, vm);

    }

    public BootOptions withVm(VmOptions v) {
        return new BootOptions(seed, cpus, memBytes, pidMax, maxProcs, bootEpoch, initEnv, sched, csCost, v);
    }
}
