package miniunix.lab.sched;

/**
 * One tick of an MLFQ run as the textbook's simulator prints it (EXPERIMENTS.md section 2,
 * --trace): the job that ran (-1: idle), its level, the quantum left after the tick, the
 * allotment left counting the current quantum, and its run time left after the tick.
 */
public record MlfqTick(long t, int job, int level, long ticksLeft, long allotLeft,
                       long timeLeft) implements MlfqTrace {
    public boolean idle() {
        return job < 0;
    }
}
