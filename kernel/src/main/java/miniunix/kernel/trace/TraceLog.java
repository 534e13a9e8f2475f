package miniunix.kernel.trace;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.proc.ProcState;

/**
 * The kernel's record of state transitions: a ring of the most recent {@link StateChange}s,
 * plus a running count of all of them. Bounded, so a long run cannot exhaust memory.
 *
 * <p>Simplified: Linux has tracepoints (sched:sched_switch, sched:sched_process_exit) that
 * stream to a reader; here the ring is read by tests and by later teaching tools.
 */
public final class TraceLog {
    public static final int DEFAULT_CAPACITY = 8192;

    private final StateChange[] ring;
    private long total;

    public TraceLog(int capacity) {
        this.ring = new StateChange[capacity];
    }

    public void record(long tick, int pid, ProcState from, ProcState to, String cause) {
        ring[(int) (total % ring.length)] = new StateChange(tick, pid, from, to, cause);
        total++;
    }

    /** Transitions recorded since boot, including those the ring has dropped. */
    public long total() {
        return total;
    }

    /** The retained transitions, oldest first. */
    public List<StateChange> recent() {
        int n = (int) Math.min(total, ring.length);
        List<StateChange> out = new ArrayList<>(n);
        for (long i = total - n; i < total; i++) {
            out.add(ring[(int) (i % ring.length)]);
        }
        return out;
    }

    /** The retained transitions of one pid, oldest first. */
    public List<StateChange> of(int pid) {
        List<StateChange> out = new ArrayList<>();
        for (StateChange c : recent()) {
            if (c.pid() == pid) {
                out.add(c);
            }
        }
        return out;
    }
}
