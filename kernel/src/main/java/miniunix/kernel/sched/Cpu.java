package miniunix.kernel.sched;

import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;

/**
 * One simulated CPU: who runs on it and where its time went (/proc/stat's cpuN line). Only
 * {@link RunLoop} changes who runs; the executor charges user and system time.
 *
 * <p>Time is charged in microseconds ({@link #charge}) and published in whole ticks
 * ({@link #ticks}): at the end of each tick the tick goes to the kind of time that is owed the
 * most microseconds not yet published (largest remainder), so each kind's ticks stay within a
 * few ticks of its microseconds, never go down, and add up to exactly the ticks since boot.
 * Linux samples instead (the whole tick goes to what runs when the timer fires:
 * account_process_tick); ours cannot miss a proc that runs between two timer interrupts.
 *
 * <p>Invariant: the sum of {@link #ticks} over the kinds is the number of ticks this CPU has
 * run (checked by Invariants). A tick that ran over its budget (a syscall started at its last
 * microsecond) shortens the next one by as much ({@link #overrunUs}).
 */
public final class Cpu {
    public final int id;
    /** The proc on this CPU, or null when idle. */
    public Proc current;
    /** The proc that ran here last, until the next switch is counted; null: the idle task. */
    Proc prev;
    /** Context-switch time still to burn before current runs (--cs-cost). */
    long switchLeftUs;
    /** CPU time the last tick used beyond TICK_US; taken from the next tick's budget. */
    long overrunUs;
    /** Procs in D that last ran here (Linux rq->nr_iowait). */
    int nrIowait;

    // Charged by the executor and the run loop; published by endTick.
    private final long[] us = new long[CpuTime.ALL.length];
    private final long[] ticks = new long[CpuTime.ALL.length];
    /** Microseconds charged but not yet published as ticks (may be negative). */
    private final long[] owedUs = new long[CpuTime.ALL.length];

    public Cpu(int id) {
        this.id = id;
    }

    /** Charges n microseconds of this CPU's time to kind. */
    public void charge(CpuTime kind, long n) {
        us[kind.ordinal()] += n;
        owedUs[kind.ordinal()] += n;
    }

    /** One tick of this CPU has passed: it is published to the kind owed the most. */
    void endTick() {
        int best = 0;
        for (int i = 1; i < owedUs.length; i++) {
            if (owedUs[i] > owedUs[best]) {
                best = i;
            }
        }
        ticks[best]++;
        owedUs[best] -= Kernel.TICK_US;
    }

    /** n whole ticks of kind pass at once (every CPU idle while the clock skips ahead). */
    void chargeTicks(CpuTime kind, long n) {
        us[kind.ordinal()] += n * Kernel.TICK_US;
        ticks[kind.ordinal()] += n;
    }

    /** Ticks of kind since boot, as /proc/stat prints them (USER_HZ = HZ = 100). */
    public long ticks(CpuTime kind) {
        return ticks[kind.ordinal()];
    }

    /** Microseconds of kind since boot. */
    public long us(CpuTime kind) {
        return us[kind.ordinal()];
    }
}
