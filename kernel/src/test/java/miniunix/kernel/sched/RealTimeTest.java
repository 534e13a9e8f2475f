package miniunix.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.check.Invariants;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Compute;
import miniunix.kernel.uapi.SchedPolicy;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import org.junit.jupiter.api.Test;

/**
 * The real-time class on the live kernel (sched(7)): SCHED_FIFO and SCHED_RR procs run before
 * every time-sharing proc, a higher priority preempts a lower, SCHED_RR takes 100 ms turns,
 * throttling leaves others 5% of each second, and fork passes the policy on unless
 * reset-on-fork is set.
 */
class RealTimeTest {
    private static final long TICK_US = Kernel.TICK_US;

    /** Takes a policy, sleeps sleepTicks, computes ticks of CPU, exits. */
    static final class Job extends Step {
        private final int policy;
        private final int prio;
        private final long sleepTicks;
        private final long ticks;

        Job(int policy, int prio, long sleepTicks, long ticks) {
            this.policy = policy;
            this.prio = prio;
            this.sleepTicks = sleepTicks;
            this.ticks = ticks;
        }

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0:
                    return new Syscall.SchedSetscheduler(0, policy, prio);
                case 1:
                    r[0] = ret;
                    return new Syscall.Nanosleep(Math.max(1, sleepTicks) * TICK_US * 1000);
                case 2:
                    return new Compute(ticks);
                default:
                    return new Syscall.Exit(0);
            }
        }
    }

    /** A machine running the given jobs as /bin/j0, /bin/j1 ... on cpus CPUs. */
    private static Kernel boot(int cpus, Job... jobs) {
        TestImage image = new TestImage();
        String[] start = new String[jobs.length];
        for (int j = 0; j < jobs.length; j++) {
            Job job = jobs[j];
            image.with("/bin/j" + j, () -> job.copy());
            start[j] = "/bin/j" + j;
        }
        return Sys.boot(BootOptions.defaults().withCpus(cpus), image, start);
    }

    private static Proc job(Kernel k, int j) {
        for (int pid : k.pids()) {
            Proc p = k.procs().get(pid);
            if (p.comm.equals("j" + j)) {
                return p;
            }
        }
        throw new AssertionError("no job j" + j);
    }

    /** Runs one tick and checks the kernel's invariants. */
    private static void tick(Kernel k) {
        k.tick();
        List<String> bad = Invariants.check(k);
        assertTrue(bad.isEmpty(), bad.toString());
    }

    @Test
    void aFifoProcRunsBeforeTimeSharingOnesUntilItIsDone() {
        Kernel k = boot(1, new Job(SchedPolicy.SCHED_OTHER, 0, 1, 1000),
                new Job(SchedPolicy.SCHED_FIFO, 10, 5, 50));
        tick(k);
        Proc fifo = job(k, 1);
        Proc other = job(k, 0);
        for (int t = 1; t < 80; t++) {
            tick(k);
        }
        assertEquals(SchedPolicy.SCHED_FIFO, fifo.policy);
        assertTrue(!fifo.isAlive(), "the FIFO job finished");
        // It became runnable at tick ~5 and needed 50 ticks of CPU: nothing took its CPU.
        assertTrue(other.utimeUs <= 35 * TICK_US,
                "the time-sharing job ran " + other.utimeUs / TICK_US + " ticks of 80");
    }

    @Test
    void aHigherPriorityPreemptsAtOnceAndEqualOnesDoNot() {
        // 85 ticks of work: under the 95 a second throttling allows.
        Kernel k = boot(1, new Job(SchedPolicy.SCHED_FIFO, 10, 1, 50),
                new Job(SchedPolicy.SCHED_FIFO, 10, 10, 20),
                new Job(SchedPolicy.SCHED_FIFO, 20, 20, 15));
        List<String> runs = new ArrayList<>();
        for (int t = 0; t < 99; t++) {
            tick(k);
            Proc on = k.cpus()[0].current;
            String name = on == null ? "-" : on.comm;
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(name)) {
                runs.add(name);
            }
        }
        // j0 (10) runs; j1 (10) waits behind it; j2 (20) preempts j0 and runs 15 ticks; j0
        // goes back to the head of its line and finishes before j1.
        List<String> seen = new ArrayList<>();
        for (String r : runs) {
            if (r.startsWith("j")) {
                seen.add(r);
            }
        }
        assertEquals(List.of("j0", "j2", "j0", "j1"), seen, runs.toString());
    }

    @Test
    void roundRobinTakesHundredMillisecondTurns() {
        Kernel k = boot(1, new Job(SchedPolicy.SCHED_RR, 5, 1, 60),
                new Job(SchedPolicy.SCHED_RR, 5, 1, 60));
        tick(k);
        Proc[] jobs = {job(k, 0), job(k, 1)};
        // Each turn: the CPU time one job gains over consecutive ticks while the other gains none.
        List<Long> turns = new ArrayList<>();
        long[] before = {jobs[0].utimeUs, jobs[1].utimeUs};
        int who = -1;
        long turn = 0;
        for (int t = 1; t < 90; t++) {
            tick(k);
            long d0 = jobs[0].utimeUs - before[0];
            long d1 = jobs[1].utimeUs - before[1];
            before[0] = jobs[0].utimeUs;
            before[1] = jobs[1].utimeUs;
            int now = d0 > 0 && d1 == 0 ? 0 : d1 > 0 && d0 == 0 ? 1 : -1;
            assertTrue(now >= 0, "both or neither ran in tick " + t);
            if (now != who && who >= 0) {
                turns.add(turn);
                turn = 0;
            }
            who = now;
            turn += d0 + d1;
        }
        // 0.9 s: turns of 100 ms, alternating (the first is cut by the start-up's syscalls).
        assertTrue(turns.size() >= 7, turns.toString());
        for (long us : turns.subList(1, turns.size())) {
            assertTrue(us > RealTime.RR_QUANTUM_US - 100 && us <= RealTime.RR_QUANTUM_US, turns.toString());
        }
        assertTrue(jobs[0].utimeUs > 0 && jobs[1].utimeUs > 0);
    }

    @Test
    void throttlingLeavesTimeSharingProcsFivePercentOfEachSecond() {
        Kernel k = boot(1, new Job(SchedPolicy.SCHED_OTHER, 0, 1, 10_000),
                new Job(SchedPolicy.SCHED_FIFO, 50, 1, 10_000));
        for (int t = 0; t < 400; t++) {
            tick(k);
        }
        Proc other = job(k, 0);
        Proc fifo = job(k, 1);
        long otherTicks = other.utimeUs / TICK_US;
        // 4 s: the FIFO spinner may use 0.95 s of each, so the other gets about 0.05 s each.
        assertTrue(otherTicks >= 15 && otherTicks <= 25, "time-sharing job ran " + otherTicks);
        assertTrue(fifo.utimeUs / TICK_US >= 370, "FIFO job ran " + fifo.utimeUs / TICK_US);
    }

    @Test
    void forkPassesThePolicyOnUnlessResetOnForkIsSet() {
        for (boolean reset : new boolean[] {false, true}) {
            TestImage image = new TestImage();
            int flag = reset ? SchedPolicy.SCHED_RESET_ON_FORK : 0;
            image.with("/bin/parent", () -> new Step() {
                @Override
                protected Trap step(long ret) {
                    switch (pc++) {
                        case 0: return new Syscall.SchedSetscheduler(0, SchedPolicy.SCHED_RR | flag, 7);
                        case 1: return new Syscall.Fork();
                        case 2: return new Compute(ret == 0 ? 5 : 50);
                        default: return new Syscall.Exit(0);
                    }
                }
            });
            Kernel k = Sys.boot(BootOptions.defaults(), image, "/bin/parent");
            for (int t = 0; t < 3; t++) {
                tick(k);
            }
            List<Proc> family = new ArrayList<>();
            for (int pid : k.pids()) {
                Proc p = k.procs().get(pid);
                if (p.comm.equals("parent")) {
                    family.add(p);
                }
            }
            assertEquals(2, family.size());
            Proc child = family.get(1);
            assertEquals(reset ? SchedPolicy.SCHED_OTHER : SchedPolicy.SCHED_RR, child.policy);
            assertEquals(reset ? 0 : 7, child.rtPriority);
            assertEquals(false, child.resetOnFork);
        }
    }
}
