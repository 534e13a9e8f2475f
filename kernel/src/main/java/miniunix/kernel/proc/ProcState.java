package miniunix.kernel.proc;

/**
 * Process states, with the letter ps prints in STAT and /proc/PID/stat (Linux's
 * fs/proc/array.c task_state_array). NOTE: the letters and names are also read by ps in
 * user.bin; change them together.
 */
public enum ProcState {
    /** On a CPU or on the run queue. Only the scheduler moves a proc out of R by itself. */
    RUNNING('R', "running"),
    /** Interruptible sleep on a wait channel (pipe, tty, wait4, timer, pause); a signal wakes it. */
    SLEEPING('S', "sleeping"),
    /** Uninterruptible sleep (disk I/O); signals wait until it leaves D. */
    DISK_SLEEP('D', "disk sleep"),
    /** Stopped by SIGSTOP/SIGTSTP/SIGTTIN/SIGTTOU until SIGCONT. */
    STOPPED('T', "stopped"),
    /** Exited; keeps its pid and exit status until the parent's wait4 reaps it. */
    ZOMBIE('Z', "zombie"),
    /** Reaped; the pid is free. Seen only in traces, never in ps. */
    DEAD('X', "dead"),
    /** An idle kernel thread (Linux's TASK_IDLE shows as I). */
    IDLE('I', "idle");

    public final char letter;
    public final String description;

    ProcState(char letter, String description) {
        this.letter = letter;
        this.description = description;
    }
}
