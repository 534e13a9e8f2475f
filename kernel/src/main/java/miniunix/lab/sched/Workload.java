package miniunix.lab.sched;

/**
 * The jobs of a {@code sched run}: per job its CPU demand and arrival in ticks, and (MLFQ) how
 * often it starts an I/O, in ticks of CPU time used (0: never); every I/O lasts ioTime ticks.
 * Jobs are numbered from 0 in the order given.
 */
public record Workload(long[] length, long[] arrival, long[] ioEvery, long ioTime) {
    public Workload {
        if (arrival.length != length.length || ioEvery.length != length.length) {
            throw new IllegalArgumentException("one arrival and one io-every per job");
        }
    }

    public int jobs() {
        return length.length;
    }
}
