package miniunix.user.bin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;

/**
 * uniq(1) of coreutils: one line of each run of equal adjacent lines, from INPUT (or stdin) to
 * OUTPUT (or stdout); -c prefixes the run's length ("%7d "), -d prints only repeated lines, -u
 * only unrepeated ones, -i ignores case; -f N, -s N and -w N compare only part of each line
 * (skip N fields, then N characters, then compare at most N).
 * <pre>
 *   while (getline(&amp;line, ...) &gt; 0) {
 *       if (prev &amp;&amp; equal(prev, line)) { count++; continue; }
 *       if (prev) print(prev, count);  prev = line; count = 1;
 *   }
 * </pre>
 */
public final class Uniq extends LineFilter {
    private static final String USAGE = "Usage: uniq [OPTION]... [INPUT [OUTPUT]]\n"
            + "Filter adjacent matching lines from INPUT (or standard input),\n"
            + "writing to OUTPUT (or standard output).\n\n"
            + "With no options, matching lines are merged to the first occurrence.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "  -c, --count           prefix lines by the number of occurrences\n"
            + "  -d, --repeated        only print duplicate lines, one for each group\n"
            + "  -f, --skip-fields=N   avoid comparing the first N fields\n"
            + "  -i, --ignore-case     ignore differences in case when comparing\n"
            + "  -s, --skip-chars=N    avoid comparing the first N characters\n"
            + "  -u, --unique          only print unique lines\n"
            + "  -w, --check-chars=N   compare no more than N characters in lines\n"
            + "      --help        display this help and exit\n\n"
            + "A field is a run of blanks (usually spaces and/or TABs), then non-blank\n"
            + "characters.  Fields are skipped before chars.\n\n"
            + "Note: 'uniq' does not detect repeated lines unless they are adjacent.\n"
            + "You may want to sort the input first, or use 'sort -u' without 'uniq'.\n";
    private static final String LONG = "count=c repeated=d skip-fields=f ignore-case=i"
            + " skip-chars=s unique=u check-chars=w";

    private boolean count;
    private boolean repeated;
    private boolean unique;
    private boolean ignoreCase;
    private long skipFields;
    private long skipChars;
    private long checkChars;
    /** The first line of the current run, and the run's length (0 before the first line). */
    private byte[] prev = new byte[0];
    private long run;

    public Uniq(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(argv, "cdf:is:uw:", LONG);
        int status = checkOpts(o, USAGE, 1);
        if (status < 0 && o.operands.size() > 2) {
            err.print(prog()).print(": extra operand \u2018").print(o.operands.get(2));
            err.print("\u2019\n").print(Opts.tryHelp(prog())).print('\n');
            status = 1;
        }
        if (status >= 0) {
            return status;
        }
        count = o.has('c');
        repeated = o.has('d');
        unique = o.has('u');
        ignoreCase = o.has('i');
        skipFields = number(o.get('f', "0"), "fields to skip");
        skipChars = skipFields < 0 ? -1 : number(o.get('s', "0"), "bytes to skip");
        checkChars = skipChars < 0 ? -1 : number(o.get('w', "" + Integer.MAX_VALUE),
                "bytes to compare");
        if (checkChars < 0) {
            return 1;
        }
        files(o.operands.isEmpty() ? List.of() : o.operands.subList(0, 1));
        if (o.operands.size() == 2) {
            output(o.operands.get(1));
        }
        return -1;
    }

    /** A count option's value (huge ones saturated), or -1 after uniq's error line. */
    private long number(String s, String what) {
        if (s.matches("[0-9]+")) {
            return s.length() > 9 ? Integer.MAX_VALUE : Long.parseLong(s);
        }
        err.print(prog()).print(": ").print(s).print(": invalid number of ").print(what);
        err.print('\n');
        return -1;
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        if (run > 0 && equal(prev, 0, prev.length, b, off, off + len)) {
            run++;
            return;
        }
        flush();
        prev = Arrays.copyOfRange(b, off, off + len);
        run = 1;
    }

    /** Prints the run that has ended, as -c, -d and -u ask. */
    private void flush() {
        if (run == 0 || repeated && run == 1 || unique && run > 1) {
            return;
        }
        if (count) {
            out.print(String.format(Locale.ROOT, "%7d ", run));
        }
        out.write(prev, 0, prev.length).print('\n');
    }

    private boolean equal(byte[] a, int a0, int a1, byte[] b, int b0, int b1) {
        a0 = skip(a, a0, a1);
        b0 = skip(b, b0, b1);
        int na = (int) Math.min(a1 - a0, checkChars);
        int nb = (int) Math.min(b1 - b0, checkChars);
        if (na != nb) {
            return false;
        }
        for (int i = 0; i < na; i++) {
            int x = a[a0 + i];
            int y = b[b0 + i];
            if (x != y && !(ignoreCase && upper(x) == upper(y))) {
                return false;
            }
        }
        return true;
    }

    /** Where comparing starts: after -f fields, then -s characters (uniq.c find_field). */
    private int skip(byte[] s, int p, int lim) {
        for (long f = 0; f < skipFields && p < lim; f++) {
            while (p < lim && SortKey.isBlank(s[p])) {
                p++;
            }
            while (p < lim && !SortKey.isBlank(s[p])) {
                p++;
            }
        }
        return (int) Math.min(lim, p + skipChars);
    }

    private static int upper(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    @Override
    protected int end() {
        flush();
        return failed ? 1 : 0;
    }

    @Override
    protected void deepenFilter() {
        prev = prev.clone();
    }
}
