package miniunix.kernel;

/**
 * A broken kernel invariant, like xv6's panic("sched running"). Never thrown for anything a
 * user can cause; only the front end catches it, in one place, and prints one line.
 */
public final class KernelPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KernelPanic(String message) {
        super(message);
    }
}
