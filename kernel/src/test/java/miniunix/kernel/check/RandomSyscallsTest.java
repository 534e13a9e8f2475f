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
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

/**
 * xv6's grind.c, seeded: processes make random syscalls (fork, exit, wait4, pipe, read, write,
 * close, dup2, kill, setpgid, nanosleep, sync, fsync, compute) and the kernel's invariants are
 * checked after every tick. A failure names the seed, so it can be replayed.
 */
class RandomSyscallsTest {

    /** Picks its next syscall from its own seeded generator (copied on fork, then reseeded). */
    static final class Grinder extends Step {
        Rng rng;
        int[] fds = new int[2];
        int[] st = new int[1];
        byte[] buf = new byte[512];

        Grinder() {
            rng = new Rng(SEED);
        }

        @Override
        protected Trap step(long ret) {
            if (pc == 1 && ret == 0) {
                rng = new Rng(rng.nextLong() ^ 0x5DEECE66DL);
            }
            pc = 0;
            int fd = rng.nextInt(8);
            return switch (rng.nextInt(16)) {
                case 0 -> {
                    pc = 1;
                    yield new Syscall.Fork();
                }
                case 1 -> rng.nextInt(4) == 0 ? new Syscall.Exit(rng.nextInt(256))
                        : new Syscall.Getpid();
                case 2 -> Libc.wait4(-1, st, rng.nextInt(2));
                case 3 -> Libc.pipe(fds);
                case 4 -> Libc.read(fd, buf, 0, 1 + rng.nextInt(buf.length));
                case 5 -> Libc.write(fd, buf, 0, 1 + rng.nextInt(buf.length));
                case 6 -> new Syscall.Close(fd);
                case 7 -> new Syscall.Dup2(fd, rng.nextInt(8));
                case 8 -> new Syscall.Kill(rng.nextInt(3) == 0 ? 0 : 300 + rng.nextInt(40),
                        new int[] {0, 15, 19, 18, 9}[rng.nextInt(5)]);
                case 9 -> new Syscall.Setpgid(0, 0);
                case 10 -> new Syscall.Nanosleep(rng.nextInt(3) * 10_000_000L);
                case 11 -> Libc.open(new String[] {"/dev/null", "/tmp/f", "/proc/self/stat",
                    "/nonexistent"}[rng.nextInt(4)], 0101, 0644);
                case 12 -> new Syscall.SchedYield();
                case 13 -> new Syscall.Sync();
                case 14 -> new Syscall.Fsync(fd);
                default -> new miniunix.kernel.uapi.Compute(rng.nextInt(3));
            };
        }

        @Override
        public Program copy() {
            Grinder g = (Grinder) super.copy();
            g.fds = fds.clone();
            g.st = st.clone();
            g.buf = buf.clone();
            g.rng = new Rng(rng.nextLong());
            return g;
        }
    }

    static long SEED;

    @Test
    void invariantsHoldUnderRandomSyscalls() {
        for (long seed = 1; seed <= 40; seed++) {
            SEED = seed;
            BootOptions opts = BootOptions.defaults().withMaxProcs(60).withCpus(1 + (int) (seed % 3));
            Kernel k = Sys.boot(opts, new TestImage().with("/bin/grind", Grinder::new),
                    "/bin/grind", "/bin/grind");
            for (int i = 0; i < 500; i++) {
                k.tick();
                List<String> bad = Invariants.check(k);
                assertTrue(bad.isEmpty(), "seed " + seed + " tick " + i + ": " + bad);
            }
            assertEquals(null, k.lastFault(), "seed " + seed);
        }
    }
}
