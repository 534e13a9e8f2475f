package miniunix.kernel.sched;

import miniunix.kernel.proc.Proc;

/**
 * One simulated CPU: who runs on it and where its time went (/proc/stat's cpuN line). Only
 * {@link RunLoop} changes who runs; the executor charges user and system time.
 */
public final class Cpu {
    public final int id;
    /** The proc on this CPU, or null when idle. */
    public Proc current;
    /** The proc that ran here last, until the next switch is counted; null: the idle task. */
    Proc prev;
    /** Context-switch time still to burn before current runs (--cs-cost). */
    long switchLeftUs;
    public long userUs;
    /** User time of procs with a positive nice value (/proc/stat's nice column). */
    public long niceUs;
    public long systemUs;
    public long idleUs;
    /** Idle time while a proc that last ran here waited for the disk. */
    public long iowaitUs;
    /** Procs in D that last ran here (Linux rq->nr_iowait). */
    int nrIowait;

    public Cpu(int id) {
        this.id = id;
    }
}
