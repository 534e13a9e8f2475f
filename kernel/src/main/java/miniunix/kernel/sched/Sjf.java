package miniunix.kernel.sched;

import java.util.List;
import miniunix.kernel.proc.Proc;

/**
 * Shortest job first, non-preemptive (OSTEP 7.4): a free CPU takes the runnable proc with the
 * least CPU demand; ties go to the earlier arrival, then the lower pid. The running proc keeps
 * its CPU until it blocks or exits.
 *
 * <p>Demand ({@link SchedEntity#demandUs}): what is left of the Compute burst the proc is in
 * (a job's whole length on a lab machine; {@code spin N}, a {@code work} burst), else a
 * prediction from its past bursts, as the textbook's exponential average (RunLoop keeps it).
 */
public final class Sjf implements Scheduler {
    private final PolicySpec spec;
    private final ProcTree tree = new ProcTree(ProcTree.Tie.ARRIVAL);

    public Sjf(PolicySpec spec) {
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

    @Override
    public boolean preempts(Proc running) {
        return false;
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
