package miniunix.kernel.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.trace.StateChange;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

class ProcTest {

    /** fork; the child exits 7; the parent naps, then waits for it and pauses. */
    static final class Forker extends Step {
        int[] st = new int[1];

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return new Syscall.Fork();
                case 1:
                    if (ret == 0) {
                        return new Syscall.Exit(7);
                    }
                    r[0] = ret;
                    return new Syscall.Nanosleep(100_000_000L);
                case 2: return Libc.wait4((int) r[0], st, 0);
                case 3:
                    r[1] = ret;
                    return Libc.wait4(-1, st, 0);
                default:
                    r[2] = ret;
                    return new Syscall.Pause();
            }
        }

        @Override
        public miniunix.kernel.uapi.Program copy() {
            Forker f = (Forker) super.copy();
            f.st = st.clone();
            return f;
        }
    }

    @Test
    void bootMakesInitPid1AndKthreaddPid2WithKernelThreadsUnderIt() {
        Kernel k = Sys.boot(new TestImage());
        Proc init = Sys.proc(k, 1);
        Proc kthreadd = Sys.proc(k, 2);
        assertEquals("init", init.comm);
        assertEquals(0, init.ppid());
        assertEquals("kthreadd", kthreadd.comm);
        assertEquals(0, kthreadd.ppid());
        assertTrue(kthreadd.children.size() > 5);
        for (Proc t : kthreadd.children) {
            assertTrue(t.kthread);
            assertEquals(2, t.ppid());
        }
    }

    @Test
    void forkReturnsZeroInTheChildAndTheZombieKeepsItsPidUntilWaited() {
        Kernel k = Sys.boot(new TestImage().with("/bin/forker", Forker::new), "/bin/forker");
        Sys.run(k, 3);
        int parent = Sys.pidOf(k, "forker");
        Forker f = (Forker) Sys.proc(k, parent).program;
        int child = (int) f.r[0];
        assertTrue(child > parent);
        Proc c = Sys.proc(k, child);
        assertEquals(ProcState.ZOMBIE, c.state);
        assertEquals(Wait.exited(7), c.exitStatus);
        Sys.run(k, 20);
        assertNull(Sys.proc(k, child), "reaped: the pid is free");
        assertEquals(child, f.r[1]);
        assertEquals(7, Wait.exitStatus(f.st[0]));
        assertEquals(Errno.ECHILD.ret(), f.r[2], "no children left");
    }

    /** fork; the child forks a grandchild that pauses, then the child exits. */
    static final class TreeMaker extends Step {
        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return new Syscall.Fork();
                case 1:
                    if (ret > 0) {
                        r[0] = ret;
                        pc = 10;
                        return new Syscall.Pause();
                    }
                    return new Syscall.Fork();
                case 2:
                    if (ret > 0) {
                        return new Syscall.Exit(0);
                    }
                    pc = 10;
                    return new Syscall.Pause();
                default:
                    return new Syscall.Pause();
            }
        }
    }

    @Test
    void anOrphanIsAdoptedByInitWhichReapsItWhenItDies() {
        Kernel k = Sys.boot(new TestImage().with("/bin/tree", TreeMaker::new), "/bin/tree");
        Sys.run(k, 5);
        int top = Sys.pidOf(k, "tree");
        int child = top + 1;
        int grandchild = top + 2;
        assertEquals(ProcState.ZOMBIE, Sys.proc(k, child).state, "nobody waited for the child");
        assertEquals(1, Sys.proc(k, grandchild).ppid(), "orphan adopted by init");
        k.sendSignal(Sys.proc(k, grandchild), Signal.SIGTERM.number);
        Sys.run(k, 5);
        assertNull(Sys.proc(k, grandchild), "init reaped it: no zombie stays");
    }

    /** Forks children that pause until there is no room: r[1] holds fork's last result. */
    static final class ForkBomb extends Step {
        @Override
        protected Trap step(long ret) {
            if (pc == 1) {
                if (ret == 0) {
                    pc = 2;
                    return new Syscall.Pause();
                }
                r[1] = ret;
                if (ret < 0) {
                    pc = 2;
                    return new Syscall.Pause();
                }
                r[0]++;
            }
            if (pc == 2) {
                return new Syscall.Pause();
            }
            pc = 1;
            return new Syscall.Fork();
        }
    }

    @Test
    void forkPastTheProcessLimitFailsWithEagain() {
        BootOptions opts = BootOptions.defaults().withMaxProcs(40);
        Kernel k = Sys.boot(opts, new TestImage().with("/bin/bomb", ForkBomb::new), "/bin/bomb");
        Sys.run(k, 50);
        ForkBomb b = (ForkBomb) Sys.proc(k, Sys.pidOf(k, "bomb")).program;
        assertEquals(Errno.EAGAIN.ret(), b.r[1]);
        assertEquals(40, k.procs().count());
    }

    @Test
    void pidsWrapAtPidMaxToTheLowestFreePidAbove300AndSkipZombies() {
        ProcTable t = new ProcTable(400);
        for (int i = 1; i < 400; i++) {
            t.insert(new Proc(t.allocPid(), false, 0));
        }
        assertEquals(399, t.count(), "the largest pid is pid_max - 1");
        assertEquals(-1, t.allocPid(), "table full");
        t.remove(t.get(350));
        t.remove(t.get(200));
        t.remove(t.get(305));
        assertEquals(305, t.allocPid(), "lowest free above 300; 200 stays reserved");
        t.insert(new Proc(305, false, 0));
        assertEquals(350, t.allocPid());
    }

    @Test
    void theSameSeedAndProgramsGiveTheSameHistory() {
        List<?> a = history();
        List<?> b = history();
        assertEquals(a, b);
        assertTrue(a.size() > 10);
    }

    private static List<?> history() {
        Kernel k = Sys.boot(new TestImage().with("/bin/forker", Forker::new)
                .with("/bin/tree", TreeMaker::new), "/bin/forker", "/bin/tree");
        Sys.run(k, 50);
        return k.trace().recent();
    }
    /** Ignores SIGCHLD, forks a child that exits 3, naps, then waits (r[1]) and pauses. */
    static final class Careless extends Step {
        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return new Syscall.RtSigaction(Signal.SIGCHLD.number, Syscall.RtSigaction.SIG_IGN);
                case 1: return new Syscall.Fork();
                case 2:
                    if (ret == 0) {
                        return new Syscall.Exit(3);
                    }
                    r[0] = ret;
                    return new Syscall.Nanosleep(100_000_000L);
                case 3: return Libc.wait4(-1, null, 0);
                default:
                    r[1] = ret;
                    return new Syscall.Pause();
            }
        }
    }

    @Test
    void aParentThatIgnoresSigchldLeavesNoZombies() {
        Kernel k = Sys.boot(new TestImage().with("/bin/careless", Careless::new), "/bin/careless");
        Sys.run(k, 3);
        Careless c = (Careless) Sys.proc(k, Sys.pidOf(k, "careless")).program;
        int child = (int) c.r[0];
        assertTrue(child > 0);
        assertNull(Sys.proc(k, child), "reaped at exit, never a zombie");
        List<StateChange> life = k.trace().of(child);
        StateChange zombie = life.get(life.size() - 2);
        StateChange dead = life.get(life.size() - 1);
        assertEquals(ProcState.ZOMBIE, zombie.to());
        assertEquals(ProcState.DEAD, dead.to());
        assertEquals(zombie.tick(), dead.tick(), "Z and X in one step: nobody could see Z");
        Sys.run(k, 20);
        assertEquals(Errno.ECHILD.ret(), c.r[1], "nothing left to wait for");
    }
}
