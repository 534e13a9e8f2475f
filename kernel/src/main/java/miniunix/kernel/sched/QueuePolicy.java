package miniunix.kernel.sched;

import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;

/**
 * What the textbook's policies (FIFO, SJF, STCF, round robin, priority) share: one run queue,
 * each proc filed by its key ({@link #key}), the first one picked; a quantum from the policy's
 * parameter, or none, when a proc runs until it blocks or exits. A policy says only how it
 * orders its procs and, if it preempts, when ({@link #preempts}).
 */
abstract class QueuePolicy implements Scheduler {
    private final PolicySpec spec;
    final RunQueue queue;
    /** The quantum a picked proc gets; 0 when there is none. */
    private final long quantumUs;

    /** A policy whose procs run until they block or exit. */
    QueuePolicy(PolicySpec spec, RunQueue queue) {
        this(spec, queue, 0);
    }

    /** A policy whose procs run a quantum of quantumTicks at most. */
    QueuePolicy(PolicySpec spec, RunQueue queue, long quantumTicks) {
        this.spec = spec;
        this.queue = queue;
        this.quantumUs = quantumTicks * Kernel.TICK_US;
    }

    /** Sets p's {@code se.key} before it is queued, for a queue ordered by keys. */
    void key(Proc p) {
    }

    @Override
    public final PolicySpec spec() {
        return spec;
    }

    @Override
    public final void enqueue(Proc p, Enqueue why) {
        key(p);
        queue.add(p, why == Enqueue.PREEMPTED);
    }

    @Override
    public final Proc pick() {
        Proc p = queue.pollFirst();
        if (p != null && quantumUs > 0) {
            p.se.quantumLeftUs = quantumUs;
        }
        return p;
    }

    @Override
    public final void remove(Proc p) {
        queue.remove(p);
    }

    @Override
    public final int queued() {
        return queue.size();
    }

    @Override
    public final boolean charge(Proc p, long us) {
        if (quantumUs == 0) {
            return false;
        }
        p.se.quantumLeftUs -= us;
        return p.se.quantumLeftUs <= 0;
    }

    @Override
    public final long sliceLeftUs(Proc p) {
        return quantumUs == 0 ? Long.MAX_VALUE : Math.max(0, p.se.quantumLeftUs);
    }

    @Override
    public boolean preempts(Proc running) {
        return false;
    }

    @Override
    public final List<Proc> inOrder() {
        return queue.inOrder();
    }

    @Override
    public final String checkStructure() {
        return queue.check();
    }
}
