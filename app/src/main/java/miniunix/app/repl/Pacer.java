package miniunix.app.repl;

import miniunix.kernel.Kernel;

/**
 * The only wall-clock reader (STYLE.md section 9): turns wall time into the ticks owed at
 * --speed (1.0 = real time, 100 ticks per wall second). When the machine falls behind (a
 * busy simulation on a slow host), the debt is capped at one simulated second, so the machine
 * slows down instead of racing to catch up.
 */
final class Pacer {
    private static final double NANOS_PER_SECOND = 1e9;
    static final long MAX_BURST = Kernel.HZ;

    private final double ticksPerNano;
    private final long start = System.nanoTime();
    private long handedOut;

    /** speed must be > 0 (speed 0 runs without a pacer). */
    Pacer(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be > 0");
        }
        this.ticksPerNano = speed * Kernel.HZ / NANOS_PER_SECOND;
    }

    /** Sleeps until at least one tick is owed, then returns how many (at most MAX_BURST). */
    long awaitTicks() throws InterruptedException {
        while (true) {
            long elapsed = System.nanoTime() - start;
            long owed = (long) (elapsed * ticksPerNano) - handedOut;
            if (owed > 0) {
                if (owed > MAX_BURST) {
                    handedOut += owed - MAX_BURST;
                    owed = MAX_BURST;
                }
                handedOut += owed;
                return owed;
            }
            long nextAt = (long) Math.ceil((handedOut + 1) / ticksPerNano);
            long wait = Math.max(nextAt - elapsed, 100_000L);
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        }
    }
}
