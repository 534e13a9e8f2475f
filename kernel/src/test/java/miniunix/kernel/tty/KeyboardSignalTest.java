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
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import org.junit.jupiter.api.Test;

/** Ctrl-C and Ctrl-Z: the tty signals its foreground process group, and only it. */
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
        assertEquals(ProcState.ZOMBIE, a.state);
    }
}
