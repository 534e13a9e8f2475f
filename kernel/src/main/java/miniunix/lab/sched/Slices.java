package miniunix.lab.sched;

import java.util.Arrays;

/**
 * The slices of a run, in the order they started: a slice runs from one dispatch to the next
 * switch on its CPU. Kept in parallel primitive arrays, since a run of a million ticks may have
 * a million slices.
 */
public final class Slices {
    private static final int MIN_CAPACITY = 16;
    /** The most slices a hint may reserve up front (the arrays still grow past it). */
    private static final int MAX_HINT = 1 << 22;

    private long[] start;
    private long[] ran;
    private int[] job;
    /** Null until a slice runs on another CPU than cpu0. */
    private int[] cpu;
    private boolean[] done;
    private int n;

    /** Room for about hint slices, so a long run does not copy its arrays as it grows. */
    Slices(long hint) {
        int cap = (int) Math.max(MIN_CAPACITY, Math.min(hint, MAX_HINT));
        start = new long[cap];
        ran = new long[cap];
        job = new int[cap];
        done = new boolean[cap];
    }

    /** A slice of job starts on cpu at tick t; returns its index. */
    int begin(long t, int j, int c) {
        if (n == start.length) {
            int cap = n * 2;
            start = Arrays.copyOf(start, cap);
            ran = Arrays.copyOf(ran, cap);
            job = Arrays.copyOf(job, cap);
            cpu = cpu == null ? null : Arrays.copyOf(cpu, cap);
            done = Arrays.copyOf(done, cap);
        }
        start[n] = t;
        job[n] = j;
        if (c != 0 && cpu == null) {
            cpu = new int[start.length];
        }
        if (cpu != null) {
            cpu[n] = c;
        }
        return n++;
    }

    void extend(int i, long ticks) {
        ran[i] += ticks;
    }

    void finish(int i) {
        done[i] = true;
    }

    public int size() {
        return n;
    }

    public long start(int i) {
        return start[i];
    }

    public int job(int i) {
        return job[i];
    }

    public int cpu(int i) {
        return cpu == null ? 0 : cpu[i];
    }

    public long ran(int i) {
        return ran[i];
    }

    /** The job completed at the end of this slice. */
    public boolean done(int i) {
        return done[i];
    }
}
