package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.StatBuf;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;

/**
 * wc(1) with -l -w -c: newline, word and byte counts per file, and a total line for several
 * files. Columns are as wide as GNU makes them: the digits of the summed sizes of the regular
 * files, at least 7 when an input is not a regular file (a pipe), and 1 when a single count of
 * a single input is printed.
 * <pre>
 *   while ((c = getc(f)) != EOF) { bytes++; if (c == '\n') lines++; words += start_of_word; }
 * </pre>
 */
public final class Wc extends LineFilter {
    private static final String USAGE = "Usage: wc [OPTION]... [FILE]...\n"
            + "Print newline, word, and byte counts for each FILE, and a total line if\n"
            + "more than one FILE is specified.\n"
            + "  -c, --bytes   print the byte counts\n"
            + "  -l, --lines   print the newline counts\n"
            + "  -w, --words   print the word counts\n";

    /** Which counts to print: lines, words, bytes. */
    private boolean[] show = new boolean[3];
    /** Counts of the current input, then the totals. */
    private long[] counts = new long[3];
    private long[] totals = new long[3];
    private boolean named;
    private int width;

    public Wc(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(argv, "lwc");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return status;
        }
        boolean any = o.has('l') || o.has('w') || o.has('c');
        show = new boolean[] {!any || o.has('l'), !any || o.has('w'), !any || o.has('c')};
        named = !o.operands.isEmpty();
        files(o.operands);
        statFirst = true;
        return -1;
    }

    @Override
    protected void beginFile() {
        counts = new long[3];
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        counts[0] += nl ? 1 : 0;
        counts[2] += len + (nl ? 1 : 0);
        boolean inWord = false;
        for (int i = off; i < off + len; i++) {
            boolean space = isSpace(b[i]);
            if (!space && !inWord) {
                counts[1]++;
            }
            inWord = !space;
        }
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    @Override
    protected void endFile() {
        if (width == 0) {
            width = width(stats, shown());
        }
        print(counts, named ? fileName() : null);
        for (int i = 0; i < 3; i++) {
            totals[i] += counts[i];
        }
    }

    @Override
    protected int end() {
        if (fileList().size() > 1) {
            print(totals, "total");
        }
        return failed ? 1 : 0;
    }

    private void print(long[] c, String name) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            if (show[i]) {
                String n = Long.toString(c[i]);
                line.append(line.length() > 0 ? " " : "");
                line.append(" ".repeat(Math.max(0, width - n.length()))).append(n);
            }
        }
        if (name != null) {
            line.append(' ').append(name);
        }
        out.print(line.append('\n').toString());
    }

    private int shown() {
        return (show[0] ? 1 : 0) + (show[1] ? 1 : 0) + (show[2] ? 1 : 0);
    }

    /** GNU wc's compute_number_width over the inputs' stats (null: could not be stat'ed). */
    static int width(StatBuf[] stats, int shown) {
        if (stats.length == 1 && shown == 1 || stats.length == 0 || stats[0] == null) {
            return 1;
        }
        int minimum = 1;
        long regular = 0;
        for (StatBuf st : stats) {
            if (st != null && st.isRegular()) {
                regular += st.size;
            } else if (st != null) {
                minimum = 7;
            }
        }
        return Math.max(minimum, Long.toString(regular).length());
    }

    @Override
    protected void deepenFilter() {
        show = show.clone();
        counts = counts.clone();
        totals = totals.clone();
    }
}
