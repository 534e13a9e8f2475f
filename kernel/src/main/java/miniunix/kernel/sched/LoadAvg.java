package miniunix.kernel.sched;

/**
 * The load averages: exponentially damped means of the number of active tasks (runnable or
 * in D) over 1, 5 and 15 minutes, sampled every {@link #LOAD_FREQ} ticks, in Linux's fixed
 * point (FSHIFT bits of fraction).
 *
 * <p>Linux: kernel/sched/loadavg.c (calc_global_load), include/linux/sched/loadavg.h
 * (calc_load, EXP_1/EXP_5/EXP_15, LOAD_INT/LOAD_FRAC), fs/proc/loadavg.c. Each sample does
 * {@code load = (load * e + active * (FIXED_1 - e) [+ FIXED_1 - 1 if active >= load]) / FIXED_1}
 * with e = FIXED_1 / exp(5 s / 1 min) etc.; the rounding up while the load rises is today's
 * Linux (the old kernels rounded to nearest, and a fully loaded machine never showed 1.00).
 *
 * <p>Simplified: one global count taken at the sampling tick (Linux folds per-CPU counts a
 * few ticks later, calc_load_fold_active); missed samples while the clock skips ahead are
 * taken one by one, which is what Linux's calc_global_nohz computes in closed form.
 */
public final class LoadAvg {
    /** Sampling interval: 5 s of simulated time (Linux LOAD_FREQ = 5 * HZ + 1). */
    public static final long LOAD_FREQ = 5L * miniunix.kernel.Kernel.HZ;
    /** Bits of fraction. */
    public static final int FSHIFT = 11;
    /** 1.0 in fixed point. */
    public static final long FIXED_1 = 1L << FSHIFT;
    /** 1/exp(5 s / 1 min) in fixed point. */
    public static final long EXP_1 = 1884;
    /** 1/exp(5 s / 5 min). */
    public static final long EXP_5 = 2014;
    /** 1/exp(5 s / 15 min). */
    public static final long EXP_15 = 2037;

    private static final long[] EXP = {EXP_1, EXP_5, EXP_15};
    /** avenrun[0..2]: the 1, 5 and 15 minute averages in fixed point. */
    private final long[] avenrun = new long[3];

    /** A sample: active tasks are the runnable ones (on a CPU or queued) plus those in D. */
    public void sample(long active) {
        long a = active * FIXED_1;
        for (int i = 0; i < avenrun.length; i++) {
            avenrun[i] = calcLoad(avenrun[i], EXP[i], a);
        }
    }

    /** Linux calc_load(): one step of the exponential decay. */
    static long calcLoad(long load, long exp, long active) {
        long newload = load * exp + active * (FIXED_1 - exp);
        if (active >= load) {
            newload += FIXED_1 - 1;
        }
        return newload / FIXED_1;
    }

    /** True when every average is exactly 0 (an idle machine stays so: no samples needed). */
    public boolean isZero() {
        return avenrun[0] == 0 && avenrun[1] == 0 && avenrun[2] == 0;
    }

    /** The i-th average (0: 1 min, 1: 5 min, 2: 15 min) in fixed point. */
    public long avenrun(int i) {
        return avenrun[i];
    }

    /**
     * The first three fields of /proc/loadavg, "0.52 0.58 0.59": each average plus FIXED_1/200
     * (to round to hundredths), as LOAD_INT.LOAD_FRAC with two digits.
     */
    public String text() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < avenrun.length; i++) {
            long x = avenrun[i] + FIXED_1 / 200;
            long frac = ((x & (FIXED_1 - 1)) * 100) >> FSHIFT;
            sb.append(i == 0 ? "" : " ").append(x >> FSHIFT).append('.')
                    .append(frac < 10 ? "0" : "").append(frac);
        }
        return sb.toString();
    }
}
