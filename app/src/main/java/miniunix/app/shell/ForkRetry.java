package miniunix.app.shell;

import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;

/**
 * bash's make_child when fork fails: EAGAIN (the process limit) is tried again after 1, 2, 4
 * and 8 seconds, each time with {@code fork: retry: Resource temporarily unavailable}; after
 * that, or at once for another errno ({@code fork: Cannot allocate memory}), the fork has
 * failed for good and the caller reports {@code fork: ...}.
 */
final class ForkRetry {
    private static final long NS_PER_SECOND = 1_000_000_000L;
    /** bash's FORKSLEEP_MAX: no retry sleeps this long. */
    private static final int MAX_SLEEP_SECONDS = 16;

    private int sleepSeconds = 1;

    /**
     * After a failed fork (ret < 0): true if it is to be tried again, once the message and
     * the sleep pushed on sh have run; false if it has failed for good.
     */
    boolean again(Shell sh, long ret) {
        if (ret != Errno.EAGAIN.ret() || sleepSeconds >= MAX_SLEEP_SECONDS) {
            return false;
        }
        sh.push(new Frame.Calls(List.of(new Syscall.Nanosleep(sleepSeconds * NS_PER_SECOND))));
        sh.sysError("fork: retry: " + Errno.strerror(ret));
        sleepSeconds <<= 1;
        return true;
    }

    ForkRetry copy() {
        ForkRetry r = new ForkRetry();
        r.sleepSeconds = sleepSeconds;
        return r;
    }
}
