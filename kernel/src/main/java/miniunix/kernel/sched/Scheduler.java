package miniunix.kernel.sched;

import java.util.List;
import miniunix.kernel.proc.Proc;

/**
 * A scheduling policy: one run queue and the rules for who runs next (Linux: a sched_class
 * with its enqueue_task, pick_next_task, task_tick, check_preempt_curr). The mechanism (dispatch,
 * CPU time, context switches, per-CPU placement, stealing, switching policy) is {@link RunLoop}'s;
 * a policy never touches a CPU. Classes: {@link Fifo}, {@link Sjf}, {@link Stcf},
 * {@link RoundRobin}, {@link Mlfq}, {@link Priority}, {@link Fair} (the default); one is built
 * from a {@link PolicySpec}.
 *
 * <p><b>Driving a policy tick by tick</b> (what {@link RunLoop} does, and what a lab machine does
 * with no syscall costs). A job is a {@link Proc} whose remaining CPU demand is
 * {@code p.computeLeftUs}; a tick is {@link miniunix.kernel.Kernel#TICK_US} of CPU time. At each
 * instant t (the start of tick t):
 * <ol>
 *   <li>if {@link #boostDue}(t): every running proc is put back with
 *       {@code enqueue(p, PREEMPTED)}, in CPU order, then {@link #boost()};</li>
 *   <li>arrivals: {@code enqueue(p, NEW)}, lower job number first; then I/O completions:
 *       {@code enqueue(p, WAKEUP)};</li>
 *   <li>for each CPU in order: if it runs p and {@link #preempts}(p), p goes back with
 *       {@code enqueue(p, PREEMPTED)}; an idle CPU takes {@link #pick()}. The proc runs for
 *       {@code min(TICK_US, sliceLeftUs(p))}; then {@link #charge}(p, used) (also when it
 *       blocked or finished in that time: the policy sees {@code p.state}); if charge returns true
 *       and p is still runnable it goes back with {@code enqueue(p, EXPIRED)} at once (so at
 *       instant t+1, before t+1's arrivals) and the CPU picks again at once, perhaps p
 *       itself as a new slice.</li>
 * </ol>
 * A policy may rely on exactly that order; the textbook rules of shared/EXPERIMENTS.md
 * sections 1 and 2 (RR's tail-before-arrivals, STCF's ties, MLFQ's per-instant order) follow
 * from it, and SchedulerTest checks them on these classes.
 *
 * <p>Invariant (checked by Invariants): a proc is in exactly one queue iff it is RUNNING and not
 * on a CPU; {@code p.se.rq} names that queue.
 */
public interface Scheduler {
    /** The policy and parameters this queue was built with. */
    PolicySpec spec();

    /** p becomes runnable for the given reason and joins the queue. */
    void enqueue(Proc p, Enqueue why);

    /** Takes the proc to run next off the queue and starts its slice; null when empty. */
    Proc pick();

    /** Takes a queued proc off the queue (it stopped, was killed, or moves elsewhere). */
    void remove(Proc p);

    /** Procs in the queue (not counting any on a CPU). */
    int queued();

    /**
     * p has just run for us of CPU time (us may be 0). Called after every run, including the one
     * in which it blocked ({@code p.state} is then no longer RUNNING) or finished. Returns true
     * when its quantum ended with this run.
     */
    boolean charge(Proc p, long us);

    /** CPU time p, now on a CPU, may run before its quantum ends; Long.MAX_VALUE if none. */
    long sliceLeftUs(Proc p);

    /** True when a queued proc should take running's CPU now. */
    boolean preempts(Proc running);

    /** True when the policy boosts at instant now (MLFQ's rule 5); see the order above. */
    default boolean boostDue(long now) {
        return false;
    }

    /** Applies the boost {@link #boostDue} announced. */
    default void boost() {
    }

    /** The queued procs in the order they would run (sched show, switching, stealing). */
    List<Proc> inOrder();

    /** What is wrong inside the policy's own queue structure (a tree's balance), or null. */
    default String checkStructure() {
        return null;
    }
}
