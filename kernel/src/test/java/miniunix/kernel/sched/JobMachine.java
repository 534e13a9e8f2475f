package miniunix.kernel.sched;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;

/**
 * A textbook machine for the policy tests: jobs of known CPU demand driven tick by tick through
 * a RunLoop with one shared queue and no syscall costs, in the order Scheduler documents.
 * Optional I/O: a job whose CPU time used is a multiple of ioEvery blocks for ioTime ticks.
 */
final class JobMachine {
    /** A slice: from a dispatch to the next switch. */
    record Slice(long start, int job, long ran) {
    }

    final List<Proc> jobs = new ArrayList<>();
    final long[] arrival;
    final long[] length;
    final long[] firstRun;
    final long[] completion;
    final long[] ioEvery;
    final long ioTime;
    final long[] ioDone;
    final long[] used;
    final List<Slice> slices = new ArrayList<>();
    /** Per tick: the job that ran on cpu0, or -1. */
    final List<Integer> ran = new ArrayList<>();
    final RunLoop loop;
    private long t;
    private int finished;

    JobMachine(String policy, long[] length, long[] arrival, int cpus, long[] ioEvery, long ioTime) {
        this.length = length;
        this.arrival = arrival;
        this.ioEvery = ioEvery;
        this.ioTime = ioTime;
        int n = length.length;
        firstRun = new long[n];
        completion = new long[n];
        ioDone = new long[n];
        used = new long[n];
        java.util.Arrays.fill(firstRun, -1);
        java.util.Arrays.fill(ioDone, -1);
        for (int i = 0; i < n; i++) {
            Proc p = new Proc(i + 1, false, 0);
            p.computeLeftUs = length[i] * Kernel.TICK_US;
            jobs.add(p);
        }
        loop = new RunLoop(cpus, PolicySpec.parse(policy), false, 0, this::run);
    }

    JobMachine(String policy, long... length) {
        this(policy, length, new long[length.length], 1, new long[length.length], 0);
    }

    private int job(Proc p) {
        return p.pid - 1;
    }

    /** Runs one tick's worth (or less: to the end of the job or its next I/O). */
    private long run(Cpu c, Proc p, long budget) {
        int j = job(p);
        if (firstRun[j] < 0) {
            firstRun[j] = t;
        }
        long toIo = ioEvery[j] > 0 ? (ioEvery[j] - used[j] % ioEvery[j]) * Kernel.TICK_US : Long.MAX_VALUE;
        long n = Math.min(budget, Math.min(p.computeLeftUs, toIo));
        if (p.se.sliceUs == 0) {
            slices.add(new Slice(t, j, 0));
        }
        Slice last = slices.get(slices.size() - 1);
        slices.set(slices.size() - 1, new Slice(last.start(), last.job(), last.ran() + n / Kernel.TICK_US));
        if (c.id == 0) {
            ran.add(j);
        }
        p.computeLeftUs -= n;
        used[j] += n / Kernel.TICK_US;
        if (p.computeLeftUs == 0) {
            completion[j] = t + 1;
            p.state = ProcState.ZOMBIE;
            loop.offCpu(p);
            finished++;
        } else if (ioEvery[j] > 0 && used[j] % ioEvery[j] == 0) {
            ioDone[j] = t + 1 + ioTime;
            p.state = ProcState.SLEEPING;
            loop.offCpu(p);
        }
        return n;
    }

    /** Runs until every job has finished (or the tick limit). */
    JobMachine runAll() {
        for (t = 0; finished < jobs.size() && t < 100_000; t++) {
            loop.beginTick(t);
            for (int i = 0; i < jobs.size(); i++) {
                if (arrival[i] == t) {
                    arrive(jobs.get(i));
                }
            }
            for (int i = 0; i < jobs.size(); i++) {
                if (ioDone[i] == t) {
                    ioDone[i] = -1;
                    arrive(jobs.get(i));
                }
            }
            int before = ran.size();
            loop.runCpus();
            if (ran.size() == before) {
                ran.add(-1);
            }
        }
        return this;
    }

    private void arrive(Proc p) {
        p.state = ProcState.RUNNING;
        loop.wake(p);
    }

    long turnaround(int j) {
        return completion[j] - arrival[j];
    }

    long response(int j) {
        return firstRun[j] - arrival[j];
    }

    double avgTurnaround() {
        double s = 0;
        for (int j = 0; j < jobs.size(); j++) {
            s += turnaround(j);
        }
        return s / jobs.size();
    }

    double avgResponse() {
        double s = 0;
        for (int j = 0; j < jobs.size(); j++) {
            s += response(j);
        }
        return s / jobs.size();
    }
}
