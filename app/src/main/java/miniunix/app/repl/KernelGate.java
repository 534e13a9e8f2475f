package miniunix.app.repl;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The one meeting point of the terminal thread and the kernel thread (STYLE.md section 9):
 * every call into the machine happens here, under one lock, so two threads are never in
 * kernel data at once. The kernel thread advances time and publishes the console's output;
 * the terminal thread waits for a prompt, types lines, end-of-file, Ctrl-C and Ctrl-Z.
 *
 * <p>Output goes one of two ways, decided under the lock: while the terminal thread shows a
 * prompt ({@link #beginReading}), to the kernel thread to print above it; otherwise into
 * {@code pending}, for the terminal thread to print. So output is shown once, in order.
 */
final class KernelGate {
    private static final byte[] NOTHING = new byte[0];

    private final Object lock = new Object();
    private final Machine machine;
    private final long maxTicks;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private long ticksUsed;
    private boolean reading;
    private boolean sessionOver;
    private boolean timedOut;
    private Throwable fault;

    /** maxTicks bounds the run (0: no bound). */
    KernelGate(Machine machine, long maxTicks) {
        this.machine = machine;
        this.maxTicks = maxTicks > 0 ? maxTicks : Long.MAX_VALUE;
    }

    /** What the terminal thread is to show next. */
    record View(byte[] output, boolean inputWanted, boolean over) {
    }

    // ---- kernel thread ----

    /** Paced time: n ticks, whether or not the shell waits. Returns output to print above. */
    byte[] advance(long n) {
        synchronized (lock) {
            for (long i = 0; i < n && !over(); i++) {
                machine.tick();
                ticksUsed++;
                checkOver();
            }
            return publish();
        }
    }

    /**
     * Unpaced time (--speed 0): waits while the console wants input, then runs at most chunk
     * ticks or until it wants input again. Returns output to print above the prompt.
     */
    byte[] runWhileShellWaits(long chunk) throws InterruptedException {
        synchronized (lock) {
            while (!over() && machine.inputWanted()) {
                lock.wait();
            }
            if (!over()) {
                ticksUsed += machine.runUntilInputWanted(Math.min(chunk, maxTicks - ticksUsed));
                checkOver();
            }
            return publish();
        }
    }

    /** The kernel thread died of an unexpected fault: the terminal thread reports it. */
    void fail(Throwable t) {
        synchronized (lock) {
            fault = t;
            sessionOver = true;
            lock.notifyAll();
        }
    }

    private void checkOver() {
        if (!machine.sessionAlive()) {
            sessionOver = true;
        } else if (ticksUsed >= maxTicks) {
            timedOut = true;
        }
    }

    private byte[] publish() {
        byte[] out = machine.takeOutput();
        if (reading && !over()) {
            return out;
        }
        pending.write(out, 0, out.length);
        lock.notifyAll();
        return NOTHING;
    }

    // ---- terminal thread ----

    /** Waits until there is output to show, the console wants input, or the run is over. */
    View await() throws InterruptedException {
        synchronized (lock) {
            while (pending.size() == 0 && !over() && !machine.inputWanted()) {
                lock.wait();
            }
            byte[] out = pending.toByteArray();
            pending.reset();
            return new View(out, !over() && machine.inputWanted(), over());
        }
    }

    /**
     * As {@link #await()}, but for at most millis: null if there was still nothing to show,
     * so the terminal thread can look at the keyboard in between.
     */
    View await(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        synchronized (lock) {
            while (pending.size() == 0 && !over() && !machine.inputWanted()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                lock.wait(Math.max(1, left / 1_000_000L));
            }
            byte[] out = pending.toByteArray();
            pending.reset();
            return new View(out, !over() && machine.inputWanted(), over());
        }
    }

    /** Starts showing a prompt, unless output arrived meanwhile (then show that first). */
    boolean beginReading() {
        synchronized (lock) {
            if (pending.size() > 0 || over() || !machine.inputWanted()) {
                return false;
            }
            reading = true;
            return true;
        }
    }

    void endReading() {
        synchronized (lock) {
            reading = false;
        }
    }

    void type(byte[] line) {
        synchronized (lock) {
            if (!over()) {
                machine.typeInput(line);
            }
            lock.notifyAll();
        }
    }

    void typeEof() {
        synchronized (lock) {
            if (!over()) {
                machine.typeEof();
            }
            lock.notifyAll();
        }
    }

    /** The console reads key by key (ICANON cleared): the terminal thread sends each key. */
    boolean keysWanted() {
        synchronized (lock) {
            return !over() && !machine.canonical();
        }
    }

    /** Ctrl-C, Ctrl-Z and Ctrl-\ send signals (ISIG), rather than being typed as bytes. */
    boolean signalKeys() {
        synchronized (lock) {
            return machine.signalKeys();
        }
    }

    /** Output waiting for the terminal thread, taken without waiting (the key loop's). */
    byte[] takePending() {
        synchronized (lock) {
            byte[] out = pending.toByteArray();
            pending.reset();
            return out;
        }
    }

    /** The host terminal's size, for the console's winsize. */
    void resize(int rows, int cols) {
        synchronized (lock) {
            if (!over() && rows > 0 && cols > 0) {
                machine.resize(rows, cols);
            }
            lock.notifyAll();
        }
    }

    /** Whether the console echoes what is typed (a program may have cleared ECHO). */
    boolean echo() {
        synchronized (lock) {
            return machine.echo();
        }
    }

    /** A directory listing for Tab completion, taken under the lock like every other look. */
    List<String> listDir(String path) {
        synchronized (lock) {
            return machine.listDir(path);
        }
    }

    void interrupt() {
        synchronized (lock) {
            if (!over()) {
                machine.interrupt();
            }
            lock.notifyAll();
        }
    }

    void suspend() {
        synchronized (lock) {
            if (!over()) {
                machine.suspend();
            }
            lock.notifyAll();
        }
    }

    void quit() {
        synchronized (lock) {
            if (!over()) {
                machine.quit();
            }
            lock.notifyAll();
        }
    }

    boolean over() {
        synchronized (lock) {
            return sessionOver || timedOut;
        }
    }

    boolean timedOut() {
        synchronized (lock) {
            return timedOut && !sessionOver;
        }
    }

    Throwable fault() {
        synchronized (lock) {
            return fault;
        }
    }

    String bootFailure() {
        synchronized (lock) {
            return machine.bootFailure();
        }
    }

    int exitStatus() {
        synchronized (lock) {
            return timedOut() ? ScriptMode.TIMED_OUT : machine.sessionExitStatus();
        }
    }
}
