package miniunix.kernel.sched;

import miniunix.kernel.proc.Proc;

/**
 * What the scheduler keeps about one process (Linux: the sched_entity inside task_struct).
 * Each Proc owns one. The run loop ({@link RunLoop}) keeps the accounting fields; a policy
 * keeps its own fields here too, so that switching policy only needs the procs, not the old
 * policy's private maps. A policy re-initialises what it reads when a proc joins it
 * ({@link Enqueue#MOVED}), so stale values from an earlier policy never matter.
 *
 * <p>Fields are grouped by who may change them.
 */
public final class SchedEntity {
    /** The process this entity schedules. */
    public final Proc proc;

    public SchedEntity(Proc proc) {
        this.proc = proc;
    }

    // The run loop's: accounting and placement.
    /** The run queue (CPU) the proc is queued on, or -1 when it is not queued. */
    public int rq = -1;
    /** The policy generation it was last queued under (see RunLoop.switchPolicy). */
    public int gen;
    /** Order of its first arrival (fork or first enqueue): "earlier arrival" in tie-breaks. */
    public long arrival = -1;
    /** CPU time used since it was last put on a CPU (the current slice), microseconds. */
    public long sliceUs;
    /** Its CFS weight while it is queued in a time-sharing policy (its queue's load), else 0. */
    public long loadWeight;
    /** The CPUs it may run on (sched_setaffinity), bit i = CPU i. */
    public long allowed = -1L;
    /** Switches out while not runnable (blocked, exited): voluntary_ctxt_switches. */
    public long nvcsw;
    /** Switches out while still runnable (preempted, yielded): nonvoluntary_ctxt_switches. */
    public long nivcsw;
    /** CPU time left at the slow, cache-cold rate after it migrated to another CPU. */
    public long coldUs;
    /** Times it ran on another CPU than the last time (se.nr_migrations). */
    public long nrMigrations;
    /** True once it has run on some CPU (a first run is no migration). */
    public boolean hasRun;
    /** Length of its last complete CPU burst (for SJF/STCF's prediction), microseconds. */
    public long lastBurstUs;
    /** Predicted length of its next CPU burst: exponential average of past bursts. */
    public long predictedUs;
    /** CPU time of the burst in progress so far. */
    public long burstUs;

    // The run queue tree's (ProcTree): this entity as a red-black tree node (Linux's rb_node).
    /** Children and parent in the tree; null at the leaves and the root. */
    SchedEntity rbLeft;
    SchedEntity rbRight;
    SchedEntity rbParent;
    /** The node's colour: red, else black. */
    boolean rbRed;
    /** The tree it is linked into, or null. */
    ProcTree rbTree;
    /** True when it is in its tree's tail, a sorted list beside the nodes, instead. */
    boolean inTail;
    /** Its neighbours in the tail; null at the ends. */
    SchedEntity tailPrev;
    SchedEntity tailNext;

    // A priority array's (PrioArray): this entity in its line, a doubly linked list.
    SchedEntity listPrev;
    SchedEntity listNext;
    /** The array it is linked into, or null. */
    PrioArray listArray;

    // The policy's.
    /** The ordering key a tree-based policy filed it under (SJF, STCF, priority, CFS). */
    public long key;
    /** Its place in line among equal keys (priority, CFS): ascending. */
    public long seq;
    /** MLFQ: its level (0 is the highest); the priority policy: its static priority. */
    public int level;
    /** Time left in its quantum, microseconds (RR, MLFQ). */
    public long quantumLeftUs;
    /** MLFQ: quanta it may still use at its level, counting the current one. */
    public int allotLeft;
    /** MLFQ: the boost epoch its level and allotment belong to. */
    public long epoch;
    /** MLFQ: put at the head of its level by an I/O completion with io-front. */
    public boolean front;
    /** CFS: virtual runtime, nanoseconds of CPU time weighted by nice. */
    public long vruntime;
    /** CFS: the weight of its nice value (sched_prio_to_weight). */
    public int weight = Fair.NICE_0_WEIGHT;

    /** Remaining CPU demand as the policies see it: the Compute in progress, else a prediction. */
    public static long demandUs(Proc p) {
        return p.computeLeftUs > 0 ? p.computeLeftUs : p.se.predictedUs;
    }
}
