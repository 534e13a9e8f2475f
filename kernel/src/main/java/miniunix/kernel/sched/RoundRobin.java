package miniunix.kernel.sched;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;

/**
 * Round robin (OSTEP 7.7): the head runs for up to a quantum, then goes to the tail. A proc
 * that blocks or exits before its quantum ends gives the CPU to the next at once; every
 * dispatch starts a fresh quantum. A quantum that ends re-enters the tail at that instant, so
 * before procs arriving at the same instant (the run loop's order; see {@link Scheduler}).
 *
 * <p>Parameter: quantum, in ticks (default 1 = 10 ms).
 */
public final class RoundRobin implements Scheduler {
    private final PolicySpec spec;
    private final long quantumUs;
    private final ArrayDeque<Proc> queue = new ArrayDeque<>();

    public RoundRobin(PolicySpec spec) {
        this.spec = spec;
        this.quantumUs = spec.get("quantum") * Kernel.TICK_US;
    }

    @Override
    public PolicySpec spec() {
        return spec;
    }

    @Override
    public void enqueue(Proc p, Enqueue why) {
        if (why == Enqueue.PREEMPTED) {
            queue.addFirst(p);
        } else {
            queue.addLast(p);
        }
    }

    @Override
    public Proc pick() {
        Proc p = queue.pollFirst();
        if (p != null) {
            p.se.quantumLeftUs = quantumUs;
        }
        return p;
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
        return false;
    }

    @Override
    public List<Proc> inOrder() {
        return new ArrayList<>(queue);
    }
}
