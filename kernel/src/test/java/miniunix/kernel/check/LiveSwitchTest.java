package miniunix.kernel.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.Rng;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Compute;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import org.junit.jupiter.api.Test;

/**
 * Switching policy while the machine is under load (sched set) loses and duplicates no
 * process: processes computing, yielding, sleeping, renicing and pinning themselves while the
 * policy changes every few ticks; the queue invariant holds after every tick, and every
 * worker finishes all its work.
 */
class LiveSwitchTest {
    private static final List<String> POLICIES = List.of("fifo", "sjf", "stcf", "rr quantum=2",
            "mlfq queues=3 quantum=1,2,4 boost=7", "mlfq io-front=1 io-stay=1", "prio", "cfs",
            "cfs latency=20000");
    private static final int WORKERS = 12;
    private static final int ROUNDS = 15;

    /** A worker: ROUNDS rounds of a random trap each, then exit(0). */
    static final class Worker extends Step {
        Rng rng = new Rng(7);

        @Override
        protected Trap step(long ret) {
            if (pc++ >= ROUNDS) {
                return new Syscall.Exit(0);
            }
            return switch (rng.nextInt(6)) {
                case 0 -> new Compute(1 + rng.nextInt(4));
                case 1 -> new Syscall.SchedYield();
                case 2 -> new Syscall.Nanosleep(10_000_000L * rng.nextInt(3));
                case 3 -> new Syscall.Setpriority(0, 0, rng.nextInt(20));
                case 4 -> new Syscall.SchedSetaffinity(0, 1 + rng.nextInt(3));
                default -> new Compute(rng.nextInt(2));
            };
        }
    }

    @Test
    void switchingUnderLoadLosesAndDuplicatesNoProcess() {
        for (long seed = 1; seed <= 12; seed++) {
            TestImage image = new TestImage();
            final long s = seed;
            for (int w = 0; w < WORKERS; w++) {
                final int id = w;
                image.with("/bin/w" + w, () -> {
                    Worker x = new Worker();
                    x.rng = new Rng(s * 1000 + id);
                    return x;
                });
            }
            String[] start = new String[WORKERS];
            for (int w = 0; w < WORKERS; w++) {
                start[w] = "/bin/w" + w;
            }
            BootOptions opts = BootOptions.defaults().withCpus(1 + (int) (seed % 3));
            Kernel k = Sys.boot(opts, image, start);
            Rng pick = new Rng(seed);
            for (int t = 0; t < 400; t++) {
                if (t % 3 == 0) {
                    assertTrue(k.sysctlWrite("sched_policy", POLICIES.get(pick.nextInt(POLICIES.size()))));
                }
                k.tick();
                List<String> bad = Invariants.check(k);
                assertTrue(bad.isEmpty(), "seed " + seed + " tick " + t + " " + k.runLoop().spec() + ": " + bad);
            }
            assertEquals(null, k.lastFault());
            int alive = 0;
            for (int pid : k.pids()) {
                Proc p = k.procs().get(pid);
                alive += p.comm.startsWith("w") && p.isAlive() ? 1 : 0;
            }
            assertEquals(0, alive, "seed " + seed + ": workers still alive");
        }
    }

    @Test
    void aBadPolicyChangesNothing() {
        Kernel k = Sys.boot(new TestImage(), new String[0]);
        String before = k.runLoop().spec().toString();
        for (String bad : List.of("lottery", "rr quantum=0", "mlfq quantum=1,2 allotment=1,2,3", "rr,x", "")) {
            assertTrue(!k.sysctlWrite("sched_policy", bad), bad);
            assertEquals(before, k.runLoop().spec().toString());
        }
    }
}
