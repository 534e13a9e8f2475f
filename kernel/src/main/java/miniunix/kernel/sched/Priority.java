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
 * <p>Parameter: quantum, in ticks (default 1).
 */
public final class Priority implements Scheduler {
    private final PolicySpec spec;
    private final long quantumUs;
    private final ProcTree tree = new ProcTree(ProcTree.Tie.SEQ);
    /** Queue order: the tail counts up, the head down, so one tree holds every line. */
    private long tailSeq;
    private long headSeq;

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
        p.se.seq = why == Enqueue.PREEMPTED ? --headSeq : ++tailSeq;
        tree.add(p);
    }

    @Override
    public Proc pick() {
        Proc p = tree.pollFirst();
        if (p != null) {
            p.se.quantumLeftUs = quantumUs;
        }
        return p;
    }

    @Override
    public void remove(Proc p) {
        tree.remove(p);
    }

    @Override
    public int queued() {
        return tree.size();
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
        Proc first = tree.first();
        return first != null && first.nice < running.nice;
    }

    @Override
    public List<Proc> inOrder() {
        return tree.inOrder();
    }

    @Override
    public String checkStructure() {
        return tree.check();
    }
}
