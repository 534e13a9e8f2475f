package miniunix.kernel.sched;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;

/**
 * The scheduler's mechanism: the CPUs, their run queues, dispatch, preemption, context
 * switches and their counts, placement of runnable procs on CPUs, work stealing, and
 * switching policy while procs run. Which proc runs next is the policy's ({@link Scheduler});
 * how a proc runs (user code, syscalls) is the {@link Executor}'s (the kernel's).
 *
 * <p>Each tick ({@link #beginTick} then {@link #runCpus}) the CPUs are stepped in a fixed
 * order, cpu0 first, so runs are deterministic. The per-tick order is the one documented on
 * {@link Scheduler}.
 *
 * <p>Queues: with per-CPU queues (the live kernel) each CPU has its own instance of the
 * policy. A new proc goes to the least loaded CPU it may run on; a woken one back to the CPU
 * it last ran on if that is idle, else to an idle one, else to its last; a preempted one to
 * its own CPU. A CPU whose queue is empty steals from the busiest queue (most procs waiting,
 * lowest CPU on a tie) the proc that would wait longest there and that may run on it; and
 * every {@link #BALANCE_TICKS} busy CPUs even out their CFS-weighted loads ({@link #balance}). A proc
 * that runs on another CPU than last time is cache-cold: its first {@link #WARMUP_US} of CPU
 * time do half the work. With one shared queue (a textbook machine: "N CPUs take jobs from
 * the one queue, lowest CPU first") there is no placement and no stealing.
 *
 * <p>Context switches are counted as Linux counts them (nr_switches, nvcsw, nivcsw): a switch
 * is a CPU passing from one task to a different one, the idle task included; it is voluntary
 * for the proc leaving when it was no longer runnable (it blocked, stopped or exited),
 * involuntary when it was (preempted, quantum over, yielded). Re-dispatching the same proc is
 * no switch. With a switch cost, each switch between two procs burns that much system time
 * on the CPU before the next runs.
 *
 * <p>Invariant ({@link #check}): a proc is in exactly one queue, the one {@code se.rq} names,
 * iff it is RUNNING and on no CPU; a proc on a CPU is that CPU's current.
 */
public final class RunLoop {
    /** How a proc runs on a CPU: the kernel's side of the seam. */
    public interface Executor {
        /**
         * Runs p on c for at most budgetUs of CPU time, charging the CPU's user and system
         * time; returns the time used. Stops early when p blocks, exits or leaves the CPU
         * ({@code p.onCpu != c.id}).
         */
        long run(Cpu c, Proc p, long budgetUs);
    }

    /** CPU time at half speed after a migration: one tick, a warm cache's worth of misses. */
    public static final long WARMUP_US = Kernel.TICK_US;
    /** Ticks between two periodic load balances of busy CPUs (a busy MC domain's ~32 ms). */
    public static final int BALANCE_TICKS = 4;
    /** A CPU is busier only above this percentage of another's load (sd->imbalance_pct). */
    private static final int IMBALANCE_PCT = 117;
    /** The most a CPU's failed balances halve a candidate's weight. */
    private static final int MAX_BALANCE_FAILED = 10;

    private final Cpu[] cpus;
    private final boolean perCpu;
    private final Executor exec;
    private Scheduler[] rq;
    private long switchCostUs;
    private long switches;
    private long migrations;
    private long arrivals;
    /** Policy generation: a proc whose se.gen differs is new to the current policy. */
    private int gen = 1;
    private long now;
    /** The proc that yielded on each CPU during the run in progress, or null. */
    private final Proc[] yielded;
    /** Per CPU: balances in a row that found an imbalance and moved nothing (nr_balance_failed). */
    private final int[] balanceFailed;
    /** Each CPU's weighted load during a balance (scratch, so balancing does not allocate). */
    private final long[] balanceLoad;
    /** The procs to run next on each CPU, in order, once each (see {@link #runNext}). */
    private final java.util.ArrayDeque<Proc>[] nextBuddies;

    /**
     * @param ncpus         CPUs, stepped in order
     * @param spec          the policy
     * @param perCpuQueues  one queue per CPU with stealing (live kernel), or one shared queue
     * @param switchCostUs  CPU time each context switch between two procs costs
     * @param exec          runs procs
     */
    public RunLoop(int ncpus, PolicySpec spec, boolean perCpuQueues, long switchCostUs,
                   Executor exec) {
        this.cpus = new Cpu[ncpus];
        for (int i = 0; i < ncpus; i++) {
            cpus[i] = new Cpu(i);
        }
        this.perCpu = perCpuQueues;
        this.exec = exec;
        this.switchCostUs = switchCostUs;
        this.yielded = new Proc[ncpus];
        this.balanceFailed = new int[ncpus];
        this.balanceLoad = new long[ncpus];
        @SuppressWarnings("unchecked")
        java.util.ArrayDeque<Proc>[] buddies = new java.util.ArrayDeque[ncpus];
        for (int i = 0; i < ncpus; i++) {
            buddies[i] = new java.util.ArrayDeque<>(2);
        }
        this.nextBuddies = buddies;
        this.rq = queues(spec);
    }

    /**
     * The queues for a policy. The live kernel's (per CPU) have the real-time class above the
     * policy ({@link RealTime}); a lab machine's shared queue is the bare policy, as the
     * textbook's simulators have no real-time procs.
     */
    private Scheduler[] queues(PolicySpec spec) {
        Scheduler[] q = new Scheduler[cpus.length];
        Scheduler shared = perCpu ? null : spec.create();
        for (int i = 0; i < q.length; i++) {
            q[i] = perCpu ? new RealTime(spec.create()) : shared;
        }
        return q;
    }

    public Cpu[] cpus() {
        return cpus;
    }

    /** The policy in force. */
    public PolicySpec spec() {
        return rq[0].spec();
    }

    /** CPU i's run queue (the same for every i with a shared queue). */
    public Scheduler queue(int i) {
        return rq[i];
    }

    /** Context switches since boot (/proc/stat ctxt). */
    public long switches() {
        return switches;
    }

    /** Times a proc ran on another CPU than the last time. */
    public long migrations() {
        return migrations;
    }

    public long switchCostUs() {
        return switchCostUs;
    }

    // Joining and leaving the queues.

    /** p has become runnable (forked, woken, continued): it joins a queue. */
    public void wake(Proc p) {
        enqueue(p, Enqueue.WAKEUP);
    }

    private void enqueue(Proc p, Enqueue why) {
        SchedEntity se = p.se;
        if (se.arrival < 0) {
            se.arrival = arrivals++;
            why = Enqueue.NEW;
        }
        if (se.gen != gen) {
            se.gen = gen;
            why = Enqueue.NEW;
        }
        int cpu = place(p, why);
        se.rq = cpu;
        rq[cpu].enqueue(p, why);
    }

    /** The CPU whose queue p joins. */
    private int place(Proc p, Enqueue why) {
        if (!perCpu) {
            return 0;
        }
        int last = p.lastCpu;
        boolean lastOk = allowed(p, last);
        switch (why) {
            case EXPIRED, PREEMPTED, YIELD -> {
                if (lastOk) {
                    return last;
                }
            }
            case WAKEUP -> {
                if (lastOk && load(last) == 0) {
                    return last;
                }
                int idle = leastLoaded(p);
                if (load(idle) == 0 || !lastOk) {
                    return idle;
                }
                return last;
            }
            default -> {
            }
        }
        return leastLoaded(p);
    }

    private boolean allowed(Proc p, int cpu) {
        return cpu >= 0 && cpu < cpus.length && (p.se.allowed & (1L << cpu)) != 0;
    }

    private int load(int cpu) {
        return rq[cpu].queued() + (cpus[cpu].current != null ? 1 : 0);
    }

    // Periodic load balancing (Linux: rebalance_domains, load_balance, detach_tasks).

    /**
     * Every BALANCE_TICKS each CPU in order pulls queued procs from the busiest CPU when that
     * one's weighted load is over 117% of its own (imbalance_pct). The imbalance is the smaller
     * of what the busiest is over the average and what this CPU is under it; a proc moves when
     * its weight, halved once per balance of this CPU that failed to move anything, fits in
     * what is left of it. So a nice 19 spinner ends up sharing a CPU with a nice 0 one rather
     * than having a CPU to itself, and three equal spinners on two CPUs take turns on the lone
     * CPU after a failed balance, as on Linux. Real-time procs are neither moved nor counted:
     * CFS's balancer leaves them to the RT class.
     */
    private void balance() {
        long[] load = balanceLoad;
        boolean moved = true;
        for (Cpu c : cpus) {
            if (moved) {    // the loads change only when procs move
                for (int i = 0; i < cpus.length; i++) {
                    load[i] = weightedLoad(i);
                }
            }
            moved = balanceCpu(c.id, load);
        }
    }

    /** Balances local against the busiest CPU, given every CPU's load; true if procs moved. */
    private boolean balanceCpu(int local, long[] load) {
        long total = 0;
        int busiest = -1;
        long most = 0;
        for (int i = 0; i < cpus.length; i++) {
            long w = load[i];
            total += w;
            if (i != local && rq[i].queued() > 0 && (busiest < 0 || w > most)) {
                busiest = i;
                most = w;
            }
        }
        long mine = load[local];
        if (busiest < 0 || most * 100 <= mine * IMBALANCE_PCT) {
            balanceFailed[local] = 0;
            return false;
        }
        long avg = total / cpus.length;
        long imbalance = Math.min(most - avg, avg - mine);
        boolean moved = false;
        List<Proc> order = rq[busiest].inOrder();
        for (int i = order.size() - 1; i >= 0 && imbalance > 0; i--) {
            Proc p = order.get(i);
            long w = Fair.weightOf(p);
            if (RealTime.realtime(p) || !allowed(p, local) || (w >> balanceFailed[local]) > imbalance) {
                continue;
            }
            rq[busiest].remove(p);
            p.se.rq = local;
            rq[local].enqueue(p, Enqueue.MOVED);
            imbalance -= w;
            moved = true;
        }
        balanceFailed[local] = moved ? 0 : Math.min(balanceFailed[local] + 1, MAX_BALANCE_FAILED);
        return moved;
    }

    /** The CFS weights of the procs runnable on cpu, queued or running (real-time ones not). */
    private long weightedLoad(int cpu) {
        Proc cur = cpus[cpu].current;
        long w = cur != null && !RealTime.realtime(cur) ? Fair.weightOf(cur) : 0;
        return w + ((RealTime) rq[cpu]).fairWeight();
    }

    /** The allowed CPU with the least load, lowest on a tie. */
    private int leastLoaded(Proc p) {
        int best = -1;
        for (int i = 0; i < cpus.length; i++) {
            if (allowed(p, i) && (best < 0 || load(i) < load(best))) {
                best = i;
            }
        }
        return best < 0 ? 0 : best;
    }

    /**
     * Queued p is to run next on cpu, whatever the policy would pick: a process woken to take
     * a signal runs before its sender goes on (Signals), as CFS's next buddy makes the wakee
     * run first (Linux check_preempt_wakeup, set_next_buddy). It moves to cpu's queue if it
     * may run there; the hint is used by a next pick on cpu, once, in the order given (a
     * signalled process group runs in full before its sender).
     */
    public void runNext(Proc p, int cpu) {
        if (p.se.rq < 0 || !allowed(p, cpu) && perCpu) {
            return;
        }
        int target = perCpu ? cpu : 0;
        if (p.se.rq != target) {
            rq[p.se.rq].remove(p);
            p.se.rq = target;
            rq[target].enqueue(p, Enqueue.WAKEUP);
        }
        if (!nextBuddies[cpu].contains(p)) {
            nextBuddies[cpu].addLast(p);
        }
    }

    /** Takes a queued proc off its queue (stopped, killed). */
    public void remove(Proc p) {
        if (p.se.rq >= 0) {
            rq[p.se.rq].remove(p);
            p.se.rq = -1;
        }
    }

    /** p leaves its CPU (it blocked, stopped, exited, or is preempted); no-op if on none. */
    public void offCpu(Proc p) {
        if (p.onCpu < 0) {
            return;
        }
        Cpu c = cpus[p.onCpu];
        c.current = null;
        c.prev = p;
        p.onCpu = -1;
    }

    /** sched_yield: p gives up its CPU after the call; it goes back to its queue. */
    public void yield(Proc p) {
        if (p.onCpu >= 0) {
            yielded[p.onCpu] = p;
            offCpu(p);
        }
    }

    // The tick.

    /**
     * The start of tick t, before timers and wakeups: a boost due now puts the running procs
     * back first (see {@link Scheduler}).
     */
    public void beginTick(long t) {
        now = t;
        for (int i = 0; i < rq.length; i++) {
            Scheduler q = rq[i];
            if (q instanceof RealTime r) {
                r.clock(t);
            }
            if ((perCpu || i == 0) && q.boostDue(t)) {
                for (Cpu c : cpus) {
                    if (c.current != null && rq[c.id] == q) {
                        preempt(c, Enqueue.PREEMPTED);
                    }
                }
                q.boost();
            }
        }
        if (perCpu && cpus.length > 1 && t % BALANCE_TICKS == 0) {
            balance();
        }
    }

    /** Every CPU, in order, runs for one tick of CPU time, then publishes the tick. */
    public void runCpus() {
        for (Cpu c : cpus) {
            runCpu(c);
            c.endTick();
        }
    }

    private void runCpu(Cpu c) {
        long budget = Kernel.TICK_US - c.overrunUs;
        c.overrunUs = 0;
        Proc p = c.current;
        if (p != null && rq[c.id].preempts(p)) {
            preempt(c, Enqueue.PREEMPTED);
        }
        while (budget > 0) {
            if (c.switchLeftUs > 0) {
                long n = Math.min(budget, c.switchLeftUs);
                c.switchLeftUs -= n;
                c.charge(CpuTime.SYSTEM, n);
                budget -= n;
                continue;
            }
            p = c.current;
            if (p == null) {
                p = pick(c);
                if (p == null) {
                    idle(c, budget);
                    return;
                }
                dispatch(c, p);
                continue;
            }
            Scheduler q = rq[c.id];
            long used = exec.run(c, p, Math.min(budget, q.sliceLeftUs(p)));
            budget -= used;
            c.overrunUs = Math.max(0, -budget);
            p.se.sliceUs += used;
            p.se.burstUs += used;
            // A proc already filed elsewhere during its run (a policy switch, an affinity
            // change) is not charged: its new queue's keys must not change under it.
            boolean filed = q != rq[c.id] || p.se.rq >= 0;
            boolean expired = !filed && q.charge(p, used);
            if (filed) {
                continue;
            }
            if (used == 0 && p.onCpu == c.id && !expired && p.state == ProcState.RUNNING) {
                idle(c, budget);
                return;
            }
            if (p.state != ProcState.RUNNING) {
                endBurst(p);
            } else if (yielded[c.id] == p) {
                yielded[c.id] = null;
                enqueue(p, Enqueue.YIELD);
            } else if (p.onCpu == c.id && expired) {
                preempt(c, Enqueue.EXPIRED);
            }
        }
    }

    /** p blocked: its burst feeds SJF/STCF's prediction (the textbook's average, alpha 1/2). */
    private static void endBurst(Proc p) {
        SchedEntity se = p.se;
        if (se.burstUs > 0) {
            se.predictedUs = (se.predictedUs + se.burstUs) / 2;
            se.burstUs = 0;
        }
    }

    /** c's proc goes back to its queue (it stays runnable). */
    private void preempt(Cpu c, Enqueue why) {
        Proc p = c.current;
        offCpu(p);
        enqueue(p, why);
    }

    private Proc pick(Cpu c) {
        int own = perCpu ? c.id : 0;
        for (Proc buddy = nextBuddies[c.id].pollFirst(); buddy != null; buddy = nextBuddies[c.id].pollFirst()) {
            if (buddy.se.rq == own && buddy.state == ProcState.RUNNING && buddy.onCpu < 0) {
                rq[own].remove(buddy);
                buddy.se.rq = -1;
                return buddy;
            }
        }
        Proc p = rq[c.id].pick();
        if (p == null && perCpu) {
            p = steal(c.id);
        }
        if (p != null) {
            p.se.rq = -1;
        }
        return p;
    }

    /** From the busiest other queue, the proc that would wait longest there and may run here. */
    private Proc steal(int cpu) {
        int busiest = -1;
        for (int i = 0; i < cpus.length; i++) {
            if (i != cpu && rq[i].queued() > 0 && (busiest < 0 || rq[i].queued() > rq[busiest].queued())) {
                busiest = i;
            }
        }
        if (busiest < 0) {
            return null;
        }
        List<Proc> order = rq[busiest].inOrder();
        for (int i = order.size() - 1; i >= 0; i--) {
            Proc p = order.get(i);
            if (allowed(p, cpu)) {
                rq[busiest].remove(p);
                p.se.rq = cpu;
                rq[cpu].enqueue(p, Enqueue.MOVED);
                return rq[cpu].pick();
            }
        }
        return null;
    }

    private void dispatch(Cpu c, Proc p) {
        Proc prev = c.prev;
        if (prev != p) {
            switches++;
            if (prev != null) {
                countOut(prev);
                if (switchCostUs > 0) {
                    c.switchLeftUs = switchCostUs;
                }
            }
        }
        c.prev = null;
        c.current = p;
        p.onCpu = c.id;
        p.se.sliceUs = 0;
        if (p.se.hasRun && p.lastCpu != c.id) {
            p.se.coldUs = WARMUP_US;
            p.se.nrMigrations++;
            migrations++;
        }
        p.se.hasRun = true;
        p.lastCpu = c.id;
    }

    /** prev has been switched out: voluntary if it was no longer runnable. */
    private static void countOut(Proc prev) {
        if (prev.state == ProcState.RUNNING) {
            prev.se.nivcsw++;
        } else {
            prev.se.nvcsw++;
        }
    }

    private void idle(Cpu c, long us) {
        if (c.prev != null) {
            switches++;
            countOut(c.prev);
            c.prev = null;
        }
        c.charge(c.nrIowait > 0 ? CpuTime.IOWAIT : CpuTime.IDLE, us);
    }

    /** Whole ticks pass with every CPU idle (the clock skipping ahead): charged and published. */
    public void idleTicks(long ticks) {
        for (Cpu c : cpus) {
            if (c.prev != null) {
                switches++;
                countOut(c.prev);
                c.prev = null;
            }
            c.chargeTicks(c.nrIowait > 0 ? CpuTime.IOWAIT : CpuTime.IDLE, ticks);
        }
    }

    /** True when no proc runs or waits to run. */
    public boolean allIdle() {
        for (Cpu c : cpus) {
            if (c.current != null || rq[c.id].queued() > 0) {
                return false;
            }
        }
        return true;
    }

    /** Procs waiting in queues, all CPUs. */
    public int queued() {
        int n = 0;
        for (int i = 0; i < rq.length; i++) {
            n += perCpu || i == 0 ? rq[i].queued() : 0;
        }
        return n;
    }

    /**
     * The share of n microseconds of CPU time that does p's work: half while p is
     * cache-cold after a migration. Uses up the cold time.
     */
    public static long progress(Proc p, long n) {
        long cold = Math.min(n, p.se.coldUs);
        if (cold == 0) {
            return n;
        }
        p.se.coldUs -= cold;
        return n - cold / 2;
    }

    // Disk waits: idle time with I/O outstanding is iowait.

    /** p, which last ran on its lastCpu, starts waiting for the disk. */
    public void ioWaitBegin(Proc p) {
        cpus[Math.min(p.lastCpu, cpus.length - 1)].nrIowait++;
    }

    /** p's disk wait is over. */
    public void ioWaitEnd(Proc p) {
        Cpu c = cpus[Math.min(p.lastCpu, cpus.length - 1)];
        c.nrIowait = Math.max(0, c.nrIowait - 1);
    }

    // Changing the rules while procs run.

    /**
     * Switches every CPU to a fresh policy: the procs on CPUs and in queues move, CPU by CPU
     * (the running one first, then its queue in run order), into the new queues as new
     * arrivals of that policy. None is lost or run twice; sleeping procs join the new policy
     * when they wake.
     */
    public void switchPolicy(PolicySpec spec) {
        List<List<Proc>> moving = new ArrayList<>();
        for (Cpu c : cpus) {
            List<Proc> mine = new ArrayList<>();
            if (c.current != null) {
                Proc p = c.current;
                offCpu(p);
                mine.add(p);
            }
            if (perCpu || c.id == 0) {
                // Unlinked from the old policy's queue: a tree's nodes live in the procs.
                for (Proc p : rq[c.id].inOrder()) {
                    rq[c.id].remove(p);
                    mine.add(p);
                }
            }
            moving.add(mine);
        }
        rq = queues(spec);
        gen++;
        for (int i = 0; i < cpus.length; i++) {
            for (Proc p : moving.get(i)) {
                p.se.gen = gen;
                p.se.rq = perCpu ? i : 0;
                rq[p.se.rq].enqueue(p, Enqueue.NEW);
            }
        }
    }

    /** Sets the context-switch cost. */
    public void setSwitchCost(long us) {
        switchCostUs = us;
    }

    /**
     * sched_setaffinity: p may run only on the CPUs in mask (already limited to existing CPUs,
     * not empty). A queued proc on a CPU it may no longer use moves; a running one is preempted.
     */
    public void setAffinity(Proc p, long mask) {
        p.se.allowed = mask;
        if (p.onCpu >= 0 && !allowed(p, p.onCpu)) {
            offCpu(p);
            enqueue(p, Enqueue.MOVED);
        } else if (p.se.rq >= 0 && perCpu && !allowed(p, p.se.rq)) {
            remove(p);
            enqueue(p, Enqueue.MOVED);
        }
    }

    /**
     * sched_setscheduler: p takes a policy (uapi SchedPolicy) and real-time priority. It leaves
     * its queue or CPU under the old class and joins the new one, as Linux's
     * __sched_setscheduler dequeues and enqueues it; a running proc that a queued one now
     * outranks gives up its CPU at the next tick.
     */
    public void setScheduler(Proc p, int policy, int rtPriority) {
        boolean onCpu = p.onCpu >= 0;
        int cpu = p.se.rq;
        if (onCpu) {
            offCpu(p);
        } else if (cpu >= 0) {
            rq[cpu].remove(p);
            p.se.rq = -1;
        }
        p.policy = policy;
        p.rtPriority = rtPriority;
        p.se.quantumLeftUs = 0;
        if (onCpu || cpu >= 0) {
            enqueue(p, Enqueue.MOVED);
        }
    }

    /** p's nice value changed: a queued proc is filed again under its new priority. */
    public void reniced(Proc p) {
        if (p.se.rq >= 0) {
            int cpu = p.se.rq;
            rq[cpu].remove(p);
            rq[cpu].enqueue(p, Enqueue.MOVED);
        }
    }

    /** Lists every violation of the queue invariant; procs are every proc alive. */
    public List<String> check(List<Proc> procs) {
        List<String> bad = new ArrayList<>();
        Map<Proc, Integer> seen = new IdentityHashMap<>();
        int total = 0;
        for (int i = 0; i < rq.length; i++) {
            if (!perCpu && i > 0) {
                break;
            }
            String broken = rq[i].checkStructure();
            if (broken != null) {
                bad.add("queue " + i + ": " + broken);
            }
            List<Proc> in = rq[i].inOrder();
            if (in.size() != rq[i].queued()) {
                bad.add("queue " + i + " counts " + rq[i].queued() + " but holds " + in.size());
            }
            for (Proc p : in) {
                total++;
                if (seen.put(p, i) != null) {
                    bad.add("pid " + p.pid + " queued twice");
                }
                if (p.se.rq != i) {
                    bad.add("pid " + p.pid + " in queue " + i + " but se.rq is " + p.se.rq);
                }
            }
        }
        for (Proc p : procs) {
            boolean shouldQueue = p.state == ProcState.RUNNING && p.onCpu < 0;
            if (shouldQueue != seen.containsKey(p)) {
                bad.add("pid " + p.pid + " state " + p.state + " onCpu " + p.onCpu
                        + (shouldQueue ? " is in no queue" : " is queued"));
            }
        }
        for (Cpu c : cpus) {
            if (c.current != null && seen.containsKey(c.current)) {
                bad.add("cpu" + c.id + " runs pid " + c.current.pid + ", which is also queued");
            }
        }
        return bad;
    }
}
