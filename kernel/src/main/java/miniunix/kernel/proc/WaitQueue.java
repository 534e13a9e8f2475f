package miniunix.kernel.proc;

import java.util.ArrayList;

/**
 * A wait channel: the processes sleeping until something happens to one object (a pipe's
 * data, a tty's input). xv6: sleep(chan)/wakeup(chan), with the channel made explicit.
 *
 * <p>Invariant: a proc sleeping here has {@code p.chan == this}. A proc that left the queue
 * another way (a signal, a stop) keeps a stale entry until the next wakeup, which skips it.
 */
public final class WaitQueue {
    private ArrayList<Proc> waiters = new ArrayList<>(2);

    public void add(Proc p) {
        waiters.add(p);
    }

    public boolean isEmpty() {
        return waiters.isEmpty();
    }

    /** Takes every waiter out; the caller makes the ones still sleeping here runnable. */
    public ArrayList<Proc> drain() {
        ArrayList<Proc> w = waiters;
        waiters = new ArrayList<>(2);
        return w;
    }

    /** True if some live process sleeps on this channel right now. */
    public boolean hasSleeper() {
        for (Proc p : waiters) {
            if (p.chan == this && p.state == ProcState.SLEEPING) {
                return true;
            }
        }
        return false;
    }
}
