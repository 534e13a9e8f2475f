package miniunix.kernel.sched;

import miniunix.kernel.proc.Proc;

/**
 * The policy that decides who runs next. The kernel's run loop owns the mechanism (dispatch,
 * accounting, preemption at the end of a quantum); a Scheduler owns only the queue of
 * runnable procs. The scheduling issue adds FIFO, SJF, STCF, MLFQ and CFS behind this.
 *
 * <p>Invariant: a proc is in the queue iff it is RUNNING and not on a CPU ({@code onCpu < 0}).
 */
public interface Scheduler {
    /** p became runnable (forked, woken, preempted, continued): it joins the queue. */
    void enqueue(Proc p);

    /** The next proc to run on this CPU, taken off the queue; null when none is runnable. */
    Proc pick(int cpu);

    /** p left the runnable state while queued (stopped, killed). */
    void remove(Proc p);

    /** Procs waiting in the queue (not counting those on CPUs). */
    int queued();

    /** How long a proc may run before it is preempted, in microseconds of CPU time. */
    long quantumUs();
}
