package miniunix.kernel.sched;

import java.util.List;
import miniunix.kernel.Kernel;
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
public final class Priority implements Scheduler {
    /** Nice values, best first: one line each. */
    private static final int NICE_MIN = -20;
    private static final int NICE_MAX = 19;

    private final PolicySpec spec;
    private final long quantumUs;
    private final PrioArray lines = new PrioArray(NICE_MIN, NICE_MAX - NICE_MIN + 1);

    public Priority(PolicySpec spec) {
        this.spec = spec;
        this.quantumUs = spec.get("quantum") * Kernel.TICK_US;
    }

    @Override
    public PolicySpec spec() {
        return spec;
    }

    @Override
    public void enqueue(Proc p, Enqueue why) {
        p.se.key = p.nice;
        lines.add(p, why == Enqueue.PREEMPTED);
    }

    @Override
    public Proc pick() {
        Proc p = lines.pollFirst();
        if (p != null) {
            p.se.quantumLeftUs = quantumUs;
        }
        return p;
    }

    @Override
    public void remove(Proc p) {
        lines.remove(p);
    }

    @Override
    public int queued() {
        return lines.size();
    }

    @Override
    public boolean charge(Proc p, long us) {
        p.se.quantumLeftUs -= us;
        return p.se.quantumLeftUs <= 0;
    }

    @Override
    public long sliceLeftUs(Proc p) {
        return Math.max(0, p.se.quantumLeftUs);
    }

    @Override
    public boolean preempts(Proc running) {
        Proc first = lines.first();
        return first != null && first.nice < running.nice;
    }

    @Override
    public List<Proc> inOrder() {
        return lines.inOrder();
    }

    @Override
    public String checkStructure() {
        return lines.check();
    }
}
