package miniunix.kernel.sched;

import java.util.List;
import miniunix.kernel.proc.Proc;

/**
 * Shortest time to completion first (OSTEP 7.5): preemptive SJF. At every tick the proc with
 * the least remaining demand runs; on a tie the running proc keeps its CPU, then the earlier
 * arrival, then the lower pid goes first. Demand as in {@link Sjf}.
 */
public final class Stcf implements Scheduler {
    private final PolicySpec spec;
    private final ProcTree tree = new ProcTree(ProcTree.Tie.ARRIVAL);

    public Stcf(PolicySpec spec) {
        this.spec = spec;
    }

    @Override
    public PolicySpec spec() {
        return spec;
    }

    @Override
    public void enqueue(Proc p, Enqueue why) {
        p.se.key = SchedEntity.demandUs(p);
        tree.add(p);
    }

    @Override
    public Proc pick() {
        return tree.pollFirst();
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
        return false;
    }

    @Override
    public long sliceLeftUs(Proc p) {
        return Long.MAX_VALUE;
    }

    /** Strictly less remaining demand takes the CPU: on a tie the running proc keeps it. */
    @Override
    public boolean preempts(Proc running) {
        Proc first = tree.first();
        return first != null && first.se.key < SchedEntity.demandUs(running);
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
