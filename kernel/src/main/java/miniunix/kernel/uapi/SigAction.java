package miniunix.kernel.uapi;

/**
 * struct sigaction: what a process does when a signal arrives (rt_sigaction(2)).
 *
 * <p>{@code handler} is {@link #SIG_DFL}, {@link #SIG_IGN} or a handler address: any other
 * number the program chooses. The kernel hands it back in {@link Program#handleSignal}, where
 * the program's own state machine dispatches on it, as a CPU jumps to a function address.
 * {@code mask} is sa_mask (bit sig - 1 per signal), blocked while the handler runs.
 *
 * <p>Flags keep Linux's values (include/uapi/asm-generic/signal.h). SA_RESTORER and
 * SA_ONSTACK are accepted and mean nothing here: the kernel itself returns through
 * rt_sigreturn, and there is one stack.
 */
public record SigAction(long handler, long mask, int flags) {
    public static final long SIG_DFL = 0;
    public static final long SIG_IGN = 1;

    /** SIGCHLD only: no SIGCHLD when a child stops or continues. */
    public static final int SA_NOCLDSTOP = 0x00000001;
    /** SIGCHLD only: children leave no zombie; wait4 then returns ECHILD. */
    public static final int SA_NOCLDWAIT = 0x00000002;
    /** The handler gets a siginfo_t (always available here: see {@link SigInfo}). */
    public static final int SA_SIGINFO = 0x00000004;
    public static final int SA_RESTORER = 0x04000000;
    public static final int SA_ONSTACK = 0x08000000;
    /** A slow syscall interrupted by the handler is restarted instead of failing with EINTR. */
    public static final int SA_RESTART = 0x10000000;
    /** The signal is not blocked while its own handler runs. */
    public static final int SA_NODEFER = 0x40000000;
    /** The disposition goes back to SIG_DFL once the handler is entered (SA_ONESHOT). */
    public static final int SA_RESETHAND = 0x80000000;

    /** Every flag rt_sigaction accepts. */
    public static final int KNOWN_FLAGS = SA_NOCLDSTOP | SA_NOCLDWAIT | SA_SIGINFO | SA_RESTORER
            | SA_ONSTACK | SA_RESTART | SA_NODEFER | SA_RESETHAND;

    public static final SigAction DEFAULT = new SigAction(SIG_DFL, 0, 0);
    public static final SigAction IGNORE = new SigAction(SIG_IGN, 0, 0);

    /** sizeof(struct sigaction) as x86-64's kernel takes it: handler, flags, restorer, mask. */
    public static final int SIZE = 32;

    /** This action at b[off..off+SIZE): sa_handler, sa_flags, sa_restorer (0), sa_mask. */
    public void encode(byte[] b, int off) {
        Le.putLong(b, off, handler);
        Le.putLong(b, off + 8, Integer.toUnsignedLong(flags));
        Le.putLong(b, off + 16, 0);
        Le.putLong(b, off + 24, mask);
    }

    /** The struct sigaction at b[off..off+SIZE). */
    public static SigAction decode(byte[] b, int off) {
        return new SigAction(Le.getLong(b, off), Le.getLong(b, off + 24), (int) Le.getLong(b, off + 8));
    }

    /** True for a handler address (neither SIG_DFL nor SIG_IGN). */
    public boolean isHandler() {
        return handler != SIG_DFL && handler != SIG_IGN;
    }
}
