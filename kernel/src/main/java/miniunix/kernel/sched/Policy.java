package miniunix.kernel.sched;

import java.util.List;

/**
 * The scheduling policies the kernel has, with their parameters and defaults. A parameter's
 * value is a list of whole numbers (most have one element; MLFQ's quantum and allotment have
 * one per level). Units: quanta and boost in ticks, CFS's granularities in microseconds.
 */
public enum Policy {
    /** First in, first out: the head runs until it blocks or exits. */
    FIFO("fifo", List.of()),
    /** Shortest job first, non-preemptive: the shortest predicted CPU demand runs next. */
    SJF("sjf", List.of()),
    /** Shortest time to completion first: preemptive SJF on the remaining demand. */
    STCF("stcf", List.of()),
    /** Round robin: each runnable proc in turn for a quantum. */
    RR("rr", List.of(new Param("quantum", 1, 1))),
    /** Multi-level feedback queue (OSTEP chapter 8). */
    MLFQ("mlfq", List.of(new Param("queues", 3, 1), new Param("quantum", 10, 1),
            new Param("allotment", 1, 1), new Param("boost", 0, 0), new Param("io-stay", 0, 0),
            new Param("io-front", 0, 0))),
    /** Static priority from nice (-20 highest .. 19), preemptive, round robin within a value. */
    PRIO("prio", List.of(new Param("quantum", 1, 1))),
    /** Completely fair: least weighted virtual runtime first (Linux CFS). */
    CFS("cfs", List.of(new Param("latency", 6000, 1), new Param("min_granularity", 750, 1),
            new Param("wakeup_granularity", 1000, 0)));

    /** A named parameter: its default and the least value it accepts. */
    public record Param(String name, long defaultValue, long min) {
    }

    /** The name on command lines and in sched show. */
    public final String label;
    public final List<Param> params;

    Policy(String label, List<Param> params) {
        this.label = label;
        this.params = params;
    }

    /** The policy of this name, or null. */
    public static Policy of(String label) {
        for (Policy p : values()) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        return null;
    }

    /** The parameter of this name, or null. */
    public Param param(String name) {
        for (Param p : params) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** "fifo, sjf, stcf, rr, mlfq, prio, cfs": for error messages. */
    public static String labels() {
        StringBuilder sb = new StringBuilder();
        for (Policy p : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(p.label);
        }
        return sb.toString();
    }
}
