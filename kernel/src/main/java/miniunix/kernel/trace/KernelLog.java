package miniunix.kernel.trace;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * The kernel's message ring (printk's log buffer): lines stamped with the simulated time since
 * boot, read by dmesg through /dev/kmsg. Bounded: the oldest lines go first.
 */
public final class KernelLog {
    public static final int CAPACITY = 1024;
    private final ArrayDeque<String> lines = new ArrayDeque<>();

    /** Logs one message at tick now (HZ ticks per second). */
    public void log(long now, int hz, String msg) {
        if (lines.size() == CAPACITY) {
            lines.removeFirst();
        }
        long us = now * (1_000_000L / hz);
        lines.addLast(String.format(Locale.ROOT, "[%5d.%06d] %s", us / 1_000_000, us % 1_000_000,
                msg));
    }

    /** Every line kept, oldest first, each ending in a newline. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }
}
