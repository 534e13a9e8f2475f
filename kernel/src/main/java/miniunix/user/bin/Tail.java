package miniunix.user.bin;

import java.util.Arrays;
import java.util.List;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Quote;

/**
 * tail(1): the last N lines (default 10) of each file with -n N, or everything from line N on
 * with -n +N; -c N and -c +N count bytes instead. Counts take coreutils' suffixes (2k is
 * 2048, 1MB is 1000000). Keeps the last N lines (or bytes) in a ring, as tail does for a pipe.
 * <pre>
 *   while (getline(&amp;line, ...) &gt; 0) ring[n++ % N] = strdup(line);   // then print the ring
 * </pre>
 */
public final class Tail extends LineFilter {
    private static final String USAGE = "Usage: tail [OPTION]... [FILE]...\n"
            + "Print the last 10 lines of each FILE to standard output.\n"
            + "  -c, --bytes=[+]NUM   output the last NUM bytes; or use -c +NUM to output\n"
            + "                       starting with byte NUM of each file\n"
            + "  -n, --lines=[+]NUM   output the last NUM lines, instead of the last 10;\n"
            + "                       or use -n +NUM to skip NUM-1 lines at the start\n";

    /** The most lines or bytes tail keeps in memory (a guard for the host's memory). */
    private static final long MAX_KEPT = 1_000_000;

    private long lines;
    /** -n +N: print from line N on instead of keeping a ring. */
    private boolean fromStart;
    private boolean headers;
    private long seen;
    private byte[][] ring = new byte[0][];
    /** -c: count bytes; the last ones are kept in bytesRing. */
    private boolean bytes;
    private byte[] bytesRing = new byte[0];

    public Tail(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(Head.oldCount(argv), "c:n:", "bytes=c lines=n");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return status;
        }
        bytes = o.has('c');
        raw = bytes;
        String n = bytes ? o.get('c', "") : o.get('n', "10");
        fromStart = n.startsWith("+");
        lines = Head.count(fromStart || n.startsWith("-") ? n.substring(1) : n);
        if (lines < 0 || !fromStart && lines > MAX_KEPT) {
            err.print(prog()).print(": invalid number of ").print(bytes ? "bytes" : "lines");
            err.print(": ").print(Quote.quote(n)).print('\n');
            return 1;
        }
        files(o.operands);
        headers = fileList().size() > 1;
        return -1;
    }

    @Override
    protected void beginFile() {
        seen = 0;
        if (bytes) {
            bytesRing = new byte[fromStart ? 0 : (int) lines];
        }
        ring = new byte[fromStart || bytes ? 0 : (int) lines][];
        if (headers) {
            header();
        }
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        if (bytes) {
            bytes(b, off, len);
            return;
        }
        seen++;
        if (fromStart) {
            if (seen >= lines) {
                out.write(b, off, len).print(nl ? "\n" : "");
            }
        } else if (ring.length > 0) {
            byte[] l = Arrays.copyOfRange(b, off, off + len + (nl ? 1 : 0));
            if (nl) {
                l[len] = '\n';
            }
            ring[(int) ((seen - 1) % ring.length)] = l;
        }
    }

    /** -c: a chunk of raw input; seen counts bytes. */
    private void bytes(byte[] b, int off, int len) {
        if (fromStart) {
            long skip = Math.max(0, Math.min(len, lines - 1 - seen));
            out.write(b, off + (int) skip, len - (int) skip);
        } else {
            for (int i = 0; i < len && bytesRing.length > 0; i++) {
                bytesRing[(int) ((seen + i) % bytesRing.length)] = b[off + i];
            }
        }
        seen += len;
    }

    @Override
    protected void endFile() {
        if (bytes) {
            for (long i = Math.max(0, seen - bytesRing.length); i < seen && !fromStart; i++) {
                out.write(bytesRing, (int) (i % bytesRing.length), 1);
            }
            return;
        }
        long first = Math.max(0, seen - ring.length);
        for (long i = first; i < seen; i++) {
            byte[] l = ring[(int) (i % ring.length)];
            out.write(l, 0, l.length);
        }
    }

    @Override
    protected int end() {
        return failed ? 1 : 0;
    }

    @Override
    protected void deepenFilter() {
        ring = ring.clone();
        bytesRing = bytesRing.clone();
    }
}
