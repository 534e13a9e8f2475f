package miniunix.lab.sched;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.sched.Cpu;
import miniunix.kernel.sched.Policy;
import miniunix.kernel.sched.PolicySpec;
import miniunix.kernel.sched.RunLoop;

/**
 * A fresh textbook machine for {@code sched run}: the jobs are procs with a known CPU demand,
 * run by the kernel's own {@link RunLoop} over the kernel's policy class, with one shared
 * queue, no syscall costs and no cache model. Each tick t, in the order the Scheduler
 * interface documents: a boost due at t, the arrivals at t (lower job first), the I/O
 * completions at t (in the order the I/Os began), then every CPU runs one tick.
 *
 * <p>A job that has used a multiple of its io-every ticks of CPU blocks for ioTime ticks: it
 * is back at instant t+1+ioTime. This machine is the executor: it burns the job's demand,
 * records slices (a new one whenever the run loop dispatched afresh), first runs, completions,
 * and with tracing every tick and event of an MLFQ run.
 *
 * <p>Rejected: computing the schedule with a separate calculator; the point of the lab is that
 * these numbers come from the same code that schedules the live machine.
 */
public final class SchedMachine {
    /** Pids of jobs: job j is pid PID_BASE + j, so the pid order is the job order. */
    private static final int PID_BASE = 1;
    private static final long TICK = Kernel.TICK_US;

    private final Workload w;
    private final RunLoop loop;
    private final Proc[] procs;
    private final boolean tracing;
    /** Jobs by arrival (then job number), and the next one to arrive. */
    private final int[] byArrival;
    private int nextArrival;
    /** I/Os in flight, in the order they began (so also of completion): job and instant. */
    private final int[] ioJob;
    private final long[] ioAt;
    private int ioHead;
    private int ioTail;

    private final long[] firstRun;
    private final long[] completion;
    private final long[] used;
    private final long[] ioTicks;
    /** Per job, the slice it is in, or -1. */
    private final int[] slice;
    private final Slices slices;
    private final List<MlfqTrace> trace = new ArrayList<>();
    private long t;
    private int finished;
    private boolean cpu0Ran;

    /**
     * A machine of cpus CPUs running spec over the workload; switchCost in ticks. With
     * tracing, every tick and event is recorded (MLFQ's --trace).
     */
    public SchedMachine(PolicySpec spec, Workload w, int cpus, long switchCost, boolean tracing) {
        this.w = w;
        this.tracing = tracing;
        int n = w.jobs();
        procs = new Proc[n];
        firstRun = new long[n];
        completion = new long[n];
        used = new long[n];
        ioTicks = new long[n];
        slice = new int[n];
        ioJob = new int[n];
        ioAt = new long[n];
        byArrival = sortByArrival(w.arrival());
        for (int j = 0; j < n; j++) {
            Proc p = new Proc(PID_BASE + j, false, 0);
            p.computeLeftUs = w.length()[j] * TICK;
            procs[j] = p;
            firstRun[j] = -1;
            slice[j] = -1;
        }
        slices = new Slices(sliceHint(spec, w));
        loop = new RunLoop(cpus, spec, false, switchCost * TICK, this::run);
    }

    /** About how many slices the run will have: exact for rr without I/O, a guess otherwise. */
    private static long sliceHint(PolicySpec spec, Workload w) {
        long quantum = spec.policy() == Policy.RR ? spec.get("quantum") : Long.MAX_VALUE;
        long n = 0;
        for (long l : w.length()) {
            n += quantum == Long.MAX_VALUE ? 1 : (l + quantum - 1) / quantum;
        }
        return n;
    }

    /** Job numbers in order of arrival, lower job first among equal arrivals. */
    private static int[] sortByArrival(long[] arrival) {
        int n = arrival.length;
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (a, b) -> a.equals(b) ? 0
                : arrival[a] != arrival[b] ? Long.compare(arrival[a], arrival[b]) : a - b);
        int[] out = new int[n];
        for (int j = 0; j < n; j++) {
            out[j] = order[j];
        }
        return out;
    }

    /** Runs until every job has finished; returns this. */
    public SchedMachine run() {
        int n = w.jobs();
        for (t = 0; finished < n; t++) {
            if (tracing && loop.queue(0).boostDue(t)) {
                trace.add(new MlfqTrace.Event(t, MlfqTrace.Kind.BOOST, -1));
            }
            loop.beginTick(t);
            while (nextArrival < n && w.arrival()[byArrival[nextArrival]] == t) {
                arrive(byArrival[nextArrival++], MlfqTrace.Kind.BEGINS);
            }
            while (ioHead < ioTail && ioAt[ioHead % n] == t) {
                arrive(ioJob[ioHead++ % n], MlfqTrace.Kind.IO_DONE);
            }
            cpu0Ran = false;
            loop.runCpus();
            if (tracing && !cpu0Ran) {
                trace.add(new MlfqTick(t, -1, -1, 0, 0, 0));
            }
        }
        return this;
    }

    private void arrive(int j, MlfqTrace.Kind why) {
        if (tracing) {
            trace.add(new MlfqTrace.Event(t, why, j));
        }
        Proc p = procs[j];
        p.state = ProcState.RUNNING;
        loop.wake(p);
    }

    /** The executor: job p runs on c for up to budget, to its end or its next I/O. */
    private long run(Cpu c, Proc p, long budget) {
        int j = p.pid - PID_BASE;
        if (firstRun[j] < 0) {
            firstRun[j] = t;
        }
        long every = w.ioEvery()[j];
        long toIo = every > 0 ? (every - used[j] % every) * TICK : Long.MAX_VALUE;
        long us = Math.min(budget, Math.min(p.computeLeftUs, toIo));
        long ticks = us / TICK;
        if (p.se.sliceUs == 0) {
            slice[j] = slices.begin(t, j, c.id);
        }
        slices.extend(slice[j], ticks);
        if (tracing && c.id == 0) {
            trace.add(new MlfqTick(t, j, p.se.level, (p.se.quantumLeftUs - us) / TICK,
                    p.se.allotLeft, (p.computeLeftUs - us) / TICK));
        }
        cpu0Ran |= c.id == 0;
        p.computeLeftUs -= us;
        used[j] += ticks;
        if (p.computeLeftUs == 0) {
            completion[j] = t + 1;
            slices.finish(slice[j]);
            p.state = ProcState.ZOMBIE;
            loop.offCpu(p);
            finished++;
            event(MlfqTrace.Kind.FINISHED, j);
        } else if (every > 0 && used[j] % every == 0) {
            int n = w.jobs();
            ioJob[ioTail % n] = j;
            ioAt[ioTail++ % n] = t + 1 + w.ioTime();
            ioTicks[j] += w.ioTime();
            p.state = ProcState.SLEEPING;
            loop.offCpu(p);
            event(MlfqTrace.Kind.IO_START, j);
        }
        return us;
    }

    private void event(MlfqTrace.Kind kind, int j) {
        if (tracing) {
            trace.add(new MlfqTrace.Event(t + 1, kind, j));
        }
    }

    public Workload workload() {
        return w;
    }

    /** The first tick job j ran. */
    public long firstRun(int j) {
        return firstRun[j];
    }

    /** The end of job j's last tick. */
    public long completion(int j) {
        return completion[j];
    }

    /** Ticks job j spent in I/O. */
    public long ioTicks(int j) {
        return ioTicks[j];
    }

    public Slices slices() {
        return slices;
    }

    /** MLFQ's --trace: every tick (cpu0's) and event, in order; empty unless tracing. */
    public List<MlfqTrace> trace() {
        return trace;
    }

    /** Ticks run: the last completion. */
    public long makespan() {
        long m = 0;
        for (long c : completion) {
            m = Math.max(m, c);
        }
        return m;
    }
}
