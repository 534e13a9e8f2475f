package miniunix.kernel;

/**
 * Results a syscall handler gives the run loop besides a value or -errno. Both are far below
 * any -errno, so they can't be mistaken for one.
 */
public final class Ret {
    /** The caller was put to sleep; the syscall is performed again when it wakes. */
    public static final long BLOCK = Long.MIN_VALUE;
    /** The caller exited or its image was replaced: don't resume the old program. */
    public static final long NORETURN = Long.MIN_VALUE + 1;

    private Ret() {
    }
}
