package miniunix.user.lib;

import java.util.List;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * The "sample, print, sleep" program (vmstat DELAY COUNT, free -s, uptime): {@link #start}
 * parses the arguments; then for each sample the files {@link #files} names are read whole
 * (open, read, close, as procps re-reads /proc each time), {@link #sample} prints from their
 * texts and says whether another sample follows, and the program sleeps
 * {@link #intervalNanos} of simulated time (nanosleep) before the next.
 *
 * <pre>
 *   for (n = 0;; n++) { read files; if (!sample(n, texts)) break; nanosleep(interval); }
 * </pre>
 */
public abstract class Sampler extends Proc {
    private enum Pc { START, READING, SLEPT }

    private Pc pc = Pc.START;
    private int sample;
    private int file;
    private Fetch current;
    private String[] texts;

    protected Sampler(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    /** Parses the arguments; returns an exit status to stop at once, or -1 to sample. */
    protected abstract int start();

    /** The files read before each sample, in order. */
    protected abstract List<String> files();

    /**
     * Prints sample n (0 first) from the files' texts (null where a file could not be read);
     * returns true if another sample follows.
     */
    protected abstract boolean sample(int n, String[] texts);

    /** The time between samples. */
    protected abstract long intervalNanos();

    /** The exit status once the last sample is printed. */
    protected int status() {
        return 0;
    }

    @Override
    protected final Trap step(long ret) {
        if (pc == Pc.START) {
            int status = start();
            if (status >= 0) {
                return exit(status);
            }
            return beginSample();
        }
        if (pc == Pc.SLEPT) {
            return beginSample();
        }
        Trap t = current.next(ret);
        while (t == null) {
            texts[file] = current.error == 0 ? current.text() : null;
            file++;
            if (file < texts.length) {
                current = new Fetch(Fetch.Kind.FILE, files().get(file), file);
                t = current.next(0);
                continue;
            }
            if (!sample(sample++, texts)) {
                return exit(status());
            }
            pc = Pc.SLEPT;
            return new Syscall.Nanosleep(intervalNanos());
        }
        return t;
    }

    private Trap beginSample() {
        pc = Pc.READING;
        texts = new String[files().size()];
        file = 0;
        current = new Fetch(Fetch.Kind.FILE, files().get(0), 0);
        return step(0);
    }

    @Override
    protected void deepen() {
        texts = texts == null ? null : texts.clone();
        current = current == null ? null : current.copy();
        deepenSampler();
    }

    /** Like {@link #deepen}, for the subclass's own mutable fields. */
    protected void deepenSampler() {
    }
}
