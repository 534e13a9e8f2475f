package miniunix.user.bin;

import java.util.Arrays;
import java.util.List;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;

/**
 * tail(1): the last N lines (default 10) of each file with -n N, or everything from line N on
 * with -n +N. Keeps the last N lines in a ring, as tail does for a pipe.
 * <pre>
 *   while (getline(&amp;line, ...) &gt; 0) ring[n++ % N] = strdup(line);   // then print the ring
 * </pre>
 */
public final class Tail extends LineFilter {
    private static final String USAGE = "Usage: tail [OPTION]... [FILE]...\n"
            + "Print the last 10 lines of each FILE to standard output.\n"
            + "  -n, --lines=[+]NUM   output the last NUM lines, instead of the last 10;\n"
            + "                       or use -n +NUM to skip NUM-1 lines at the start\n";

    private long lines;
    /** -n +N: print from line N on instead of keeping a ring. */
    private boolean fromStart;
    private boolean headers;
    private long seen;
    private byte[][] ring = new byte[0][];

    public Tail(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(Head.oldCount(argv), "n:", "lines=n");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return status;
        }
        String n = o.get('n', "10");
        fromStart = n.startsWith("+");
        lines = Head.count(fromStart ? n.substring(1) : n);
        if (lines < 0 || !fromStart && lines > 1_000_000) {
            err.print(prog() + ": invalid number of lines: '" + n + "'\n");
            return 1;
        }
        files(o.operands);
        headers = fileList().size() > 1;
        return -1;
    }

    @Override
    protected void beginFile() {
        seen = 0;
        ring = new byte[fromStart ? 0 : (int) lines][];
        if (headers) {
            header();
        }
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
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

    @Override
    protected void endFile() {
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
    }
}
