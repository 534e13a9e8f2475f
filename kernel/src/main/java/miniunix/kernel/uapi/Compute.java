package miniunix.kernel.uapi;

/**
 * Pure user-mode computation that burns {@code ticks} of CPU time (HZ = 100, so 100 ticks is
 * one second). The scheduler may preempt it part-way; the program is resumed (with ret = 0)
 * only when all of it has run.
 */
public record Compute(long ticks) implements Trap {
    public Compute {
        if (ticks < 0) {
            throw new IllegalArgumentException("Compute: negative ticks");
        }
    }
}
