package miniunix.kernel.sched;

/**
 * First in, first out (OSTEP 7.3): procs run in the order they became runnable, each until it
 * blocks or exits; nothing preempts. A proc taken off its CPU for another reason (a policy
 * switch) goes back to the head.
 */
public final class Fifo extends QueuePolicy {
    public Fifo(PolicySpec spec) {
        super(spec, new ProcLine());
    }
}
