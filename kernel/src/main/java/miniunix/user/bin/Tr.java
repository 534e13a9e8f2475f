package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Quote;

/**
 * tr(1) of coreutils: copies stdin to stdout translating the bytes of ARRAY1 to those of
 * ARRAY2 (the last one repeated if ARRAY2 is shorter, unless -t), or deleting them (-d), and
 * squeezing runs of a byte of the last ARRAY to one (-s); -c uses every byte not in ARRAY1, in
 * ascending order. The arrays are {@link TrSet}s. Bytes, not characters: the C locale.
 * <pre>
 *   while ((n = read(0, buf, sizeof buf)) &gt; 0)
 *       for (i = 0; i &lt; n; i++)
 *           if (!del[c = buf[i]] &amp;&amp; !(squeeze[c = xlate[c]] &amp;&amp; c == last))
 *               putchar(last = c);
 * </pre>
 */
public final class Tr extends LineFilter {
    private static final String USAGE = "Usage: tr [OPTION]... STRING1 [STRING2]\n"
            + "Translate, squeeze, and/or delete characters from standard input,\n"
            + "writing to standard output.  STRING1 and STRING2 specify arrays of\n"
            + "characters ARRAY1 and ARRAY2 that control the action.\n\n"
            + "  -c, -C, --complement    use the complement of ARRAY1\n"
            + "  -d, --delete            delete characters in ARRAY1, do not translate\n"
            + "  -s, --squeeze-repeats   replace each sequence of a repeated character\n"
            + "                            that is listed in the last specified ARRAY,\n"
            + "                            with a single occurrence of that character\n"
            + "  -t, --truncate-set1     first truncate ARRAY1 to length of ARRAY2\n"
            + "      --help        display this help and exit\n\n"
            + "ARRAYs are specified as strings of characters.  Most represent themselves.\n"
            + "Interpreted sequences are:\n\n"
            + "  \\NNN            character with octal value NNN (1 to 3 octal digits)\n"
            + "  \\\\              backslash\n"
            + "  \\n              new line\n"
            + "  \\t              horizontal tab\n"
            + "  CHAR1-CHAR2     all characters from CHAR1 to CHAR2 in ascending order\n"
            + "  [CHAR*]         in ARRAY2, copies of CHAR until length of ARRAY1\n"
            + "  [CHAR*REPEAT]   REPEAT copies of CHAR, REPEAT octal if starting with 0\n"
            + "  [:alnum:]       all letters and digits\n"
            + "  [:alpha:]       all letters\n"
            + "  [:digit:]       all digits\n"
            + "  [:lower:]       all lower case letters\n"
            + "  [:space:]       all horizontal or vertical whitespace\n"
            + "  [:upper:]       all upper case letters\n";

    private byte[] xlate = new byte[256];
    private boolean[] delete = new boolean[256];
    private boolean[] squeeze = new boolean[256];
    /** The last byte written, for -s; -1 before the first. */
    private int last = -1;

    public Tr(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(argv, "+cCdst", "complement=c delete=d squeeze-repeats=s"
                + " truncate-set1=t");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return status;
        }
        boolean del = o.has('d');
        boolean sq = o.has('s');
        boolean translating = !del && o.operands.size() > 1;
        String problem = operandProblem(o.operands, del, sq);
        if (problem != null) {
            err.print(prog()).print(": ").print(problem).print('\n');
            err.print(Opts.tryHelp(prog())).print('\n');
            return 1;
        }
        try {
            tables(o, translating);
        } catch (IllegalArgumentException e) {
            err.print(prog()).print(": ").print(e.getMessage()).print('\n');
            return 1;
        }
        files(List.of());
        raw = true;
        return -1;
    }

    /** Builds the translate, delete and squeeze tables from the operands. */
    private void tables(Opts o, boolean translating) {
        for (int c = 0; c < 256; c++) {
            xlate[c] = (byte) c;
        }
        boolean complement = o.has('c') || o.has('C');
        TrSet set1 = TrSet.parse(o.operands.get(0), false);
        TrSet set2 = o.operands.size() > 1 ? TrSet.parse(o.operands.get(1), translating) : null;
        if (set1.lonelyBackslash || set2 != null && set2.lonelyBackslash) {
            err.print(prog()).print(": warning: an unescaped backslash at end of string is"
                    + " not portable\n");
        }
        boolean[] in1 = members(set1, complement);
        if (translating) {
            translate(set1, set2, in1, complement, o.has('t'));
        }
        delete = o.has('d') ? in1 : delete;
        squeeze = !o.has('s') ? squeeze : set2 != null ? members(set2, false) : in1;
    }

    /** What is wrong with the number of operands, in tr.c's words, or null. */
    private static String operandProblem(List<String> ops, boolean del, boolean sq) {
        int min = del == sq ? 2 : 1;
        int max = !del || sq ? 2 : 1;
        if (ops.isEmpty()) {
            return "missing operand";
        }
        if (ops.size() < min) {
            return "missing operand after " + Quote.quote(ops.get(ops.size() - 1))
                    + "\nTwo strings must be given when "
                    + (sq ? "both deleting and squeezing repeats." : "translating.");
        }
        if (ops.size() > max) {
            return "extra operand " + Quote.quote(ops.get(max)) + (ops.size() == 2
                    ? "\nOnly one string may be given when deleting without squeezing repeats."
                    : "");
        }
        return null;
    }

    /** The bytes of a set, or of its complement. */
    private static boolean[] members(TrSet set, boolean complement) {
        boolean[] in = new boolean[256];
        for (int b : set.bytes) {
            in[b] = true;
        }
        if (complement) {
            for (int c = 0; c < 256; c++) {
                in[c] = !in[c];
            }
        }
        return in;
    }

    private void translate(TrSet set1, TrSet set2, boolean[] in1, boolean complement,
                           boolean truncate) {
        List<Integer> from = set1.bytes;
        if (complement) {
            from = new ArrayList<>();
            for (int c = 0; c < 256; c++) {
                if (in1[c]) {
                    from.add(c);
                }
            }
        }
        set2.fill(from.size());
        checkCases(set1, set2);
        if (set2.size() == 0 && !truncate) {
            throw new IllegalArgumentException("when not truncating set1, string2 must be"
                    + " non-empty");
        }
        int n = truncate ? Math.min(from.size(), set2.size()) : from.size();
        for (int k = 0; k < n; k++) {
            xlate[from.get(k)] = (byte) (int) set2.bytes.get(Math.min(k, set2.size() - 1));
        }
    }

    /** A [:upper:] or [:lower:] in ARRAY2 must face one of the two in ARRAY1. */
    private static void checkCases(TrSet set1, TrSet set2) {
        for (int k = 0; k < set2.size(); k++) {
            char c2 = set2.caseClass.get(k);
            char c1 = k < set1.size() ? set1.caseClass.get(k) : 0;
            if (c2 != 0 && c1 == 0) {
                throw new IllegalArgumentException("misaligned [:upper:] and/or [:lower:]"
                        + " construct");
            }
        }
    }

    /** A chunk of input (raw mode): translated in place, in the read buffer it came in. */
    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        int n = 0;
        for (int k = off; k < off + len; k++) {
            int c = b[k] & 0xff;
            if (delete[c]) {
                continue;
            }
            c = xlate[c] & 0xff;
            if (squeeze[c] && c == last) {
                continue;
            }
            b[off + n++] = (byte) c;
            last = c;
        }
        out.write(b, off, n);
    }

    @Override
    protected int end() {
        return failed ? 1 : 0;
    }

    @Override
    protected void deepenFilter() {
        xlate = xlate.clone();
        delete = delete.clone();
        squeeze = squeeze.clone();
    }
}
