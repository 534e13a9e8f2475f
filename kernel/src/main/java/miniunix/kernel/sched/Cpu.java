package miniunix.kernel.sched;

import miniunix.kernel.proc.Proc;

/** One simulated CPU: who runs on it and where its time went (/proc/stat's cpuN line). */
public final class Cpu {
    public final int id;
    /** The proc on this CPU, or null when idle. */
    public Proc current;
    /** CPU time the current proc has used since it was put on this CPU. */
    public long sliceUsedUs;
    public long userUs;
    public long systemUs;
    public long idleUs;

    public Cpu(int id) {
        this.id = id;
    }
}
