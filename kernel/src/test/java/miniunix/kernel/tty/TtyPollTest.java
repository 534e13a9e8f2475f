package miniunix.kernel.tty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.PollFd;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Termios;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

/**
 * The terminal in non-canonical mode and poll(2) on it, as top uses them: a poll times out
 * when nothing is typed, a key wakes it at once, and a read then returns the key without a
 * newline.
 */
class TtyPollTest {
    /** r[0]: the first poll's result, r[1] the second's, r[2] the read's, r[3] its first byte. */
    static final class Keys extends Step {
        private final byte[] buf = new byte[16];
        private final PollFd[] fds = {new PollFd(0, PollFd.POLLIN)};

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return new Syscall.Setsid();
                case 1: return Libc.open("/dev/tty1", Fcntl.O_RDWR, 0);
                case 2: return new Syscall.Ioctl(0, Syscall.Ioctl.TCSETS, Termios.ISIG);
                case 3: return Libc.poll(fds, 500);
                case 4:
                    r[0] = ret;
                    return Libc.poll(fds, -1);
                case 5:
                    r[1] = ret;
                    return Libc.read(0, buf, 0, buf.length);
                case 6:
                    r[2] = ret;
                    r[3] = buf[0];
                    return new Syscall.Pause();
                default: return new Syscall.Pause();
            }
        }
    }

    @Test
    void pollTimesOutThenAKeyWakesItAndIsReadWithoutANewline() {
        Kernel k = Sys.boot(new TestImage().with("/bin/keys", Keys::new), "/bin/keys");
        Sys.run(k, 5);
        Proc p = Sys.proc(k, Sys.pidOf(k, "keys"));
        Keys prog = (Keys) p.program;
        Sys.run(k, 25);
        assertEquals(4, prog.pc, "still in the first poll");
        Sys.run(k, 40);
        assertEquals(0, prog.r[0], "the first poll timed out after 500 ms");
        assertEquals(5, prog.pc, "waiting in the second poll");
        k.typeInput("q".getBytes(StandardCharsets.UTF_8));
        Sys.run(k, 2);
        assertEquals(1, prog.r[1]);
        assertEquals(1, prog.r[2]);
        assertEquals('q', prog.r[3]);
    }
}
