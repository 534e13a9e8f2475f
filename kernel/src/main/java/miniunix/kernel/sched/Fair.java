package miniunix.kernel.sched;

import java.util.List;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.SchedPolicy;

/**
 * A CFS-like fair policy, the machine's default (Linux kernel/sched/fair.c before EEVDF). Each
 * proc's virtual runtime grows by its CPU time scaled by NICE_0_WEIGHT / weight, its weight
 * coming from its nice value through Linux's sched_prio_to_weight table (each nice step is
 * about 10% of CPU). The queue is a red-black tree ordered by vruntime; the leftmost (least
 * vruntime) runs next. Its ideal slice is its weight's share of the scheduling period, the
 * target latency, stretched to nr_running * min_granularity when many procs share the CPU.
 *
 * <p>At each tick the running proc is preempted when it has run its ideal slice, or when it
 * has run at least min_granularity and the leftmost is more than a slice behind it in
 * vruntime, or when the leftmost is more than wakeup_granularity behind it (wakeup
 * preemption). A new proc starts one vslice after the queue's min_vruntime (START_DEBIT); a
 * woken one no earlier than min_vruntime - latency/2 (GENTLE_FAIR_SLEEPERS). A proc moved
 * from another queue (a migration or a policy switch) starts at min_vruntime.
 *
 * <p>Simplified: no group scheduling, no load tracking; the period is not scaled with the
 * number of CPUs; preemption is checked at tick boundaries only, as Linux's scheduler tick.
 * Parameters (microseconds): latency 6000, min_granularity 750, wakeup_granularity 1000.
 */
public final class Fair implements Scheduler {
    public static final int NICE_0_WEIGHT = 1024;
    /** The weight of a SCHED_IDLE proc, below nice 19's 15. */
    public static final int WEIGHT_IDLEPRIO = 3;
    /** Linux's sched_prio_to_weight, nice -20 .. 19. */
    private static final int[] PRIO_TO_WEIGHT = {
        88761, 71755, 56483, 46273, 36291,
        29154, 23254, 18705, 14949, 11916,
        9548, 7620, 6100, 4904, 3906,
        3121, 2501, 1991, 1586, 1277,
        1024, 820, 655, 526, 423,
        335, 272, 215, 172, 137,
        110, 87, 70, 56, 45,
        36, 29, 23, 18, 15,
    };
    private static final int NICE_MIN = -20;
    private static final long NS_PER_US = 1000;

    private final PolicySpec spec;
    private final long latencyUs;
    private final long minGranUs;
    private final long wakeupGranNs;
    private final ProcTree tree = new ProcTree(ProcTree.Tie.SEQ);
    private long queuedWeight;
    private long minVruntime;
    private long tailSeq;
    /** The last ideal slice computed, and the share and total it was computed from. */
    private long sliceShare = -1;
    private long sliceTotal;
    private long slice;

    public Fair(PolicySpec spec) {
        this.spec = spec;
        this.latencyUs = spec.get("latency");
        this.minGranUs = spec.get("min_granularity");
        this.wakeupGranNs = spec.get("wakeup_granularity") * NS_PER_US;
    }

    /** The CFS weight of a nice value (-20..19). */
    public static int weightOf(int nice) {
        return PRIO_TO_WEIGHT[Math.max(0, Math.min(PRIO_TO_WEIGHT.length - 1, nice - NICE_MIN))];
    }

    /** A proc's CFS weight: its nice value's, or WEIGHT_IDLEPRIO (3) under SCHED_IDLE. */
    public static int weightOf(Proc p) {
        return p.policy == SchedPolicy.SCHED_IDLE ? WEIGHT_IDLEPRIO : weightOf(p.nice);
    }

    @Override
    public PolicySpec spec() {
        return spec;
    }

    /** __sched_period: the latency, or nr * min_granularity when that is longer. */
    private long periodUs(long nr) {
        return Math.max(latencyUs, nr * minGranUs);
    }

    /** Weighted vruntime for us of CPU time at this weight, in nanoseconds. */
    private static long vdelta(long us, int weight) {
        if (weight == NICE_0_WEIGHT) {
            return us * NS_PER_US;      // the same, without a division (as calc_delta_fair)
        }
        return us * NS_PER_US * NICE_0_WEIGHT / weight;
    }

    @Override
    public void enqueue(Proc p, Enqueue why) {
        SchedEntity se = p.se;
        se.weight = weightOf(p);
        switch (why) {
            case NEW -> se.vruntime = minVruntime
                    + vdelta(periodUs(tree.size() + 1) * se.weight / (queuedWeight + se.weight), se.weight);
            case WAKEUP -> se.vruntime = Math.max(se.vruntime, minVruntime - latencyUs * NS_PER_US / 2);
            case MOVED -> se.vruntime = minVruntime;
            default -> { }
        }
        se.key = se.vruntime;
        se.seq = ++tailSeq;
        tree.add(p);
        queuedWeight += se.weight;
    }

    @Override
    public Proc pick() {
        SchedEntity se = tree.pollFirstEntity();
        if (se == null) {
            return null;
        }
        queuedWeight -= se.weight;
        se.quantumLeftUs = idealSliceUs(tree.size() + 1, se.weight, queuedWeight + se.weight);
        updateMin(se);
        return se.proc;
    }

    /**
     * sched_slice: the period's share of weight in total, remembered for the next pick, which
     * on a busy queue of equal weights asks the same (a division saved per switch).
     */
    private long idealSliceUs(long nr, int weight, long total) {
        long share = periodUs(nr) * weight;
        if (share != sliceShare || total != sliceTotal) {
            sliceShare = share;
            sliceTotal = total;
            slice = share / total;
        }
        return slice;
    }

    /** min_vruntime only grows: the least of the running proc's and the leftmost's. */
    private void updateMin(SchedEntity running) {
        long v = running.vruntime;
        SchedEntity first = tree.firstEntity();
        if (first != null && first.vruntime < v) {
            v = first.vruntime;
        }
        minVruntime = Math.max(minVruntime, v);
    }

    @Override
    public void remove(Proc p) {
        tree.remove(p);
        queuedWeight -= p.se.weight;
    }

    @Override
    public int queued() {
        return tree.size();
    }

    @Override
    public boolean charge(Proc p, long us) {
        SchedEntity se = p.se;
        se.vruntime += vdelta(us, se.weight);
        updateMin(se);
        return false;
    }

    @Override
    public long sliceLeftUs(Proc p) {
        return Long.MAX_VALUE;
    }

    /** check_preempt_tick and check_preempt_wakeup, at tick boundaries. */
    @Override
    public boolean preempts(Proc running) {
        SchedEntity first = tree.firstEntity();
        if (first == null) {
            return false;
        }
        SchedEntity se = running.se;
        long ideal = se.quantumLeftUs;
        long ran = se.sliceUs;
        long behind = se.vruntime - first.vruntime;
        if (ran > ideal || behind > wakeupGranNs) {
            return true;
        }
        return ran >= minGranUs && behind > ideal * NS_PER_US;
    }

    @Override
    public List<Proc> inOrder() {
        return tree.inOrder();
    }

    @Override
    public String checkStructure() {
        return tree.check();
    }
}
