package miniunix.kernel.proc;

import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * The code a child made by miniunix_fork_of runs: pause(2) forever, so the copy sits in S
 * until a signal ends it. It is the kernel's only program, like an idle loop.
 */
public final class Paused implements Program {
    @Override
    public Trap resume(long ret) {
        return new Syscall.Pause();
    }

    @Override
    public Program copy() {
        return new Paused();
    }
}
