package miniunix.lab.sched;

/** One line of an MLFQ --trace, in the order things happened: a tick or an event. */
public sealed interface MlfqTrace permits MlfqTick, MlfqTrace.Event {
    /** What happened to a job (or, for a boost, to all) at instant t. */
    enum Kind { BOOST, BEGINS, IO_DONE, IO_START, FINISHED }

    /** An event at instant t; job is -1 for a boost. */
    record Event(long t, Kind kind, int job) implements MlfqTrace {
    }
}
