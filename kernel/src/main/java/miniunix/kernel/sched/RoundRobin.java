package miniunix.kernel.sched;

/**
 * Round robin (OSTEP 7.7): the head runs for up to a quantum, then goes to the tail. A proc
 * that blocks or exits before its quantum ends gives the CPU to the next at once; every
 * dispatch starts a fresh quantum. A quantum that ends re-enters the tail at that instant, so
 * before procs arriving at the same instant (the run loop's order; see {@link Scheduler}).
 *
 * <p>Parameter: quantum, in ticks (default 1 = 10 ms).
 */
public final class RoundRobin extends QueuePolicy {
    public RoundRobin(PolicySpec spec) {
        super(spec, new ProcLine(), spec.get("quantum"));
    }
}
