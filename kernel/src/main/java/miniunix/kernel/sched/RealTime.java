package miniunix.kernel.sched;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.SchedPolicy;

/**
 * The real-time class above the machine's policy (Linux: rt_sched_class, served before
 * fair_sched_class). Procs under SCHED_FIFO or SCHED_RR (sched_setscheduler, chrt) wait here,
 * highest priority (99) first; every other proc is the inner policy's, which sees only those.
 *
 * <p>The rules of sched(7): a real-time proc runs until it blocks, yields or a higher priority
 * one is runnable; a queued higher priority preempts it, and a proc of the time-sharing class
 * never does. SCHED_RR takes turns among equal priorities with a quantum of 100 ms
 * (sched_rr_timeslice_ms); SCHED_FIFO has none. A preempted real-time proc goes back to the
 * head of its priority's line; one that yields, wakes or used its quantum, to the tail.
 *
 * <p>Throttling (sched_rt_period_us, sched_rt_runtime_us): in each second of time, real-time
 * procs on one queue get at most 0.95 s of CPU; for the rest they wait and the inner policy's
 * procs run, so a runaway real-time spinner leaves the shell a chance, as on Linux.
 */
final class RealTime implements Scheduler {
    /** sched_rr_timeslice_ms. */
    static final long RR_QUANTUM_US = 100_000;
    /** sched_rt_period_us. */
    static final long PERIOD_US = 1_000_000;
    /** sched_rt_runtime_us. */
    static final long RUNTIME_US = 950_000;

    private final Scheduler inner;
    /** Keyed by -priority; seq orders each priority's line (head counts down, tail up). */
    private final ProcTree rt = new ProcTree(ProcTree.Tie.SEQ);
    private long tailSeq;
    private long headSeq;
    /** The throttling period in progress, and real-time CPU time used in it. */
    private long period;
    private long usedUs;
    /** The CFS weights of the queued procs of the inner policy (the balancer's load). */
    private long fairWeight;

    RealTime(Scheduler inner) {
        this.inner = inner;
    }

    /** True for a proc this class schedules. */
    static boolean realtime(Proc p) {
        return SchedPolicy.realtime(p.policy);
    }

    /** The time-sharing policy under this class. */
    Scheduler inner() {
        return inner;
    }

    private boolean throttled() {
        return usedUs >= RUNTIME_US;
    }

    /** The start of tick t: a new period lifts the throttle. */
    void clock(long t) {
        long now = t * Kernel.TICK_US / PERIOD_US;
        if (now != period) {
            period = now;
            usedUs = 0;
        }
    }

    /** The CFS weights of the queued time-sharing procs, as each was when it was queued. */
    long fairWeight() {
        return fairWeight;
    }

    @Override
    public PolicySpec spec() {
        return inner.spec();
    }

    @Override
    public void enqueue(Proc p, Enqueue why) {
        if (!realtime(p)) {
            p.se.loadWeight = Fair.weightOf(p);
            fairWeight += p.se.loadWeight;
            inner.enqueue(p, why);
            return;
        }
        SchedEntity se = p.se;
        // Back to the head when it lost its CPU with time left: a preemption or the throttle.
        boolean head = why == Enqueue.PREEMPTED || why == Enqueue.EXPIRED && se.quantumLeftUs > 0;
        if (why != Enqueue.PREEMPTED && !head) {
            se.quantumLeftUs = 0;
        }
        se.key = -p.rtPriority;
        se.seq = head ? --headSeq : ++tailSeq;
        rt.add(p);
    }

    @Override
    public Proc pick() {
        if (!throttled()) {
            Proc p = rt.pollFirst();
            if (p != null) {
                SchedEntity se = p.se;
                if (se.quantumLeftUs <= 0) {
                    se.quantumLeftUs = p.policy == SchedPolicy.SCHED_RR ? RR_QUANTUM_US : Long.MAX_VALUE;
                }
                return p;
            }
        }
        Proc p = inner.pick();
        if (p != null) {
            unload(p);
        }
        return p;
    }

    @Override
    public void remove(Proc p) {
        if (p.se.rbTree == rt) {
            rt.remove(p);
        } else {
            unload(p);
            inner.remove(p);
        }
    }

    /** p leaves the inner queue: its weight leaves the load (once: 0 marks it counted out). */
    private void unload(Proc p) {
        fairWeight -= p.se.loadWeight;
        p.se.loadWeight = 0;
    }

    @Override
    public int queued() {
        return rt.size() + inner.queued();
    }

    @Override
    public boolean charge(Proc p, long us) {
        if (!realtime(p)) {
            return inner.charge(p, us);
        }
        usedUs += us;
        SchedEntity se = p.se;
        if (se.quantumLeftUs != Long.MAX_VALUE) {
            se.quantumLeftUs -= us;
        }
        return se.quantumLeftUs <= 0 || throttled();
    }

    @Override
    public long sliceLeftUs(Proc p) {
        if (!realtime(p)) {
            return inner.sliceLeftUs(p);
        }
        return Math.max(0, Math.min(p.se.quantumLeftUs, RUNTIME_US - usedUs));
    }

    @Override
    public boolean preempts(Proc running) {
        if (realtime(running)) {
            if (throttled()) {
                return true;
            }
            Proc first = rt.first();
            return first != null && first.rtPriority > running.rtPriority;
        }
        if (rt.size() > 0 && !throttled()) {
            return true;
        }
        return inner.preempts(running);
    }

    @Override
    public boolean boostDue(long now) {
        return inner.boostDue(now);
    }

    @Override
    public void boost() {
        inner.boost();
    }

    @Override
    public List<Proc> inOrder() {
        if (rt.size() == 0) {
            return inner.inOrder();
        }
        List<Proc> all = new ArrayList<>(rt.inOrder());
        all.addAll(inner.inOrder());
        return all;
    }

    @Override
    public String checkStructure() {
        String bad = rt.check();
        if (bad != null) {
            return "real-time queue: " + bad;
        }
        for (Proc p : rt.inOrder()) {
            if (!realtime(p)) {
                return "pid " + p.pid + " is in the real-time queue under policy " + p.policy;
            }
        }
        long w = 0;
        for (Proc p : inner.inOrder()) {
            w += p.se.loadWeight;
        }
        if (w != fairWeight) {
            return "the time-sharing load is " + fairWeight + " but the queued weights sum to " + w;
        }
        return inner.checkStructure();
    }
}
