package miniunix.kernel.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.Rng;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.sched.Cpu;
import miniunix.kernel.sched.CpuTime;
import miniunix.kernel.sched.PolicySpec;
import miniunix.kernel.uapi.Compute;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import org.junit.jupiter.api.Test;

/**
 * Several CPUs: idle CPUs steal work so that CPU-bound jobs started together share every
 * CPU, and a machine run twice with the same options and workload does exactly the same.
 */
class MultiCpuTest {
    private static final int TICK_US = 10_000;

    /** A CPU-bound job: one Compute of the given ticks, then exit(0). */
    static final class Burn extends Step {
        private final long ticks;

        Burn(long ticks) {
            this.ticks = ticks;
        }

        @Override
        protected Trap step(long ret) {
            return pc++ == 0 ? new Compute(ticks) : new Syscall.Exit(0);
        }
    }

    /** A mixed job: random computes, sleeps and yields from its own seeded generator. */
    static final class Mixed extends Step {
        private final Rng rng;

        Mixed(long seed) {
            rng = new Rng(seed);
        }

        @Override
        protected Trap step(long ret) {
            if (pc++ >= 40) {
                return new Syscall.Exit(0);
            }
            return switch (rng.nextInt(4)) {
                case 0 -> new Syscall.Nanosleep(10_000_000L * (1 + rng.nextInt(4)));
                case 1 -> new Syscall.SchedYield();
                default -> new Compute(1 + rng.nextInt(8));
            };
        }
    }

    private static Kernel burners(String policy, int cpus, int jobs, long ticks) {
        TestImage image = new TestImage();
        String[] start = new String[jobs];
        for (int j = 0; j < jobs; j++) {
            image.with("/bin/burn" + j, () -> new Burn(ticks));
            start[j] = "/bin/burn" + j;
        }
        BootOptions opts = BootOptions.defaults().withCpus(cpus).withSched(PolicySpec.parse(policy));
        return Sys.boot(opts, image, start);
    }

    private static boolean anyAlive(Kernel k, String prefix) {
        for (int pid : k.pids()) {
            Proc p = k.procs().get(pid);
            if (p.comm.startsWith(prefix) && p.isAlive()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void idleCpusStealSoEightJobsFinishInAQuarterOfTheTimeOnFourCpus() {
        for (String policy : List.of("cfs", "rr", "fifo", "mlfq", "prio")) {
            int cpus = 4;
            int jobs = 8;
            long ticks = 200;
            Kernel k = burners(policy, cpus, jobs, ticks);
            long t = 0;
            while (anyAlive(k, "burn") && t < 10_000) {
                k.tick();
                t++;
                List<String> bad = Invariants.check(k);
                assertTrue(bad.isEmpty(), policy + " tick " + t + ": " + bad);
            }
            // 1,600 ticks of work on 4 CPUs: 400 ticks if perfectly shared; without
            // stealing, a CPU would run them all (1,600). Allow start-up and warm caches.
            assertTrue(t <= jobs * ticks / cpus * 11 / 10, policy + ": all done only at tick " + t);
            long least = Long.MAX_VALUE;
            long most = 0;
            for (Cpu c : k.cpus()) {
                least = Math.min(least, c.us(CpuTime.USER));
                most = Math.max(most, c.us(CpuTime.USER));
            }
            assertTrue(least >= most * 8 / 10,
                    policy + ": user time per CPU from " + least / TICK_US + " to " + most / TICK_US + " ticks");
        }
    }

    /**
     * A CPU-bound job at a nice value: setpriority, then (if cpu >= 0) a tick pinned to that
     * CPU before it may use them all, then one long Compute, then exit(0).
     */
    static final class NiceBurn extends Step {
        private final int nice;
        private final int cpu;

        NiceBurn(int nice, int cpu) {
            this.nice = nice;
            this.cpu = cpu;
        }

        @Override
        protected Trap step(long ret) {
            return switch (pc++) {
                case 0 -> new Syscall.Setpriority(Syscall.Getpriority.PRIO_PROCESS, 0, nice);
                case 1 -> new Syscall.SchedSetaffinity(0, cpu >= 0 ? 1L << cpu : -1L);
                case 2 -> new Compute(1);
                case 3 -> new Syscall.SchedSetaffinity(0, -1L);
                case 4 -> new Compute(100_000);
                default -> new Syscall.Exit(0);
            };
        }
    }

    @Test
    void balancingByWeightPutsANicedSpinnerBesideANiceZeroOne() {
        // The two nice 0 spinners start pinned to cpu1, so the niced one has cpu0 to itself
        // and no CPU is ever idle to steal: only balancing by CFS weight (110 against 2,048)
        // moves a nice 0 spinner over to share with it, as Linux does.
        TestImage image = new TestImage();
        image.with("/bin/niced", () -> new NiceBurn(10, -1));
        image.with("/bin/a", () -> new NiceBurn(0, 1));
        image.with("/bin/b", () -> new NiceBurn(0, 1));
        Kernel k = Sys.boot(BootOptions.defaults().withCpus(2), image, "/bin/a", "/bin/b", "/bin/niced");
        for (int t = 0; t < 500; t++) {
            k.tick();
            List<String> bad = Invariants.check(k);
            assertTrue(bad.isEmpty(), "tick " + t + ": " + bad);
        }
        long niced = 0;
        long least = Long.MAX_VALUE;
        for (int pid : k.pids()) {
            Proc p = k.procs().get(pid);
            if (p.comm.equals("niced")) {
                niced = p.utimeUs;
            } else if (p.comm.equals("a") || p.comm.equals("b")) {
                least = Math.min(least, p.utimeUs);
            }
        }
        // Sharing with a weight of 1,024 it gets about 110/1134 of a CPU: under a fifth here.
        assertTrue(niced * 5 < least, "niced " + niced / TICK_US + " ticks, nice 0 " + least / TICK_US);
    }

    /** Everything a user could see of the run: per process, its times, switches and CPU. */
    private static String fingerprint(long seed, String policy, int cpus) {
        TestImage image = new TestImage();
        String[] start = new String[10];
        for (int j = 0; j < start.length; j++) {
            long s = seed * 100 + j;
            image.with("/bin/mix" + j, () -> new Mixed(s));
            start[j] = "/bin/mix" + j;
        }
        BootOptions opts = BootOptions.defaults().withSeed(seed).withCpus(cpus)
                .withSched(PolicySpec.parse(policy));
        Kernel k = Sys.boot(opts, image, start);
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < 600; t++) {
            k.tick();
            if (t % 50 == 0) {
                for (int pid : k.pids()) {
                    Proc p = k.procs().get(pid);
                    sb.append(t).append(' ').append(pid).append(' ').append(p.comm).append(' ')
                            .append(p.state).append(' ').append(p.utimeUs).append(' ').append(p.stimeUs)
                            .append(' ').append(p.se.nvcsw).append(' ').append(p.se.nivcsw).append(' ')
                            .append(p.onCpu).append('\n');
                }
                for (Cpu c : k.cpus()) {
                    sb.append("cpu").append(c.id).append(' ').append(c.us(CpuTime.USER)).append(' ')
                            .append(c.us(CpuTime.SYSTEM)).append(' ').append(c.us(CpuTime.IDLE)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void theSameBootAndWorkloadGiveTheSameRun() {
        for (String policy : List.of("cfs", "rr quantum=2", "mlfq", "stcf")) {
            for (int cpus = 1; cpus <= 3; cpus++) {
                String a = fingerprint(5, policy, cpus);
                assertEquals(a, fingerprint(5, policy, cpus), policy + " on " + cpus + " CPUs");
            }
        }
        // The fingerprint does see the workload: another seed runs differently.
        assertNotEquals(fingerprint(5, "cfs", 2), fingerprint(6, "cfs", 2));
    }
}
