package miniunix.kernel.sched;

import miniunix.kernel.proc.Proc;

/**
 * Shortest time to completion first (OSTEP 7.5): preemptive SJF. At every tick the proc with
 * the least remaining demand runs; on a tie the running proc keeps its CPU, then the earlier
 * arrival, then the lower pid goes first. Demand as in {@link Sjf}.
 */
public final class Stcf extends QueuePolicy {
    public Stcf(PolicySpec spec) {
        super(spec, new ProcTree(ProcTree.Tie.ARRIVAL));
    }

    @Override
    void key(Proc p) {
        p.se.key = SchedEntity.demandUs(p);
    }

    /** Strictly less remaining demand takes the CPU: on a tie the running proc keeps it. */
    @Override
    public boolean preempts(Proc running) {
        Proc first = queue.first();
        return first != null && first.se.key < SchedEntity.demandUs(running);
    }
}
