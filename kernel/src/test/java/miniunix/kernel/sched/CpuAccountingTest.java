package miniunix.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.Rng;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.check.Invariants;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Compute;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import org.junit.jupiter.api.Test;

/**
 * Where CPU time goes: the load averages after a known load (Linux's formula, the expected
 * value computed here in floating point), per-CPU ticks that add up to the ticks since boot,
 * and per-process times that add up to the CPUs' busy time.
 */
class CpuAccountingTest {
    private static final int SECOND = Kernel.HZ;

    /** Computes forever. */
    static final class Spinner extends Step {
        @Override
        protected Trap step(long ret) {
            return new Compute(1);
        }
    }

    /** Forever a random mix of computing, syscalls, sleeping and renicing itself; never exits. */
    static final class Mixed extends Step {
        Rng rng = new Rng(1);

        @Override
        protected Trap step(long ret) {
            return switch (rng.nextInt(5)) {
                case 0 -> new Compute(1 + rng.nextInt(3));
                case 1 -> new Syscall.Getpid();
                case 2 -> new Syscall.Nanosleep(10_000_000L * rng.nextInt(3));
                case 3 -> new Syscall.Setpriority(0, 0, rng.nextInt(20));
                default -> new Syscall.SchedYield();
            };
        }

        @Override
        public miniunix.kernel.uapi.Program copy() {
            Mixed m = (Mixed) super.copy();
            m.rng = new Rng(rng.nextLong());
            return m;
        }
    }

    private static double[] loads(Kernel k) {
        String[] f = k.loadavgText().split(" ");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]),
            Double.parseDouble(f[2])};
    }

    @Test
    void twoSpinnersForAMinuteGiveLoad1Of126() {
        Kernel k = Sys.boot(new TestImage().with("/bin/spin", Spinner::new), "/bin/spin",
                "/bin/spin");
        Sys.run(k, 60 * SECOND);
        // Twelve samples of 2 active tasks, decaying by exp(-5 s / T) each.
        double[] want = new double[3];
        int[] minutes = {1, 5, 15};
        for (int i = 0; i < 3; i++) {
            want[i] = 2 * (1 - Math.exp(-60.0 / (60.0 * minutes[i])));
        }
        double[] got = loads(k);
        assertEquals(1.26, want[0], 0.01);
        for (int i = 0; i < 3; i++) {
            assertEquals(want[i], got[i], 0.011, "load " + minutes[i] + ": " + k.loadavgText());
        }
        assertTrue(k.loadavgText().matches("\\d+\\.\\d\\d \\d+\\.\\d\\d \\d+\\.\\d\\d \\d+/\\d+ \\d+\n"),
                k.loadavgText());
    }

    @Test
    void loadRisesTowardsAndReachesTheActiveCount() {
        Kernel k = Sys.boot(new TestImage().with("/bin/spin", Spinner::new), "/bin/spin");
        Sys.run(k, 10 * 60 * SECOND);
        // Linux rounds up while the load rises, so a machine with one busy task shows 1.00.
        assertTrue(k.loadavgText().startsWith("1.00 "), k.loadavgText());
    }

    @Test
    void anIdleMachineDecaysToZero() {
        Kernel k = Sys.boot(new TestImage());
        LoadAvg l = k.loadAvg();
        l.sample(3);
        // From 0 towards 3: 3 * (1 - 1884/2048) = 0.240..., in fixed point 492.
        assertEquals(492, l.avenrun(0));
        assertEquals(3 * (2048 - 2014), l.avenrun(1));
        Sys.run(k, 30 * 60 * SECOND);
        assertTrue(k.loadavgText().startsWith("0.00 0.00 "), k.loadavgText());
    }

    @Test
    void perCpuTicksAddUpToElapsedTicksTimesCpus() {
        for (int cpus = 1; cpus <= 3; cpus++) {
            TestImage image = new TestImage().with("/bin/mixed", Mixed::new)
                    .with("/bin/spin", Spinner::new);
            Kernel k = Sys.boot(BootOptions.defaults().withCpus(cpus), image, "/bin/mixed",
                    "/bin/mixed", "/bin/spin", "/bin/mixed");
            long[] last = new long[CpuTime.values().length * cpus];
            for (int t = 0; t < 3000; t++) {
                k.tick();
                long all = 0;
                for (Cpu c : k.cpus()) {
                    for (CpuTime kind : CpuTime.values()) {
                        int i = c.id * CpuTime.values().length + kind.ordinal();
                        assertTrue(c.ticks(kind) >= last[i], "ticks never go down");
                        last[i] = c.ticks(kind);
                        all += c.ticks(kind);
                        // Published ticks follow the microseconds closely.
                        long exact = c.us(kind) / Kernel.TICK_US;
                        assertTrue(Math.abs(c.ticks(kind) - exact) <= CpuTime.values().length,
                                kind + " " + c.ticks(kind) + " vs " + exact);
                    }
                }
                assertEquals(k.now() * cpus, all);
            }
            assertEquals(List.of(), Invariants.check(k));
        }
    }

    @Test
    void processTimesAddUpToTheCpusBusyTime() {
        TestImage image = new TestImage().with("/bin/mixed", Mixed::new)
                .with("/bin/spin", Spinner::new);
        Kernel k = Sys.boot(image, "/bin/mixed", "/bin/spin", "/bin/mixed", "/bin/mixed");
        Sys.run(k, 20 * SECOND);
        long procUs = 0;
        for (int pid : k.pids()) {
            Proc p = k.procs().get(pid);
            procUs += p.utimeUs + p.stimeUs + p.cutimeUs + p.cstimeUs;
        }
        long busyUs = 0;
        long allUs = 0;
        for (Cpu c : k.cpus()) {
            busyUs += c.us(CpuTime.USER) + c.us(CpuTime.NICE) + c.us(CpuTime.SYSTEM);
            for (CpuTime kind : CpuTime.values()) {
                allUs += c.us(kind);
            }
            allUs -= c.overrunUs;
        }
        assertEquals(busyUs, procUs, "no context-switch cost: all busy time is some proc's");
        assertEquals(k.now() * Kernel.TICK_US * k.cpus().length, allUs);
        Proc spin = k.procs().get(Sys.pidOf(k, "spin"));
        long spinTicks = (spin.utimeUs + spin.stimeUs) / Kernel.TICK_US;
        assertTrue(spinTicks > 20 * SECOND / 2, "a spinner gets at least half a CPU: " + spinTicks);
    }
}
