package miniunix.kernel.syscall;

import miniunix.kernel.uapi.Errno;

/**
 * Unwinds a syscall to the dispatcher with an errno, as jlox unwinds to one catch with
 * ParseError. Stackless, because it is thrown on hot paths; caught only in SyscallTable.
 * Check first, then commit: whoever throws it must not have changed any state yet.
 */
public final class SyscallError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final transient Errno errno;

    public SyscallError(Errno errno) {
        super(null, null, false, false);
        this.errno = errno;
    }
}
