package miniunix.kernel.tty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import miniunix.kernel.proc.WaitQueue;

/**
 * The host's standard streams, seen from inside the machine as three character devices,
 * /dev/host/stdin, /dev/host/stdout and /dev/host/stderr: what a VM's host console ports
 * (Linux drivers/tty/hvc, QEMU's {@code -serial stdio}) are to a guest. In script mode the
 * login shell gets them as fds 0, 1 and 2, so a script's standard streams are the host's, as
 * with {@code sh script < in > out 2> err} on a real machine; the console (tty1) stays the
 * session's controlling terminal.
 *
 * <p>The kernel never touches the host: the front end types what the host's stdin holds
 * ({@link #type}, {@link #typeEof}) when a reader waits, and takes what was written
 * ({@link #takeOutput}) as one ordered list of chunks tagged with their stream, so that
 * stdout and stderr reach one host file in the order they were written (2&gt;&amp;1).
 *
 * <p>Reads return at most one line, as bash reads a script from a pipe a byte at a time:
 * a shell reading its commands from stdin never takes input meant for the commands it runs
 * (`read`, `cat`), which read on from where it stopped. End of file is sticky, as a file's.
 * Output waiting for the front end is bounded like a terminal's ({@link Tty#OUTPUT_MAX}).
 */
public final class HostStdio {
    /** The streams, by the fd they are in a shell run from the host. */
    public static final int STDIN = 0;
    public static final int STDOUT = 1;
    public static final int STDERR = 2;

    /** Bytes written to one host stream, in write order with the other stream's. */
    public record Chunk(int fd, byte[] bytes) {
    }

    private byte[] input = new byte[256];
    private int inStart;
    private int inEnd;
    private boolean eof;
    public final WaitQueue readWait = new WaitQueue();

    /** Output not yet taken, and where each stream's run ends in it (fds in runFd). */
    private byte[] output = new byte[4096];
    private int outLen;
    private final List<Integer> runEnd = new ArrayList<>();
    private final List<Integer> runFd = new ArrayList<>();
    public final WaitQueue writeWait = new WaitQueue();

    // The front end's side.

    /** Bytes read from the host's stdin, queued for readers. */
    public void type(byte[] bytes) {
        if (inStart > 0) {
            System.arraycopy(input, inStart, input, 0, inEnd - inStart);
            inEnd -= inStart;
            inStart = 0;
        }
        if (inEnd + bytes.length > input.length) {
            input = Arrays.copyOf(input, Math.max(input.length * 2, inEnd + bytes.length));
        }
        System.arraycopy(bytes, 0, input, inEnd, bytes.length);
        inEnd += bytes.length;
    }

    /** The host's stdin is at its end: once the queue is drained every read returns 0. */
    public void typeEof() {
        eof = true;
    }

    /** True when a read would not sleep. */
    public boolean hasInput() {
        return inEnd > inStart || eof;
    }

    /** Everything written since the last call, in order, runs of one stream merged. */
    public List<Chunk> takeOutput() {
        List<Chunk> out = new ArrayList<>(runEnd.size());
        int start = 0;
        for (int i = 0; i < runEnd.size(); i++) {
            out.add(new Chunk(runFd.get(i), Arrays.copyOfRange(output, start, runEnd.get(i))));
            start = runEnd.get(i);
        }
        runEnd.clear();
        runFd.clear();
        outLen = 0;
        if (output.length > Tty.OUTPUT_MAX) {
            output = new byte[4096];
        }
        return out;
    }

    // The process side.

    /** Reads at most one line (up to len bytes): the count, 0 at end of file, -1 to sleep. */
    public int read(byte[] buf, int off, int len) {
        if (inEnd == inStart) {
            return eof ? 0 : -1;
        }
        int n = 0;
        while (n < len && inStart + n < inEnd) {
            if (input[inStart + n++] == '\n') {
                break;
            }
        }
        System.arraycopy(input, inStart, buf, off, n);
        inStart += n;
        return n;
    }

    public boolean outputFull() {
        return outLen >= Tty.OUTPUT_MAX;
    }

    /** Appends output to stream fd; the caller checks {@link #outputFull} first. */
    public void write(int fd, byte[] buf, int off, int len) {
        if (outLen + len > output.length) {
            output = Arrays.copyOf(output, Math.max(output.length * 2, outLen + len));
        }
        System.arraycopy(buf, off, output, outLen, len);
        outLen += len;
        int last = runFd.size() - 1;
        if (last >= 0 && runFd.get(last) == fd) {
            runEnd.set(last, outLen);
        } else {
            runFd.add(fd);
            runEnd.add(outLen);
        }
    }
}
