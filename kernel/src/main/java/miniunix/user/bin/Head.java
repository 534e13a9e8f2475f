package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Quote;

/**
 * head(1): the first N lines (default 10) of each file, with -n N or the old -N form, or the
 * first N bytes with -c N. With
 * several files each gets a {@code ==> NAME <==} header, as coreutils print it. head stops
 * reading a file once it has its lines, so {@code yes | head -n 3} ends (yes gets SIGPIPE).
 * <pre>
 *   while (n-- &gt; 0 &amp;&amp; getline(&amp;line, ...) &gt; 0) fputs(line, stdout);
 * </pre>
 */
public final class Head extends LineFilter {
    private static final String USAGE = "Usage: head [OPTION]... [FILE]...\n"
            + "Print the first 10 lines of each FILE to standard output.\n"
            + "  -c, --bytes=NUM   print the first NUM bytes of each file\n"
            + "  -n, --lines=NUM   print the first NUM lines instead of the first 10\n";

    private long lines;
    /** -c: count bytes, not lines. */
    private boolean bytes;
    /** Lines (or bytes) still to print from this file. */
    private long left;
    private boolean headers;

    public Head(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(oldCount(argv), "n:c:", "bytes=c lines=n");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return status;
        }
        bytes = o.has('c');
        raw = bytes;
        String n = bytes ? o.get('c', "") : o.get('n', "10");
        lines = count(n);
        if (lines < 0) {
            String what = bytes ? "bytes" : "lines";
            err.print(prog() + ": invalid number of " + what + ": " + Quote.quote(n) + "\n");
            return 1;
        }
        files(o.operands);
        headers = fileList().size() > 1;
        return -1;
    }

    /** argv with the obsolete "-N" rewritten as "-n N" (head -3, tail -3). */
    static List<String> oldCount(List<String> argv) {
        List<String> a = new ArrayList<>(argv);
        for (int i = 1; i < a.size(); i++) {
            if (a.get(i).matches("-[0-9]+")) {
                a.set(i, "-n" + a.get(i).substring(1));
            }
        }
        return a;
    }

    /**
     * A count of up to 18 digits with coreutils' optional suffix (b 512, K or k 1024, KB or kB
     * 1000, M 1024^2, MB 1000^2, G 1024^3, GB 1000^3), or -1.
     */
    static long count(String s) {
        String digits = s.replaceFirst("(b|[kK]B?|MB?|GB?)$", "");
        if (!digits.matches("[0-9]{1,18}")) {
            return -1;
        }
        String suffix = s.substring(digits.length());
        long unit = switch (suffix) {
            case "" -> 1;
            case "b" -> 512;
            case "k", "K" -> 1024;
            case "kB", "KB" -> 1000;
            case "M" -> 1 << 20;
            case "MB" -> 1_000_000;
            case "G" -> 1 << 30;
            default -> 1_000_000_000;
        };
        long n = Long.parseLong(digits);
        return n > Long.MAX_VALUE / unit ? -1 : n * unit;
    }

    @Override
    protected void beginFile() {
        left = lines;
        if (headers) {
            header();
        }
        if (left == 0) {
            skipFile();
        }
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        int n = bytes ? (int) Math.min(len, left) : len;
        out.write(b, off, n);
        if (nl && (!bytes || n < left)) {
            out.print('\n');
        }
        left -= bytes ? n + (nl ? 1 : 0) : 1;
        if (left <= 0) {
            skipFile();
        }
    }

    @Override
    protected int end() {
        return failed ? 1 : 0;
    }

    /** coreutils head's own wording: "head: error writing 'standard output': ...". */
    @Override
    protected String writeError() {
        return "error writing 'standard output'";
    }
}
