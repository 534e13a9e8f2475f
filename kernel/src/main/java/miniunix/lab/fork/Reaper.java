package miniunix.lab.fork;

import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * The code every forktree process runs, init's loop: it reaps its children as they exit and
 * naps while it has none. fork copies it like any program, so a child runs the same loop.
 * <pre>
 *   for (;;) if (wait(NULL) &lt; 0) nanosleep(&amp;tick, NULL);
 * </pre>
 */
final class Reaper implements Program {
    /** One tick, 10 ms: how long it naps when it has no children. */
    private static final long NAP_NANOS = 10_000_000;

    /** The trap in flight was wait4 (else nanosleep, or nothing yet). */
    private boolean inWait;

    @Override
    public Trap resume(long ret) {
        if (inWait && ret < 0) {
            inWait = false;
            return new Syscall.Nanosleep(NAP_NANOS);
        }
        inWait = true;
        return new Syscall.Wait4(-1, 0, 0);
    }

    @Override
    public Program copy() {
        Reaper r = new Reaper();
        r.inWait = inWait;
        return r;
    }
}
