package miniunix.kernel.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

/** waitid(2): peeking with WNOWAIT leaves the child waitable; idtypes and errors as Linux's. */
class WaitidTest {

    /**
     * Forks a child that exits 3; peeks (WNOHANG|WNOWAIT) while it runs and after it exits;
     * then reaps it with waitid(P_PID) and asks once more (ECHILD).
     */
    static final class Peeker extends Step {
        SigInfo running = new SigInfo();
        SigInfo peeked = new SigInfo();
        SigInfo reaped = new SigInfo();
        int child;

        @Override
        protected Trap step(long ret) {
            int peek = Wait.WEXITED | Wait.WNOHANG | Wait.WNOWAIT;
            switch (pc++) {
                case 0: return new Syscall.Fork();
                case 1:
                    if (ret == 0) {
                        return new Syscall.Nanosleep(50_000_000L);
                    }
                    child = (int) ret;
                    return Libc.waitid(SigInfo.P_ALL, 0, running, peek);
                case 2:
                    if (child == 0) {
                        return new Syscall.Exit(3);
                    }
                    r[0] = ret;
                    return new Syscall.Nanosleep(200_000_000L);
                case 3: return Libc.waitid(SigInfo.P_ALL, 0, peeked, peek);
                case 4:
                    r[1] = ret;
                    return Libc.waitid(SigInfo.P_PID, child, reaped, Wait.WEXITED);
                case 5:
                    r[2] = ret;
                    return Libc.waitid(SigInfo.P_ALL, 0, new SigInfo(), Wait.WEXITED);
                case 6:
                    r[3] = ret;
                    return Libc.waitid(SigInfo.P_ALL, 0, new SigInfo(), Wait.WNOHANG);
                default:
                    r[4] = ret;
                    return new Syscall.Pause();
            }
        }

        @Override
        public Program copy() {
            Peeker p = (Peeker) super.copy();
            p.running = new SigInfo();
            p.peeked = new SigInfo();
            p.reaped = new SigInfo();
            return p;
        }
    }

    @Test
    void aPeekWithWnowaitReportsTheZombieAndLeavesItToBeReaped() {
        Kernel k = Sys.boot(new TestImage().with("/bin/peeker", Peeker::new), "/bin/peeker");
        Sys.run(k, 40);
        int parent = Sys.pidOf(k, "peeker");
        Peeker p = (Peeker) Sys.proc(k, parent).program;
        assertEquals(0, p.r[0]);
        assertEquals(0, p.running.pid, "nothing to report while the child sleeps");
        assertEquals(0, p.r[1]);
        assertEquals(p.child, p.peeked.pid);
        assertEquals(SigInfo.CLD_EXITED, p.peeked.code);
        assertEquals(3, p.peeked.status);
        assertEquals(0, p.r[2]);
        assertEquals(p.child, p.reaped.pid, "the peek left the zombie to be reaped");
        assertEquals(Errno.ECHILD.ret(), p.r[3]);
        assertEquals(Errno.EINVAL.ret(), p.r[4], "no event asked for: EINVAL");
        assertEquals(null, Sys.proc(k, p.child));
    }
}
