package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import org.junit.jupiter.api.Test;

/**
 * fork copies a shell in the middle of a loop: the copy must go on from the same iteration
 * with state of its own (Frame.copy is deep). Driven by hand, without a kernel: every fork
 * "creates" pid 200, every wait4 reaps it with status 0.
 */
class ShellCopyTest {

    /** Runs p until it exits or until stopAtWait wait4s have happened; returns the forks it made. */
    private static int drive(Program p, int stopAtWait, long firstRet) {
        long ret = firstRet;
        int forks = 0;
        int waits = 0;
        for (int steps = 0; steps < 100_000; steps++) {
            Trap t = p.resume(ret);
            if (t instanceof Syscall.Exit) {
                return forks;
            }
            ret = 0;
            if (t instanceof Syscall.Fork) {
                forks++;
                ret = 200;
            } else if (t instanceof Syscall.Wait4 w) {
                if (++waits == stopAtWait) {
                    return forks;
                }
                ret = w.pid() > 0 ? w.pid() : 200;
            } else if (t instanceof Syscall.Write w) {
                ret = w.len();
            } else if (t instanceof Syscall.Getpid) {
                ret = 100;
            } else if (t instanceof Syscall.Getcwd c) {
                c.buf()[0] = '/';
                ret = 2;
            }
        }
        throw new AssertionError("did not finish");
    }

    @Test
    void aShellCopiedInTheMiddleOfALoopFinishesTheLoopOnItsOwn() {
        Shell sh = new Shell(List.of("sh", "-c", "for i in 1 2 3; do sleep 1; done; while [ x ]; do break; done"),
                List.of("PATH=/bin"));
        assertEquals(1, drive(sh, 1, 0), "stopped in the first iteration's wait4");
        Program copy = sh.copy();
        assertEquals(3, drive(sh, -1, 200), "the original: two more sleeps and one [");
        assertEquals(3, drive(copy, -1, 200), "the copy still had the same two iterations to go");
    }
}
