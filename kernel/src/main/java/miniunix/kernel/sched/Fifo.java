package miniunix.kernel.sched;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.proc.Proc;

/**
 * First in, first out (OSTEP 7.3): procs run in the order they became runnable, each until it
 * blocks or exits; nothing preempts. A proc taken off its CPU for another reason (a policy
 * switch) goes back to the head.
 */
public final class Fifo implements Scheduler {
    private final PolicySpec spec;
    private final ArrayDeque<Proc> queue = new ArrayDeque<>();

    public Fifo(PolicySpec spec) {
        this.spec = spec;
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
        return new ArrayList<>(queue);
    }
}
