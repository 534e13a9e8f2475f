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
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

/** rmdir(2), umask(2), getrusage(2) and clock_gettime(2): what rm -r, umask and time use. */
class RmdirUmaskTest {
    /** Makes and removes directories, changes its umask, reads its clocks; then pauses. */
    static final class Worker extends Step {
        final long[] got = new long[16];
        final long[] usage = new long[2];
        final long[] clock = new long[2];

        @Override
        protected Trap step(long ret) {
            if (pc > 0) {
                got[pc - 1] = ret;
            }
            switch (pc++) {
                case 0: return Libc.mkdir("/d", 0777);
                case 1: return Libc.mkdir("/d/sub", 0777);
                case 2: return Libc.rmdir("/d");
                case 3: return Libc.rmdir("/a");
                case 4: return Libc.rmdir("/d/sub/.");
                case 5: return Libc.rmdir("/d/sub");
                case 6: return Libc.rmdir("/nope");
                case 7: return Libc.rmdir("/");
                case 8: return new Syscall.Umask(077);
                case 9: return new Syscall.Umask(027);
                case 10: return Libc.open("/f", Fcntl.O_WRONLY | Fcntl.O_CREAT, 0666);
                case 11: return Libc.getrusage(Syscall.Getrusage.RUSAGE_SELF, usage);
                case 12: return Libc.clockGettime(Syscall.ClockGettime.CLOCK_MONOTONIC, clock);
                case 13: return Libc.getrusage(7, usage);
                default: return new Syscall.Pause();
            }
        }
    }

    @Test
    void rmdirRemovesOnlyEmptyDirectoriesAndUmaskMasksNewFiles() {
        Kernel k = Sys.boot(new TestImage().with("/bin/worker", Worker::new).file("/a", ""),
                "/bin/worker");
        Sys.run(k, 3);
        Worker w = (Worker) Sys.proc(k, Sys.pidOf(k, "worker")).program;
        assertEquals(Errno.ENOTEMPTY.ret(), w.got[2]);
        assertEquals(Errno.ENOTDIR.ret(), w.got[3]);
        assertEquals(Errno.EINVAL.ret(), w.got[4], "rmdir of '.'");
        assertEquals(0, w.got[5]);
        assertEquals(Errno.ENOENT.ret(), w.got[6]);
        assertEquals(Errno.EBUSY.ret(), w.got[7]);
        assertEquals(022, w.got[8], "the umask starts as 022");
        assertEquals(077, w.got[9], "umask returns the old mask");
        StatBuf st = new StatBuf();
        k.vfs().stat(Sys.proc(k, 1), "/f", st);
        assertEquals(0640, st.mode & 0777);
        k.vfs().stat(Sys.proc(k, 1), "/d", st);
        assertEquals(0755, st.mode & 0777, "mkdir with the mask of 022");
        assertEquals(0, w.got[11]);
        assertEquals(Sys.proc(k, Sys.pidOf(k, "worker")).stimeUs > 0, w.usage[1] > 0);
        assertEquals(0, w.got[12]);
        assertEquals(k.now() * Kernel.TICK_US >= w.clock[0] * 1_000_000 + w.clock[1] / 1000, true);
        assertEquals(Errno.EINVAL.ret(), w.got[13]);
    }
}
