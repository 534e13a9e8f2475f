package miniunix.kernel.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Supplier;
import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Rlimit;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

/**
 * prlimit64's rules and the limits the kernel enforces: RLIMIT_NOFILE, RLIMIT_NPROC,
 * RLIMIT_FSIZE, and RLIMIT_CORE deciding whether a core-action signal dumps core.
 */
class RlimitTest {
    private static final int NOFILE = Rlimit.RLIMIT_NOFILE.ordinal();
    private static final int NPROC = Rlimit.RLIMIT_NPROC.ordinal();

    /** Runs calls one after another as a process of uid; returns each result. */
    /**
     * A call made when its turn comes, in the program's own resume: one that passes a user
     * address of the program's C library (Libc), which exists only while the program runs.
     */
    static Supplier<Trap> later(Supplier<Trap> call) {
        return call;
    }

    static final class Calls extends Step {
        final List<?> calls;
        final long[] results;

        /** calls: each a Syscall, or a Supplier of one made {@link #later}. */
        Calls(List<?> calls) {
            this.calls = calls;
            this.results = new long[calls.size()];
        }

        @Override
        protected Trap step(long ret) {
            if (pc > 0 && pc <= calls.size()) {
                results[pc - 1] = ret;
            }
            return pc < calls.size() ? call(calls.get(pc++)) : pause();
        }

        private static Trap call(Object c) {
            return c instanceof Supplier<?> s ? (Trap) s.get() : (Trap) c;
        }

        private Trap pause() {
            pc = calls.size() + 1;
            return new Syscall.Pause();
        }
    }

    static final class Idle extends Step {
        @Override
        protected Trap step(long ret) {
            return new Syscall.Pause();
        }
    }

    /**
     * Sets SIGXFSZ's disposition, a file size limit of 10 bytes, opens /tmp/f and writes 16
     * bytes to it twice; r[0] and r[1] keep the writes' results (r[1] stays -1 if it dies).
     */
    static final class BigWrites extends Step {
        private static final byte[] DATA = new byte[16];
        private final long disposition;

        BigWrites(long disposition) {
            this.disposition = disposition;
            r[1] = -1;
        }

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return new Syscall.RtSigaction(Signal.SIGXFSZ.number, disposition, 0, 0, 0);
                case 1: return Libc.prlimit64(0, Rlimit.RLIMIT_FSIZE.ordinal(), new long[] {10, 10}, null);
                case 2: return Libc.open("/tmp/f", 0101, 0644);
                case 3: r[2] = ret; return Libc.write((int) r[2], DATA, 0, DATA.length);
                case 4: r[0] = ret; return Libc.write((int) r[2], DATA, 0, DATA.length);
                default: r[1] = ret; return new Syscall.Pause();
            }
        }
    }

    private static long[] runAs(int uid, List<?> calls) {
        Calls prog = new Calls(calls);
        start(uid, prog);
        return prog.results;
    }

    /** Runs prog for 20 ticks as a fresh process of uid; returns it. */
    private static Proc start(int uid, Step prog) {
        Kernel k = Sys.boot(new TestImage().with("/bin/d", Idle::new), "/bin/d");
        Sys.run(k, 3);
        Proc d = Sys.proc(k, Sys.pidOf(k, "d"));
        long pid = k.lifecycle().forkOf(Sys.proc(k, 1), d.pid);
        Proc c = Sys.proc(k, (int) pid);
        c.program = prog;
        c.ruid = c.uid = c.suid = uid;
        Sys.run(k, 20);
        return c;
    }

    @Test
    void aWritePastTheFileSizeLimitIsCutThenEfbigAndSigxfszWithoutACore() {
        BigWrites ignoring = new BigWrites(Syscall.RtSigaction.SIG_IGN);
        Proc i = start(1000, ignoring);
        assertEquals(10, ignoring.r[0], "the first write stops at the limit");
        assertEquals(Errno.EFBIG.ret(), ignoring.r[1], "the second starts at it");
        assertEquals(true, i.isAlive(), "SIGXFSZ ignored");
        BigWrites prog = new BigWrites(Syscall.RtSigaction.SIG_DFL);
        Proc c = start(1000, prog);
        assertEquals(10, prog.r[0]);
        assertEquals(-1, prog.r[1], "killed before the second write returns");
        assertEquals(false, c.isAlive());
        assertEquals(Signal.SIGXFSZ.number, Wait.termSig(c.exitStatus));
        assertEquals(false, Wait.coreDump(c.exitStatus), "RLIMIT_CORE is 0 by default: no core");
    }

    @Test
    void aCoreActionSignalDumpsCoreOnlyUnderANonZeroCoreLimit() {
        Proc none = start(1000, new Calls(List.of(new Syscall.Kill(0, Signal.SIGQUIT.number))));
        assertEquals(Signal.SIGQUIT.number, Wait.termSig(none.exitStatus));
        assertEquals(false, Wait.coreDump(none.exitStatus));
        long inf = Rlimit.RLIM_INFINITY;
        Proc core = start(1000, new Calls(List.of(
                later(() -> Libc.prlimit64(0, Rlimit.RLIMIT_CORE.ordinal(), new long[] {inf, inf}, null)),
                new Syscall.Kill(0, Signal.SIGQUIT.number))));
        assertEquals(Signal.SIGQUIT.number, Wait.termSig(core.exitStatus));
        assertEquals(true, Wait.coreDump(core.exitStatus), "ulimit -c unlimited: (core dumped)");
    }

    @Test
    void aSoftLimitMayBeLoweredAndRaisedToTheHardOneButTheHardOneOnlyLowered() {
        long[] old = new long[2];
        long[] r = runAs(1000, List.of(
                later(() -> Libc.prlimit64(0, NOFILE, null, old)),
                later(() -> Libc.prlimit64(0, NOFILE, new long[] {10, 1024}, null)),
                later(() -> Libc.prlimit64(0, NOFILE, new long[] {1024, 1024}, null)),
                later(() -> Libc.prlimit64(0, NOFILE, new long[] {10, 10}, null)),
                later(() -> Libc.prlimit64(0, NOFILE, new long[] {10, 20}, null)),
                later(() -> Libc.prlimit64(0, NOFILE, new long[] {20, 10}, null)),
                later(() -> Libc.prlimit64(0, 99, null, old))));
        assertEquals(List.of(0L, 0L, 0L, 0L, Errno.EPERM.ret(), Errno.EINVAL.ret(), Errno.EINVAL.ret()),
                List.of(r[0], r[1], r[2], r[3], r[4], r[5], r[6]));
        assertEquals(1024, old[0], "the default soft limit of open files");
    }

    @Test
    void rootMayRaiseAHardLimit() {
        long[] old = new long[2];
        long[] r = runAs(0, List.of(
                later(() -> Libc.prlimit64(0, NOFILE, new long[] {10, 10}, null)),
                later(() -> Libc.prlimit64(0, NOFILE, new long[] {2048, 4096}, null)),
                later(() -> Libc.prlimit64(0, NOFILE, null, old))));
        assertEquals(List.of(0L, 0L, 0L), List.of(r[0], r[1], r[2]));
        assertEquals(List.of(2048L, 4096L), List.of(old[0], old[1]));
    }

    @Test
    void openPastTheSoftLimitOfOpenFilesIsEmfile() {
        long[] r = runAs(1000, List.of(
                later(() -> Libc.prlimit64(0, NOFILE, new long[] {4, 4}, null)),
                later(() -> Libc.open("/dev/null", 0, 0)),
                later(() -> Libc.open("/dev/null", 0, 0)),
                later(() -> Libc.open("/dev/null", 0, 0)),
                later(() -> Libc.open("/dev/null", 0, 0)),
                later(() -> Libc.open("/dev/null", 0, 0)),
                new Syscall.Dup2(0, 7)));
        long emfile = Errno.EMFILE.ret();
        int fds = 0;
        for (int i = 1; i <= 5; i++) {
            fds += r[i] >= 0 ? 1 : 0;
            assertEquals(true, r[i] < 4 || r[i] == emfile, "fd " + r[i]);
        }
        assertEquals(emfile, r[5], "fds 0-3 taken: the fifth open fails");
        assertEquals(Errno.EBADF.ret(), r[6], "dup2 to an fd past the limit");
        assertEquals(true, fds >= 1);
    }

    @Test
    void forkPastTheUsersProcessLimitIsEagainButNotForRoot() {
        long[] user = runAs(0, List.of(
                new Syscall.Setuid(1000),
                later(() -> Libc.prlimit64(0, NPROC, new long[] {1, 1}, null)),
                new Syscall.Fork()));
        assertEquals(Errno.EAGAIN.ret(), user[2], "setuid made it the user's one process");
        long[] root = runAs(0, List.of(
                later(() -> Libc.prlimit64(0, NPROC, new long[] {1, 1}, null)),
                new Syscall.Fork()));
        assertEquals(true, root[1] >= 0, "root is exempt");
    }

    @Test
    void theLimitsAreInheritedAndShownInProc() {
        Kernel k = Sys.boot(new TestImage().with("/bin/d", Idle::new), "/bin/d");
        Sys.run(k, 3);
        Proc d = Sys.proc(k, Sys.pidOf(k, "d"));
        d.rlimits = d.rlimits.set(Rlimit.RLIMIT_NOFILE, 64, 128, false);
        long pid = k.lifecycle().forkOf(Sys.proc(k, 1), d.pid);
        Proc c = Sys.proc(k, (int) pid);
        assertEquals(64, c.rlimits.cur(Rlimit.RLIMIT_NOFILE));
        String text = c.rlimits.procText();
        assertEquals(true, text.contains("Max open files            64                   128                  files     \n"),
                text);
        assertEquals(true, text.contains("Max nice priority         0                    0                    \n"), text);
    }
}
