package miniunix.kernel.sched;

import miniunix.kernel.proc.Proc;

/**
 * Static priority from nice: the runnable proc with the lowest nice value (-20 highest, 19
 * lowest) runs, and a queued proc of a better value preempts the running one at the next tick.
 * Procs of one value take turns, round robin, a quantum each; a preempted proc goes back to
 * the head of its value's line. A low value can starve a high one: that is the lesson.
 *
 * <p>The queue is a {@link PrioArray}, Linux 2.6's O(1) run queue: one line per nice value and
 * a bitmap of the lines that are not empty, so queueing and picking are O(1).
 *
 * <p>Parameter: quantum, in ticks (default 1).
 */
public final class Priority extends QueuePolicy {
    /** Nice values, best first: one line each. */
    private static final int NICE_MIN = -20;
    private static final int NICE_MAX = 19;

    public Priority(PolicySpec spec) {
        super(spec, new PrioArray(NICE_MIN, NICE_MAX - NICE_MIN + 1), spec.get("quantum"));
    }

    @Override
    void key(Proc p) {
        p.se.key = p.nice;
    }

    @Override
    public boolean preempts(Proc running) {
        Proc first = queue.first();
        return first != null && first.nice < running.nice;
    }
}
