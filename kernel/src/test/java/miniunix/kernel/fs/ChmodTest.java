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

class ChmodTest {
    /**
     * As root: make /tmp/h (given to 1000:0) and /tmp/f (root's); become 1000:5: chmod root's
     * file, make its own, take away its own read permission and open it, the fd and fchmodat
     * forms, and setgid on its own file of another group.
     */
    static final class Chmodder extends Step {
        {
            r = new long[10];
        }

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return Libc.open("/tmp/h", Fcntl.O_WRONLY | Fcntl.O_CREAT, 0644);
                case 1: return new Syscall.Fchown((int) ret, 1000, 0);
                case 2: return Libc.open("/tmp/f", Fcntl.O_WRONLY | Fcntl.O_CREAT, 0644);
                case 3: return Libc.chmod("/tmp/f", 0600);
                case 4: r[0] = ret; return new Syscall.Setresgid(5, 5, 5);
                case 5: return new Syscall.Setuid(1000);
                case 6: return Libc.chmod("/tmp/f", 0777);
                case 7: r[1] = ret; return Libc.open("/tmp/g", Fcntl.O_RDWR | Fcntl.O_CREAT, 0644);
                case 8: r[2] = ret; return Libc.chmod("/tmp/g", 0200);
                case 9: r[3] = ret; return Libc.open("/tmp/g", Fcntl.O_RDONLY, 0);
                case 10: r[4] = ret; return new Syscall.Fchmod((int) r[2], 02755);
                case 11: r[5] = ret; return Libc.fchmodat(Syscall.Utimensat.AT_FDCWD, "/tmp/none", 0);
                case 12: r[6] = ret; return new Syscall.Fchmod(99, 0);
                case 13: r[7] = ret; return Libc.chmod("/proc/1/stat", 0);
                case 14: r[8] = ret; return Libc.chmod("/tmp/h", 02755);
                default: r[9] = ret; return new Syscall.Pause();
            }
        }
    }

    @Test
    void onlyTheOwnerChangesAModeAndOpenHonoursIt() {
        Kernel k = Sys.boot(new TestImage().with("/bin/chmodder", Chmodder::new), "/bin/chmodder");
        Sys.run(k, 3);
        Chmodder c = (Chmodder) Sys.proc(k, Sys.pidOf(k, "chmodder")).program;
        assertEquals(0, c.r[0], "root may chmod");
        assertEquals(Errno.EPERM.ret(), c.r[1], "a user may not chmod another's file");
        assertEquals(0, c.r[3], "the owner may");
        assertEquals(Errno.EACCES.ret(), c.r[4], "the owner, too, needs the read bit to read");
        assertEquals(0, c.r[5], "fchmod of its open file");
        assertEquals(Errno.ENOENT.ret(), c.r[6]);
        assertEquals(Errno.EBADF.ret(), c.r[7]);
        assertEquals(Errno.EPERM.ret(), c.r[8], "nobody changes /proc's modes");
        StatBuf st = new StatBuf();
        k.vfs().stat(Sys.proc(k, 1), "/tmp/f", st);
        assertEquals(StatBuf.S_IFREG | 0600, st.mode);
        k.vfs().stat(Sys.proc(k, 1), "/tmp/g", st);
        assertEquals(StatBuf.S_IFREG | 02755, st.mode, "its own group: setgid stays");
        assertEquals(0, c.r[9]);
        k.vfs().stat(Sys.proc(k, 1), "/tmp/h", st);
        assertEquals(StatBuf.S_IFREG | 0755, st.mode, "another group: setgid dropped");
    }
}
