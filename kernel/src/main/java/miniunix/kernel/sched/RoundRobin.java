package miniunix.kernel.sched;

import java.util.ArrayDeque;
import miniunix.kernel.proc.Proc;

/**
 * Round robin over one global FIFO queue: each runnable proc gets a quantum in turn. Good
 * enough to run everything fairly; the textbook policies arrive with the scheduling issue.
 *
 * <p>Simplified: one queue shared by all CPUs (no per-CPU queues, no affinity).
 */
public final class RoundRobin implements Scheduler {
    /** 10 ms: one tick, close to what CFS gives each of a few CPU-bound tasks. */
    public static final long QUANTUM_US = 10_000;

    private final ArrayDeque<Proc> queue = new ArrayDeque<>();

    @Override
    public void enqueue(Proc p) {
        queue.addLast(p);
    }

    @Override
    public Proc pick(int cpu) {
        return queue.pollFirst();
    }

    @Override
    public void remove(Proc p) {
        queue.remove(p);
    }

    @Override
    public int queued() {
        return queue.size();
    }

    @Override
    public long quantumUs() {
        return QUANTUM_US;
    }
}
