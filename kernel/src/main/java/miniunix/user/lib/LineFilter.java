package miniunix.user.lib;

import java.util.Arrays;
import java.util.List;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * The line filter (cat, grep, wc, head, tail): reads each named file, or stdin when there is
 * none or the name is "-", to end of file and hands every line to {@link #line}. A file that
 * can't be opened or read gets {@code prog: NAME: strerror} on stderr and sets {@link #failed};
 * the others are still read, as coreutils do. With {@link #statFirst} every input is stat'ed
 * before the first is read (wc sizes its columns from that).
 *
 * <p>Lines are bytes, not Strings: binary input passes through untouched; a program that needs
 * text (grep) decodes the line itself.
 */
public abstract class LineFilter extends Proc {
    private enum Pc { BEGIN, OUTPUT, STAT, OPENED, READING, CLOSED }

    private static final int O_CREAT_WRONLY = Fcntl.O_WRONLY | Fcntl.O_CREAT | Fcntl.O_TRUNC;

    private Pc pc = Pc.BEGIN;
    private List<String> files = List.of("-");
    private int index = -1;
    private int fd;
    private boolean skip;
    private byte[] buf = new byte[65536];
    /** Where buf lives in the heap (-1 until the first read): each read writes into it. */
    private long bufAt = -1;
    /** A line that spans reads: its first part. */
    private byte[] partial = new byte[0];
    private int partialLen;
    /** Set when an input failed: the program exits non-zero. */
    protected boolean failed;
    /**
     * Raw mode (cat, head -c): each read's bytes go to {@link #line} as they come, newlines
     * included and nl false, so input without newlines (/dev/zero) still flows.
     */
    protected boolean raw;
    /** A file that takes the place of stdout ({@link #output}), or null. */
    private String outputPath;
    /** When true, {@link #stats} holds a stat of every input before the first line. */
    protected boolean statFirst;
    protected StatBuf[] stats = new StatBuf[0];

    protected LineFilter(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    /** Parses argv; calls {@link #files}; returns an exit status to stop at once, or -1. */
    protected abstract int begin();

    /** One line without its '\n'; nl is false for a last line that had none (or in raw mode). */
    protected abstract void line(byte[] b, int off, int len, boolean nl);

    /** All inputs are done: prints totals and returns the exit status. */
    protected abstract int end();

    /** Called before the first line of each input. */
    protected void beginFile() {
    }

    /** Called after the last line of each input that could be read. */
    protected void endFile() {
    }

    /**
     * An input could not be opened (opening) or read: by default {@code prog: NAME: strerror}
     * and the next input, as most coreutils do.
     */
    protected void inputFailed(String name, long ret, boolean opening) {
        perror(name, ret);
        failed = true;
    }

    /** The inputs: operands, or stdin when there are none. */
    protected final void files(List<String> operands) {
        files = operands.isEmpty() ? List.of("-") : List.copyOf(operands);
    }

    /**
     * Writes the output to this file instead of stdout (uniq's OUTPUT operand): it is created
     * or truncated before the first input is read; if that fails, {@code prog: NAME: strerror}
     * and exit status 1.
     */
    protected final void output(String path) {
        outputPath = path;
    }

    protected final List<String> fileList() {
        return files;
    }

    /** The input being read: its index in the list and its name ("-" for stdin). */
    protected final int fileIndex() {
        return index;
    }

    protected final String fileName() {
        return files.get(index);
    }

    /** head and tail's {@code ==> NAME <==} before each of several inputs, a blank line between. */
    protected final void header() {
        String name = fileName().equals("-") ? "standard input" : fileName();
        out.print(index > 0 ? "\n==> " : "==> ").print(name).print(" <==\n");
    }

    /** Stops reading the current input after this line (head has what it needs). */
    protected final void skipFile() {
        skip = true;
    }

    @Override
    protected final Trap step(long ret) {
        switch (pc) {
            case BEGIN:
                int status = begin();
                if (status >= 0) {
                    return exit(status);
                }
                if (outputPath != null) {
                    pc = Pc.OUTPUT;
                    return Libc.open(outputPath, O_CREAT_WRONLY, 0666);
                }
                return firstFile();
            case OUTPUT:
                if (ret < 0) {
                    perror(outputPath, ret);
                    return exit(1);
                }
                out = new Out((int) ret, runs);
                return firstFile();
            case STAT:
                if (ret < 0) {
                    stats[index] = null;
                }
                return statNext(index + 1);
            case OPENED:
                return opened(ret);
            case READING:
                return reading(ret);
            default:
                return nextFile();
        }
    }

    private Trap firstFile() {
        stats = new StatBuf[files.size()];
        return statFirst ? statNext(0) : nextFile();
    }

    private Trap statNext(int i) {
        if (i == files.size()) {
            index = -1;
            return nextFile();
        }
        index = i;
        pc = Pc.STAT;
        stats[i] = new StatBuf();
        String f = files.get(i);
        return f.equals("-") ? Libc.fstat(0, stats[i]) : Libc.stat(f, stats[i]);
    }

    private Trap nextFile() {
        if (++index == files.size()) {
            return exit(end());
        }
        skip = false;
        partialLen = 0;
        if (fileName().equals("-")) {
            return opened(0);
        }
        pc = Pc.OPENED;
        return Libc.open(fileName(), Fcntl.O_RDONLY, 0);
    }

    private Trap opened(long ret) {
        if (ret < 0) {
            inputFailed(fileName(), ret, true);
            return nextFile();
        }
        fd = (int) ret;
        beginFile();
        if (skip) {
            endFile();
            return close();
        }
        pc = Pc.READING;
        return Libc.read(fd, buf, 0, buf.length);
    }

    private Trap reading(long ret) {
        if (ret < 0) {
            inputFailed(fileName(), ret, false);
            return close();
        }
        if (ret == 0) {
            if (partialLen > 0) {
                line(partial, 0, partialLen, false);
            }
            endFile();
            return close();
        }
        if (bufAt < 0) {
            bufAt = malloc(buf.length);
        }
        // The kernel's copy wrote ret bytes into the buffer; the program then reads them.
        touch(bufAt, ret, true);
        if (raw) {
            line(buf, 0, (int) ret, false);
        } else {
            split((int) ret);
        }
        if (skip) {
            endFile();
            return close();
        }
        return Libc.read(fd, buf, 0, buf.length);
    }

    /** Delivers the complete lines in buf[0..n) and keeps the unfinished one. */
    private void split(int n) {
        int start = 0;
        for (int i = 0; i < n && !skip; i++) {
            if (buf[i] != '\n') {
                continue;
            }
            if (partialLen > 0) {
                keep(start, i);
                line(partial, 0, partialLen, true);
                partialLen = 0;
            } else {
                line(buf, start, i - start, true);
            }
            start = i + 1;
        }
        if (!skip && start < n) {
            keep(start, n);
        }
    }

    private void keep(int from, int to) {
        int n = to - from;
        if (partialLen + n > partial.length) {
            partial = Arrays.copyOf(partial, Math.max(partial.length * 2, partialLen + n));
        }
        System.arraycopy(buf, from, partial, partialLen, n);
        partialLen += n;
    }

    private Trap close() {
        if (fd == 0) {
            return nextFile();
        }
        pc = Pc.CLOSED;
        return new Syscall.Close(fd);
    }

    @Override
    protected void deepen() {
        buf = buf.clone();
        partial = partial.clone();
        stats = stats.clone();
        for (int i = 0; i < stats.length; i++) {
            stats[i] = stats[i] == null ? null : stats[i].copy();
        }
        deepenFilter();
    }

    /** Like {@link #deepen}, for the subclass's own mutable fields. */
    protected void deepenFilter() {
    }
}
