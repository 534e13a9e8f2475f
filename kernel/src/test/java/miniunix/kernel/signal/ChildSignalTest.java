package miniunix.kernel.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.UserMemory;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

/** SIGCHLD and zombies, fork inside a handler, and who may signal whom. */
class ChildSignalTest {
    static final int CHLD = Signal.SIGCHLD.number;

    /**
     * Installs its SIGCHLD disposition, forks a child that exits 7, naps 0.5 s, then waits:
     * r[1] child pid, r[2] wait4's result, r[3] the SIGCHLD si_code its handler saw, r[4] the
     * si_status, r[5] the si_pid.
     */
    static final class Parent extends Step {
        final long handler;
        final int flags;

        Parent(long handler, int flags) {
            this.handler = handler;
            this.flags = flags;
        }

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return new Syscall.RtSigaction(CHLD, handler, 0, flags, 0);
                case 1: return new Syscall.Fork();
                case 2:
                    if (ret == 0) {
                        return new Syscall.Exit(7);
                    }
                    r[1] = ret;
                    return new Syscall.Nanosleep(500_000_000L);
                case 3: return Libc.wait4(-1, null, 0);
                case 4:
                    r[2] = ret;
                    return new Syscall.Pause();
                default: return new Syscall.Pause();
            }
        }

        @Override
        public Trap handleSignal(long addr, SigInfo info) {
            r[3] = info.code;
            r[4] = info.status;
            r[5] = info.pid;
            pc += 100;      // the handler's one trap, then back
            return new Syscall.RtSigreturn();
        }

        @Override
        public Trap resume(long ret, UserMemory mem) {
            if (pc >= 100) {
                pc -= 100;
            }
            return super.resume(ret, mem);
        }
    }

    private static Proc run(Parent parent, long ticks) {
        Kernel k = Sys.boot(new TestImage().with("/bin/p", () -> parent), "/bin/p");
        Sys.run(k, ticks);
        return Sys.proc(k, Sys.pidOf(k, "p"));
    }

    @Test
    void aParentThatIgnoresSigchldLeavesNoZombieAndWaitGetsEchild() {
        Kernel k = Sys.boot(new TestImage().with("/bin/p",
                () -> new Parent(SigAction.SIG_IGN, 0)), "/bin/p");
        Sys.run(k, 20);
        Proc p = Sys.proc(k, Sys.pidOf(k, "p"));
        Parent mine = (Parent) p.program;
        assertTrue(mine.r[1] > 0, "forked");
        assertTrue(p.children.isEmpty(), "no zombie: reaped when it exited");
        assertEquals(0, mine.r[3], "no SIGCHLD handler ran");
        Sys.run(k, 60);
        assertEquals(Errno.ECHILD.ret(), mine.r[2]);
    }

    @Test
    void saNocldwaitWithAHandlerStillGetsSigchldButLeavesNoZombie() {
        Kernel k = Sys.boot(new TestImage().with("/bin/p",
                () -> new Parent(0x400, SigAction.SA_NOCLDWAIT | SigAction.SA_RESTART)), "/bin/p");
        Sys.run(k, 20);
        Proc p = Sys.proc(k, Sys.pidOf(k, "p"));
        Parent mine = (Parent) p.program;
        assertTrue(p.children.isEmpty(), "reaped at exit");
        assertEquals(SigInfo.CLD_EXITED, mine.r[3]);
        assertEquals(7, mine.r[4]);
        assertEquals(mine.r[1], mine.r[5]);
        Sys.run(k, 60);
        assertEquals(Errno.ECHILD.ret(), mine.r[2]);
    }

    @Test
    void withSigchldDefaultTheChildIsAZombieUntilWaited() {
        Kernel k = Sys.boot(new TestImage().with("/bin/p",
                () -> new Parent(SigAction.SIG_DFL, 0)), "/bin/p");
        Sys.run(k, 20);
        Proc p = Sys.proc(k, Sys.pidOf(k, "p"));
        Parent mine = (Parent) p.program;
        assertEquals(ProcState.ZOMBIE, p.children.get(0).state);
        Sys.run(k, 60);
        assertEquals(mine.r[1], mine.r[2]);
    }

    /** Sets its uids, then kills pid target with sig: r[0] = setresuid, r[1] = kill's result. */
    static final class Killer extends Step {
        final int ruid;
        final int euid;
        final int target;

        Killer(int ruid, int euid, int target) {
            this.ruid = ruid;
            this.euid = euid;
            this.target = target;
        }

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return new Syscall.Nanosleep(50_000_000L);
                case 1: return new Syscall.Setresuid(ruid, euid, euid);
                case 2:
                    r[0] = ret;
                    return new Syscall.Kill(target, Signal.SIGTERM.number);
                case 3:
                    r[1] = ret;
                    return new Syscall.Pause();
                default: return new Syscall.Pause();
            }
        }
    }

    /** A daemon of uid 0 that pauses (pid target), and a killer with the given uids. */
    private static long[] killAs(int ruid, int euid, int daemonUid) {
        Kernel k = Sys.boot(new TestImage().with("/bin/d", Daemon::new), "/bin/d");
        Sys.run(k, 3);
        Proc d = Sys.proc(k, Sys.pidOf(k, "d"));
        d.ruid = d.uid = d.suid = daemonUid;
        Proc killer = spawn(k, new Killer(ruid, euid, d.pid));
        Sys.run(k, 10);
        Killer prog = (Killer) killer.program;
        return new long[] {prog.r[0], prog.r[1], d.isAlive() ? 1 : 0};
    }

    static final class Daemon extends Step {
        @Override
        protected Trap step(long ret) {
            return new Syscall.Pause();
        }
    }

    /** Forks the daemon's program on its behalf and makes the child run prog, as root. */
    private static Proc spawn(Kernel k, Step prog) {
        Proc d = Sys.proc(k, Sys.pidOf(k, "d"));
        long pid = k.lifecycle().forkOf(Sys.proc(k, 1), d.pid);
        Proc c = Sys.proc(k, (int) pid);
        c.program = prog;
        c.ruid = c.uid = c.suid = 0;
        return c;
    }

    @Test
    void aUserCannotSignalAnotherUsersProcessButRootCan() {
        long eperm = Errno.EPERM.ret();
        long[] user = killAs(1000, 1000, 0);
        assertEquals(List.of(0L, eperm, 1L), List.of(user[0], user[1], user[2]),
                "a user against root's daemon");
        long[] root = killAs(0, 0, 1000);
        assertEquals(0, root[1], "root may signal anyone");
        assertEquals(0, root[2], "and the daemon is gone");
        long[] same = killAs(1000, 1000, 1000);
        assertEquals(0, same[1]);
        long[] realMatches = killAs(1000, 1001, 1000);
        assertEquals(0, realMatches[1], "the sender's real uid matches the target's");
    }
}
