package miniunix.app.shell;

import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * A for, while or until loop on the executor's stack: what break and continue look for
 * ({@link Shell#findLoop}), and what makes every iteration cost simulated time.
 *
 * <p>An iteration whose commands are all builtins (`while :; do :; done`, `x=1`) makes no
 * system call, and a program runs until its next trap: without a charge such a loop would
 * never give the kernel back its CPU, freezing the clock, --max-ticks and every other process.
 * So an iteration that made no system call ends with sched_yield(2): one syscall's worth of
 * system time (Kernel.SYSCALL_US), and a chance for the scheduler to run someone else.
 * Iterations that fork or wait cost what those calls cost, and nothing more.
 *
 * <p>Rejected: a Compute trap per iteration (its unit is a whole tick, 10 ms: `for i in
 * $(seq 1000); do :; done` would take ten simulated seconds).
 */
abstract class LoopFrame extends Frame {
    /** $? of the last run of the body: the loop's status when it ends (0 if it never ran). */
    int bodyStatus;
    /** sh.traps when the iteration began; -1 before the first. */
    private long mark = -1;
    private boolean charged;

    /** continue: the body is abandoned, the loop goes on with its next iteration. */
    abstract void nextIteration();

    /** At the top of an iteration: sched_yield if the last one made no system call, else null. */
    final Trap charge(Shell sh) {
        if (!charged && sh.traps == mark) {
            charged = true;
            return new Syscall.SchedYield();
        }
        charged = false;
        mark = sh.traps;
        return null;
    }

    /** Copies the state this class keeps into a subclass's copy. */
    final <T extends LoopFrame> T copyLoop(T to) {
        to.bodyStatus = bodyStatus;
        ((LoopFrame) to).mark = mark;
        ((LoopFrame) to).charged = charged;
        return to;
    }
}
