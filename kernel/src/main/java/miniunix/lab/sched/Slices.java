package miniunix.lab.sched;

import java.util.Arrays;

/**
 * The slices of a run, in the order they started: a slice runs from one dispatch to the next
 * switch on its CPU. Kept in parallel primitive arrays, since a run of a million ticks may have
 * a million slices.
 */
public final class Slices {
    private static final int INITIAL = 64;

    private long[] start = new long[INITIAL];
    private long[] ran = new long[INITIAL];
    private int[] job = new int[INITIAL];
    private int[] cpu = new int[INITIAL];
    private boolean[] done = new boolean[INITIAL];
    private int n;

    /** A slice of job starts on cpu at tick t; returns its index. */
    int begin(long t, int j, int c) {
        if (n == start.length) {
            int cap = n * 2;
            start = Arrays.copyOf(start, cap);
            ran = Arrays.copyOf(ran, cap);
            job = Arrays.copyOf(job, cap);
            cpu = Arrays.copyOf(cpu, cap);
            done = Arrays.copyOf(done, cap);
        }
        start[n] = t;
        job[n] = j;
        cpu[n] = c;
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
        return cpu[i];
    }

    public long ran(int i) {
        return ran[i];
    }

    /** The job completed at the end of this slice. */
    public boolean done(int i) {
        return done[i];
    }
}
