package miniunix.kernel.sched;

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
public final class Sjf extends QueuePolicy {
    public Sjf(PolicySpec spec) {
        super(spec, new ProcTree(ProcTree.Tie.ARRIVAL));
    }

    @Override
    void key(Proc p) {
        p.se.key = SchedEntity.demandUs(p);
    }
}
