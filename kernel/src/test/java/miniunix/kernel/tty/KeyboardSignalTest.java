package miniunix.kernel.tty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import miniunix.kernel.Kernel;
import miniunix.kernel.Step;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

/**
 * Job-control signals from the terminal: Ctrl-C and Ctrl-Z signal its foreground process
 * group, and only it; a background group that reads it gets SIGTTIN.
 */
class KeyboardSignalTest {

    /** Becomes a process group leader of its own, then pauses. */
    static final class Leader extends Step {
        @Override
        protected Trap step(long ret) {
            return pc++ == 0 ? new Syscall.Setpgid(0, 0) : new Syscall.Pause();
        }
    }

    private static Kernel bootTwo() {
        TestImage image = new TestImage().with("/bin/a", Leader::new).with("/bin/b", Leader::new);
        Kernel k = Sys.boot(image, "/bin/a", "/bin/b");
        Sys.run(k, 5);
        return k;
    }

    @Test
    void ctrlZStopsTheForegroundGroupWithSigtstpAndLeavesTheOthersAlone() {
        Kernel k = bootTwo();
        Proc a = Sys.proc(k, Sys.pidOf(k, "a"));
        Proc b = Sys.proc(k, Sys.pidOf(k, "b"));
        k.console().fgPgrp = a.pgid;
        k.console().type("half a line".getBytes(StandardCharsets.UTF_8));
        k.suspend();
        assertEquals(ProcState.RUNNING, a.state, "woken from pause to take the signal");
        Sys.run(k, 1);
        assertEquals(ProcState.STOPPED, a.state);
        assertEquals(Signal.SIGTSTP.number, a.stopSig);
        assertEquals(ProcState.SLEEPING, b.state);
        assertFalse(k.console().hasInput(), "the line typed so far is flushed, as n_tty does");
    }

    @Test
    void ctrlCKillsTheForegroundGroupWithSigint() {
        Kernel k = bootTwo();
        Proc a = Sys.proc(k, Sys.pidOf(k, "a"));
        k.console().fgPgrp = a.pgid;
        k.interrupt();
        Sys.run(k, 1);
        assertFalse(a.isAlive());
        assertEquals(Signal.SIGINT.number, a.exitStatus);
    }

    /**
     * A session leader with tty1 as its controlling terminal (in the foreground); its child,
     * in a process group of its own (the background), reads tty1: r[0] = the child's pid,
     * r[1] = what the child's read returned, r[2] = tty1's fd.
     */
    static final class Session extends Step {
        private final byte[] buf = new byte[16];

        @Override
        protected Trap step(long ret) {
            switch (pc++) {
                case 0: return new Syscall.Setsid();
                case 1: return Libc.open("/dev/tty1", Fcntl.O_RDWR, 0);
                case 2:
                    r[2] = ret;
                    return new Syscall.Fork();
                case 3:
                    if (ret == 0) {
                        return new Syscall.Setpgid(0, 0);
                    }
                    r[0] = ret;
                    pc = 10;
                    return new Syscall.Pause();
                case 4: return Libc.read((int) r[2], buf, 0, buf.length);
                case 5:
                    r[1] = ret;
                    return new Syscall.Pause();
                default: return new Syscall.Pause();
            }
        }
    }

    @Test
    void aBackgroundGroupThatReadsItsTerminalIsStoppedBySigttinAndReadsOnceInTheForeground() {
        Kernel k = Sys.boot(new TestImage().with("/bin/session", Session::new), "/bin/session");
        Sys.run(k, 5);
        Proc child = Sys.proc(k, (int) ((Session) Sys.proc(k, Sys.pidOf(k, "session")).program).r[0]);
        assertEquals(ProcState.STOPPED, child.state);
        assertEquals(Signal.SIGTTIN.number, child.stopSig);
        k.signals().sendToGroup(child.pgid, Signal.SIGCONT.number);
        Sys.run(k, 2);
        assertEquals(ProcState.STOPPED, child.state, "still in the background: stopped again");
        k.console().fgPgrp = child.pgid;
        k.typeInput("hello\n".getBytes(StandardCharsets.UTF_8));
        k.signals().sendToGroup(child.pgid, Signal.SIGCONT.number);
        Sys.run(k, 2);
        assertEquals(6, ((Session) child.program).r[1]);
    }
}
