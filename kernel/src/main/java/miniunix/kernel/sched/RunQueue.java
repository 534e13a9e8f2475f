package miniunix.kernel.sched;

import java.util.List;
import miniunix.kernel.proc.Proc;

/**
 * The queue a {@link QueuePolicy} keeps its runnable procs in, as Linux's sched classes each
 * keep their own run-queue structure: a line ({@link ProcLine}, FIFO and round robin), a tree
 * ordered by {@code se.key} ({@link ProcTree}, SJF and STCF), or one line per key
 * ({@link PrioArray}, priority).
 */
interface RunQueue {
    /** Queues p: at the head of its place when atHead (a preempted proc), else at the tail. */
    void add(Proc p, boolean atHead);

    /** The proc that would run next, left queued; null when empty. */
    Proc first();

    /** Takes the proc that runs next off the queue; null when empty. */
    Proc pollFirst();

    void remove(Proc p);

    int size();

    /** The queued procs in the order they would run. */
    List<Proc> inOrder();

    /** What is wrong inside the structure, or null. */
    String check();
}
