package miniunix.user.bin;

import java.util.Comparator;

/**
 * The columns of top's default task area, by the names procps gives them (the header text,
 * which {@code -o} and the sort keys use). Each knows how to order two tasks: high to low is
 * top's default direction for every field.
 */
enum TopField {
    PID("PID", Comparator.comparingInt(TopTask::pid)),
    USER("USER", Comparator.comparing(TopTask::user)),
    PR("PR", Comparator.comparingInt(TopTask::priority)),
    NI("NI", Comparator.comparingInt(TopTask::nice)),
    VIRT("VIRT", Comparator.comparingLong(TopTask::virtKb)),
    RES("RES", Comparator.comparingLong(TopTask::resKb)),
    SHR("SHR", Comparator.comparingLong(TopTask::shrKb)),
    S("S", Comparator.comparingInt(TopTask::state)),
    PCPU("%CPU", Comparator.comparingLong(TopTask::cpuDelta)),
    PMEM("%MEM", Comparator.comparingLong(TopTask::resKb)),
    TIME("TIME+", Comparator.comparingLong(TopTask::ticks)),
    COMMAND("COMMAND", Comparator.comparing(TopTask::command));

    final String header;
    /** Low to high. */
    final Comparator<TopTask> order;

    TopField(String header, Comparator<TopTask> order) {
        this.header = header;
        this.order = order;
    }

    /** The field named as top's header names it ({@code %CPU}, {@code TIME+}), or null. */
    static TopField byName(String name) {
        for (TopField f : values()) {
            if (f.header.equals(name) || f.header.equals(name + "+")) {
                return f;
            }
        }
        return null;
    }
}
