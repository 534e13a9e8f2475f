package miniunix.user.bin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;

/**
 * sort(1) of coreutils: the lines of all inputs, sorted bytewise (LC_ALL=C), by keys
 * ({@link SortKey}: -k POS1[,POS2] with -t SEP) or the whole line, -n numerically, -f
 * ignoring case, -b ignoring leading blanks, -r reversed. Lines whose keys are equal fall back
 * to comparing whole lines (reversed by -r too) unless -s or -u; -u prints the first of each
 * run of equal lines. The sort is stable, a merge sort like GNU's.
 * <pre>
 *   while (getline(&amp;line, ...) &gt; 0) lines[n++] = line;
 *   qsort(lines, n, sizeof *lines, compare);  for (i = 0; i &lt; n; i++) puts(lines[i]);
 * </pre>
 * Simplified: no -c, -m, -o, -z, and of the ordering options only b, f, n, r.
 */
public final class Sort extends LineFilter {
    private static final String USAGE = "Usage: sort [OPTION]... [FILE]...\n"
            + "Write sorted concatenation of all FILE(s) to standard output.\n\n"
            + "With no FILE, or when FILE is -, read standard input.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "Ordering options:\n\n"
            + "  -b, --ignore-leading-blanks  ignore leading blanks\n"
            + "  -f, --ignore-case           fold lower case to upper case characters\n"
            + "  -n, --numeric-sort          compare according to string numerical value\n"
            + "  -r, --reverse               reverse the result of comparisons\n\n"
            + "Other options:\n\n"
            + "  -k, --key=KEYDEF          sort via a key; KEYDEF gives location and type\n"
            + "  -s, --stable              stabilize sort by disabling last-resort comparison\n"
            + "  -t, --field-separator=SEP  use SEP instead of non-blank to blank transition\n"
            + "  -u, --unique              output only the first of an equal run\n"
            + "      --help        display this help and exit\n\n"
            + "KEYDEF is F[.C][OPTS][,F[.C][OPTS]] for start and stop position, where F is a\n"
            + "field number and C a character position in the field; both are origin 1, and\n"
            + "the stop position defaults to the line's end.  If neither -t nor -b is in\n"
            + "effect, characters in a field are counted from the beginning of the preceding\n"
            + "whitespace.  OPTS is one or more single-letter ordering options [bfnr],\n"
            + "which override global ordering options for that key.  If no key is given, use\n"
            + "the entire line as the key.\n";
    private static final String LONG = "ignore-leading-blanks=b ignore-case=f numeric-sort=n"
            + " reverse=r key=k stable=s field-separator=t unique=u";

    private List<SortKey> keys = List.of();
    private int tab = SortKey.BLANKS;
    private boolean reverse;
    private boolean lastResort;
    private boolean unique;
    /** GNU sort's struct line beside each line's text: 32 bytes on x86-64. */
    private static final int LINE_RECORD = 32;
    private ArrayList<byte[]> lines = new ArrayList<>();

    public Sort(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(argv, "bfnrk:st:u", LONG);
        int status = checkOpts(o, USAGE, 2);
        if (status >= 0) {
            return status;
        }
        reverse = o.has('r');
        unique = o.has('u');
        lastResort = !unique && !o.has('s');
        SortKey global = SortKey.global(o.has('b'), o.has('f'), o.has('n'), reverse);
        try {
            keys = keys(o.all('k'), global);
            tab = tab(o.get('t', null));
        } catch (IllegalArgumentException e) {
            err.print(prog()).print(": ").print(e.getMessage()).print('\n');
            return 2;
        }
        files(o.operands);
        return -1;
    }

    /** The -k keys; a key without options of its own takes the global ones, as in sort.c. */
    private static List<SortKey> keys(List<String> specs, SortKey global) {
        List<SortKey> list = new ArrayList<>();
        for (String spec : specs) {
            SortKey k = SortKey.parse(spec);
            list.add(k.hasOptions() ? k : k.withOptions(global));
        }
        boolean plain = !global.skipStart() && !global.fold() && !global.numeric();
        if (list.isEmpty() && !plain) {
            list.add(global);
        }
        return List.copyOf(list);
    }

    /** The -t separator as a byte, or BLANKS. */
    private static int tab(String t) {
        if (t == null) {
            return SortKey.BLANKS;
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty tab");
        }
        if (t.equals("\\0")) {
            return 0;
        }
        if (t.length() > 1 || t.charAt(0) > 0x7f) {
            throw new IllegalArgumentException("multi-character tab \u2018" + t + "\u2019");
        }
        return t.charAt(0);
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        lines.add(Arrays.copyOfRange(b, off, off + len));
        // GNU sort keeps each line and a line record in its buffer: charge both to the heap.
        charge(len + LINE_RECORD);
    }

    /** sort dies at the first input it can't read, before any output. */
    @Override
    protected void inputFailed(String name, long ret, boolean opening) {
        if (!failed) {
            perror((opening ? "cannot read: " : "read failed: ") + name, ret);
        }
        failed = true;
    }

    @Override
    protected int end() {
        if (failed) {
            return 2;
        }
        lines.sort(this::compare);
        byte[] prev = null;
        for (byte[] l : lines) {
            if (unique && prev != null && compare(prev, l) == 0) {
                continue;
            }
            out.write(l, 0, l.length).print('\n');
            prev = l;
        }
        return 0;
    }

    /** sort.c compare(): the keys in order, then (unless -s or -u) the whole lines. */
    private int compare(byte[] a, byte[] b) {
        for (SortKey k : keys) {
            int diff = k.compare(a, b, tab);
            if (diff != 0) {
                return diff;
            }
        }
        if (!lastResort && !keys.isEmpty()) {
            return 0;
        }
        int diff = Arrays.compareUnsigned(a, b);
        return reverse ? -diff : diff;
    }

    @Override
    protected void deepenFilter() {
        lines = new ArrayList<>(lines);
    }
}
