package miniunix.kernel.proc;

/**
 * Why a sleeping process sleeps: the wait channel ps shows as WCHAN, named after the Linux
 * kernel function a process sleeps in, like Go's waitReasonStrings. Do not reuse a reason for
 * a different wait; add a new one.
 */
public enum WaitReason {
    NONE("-"),
    PIPE_READ("pipe_read"),
    PIPE_WRITE("pipe_write"),
    TTY_READ("n_tty_read"),
    TTY_WRITE("n_tty_write"),
    WAIT_CHILD("do_wait"),
    NANOSLEEP("hrtimer_nanosleep"),
    /** poll(2): any of several files, or the timeout. */
    POLL("do_sys_poll"),
    PAUSE("do_sys_pause"),
    SIGSUSPEND("sigsuspend"),
    /** sync(2) waiting, in D, for the disk to write every dirty page. */
    SYNC("wb_wait_for_completion"),
    /** fsync(2) waiting, in D, for one file's pages to reach the disk. */
    FSYNC("folio_wait_bit_common"),
    /** A tracer (strace) waiting for its tracees' next event, where Linux's waits in wait4. */
    TRACE_WAIT("do_wait"),
    /** A tracee waiting for its tracer to read the events queued (a full trace channel). */
    PTRACE_STOP("ptrace_stop"),
    /** A process waiting for the process it injected a syscall into to perform it. */
    INJECT_WAIT("ptrace_check_attach"),
    /** A major page fault waiting, in D, for the page to be read from swap or a file. */
    PAGE_READ("io_schedule"),
    // Kernel threads, each idle in its own loop (what ps -eo wchan shows on Linux).
    KTHREADD("kthreadd"),
    SMPBOOT("smpboot_thread_fn"),
    RESCUER("rescuer_thread"),
    WORKER("worker_thread"),
    RCU_GP("rcu_gp_kthread"),
    DEVTMPFS("devtmpfs_work_loop"),
    HUNG_TASK("watchdog"),
    OOM_REAPER("oom_reaper"),
    KSWAPD("kswapd");

    public final String wchan;

    WaitReason(String wchan) {
        this.wchan = wchan;
    }
}
