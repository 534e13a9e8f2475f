package miniunix.app.repl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

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

    /**
     * Fair: the kernel thread, at --speed 0 running a busy machine in chunks, takes the lock
     * again the moment it lets go; an unfair lock (a monitor) let it do so for ever on a
     * quiet host, so a Ctrl-C, or the terminal thread's look at the output, never got in.
     */
    private final ReentrantLock lock = new ReentrantLock(true);
    /** Signalled whenever what the two threads wait for may have changed. */
    private final Condition changed = lock.newCondition();
    private final Machine machine;
    private final long maxTicks;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    /**
     * Output that came while the terminal thread waited for the shell's completions, inside
     * JLine's Tab (which holds JLine's lock, so it cannot be printed above the line then).
     */
    private final ByteArrayOutputStream heldAbove = new ByteArrayOutputStream();
    /** The start and end of the shell's answer to Tab (its CompletionFrame writes it). */
    private static final String REPLY_START = "\033]7770;";
    private static final char REPLY_END = '\007';
    /** Answers asked for and not yet come; the one being gathered; the last whole one. */
    private int repliesDue;
    private StringBuilder replyPart;
    private String reply;
    /** The terminal thread waits in {@link #completeInShell}. */
    private boolean asking;
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
        lock.lock();
        try {
            for (long i = 0; i < n && !over(); i++) {
                machine.tick();
                ticksUsed++;
                checkOver();
            }
            return publish();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Unpaced time (--speed 0): waits while the console wants input, then runs at most chunk
     * ticks or until it wants input again. Returns output to print above the prompt.
     */
    byte[] runWhileShellWaits(long chunk) throws InterruptedException {
        lock.lock();
        try {
            while (!over() && machine.inputWanted()) {
                changed.await();
            }
            if (!over()) {
                ticksUsed += machine.runUntilInputWanted(Math.min(chunk, maxTicks - ticksUsed));
                checkOver();
            }
            return publish();
        } finally {
            lock.unlock();
        }
    }

    /** The kernel thread died of an unexpected fault: the terminal thread reports it. */
    void fail(Throwable t) {
        lock.lock();
        try {
            fault = t;
            sessionOver = true;
            changed.signalAll();
        } finally {
            lock.unlock();
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
        byte[] out = takeReplies(machine.takeOutput());
        if (reading && !over()) {
            if (asking) {
                heldAbove.write(out, 0, out.length);
                changed.signalAll();            // the terminal thread looks for the answer
                return NOTHING;
            }
            if (heldAbove.size() > 0) {
                heldAbove.write(out, 0, out.length);
                out = heldAbove.toByteArray();
                heldAbove.reset();
            }
            return out;
        }
        if (heldAbove.size() > 0) {
            pending.write(heldAbove.toByteArray(), 0, heldAbove.size());
            heldAbove.reset();
        }
        pending.write(out, 0, out.length);
        changed.signalAll();
        return NOTHING;
    }

    // ---- terminal thread ----

    /** Waits until there is output to show, the console wants input, or the run is over. */
    View await() throws InterruptedException {
        lock.lock();
        try {
            while (pending.size() == 0 && !over() && !machine.inputWanted()) {
                changed.await();
            }
            byte[] out = pending.toByteArray();
            pending.reset();
            return new View(out, !over() && machine.inputWanted(), over());
        } finally {
            lock.unlock();
        }
    }

    /**
     * As {@link #await()}, but for at most millis: null if there was still nothing to show,
     * so the terminal thread can look at the keyboard in between.
     */
    View await(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        lock.lock();
        try {
            while (pending.size() == 0 && !over() && !machine.inputWanted()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                changed.await(Math.max(1, left / 1_000_000L), TimeUnit.MILLISECONDS);
            }
            byte[] out = pending.toByteArray();
            pending.reset();
            return new View(out, !over() && machine.inputWanted(), over());
        } finally {
            lock.unlock();
        }
    }

    /** Starts showing a prompt, unless output arrived meanwhile (then show that first). */
    boolean beginReading() {
        lock.lock();
        try {
            if (pending.size() > 0 || over() || !machine.inputWanted()) {
                return false;
            }
            reading = true;
            return true;
        } finally {
            lock.unlock();
        }
    }

    void endReading() {
        lock.lock();
        try {
            reading = false;
        } finally {
            lock.unlock();
        }
    }

    void type(byte[] line) {
        lock.lock();
        try {
            if (!over()) {
                machine.typeInput(line);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void typeEof() {
        lock.lock();
        try {
            if (!over()) {
                machine.typeEof();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The console reads key by key (ICANON cleared): the terminal thread sends each key. */
    boolean keysWanted() {
        lock.lock();
        try {
            return !over() && !machine.canonical();
        } finally {
            lock.unlock();
        }
    }

    /** Ctrl-C, Ctrl-Z and Ctrl-\ send signals (ISIG), rather than being typed as bytes. */
    boolean signalKeys() {
        lock.lock();
        try {
            return machine.signalKeys();
        } finally {
            lock.unlock();
        }
    }

    /** Output waiting for the terminal thread, taken without waiting (the key loop's). */
    byte[] takePending() {
        lock.lock();
        try {
            byte[] out = pending.toByteArray();
            pending.reset();
            return out;
        } finally {
            lock.unlock();
        }
    }

    /** The host terminal's size, for the console's winsize. */
    void resize(int rows, int cols) {
        lock.lock();
        try {
            if (!over() && rows > 0 && cols > 0) {
                machine.resize(rows, cols);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the console echoes what is typed (a program may have cleared ECHO). */
    boolean echo() {
        lock.lock();
        try {
            return machine.echo();
        } finally {
            lock.unlock();
        }
    }

    /** A directory listing for Tab completion, taken under the lock like every other look. */
    List<String> listDir(String path) {
        lock.lock();
        try {
            return machine.listDir(path);
        } finally {
            lock.unlock();
        }
    }

    void interrupt() {
        lock.lock();
        try {
            if (!over()) {
                machine.interrupt();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void suspend() {
        lock.lock();
        try {
            if (!over()) {
                machine.suspend();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void quit() {
        lock.lock();
        try {
            if (!over()) {
                machine.quit();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // ---- Tab by the shell's compspecs (terminal thread asks, kernel thread takes the answer) ----

    /**
     * Tab at the shell's prompt: the line up to the cursor, a TAB and VEOF typed into the
     * console (the shell's CompletionFrame takes such a read as a request), then waits up to
     * millis for the shell's answer, which {@link #publish} takes out of the output. Returns
     * the answer's text (OPTIONS;MATCHES), or null: the shell is not reading, the run is
     * over, the console is read again with no answer (a program's read took the line), or
     * no answer came in time (a late one is dropped when it comes).
     */
    String completeInShell(String text, long millis) throws InterruptedException {
        lock.lock();
        try {
            if (over() || !machine.inputWanted() || !machine.shellInForeground()) {
                return null;                // a job reads the line: Tab completes paths here
            }
            repliesDue++;
            reply = null;
            asking = true;
            machine.typeInput((text + "\t").getBytes(StandardCharsets.UTF_8));
            machine.typeEof();
            changed.signalAll();
            long deadline = System.nanoTime() + millis * 1_000_000L;
            try {
                while (reply == null && !over()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return null;
                    }
                    changed.await(left, TimeUnit.NANOSECONDS);
                    if (reply == null && machine.inputWanted()) {
                        // reading again: the shell's answer is written by now, or none comes
                        // (a program's read, such as read -p, took the line)
                        byte[] out = takeReplies(machine.takeOutput());
                        heldAbove.write(out, 0, out.length);
                        if (reply == null) {
                            repliesDue = Math.max(0, repliesDue - 1);
                            return null;
                        }
                    }
                }
            } finally {
                asking = false;
            }
            String r = reply;
            reply = null;
            return r;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The console's output without the shell's answers to Tab (ESC ] 7770 ; ... BEL), which
     * go to {@link #reply}; an answer split between two takes is gathered in replyPart.
     */
    private byte[] takeReplies(byte[] out) {
        if (repliesDue == 0 && replyPart == null) {
            return out;
        }
        String s = new String(out, StandardCharsets.ISO_8859_1);
        StringBuilder shown = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (replyPart == null) {
                int at = s.indexOf(REPLY_START, i);
                if (at < 0 || repliesDue == 0) {
                    shown.append(s, i, s.length());
                    break;
                }
                shown.append(s, i, at);
                replyPart = new StringBuilder();
                i = at + REPLY_START.length();
            } else {
                int end = s.indexOf(REPLY_END, i);
                if (end < 0) {
                    replyPart.append(s, i, s.length());
                    break;
                }
                replyPart.append(s, i, end);
                i = end + 1;
                byte[] bytes = replyPart.toString().getBytes(StandardCharsets.ISO_8859_1);
                replyPart = null;
                repliesDue--;
                if (repliesDue == 0) {              // the answer to the request waiting
                    reply = new String(bytes, StandardCharsets.UTF_8);
                }
                changed.signalAll();
            }
        }
        return shown.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    boolean over() {
        lock.lock();
        try {
            return sessionOver || timedOut;
        } finally {
            lock.unlock();
        }
    }

    boolean timedOut() {
        lock.lock();
        try {
            return timedOut && !sessionOver;
        } finally {
            lock.unlock();
        }
    }

    Throwable fault() {
        lock.lock();
        try {
            return fault;
        } finally {
            lock.unlock();
        }
    }

    String bootFailure() {
        lock.lock();
        try {
            return machine.bootFailure();
        } finally {
            lock.unlock();
        }
    }

    int exitStatus() {
        lock.lock();
        try {
            return timedOut() ? ScriptMode.TIMED_OUT : machine.sessionExitStatus();
        } finally {
            lock.unlock();
        }
    }
}
