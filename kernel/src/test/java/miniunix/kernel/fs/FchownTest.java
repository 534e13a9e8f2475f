package miniunix.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import org.junit.jupiter.api.Test;
import miniunix.user.lib.Libc;

class FchownTest {
    /** As root: open /dev/tty1 for writing, give it to 1000:5, setuid(1000), try to take it back. */
    static final class Chowner extends Step {
        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return Libc.open("/dev/tty1", Fcntl.O_WRONLY, 0);
                case 1: r[0] = ret; return new Syscall.Fchown((int) ret, 1000, 5);
                case 2: r[1] = ret; return new Syscall.Setuid(1000);
                case 3: return new Syscall.Fchown((int) r[0], 0, -1);
                case 4: r[2] = ret; return new Syscall.Fchown((int) r[0], -1, 5);
                case 5: r[3] = ret; return Libc.open("/dev/tty1", Fcntl.O_WRONLY, 0);
                case 6: r[4] = ret; return new Syscall.Fchown(99, 0, 0);
                default: r[5] = ret; return new Syscall.Pause();
            }
        }
    }

    @Test
    void rootGivesAFileAwayAndNobodyElseMay() {
        Kernel k = Sys.boot(new TestImage().with("/bin/chowner", Chowner::new), "/bin/chowner");
        Sys.run(k, 3);
        Chowner c = (Chowner) Sys.proc(k, Sys.pidOf(k, "chowner")).program;
        assertEquals(0, c.r[1], "root may chown");
        assertEquals(Errno.EPERM.ret(), c.r[2], "a user may not give a file away");
        assertEquals(0, c.r[3], "changing nothing is allowed");
        assertEquals(true, c.r[4] >= 0, "the new owner may open it: " + c.r[4]);
        assertEquals(Errno.EBADF.ret(), c.r[5]);
        StatBuf st = new StatBuf();
        k.vfs().stat(Sys.proc(k, 1), "/dev/tty1", st);
        assertEquals(1000, st.uid);
        assertEquals(5, st.gid);
        assertEquals(4, st.rdevMajor());
        assertEquals(1, st.rdevMinor());
    }
}
