package miniunix.kernel.sched;

/**
 * Where a CPU's time goes: the columns of a cpu line in /proc/stat that miniunix charges
 * (Linux enum cpu_usage_stat, include/linux/kernel_stat.h). Each tick of each CPU is charged
 * whole to one of these (see {@link Cpu#endTick}).
 *
 * <p>Simplified: no interrupt handler or softirq runs on CPU time and there is no hypervisor,
 * so irq, softirq, steal, guest and guest_nice stay 0 and are not listed here.
 */
public enum CpuTime {
    /** User code (Compute, memory references) of a proc with nice &lt;= 0. */
    USER,
    /** User code of a proc with nice &gt; 0. */
    NICE,
    /** Syscalls and context switches. */
    SYSTEM,
    /** Nothing to run, and no proc that last ran here waits for the disk. */
    IDLE,
    /** Nothing to run while a proc that last ran here waits for the disk in D. */
    IOWAIT;

    /** The kinds in /proc/stat's order. */
    static final CpuTime[] ALL = values();
}
