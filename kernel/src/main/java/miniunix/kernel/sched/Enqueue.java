package miniunix.kernel.sched;

/**
 * Why a proc joins a run queue: policies place it by the reason (Linux's ENQUEUE_* flags).
 */
public enum Enqueue {
    /** Forked, or a job arriving: first time runnable. */
    NEW,
    /** Woken from a sleep, a disk wait or a stop. */
    WAKEUP,
    /** Its quantum or slice ran out at the instant it is queued (RR and MLFQ: the tail). */
    EXPIRED,
    /** Taken off its CPU before its quantum ran out, by a proc the policy prefers. */
    PREEMPTED,
    /** It gave up the CPU with sched_yield. */
    YIELD,
    /** Moved from another queue: a policy switch or a migration; keeps its relative order. */
    MOVED
}
