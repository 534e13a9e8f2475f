package miniunix.kernel.uapi;

/**
 * User code between two system calls. Implemented by every /bin program and the shell.
 *
 * <p>A program is a resumable state machine: its fields are its whole user-space state, and
 * {@link #resume} runs it like a CPU runs user code, until the next trap into the kernel.
 * The kernel performs the trap and calls {@code resume} again with the result the next time
 * the process is on a CPU. A call that must block is performed again when the process wakes,
 * so a program never sees "would block" unless it asked for WNOHANG or O_NONBLOCK.
 *
 * <p>Invariant: fields are plain data (numbers, strings, arrays, other plain objects). No
 * lambdas, streams, threads or references into kernel objects: only fds and pids as numbers.
 * That is what makes {@link #copy} (fork) and snapshots possible.
 *
 * <p>Rejected: a Java thread per process. A thread's stack can't be copied by fork, saved
 * in a snapshot or stepped deterministically.
 */
public interface Program {
    /**
     * Runs until the next trap into the kernel and returns it.
     *
     * @param ret the result of the previous call: a value >= 0, or -errno. The first call
     *            gets 0; after a fork the child's first call gets 0 and the parent's the pid.
     */
    Trap resume(long ret);

    /** A deep copy, for fork: the child resumes from the same point with ret = 0. */
    Program copy();
}
