package miniunix.kernel.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

/** fcntl(2)'s descriptor commands: F_DUPFD's lowest free fd at or above arg, FD_CLOEXEC. */
class FcntlTest {

    private static long[] run(List<?> calls) {
        RlimitTest.Calls prog = new RlimitTest.Calls(calls);
        Kernel k = Sys.boot(new TestImage().with("/bin/d", RlimitTest.Idle::new), "/bin/d");
        Sys.run(k, 3);
        Proc d = Sys.proc(k, Sys.pidOf(k, "d"));
        long pid = k.lifecycle().forkOf(Sys.proc(k, 1), d.pid);
        Sys.proc(k, (int) pid).program = prog;
        Sys.run(k, 20);
        return prog.results;
    }

    @Test
    void dupfdTakesTheLowestFreeFdAtOrAboveArg() {
        long[] r = run(List.of(
                RlimitTest.later(() -> Libc.open("/dev/null", 0, 0)),
                new Syscall.Fcntl(0, Fcntl.F_DUPFD, 10),
                new Syscall.Fcntl(0, Fcntl.F_DUPFD, 10),
                new Syscall.Close(10),
                new Syscall.Fcntl(0, Fcntl.F_DUPFD, 10),
                new Syscall.Fcntl(11, Fcntl.F_GETFD, 0)));
        assertEquals(0, r[0], "a fresh process's first fd");
        assertEquals(10, r[1]);
        assertEquals(11, r[2], "10 is taken");
        assertEquals(10, r[4], "10 is free again");
        assertEquals(0, r[5], "F_DUPFD's copy is not close-on-exec");
    }

    @Test
    void dupfdCloexecSetsTheFlagAndSetfdClearsIt() {
        long[] r = run(List.of(
                RlimitTest.later(() -> Libc.open("/dev/null", 0, 0)),
                new Syscall.Fcntl(0, Fcntl.F_DUPFD_CLOEXEC, 20),
                new Syscall.Fcntl(20, Fcntl.F_GETFD, 0),
                new Syscall.Fcntl(20, Fcntl.F_SETFD, 0),
                new Syscall.Fcntl(20, Fcntl.F_GETFD, 0)));
        assertEquals(0, r[0], "a fresh process's first fd");
        assertEquals(20, r[1]);
        assertEquals(Fcntl.FD_CLOEXEC, r[2]);
        assertEquals(0, r[4]);
    }

    @Test
    void aClosedFdIsEbadfAndABadArgOrCmdEinval() {
        long[] r = run(List.of(
                RlimitTest.later(() -> Libc.open("/dev/null", 0, 0)),
                new Syscall.Fcntl(42, Fcntl.F_DUPFD, 10),
                new Syscall.Fcntl(0, Fcntl.F_DUPFD, -1),
                new Syscall.Fcntl(0, Fcntl.F_DUPFD, 1 << 20),
                new Syscall.Fcntl(0, 999, 0)));
        assertEquals(Errno.EBADF.ret(), r[1]);
        assertEquals(Errno.EINVAL.ret(), r[2]);
        assertEquals(Errno.EINVAL.ret(), r[3], "past RLIMIT_NOFILE");
        assertEquals(Errno.EINVAL.ret(), r[4]);
    }
}
