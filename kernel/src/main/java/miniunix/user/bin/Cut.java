package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;

/**
 * cut(1) of coreutils: prints the selected bytes (-b, and -c, which GNU also counts in bytes)
 * or fields (-f, split at -d's character, TAB by default) of each line. A line without the
 * delimiter is printed whole with -f, or not at all with -s. --complement selects the rest;
 * --output-delimiter goes between fields, and between byte ranges.
 * <pre>
 *   while (getline(&amp;line, ...) &gt; 0)
 *       for (i = 1; i &lt;= len; i++) if (selected(i)) putchar(line[i - 1]);
 * </pre>
 * Simplified: no -z.
 */
public final class Cut extends LineFilter {
    private static final String USAGE = "Usage: cut OPTION... [FILE]...\n"
            + "Print selected parts of lines from each FILE to standard output.\n\n"
            + "With no FILE, or when FILE is -, read standard input.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "  -b, --bytes=LIST        select only these bytes\n"
            + "  -c, --characters=LIST   select only these characters\n"
            + "  -d, --delimiter=DELIM   use DELIM instead of TAB for field delimiter\n"
            + "  -f, --fields=LIST       select only these fields;  also print any line\n"
            + "                            that contains no delimiter character, unless\n"
            + "                            the -s option is specified\n"
            + "  -n                      (ignored)\n"
            + "      --complement        complement the set of selected bytes, characters\n"
            + "                            or fields\n"
            + "  -s, --only-delimited    do not print lines not containing delimiters\n"
            + "      --output-delimiter=STRING  use STRING as the output delimiter\n"
            + "                            the default is to use the input delimiter\n"
            + "      --help        display this help and exit\n";
    private static final char COMPLEMENT = '\u0080';
    private static final char OUTPUT_DELIMITER = '\u0081';

    private CutList list;
    private boolean fields;
    private byte delim = '\t';
    private boolean onlyDelimited;
    /** Between fields or byte ranges; null means the input delimiter (fields) or nothing. */
    private byte[] outDelim;

    public Cut(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(argv, "b:c:d:f:ns\u0080\u0081:", "bytes=b characters=c delimiter=d"
                + " fields=f only-delimited=s complement=\u0080 output-delimiter=\u0081");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return status;
        }
        String problem = problem(o);
        if (problem != null) {
            err.print(prog()).print(": ").print(problem).print('\n');
            err.print(Opts.tryHelp(prog())).print('\n');
            return 1;
        }
        fields = o.has('f');
        String spec = o.get('f', o.get('b', o.get('c', "")));
        list = CutList.parse(spec, fields, o.has(COMPLEMENT));
        if (list.error != null) {
            err.print(prog()).print(": ").print(list.error).print('\n');
            err.print(Opts.tryHelp(prog())).print('\n');
            return 1;
        }
        byte[] d = o.get('d', "\t").getBytes(StandardCharsets.UTF_8);
        delim = d.length == 0 ? 0 : d[0];
        onlyDelimited = o.has('s');
        String od = o.get(OUTPUT_DELIMITER, null);
        outDelim = od == null ? null : od.getBytes(StandardCharsets.UTF_8);
        files(o.operands);
        return -1;
    }

    /** What is wrong with the options, in coreutils' order and words, or null. */
    private static String problem(Opts o) {
        int lists = (o.has('b') ? 1 : 0) + (o.has('c') ? 1 : 0) + (o.has('f') ? 1 : 0);
        if (lists > 1) {
            return "only one list may be specified";
        }
        if (o.get('d', "").getBytes(StandardCharsets.UTF_8).length > 1) {
            return "the delimiter must be a single character";
        }
        if (lists == 0) {
            return "you must specify a list of bytes, characters, or fields";
        }
        if (o.has('d') && !o.has('f')) {
            return "an input delimiter may be specified only when operating on fields";
        }
        if (o.has('s') && !o.has('f')) {
            return "suppressing non-delimited lines makes sense\n"
                    + "\tonly when operating on fields";
        }
        return null;
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        if (fields) {
            fields(b, off, len);
        } else {
            bytes(b, off, len);
        }
    }

    private void bytes(byte[] b, int off, int len) {
        int range = -1;
        for (int i = 0; i < len; i++) {
            int r = list.rangeOf(i + 1);
            if (r < 0) {
                continue;
            }
            if (range >= 0 && r != range && outDelim != null) {
                out.write(outDelim, 0, outDelim.length);
            }
            range = r;
            out.write(b, off + i, 1);
        }
        out.print('\n');
    }

    private void fields(byte[] b, int off, int len) {
        int end = off + len;
        int first = indexOf(b, off, end);
        if (first < 0) {
            if (!onlyDelimited) {
                out.write(b, off, len).print('\n');
            }
            return;
        }
        boolean printed = false;
        long field = 1;
        for (int start = off; start <= end; field++) {
            int stop = indexOf(b, start, end);
            stop = stop < 0 ? end : stop;
            if (list.rangeOf(field) >= 0) {
                if (printed) {
                    writeDelimiter();
                }
                out.write(b, start, stop - start);
                printed = true;
            }
            start = stop + 1;
        }
        out.print('\n');
    }

    private void writeDelimiter() {
        if (outDelim != null) {
            out.write(outDelim, 0, outDelim.length);
        } else {
            out.write(new byte[] {delim}, 0, 1);
        }
    }

    private int indexOf(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == delim) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected int end() {
        return failed ? 1 : 0;
    }
}
