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
 * <p>Signal handlers run in the program's own context, the way a CPU runs them: when the
 * kernel takes a caught signal on the way back to user mode it saves the interrupted context
 * (the syscall in progress, the value the next resume would get, the computation left, the
 * blocked mask) in a signal frame of its own, and calls {@link #handleSignal} instead of
 * {@code resume}. That returns the handler's first trap; the handler's code then traps like
 * any code (the kernel calls {@code resume} with each result as usual), and ends with
 * {@link Syscall.RtSigreturn}, after which the kernel restores the saved context: the program
 * is resumed with the result the interrupted code was to get (-EINTR for an interrupted
 * sleep, or the syscall's own result when SA_RESTART had it performed again). So a program
 * that installs handlers keeps, in its fields, which handler activations are running (a
 * stack, since a second caught signal may interrupt a handler): {@code copy()} copies them,
 * and a child forked inside a handler returns from it too.
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

    /**
     * {@link #resume} with the program's memory: what the kernel calls. A program that reads
     * or writes its memory (its I/O buffers, the structs syscalls fill) overrides this one;
     * mem is valid only until this call returns.
     */
    default Trap resume(long ret, UserMemory mem) {
        return resume(ret);
    }

    /** A deep copy, for fork: the child resumes from the same point with ret = 0. */
    Program copy();

    /**
     * Enters the handler this program registered with rt_sigaction under the number
     * {@code handler}, for the signal {@code info} describes, and returns the handler's first
     * trap. The handler's later traps come from {@link #resume}; its last is
     * {@link Syscall.RtSigreturn}. A program that registers no handler is never called here;
     * the default treats a call as a wild jump (the kernel kills the process with SIGSEGV).
     */
    default Trap handleSignal(long handler, SigInfo info) {
        throw new IllegalStateException("no signal handler at " + handler);
    }

    /** {@link #handleSignal} with the program's memory, as {@link #resume(long, UserMemory)}. */
    default Trap handleSignal(long handler, SigInfo info, UserMemory mem) {
        return handleSignal(handler, info);
    }
}
