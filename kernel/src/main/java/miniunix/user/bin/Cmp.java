package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Input;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * cmp(1) of diffutils 3.8: compares two files byte by byte, reading both in chunks side by
 * side ({@link Input}); "-" or a missing FILE2 is stdin. By default it tells the first
 * difference ({@code a b differ: byte 6, line 2}); -l lists every differing byte (its number
 * and both values in octal), -b adds the bytes as cat -v shows them, -s says nothing. A file
 * that ends first gets {@code cmp: EOF on b after byte 5, in line 2} ("line N" when it ended
 * at a newline, "which is empty" when it had nothing). -i SKIP[:SKIP2] and the SKIP operands
 * skip bytes first, -n stops after LIMIT bytes; each takes kB, K, MB, M... suffixes. With
 * stdout on /dev/null it stops at the first difference and prints only an EOF, as diffutils
 * does.
 * Exit status 0 same, 1 different, 2 trouble.
 * <pre>
 *   while ((n0 = read(f0, b0, ...)) &gt; 0 &amp;&amp; (n1 = read(f1, b1, ...)) &gt; 0)
 *       for (i = 0; i &lt; min(n0, n1); i++) if (b0[i] != b1[i]) report(...);
 * </pre>
 */
public final class Cmp extends Proc {
    private static final String USAGE = "Usage: cmp [OPTION]... FILE1 [FILE2 [SKIP1 [SKIP2]]]\n"
            + "Compare two files byte by byte.\n\n"
            + "The optional SKIP1 and SKIP2 specify the number of bytes to skip\n"
            + "at the beginning of each file (zero by default).\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "  -b, --print-bytes          print differing bytes\n"
            + "  -i, --ignore-initial=SKIP         skip first SKIP bytes of both inputs\n"
            + "  -i, --ignore-initial=SKIP1:SKIP2  skip first SKIP1 bytes of FILE1 and\n"
            + "                                      first SKIP2 bytes of FILE2\n"
            + "  -l, --verbose              output byte numbers and differing byte values\n"
            + "  -n, --bytes=LIMIT          compare at most LIMIT bytes\n"
            + "  -s, --quiet, --silent      suppress all normal output\n"
            + "      --help                 display this help and exit\n"
            + "  -v, --version              output version information and exit\n\n"
            + "SKIP values may be followed by the following multiplicative suffixes:\n"
            + "kB 1000, K 1024, MB 1,000,000, M 1,048,576,\n"
            + "GB 1,000,000,000, G 1,073,741,824, and so on for T, P, E, Z, Y.\n\n"
            + "If a FILE is '-' or missing, read standard input.\n"
            + "Exit status is 0 if inputs are the same, 1 if different, 2 if trouble.\n";
    private static final int TROUBLE = 2;
    private static final int DIFFERENT = 1;

    /**
     * What is printed (diffutils' comparison_type): the first difference, every one (-l),
     * nothing but the status (-s), or, with stdout on /dev/null, stop at the first difference
     * and print only an EOF (type_no_stdout).
     */
    private enum Mode { FIRST_DIFF, ALL_DIFFS, STATUS, NO_STDOUT }

    private enum Pc { START, STDOUT, DEV_NULL, OPENED, STATTED, READ, CLOSED }

    private Pc pc = Pc.START;
    private Mode mode = Mode.FIRST_DIFF;
    private boolean printBytes;
    private Input[] in = new Input[0];
    /** The input a trap in flight is for. */
    private int which;
    private long[] skip = new long[2];
    /** Bytes still to compare (-n). */
    private long remaining = Long.MAX_VALUE;
    /** Bytes compared so far, and the newlines among them. */
    private long bytes;
    private long lines;
    private boolean lastWasNewline;
    private int width;
    private int status;
    /** Where stdout goes, and /dev/null, which it may be. */
    private StatBuf stdout = new StatBuf();
    private StatBuf devNull = new StatBuf();

    public Cmp(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START:
                int s = parse();
                if (s >= 0) {
                    return exit(s);
                }
                if (mode == Mode.STATUS) {
                    which = -1;
                    return openNext();
                }
                pc = Pc.STDOUT;
                return Libc.fstat(1, stdout);
            case STDOUT:
                pc = Pc.DEV_NULL;
                return ret < 0 ? step(-1) : Libc.stat("/dev/null", devNull);
            case DEV_NULL:
                if (ret >= 0 && same(stdout, devNull)) {
                    mode = Mode.NO_STDOUT;
                }
                which = -1;
                return openNext();
            case OPENED:
                if (!in[which].opened(ret)) {
                    return trouble(ret);
                }
                pc = Pc.STATTED;
                return in[which].fstat();
            case STATTED:
                return ret < 0 ? trouble(ret) : openNext();
            case READ:
                charge(in[which].grew());
                return in[which].readDone(ret) ? compare() : trouble(ret);
            default:
                return closeNext();
        }
    }

    /** Parses argv; returns an exit status to stop with, or -1. */
    private int parse() {
        Opts o = Opts.parse(argv, "bi:ln:sv", "print-bytes=b ignore-initial=i verbose=l "
                + "bytes=n quiet=s silent=s version=v");
        if (o.error != null) {
            return usage(o.error);
        }
        if (o.help) {
            out.print(USAGE);
            return 0;
        }
        if (o.has('v')) {
            out.print("cmp (GNU diffutils) 3.8\n");
            return 0;
        }
        printBytes = o.has('b');
        if (o.has('l') && o.has('s')) {
            return usage("options -l and -s are incompatible");
        }
        mode = o.has('l') ? Mode.ALL_DIFFS : o.has('s') ? Mode.STATUS : Mode.FIRST_DIFF;
        if (o.has('i')) {
            String v = o.get('i', "");
            int colon = v.indexOf(':');
            skip[0] = size(colon < 0 ? v : v.substring(0, colon));
            skip[1] = colon < 0 ? skip[0] : size(v.substring(colon + 1));
            if (skip[0] < 0 || skip[1] < 0) {
                return usage("invalid --ignore-initial value " + Quote.always(v));
            }
        }
        if (o.has('n')) {
            remaining = size(o.get('n', ""));
            if (remaining < 0) {
                return usage("invalid --bytes value " + Quote.always(o.get('n', "")));
            }
        }
        List<String> ops = o.operands;
        if (ops.isEmpty()) {
            return usage("missing operand after " + Quote.always(prog()));
        }
        if (ops.size() > 4) {
            return usage("extra operand " + Quote.always(ops.get(4)));
        }
        for (int i = 2; i < ops.size(); i++) {
            skip[i - 2] = size(ops.get(i));
            if (skip[i - 2] < 0) {
                return usage("invalid --ignore-initial value " + Quote.always(ops.get(i)));
            }
        }
        in = new Input[] {new Input(ops.get(0)), new Input(ops.size() > 1 ? ops.get(1) : "-")};
        return -1;
    }

    /**
     * A SKIP or LIMIT as diffutils reads it (xstrtoumax with "kKMGTPEZY0"): digits, then an
     * optional power letter that is 1024-based alone or with "iB" and 1000-based with "B";
     * -1 for anything else, overflow included.
     */
    static long size(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == 0 || i > 18) {
            return -1;
        }
        long n = Long.parseLong(s.substring(0, i));
        if (i == s.length()) {
            return n;
        }
        int power = "kKMGTPEZY".indexOf(s.charAt(i)) + (s.charAt(i) == 'k' ? 1 : 0);
        String rest = s.substring(i + 1);
        if (power < 0 || !(rest.isEmpty() || rest.equals("B") || rest.equals("iB"))) {
            return -1;
        }
        long base = rest.equals("B") ? 1000 : 1024;
        for (int p = Math.max(power, 1); p > 0; p--) {
            if (n > Long.MAX_VALUE / base) {
                return -1;
            }
            n *= base;
        }
        return n;
    }

    private int usage(String msg) {
        err.print(prog()).print(": ").print(msg).print('\n');
        err.print(prog()).print(": ").print(Opts.tryHelp(prog())).print('\n');
        return TROUBLE;
    }

    /** Opens (and fstats) the next input, or starts comparing when both are open. */
    private Trap openNext() {
        if (++which < 2) {
            Trap t = in[which].open();
            if (t == null) {
                pc = Pc.STATTED;
                return in[which].fstat();
            }
            pc = Pc.OPENED;
            return t;
        }
        if (sameFile()) {
            return finish(0);
        }
        width = mode == Mode.ALL_DIFFS ? Long.toString(widest()).length() : 0;
        return compare();
    }

    /** Both are one file from the same offset: equal without reading (as diffutils does). */
    private boolean sameFile() {
        return same(in[0].st, in[1].st) && skip[0] == skip[1] && (!in[0].isStdin() || in[1].isStdin());
    }

    private static boolean same(StatBuf a, StatBuf b) {
        return a.ino == b.ino && a.mode == b.mode && a.rdev == b.rdev;
    }

    /** The largest byte number -l can print: -n, or what is left of the shorter regular file. */
    private long widest() {
        long max = remaining;
        for (int i = 0; i < 2; i++) {
            if (in[i].st.isRegular()) {
                max = Math.min(max, Math.max(0, in[i].st.size - skip[i]));
            }
        }
        return max;
    }

    /** Compares what both buffers hold, reading more as either runs dry. */
    private Trap compare() {
        while (true) {
            for (int i = 0; i < 2; i++) {
                Input f = in[i];
                long n = Math.min(skip[i], f.end - f.start);
                f.start += (int) n;
                skip[i] -= n;
                if (f.start == f.end && !f.eof && (skip[i] > 0 || remaining > 0)) {
                    which = i;
                    pc = Pc.READ;
                    return f.read();
                }
            }
            long n = Math.min(remaining, Math.min(in[0].end - in[0].start, in[1].end - in[1].start));
            if (n == 0) {
                return remaining == 0 || in[0].eof && in[1].eof ? finish(status) : endOfFile();
            }
            Trap t = compareBytes((int) n);
            if (t != null) {
                return t;
            }
        }
    }

    /** Compares n bytes at both inputs' starts; returns a trap to end with, or null. */
    private Trap compareBytes(int n) {
        byte[] a = in[0].buf;
        byte[] b = in[1].buf;
        int i0 = in[0].start;
        int i1 = in[1].start;
        for (int k = 0; k < n; k++) {
            byte x = a[i0 + k];
            byte y = b[i1 + k];
            bytes++;
            if (x != y) {
                if (mode == Mode.STATUS || mode == Mode.NO_STDOUT) {
                    return finish(DIFFERENT);
                }
                if (mode == Mode.FIRST_DIFF) {
                    firstDifference(x, y);
                    return finish(DIFFERENT);
                }
                difference(x, y);
                status = DIFFERENT;
            }
            lastWasNewline = x == '\n';
            lines += lastWasNewline ? 1 : 0;
        }
        in[0].start += n;
        in[1].start += n;
        remaining -= n;
        return null;
    }

    /** {@code a b differ: byte 6, line 2} (with -b: {@code is 145 e 170 x}). */
    private void firstDifference(byte x, byte y) {
        out.print(in[0].name).print(' ').print(in[1].name).print(" differ: byte ").print(bytes);
        out.print(", line ").print(lines + 1);
        if (printBytes) {
            out.print(" is ").print(octal(x)).print(' ').print(visible(x));
            out.print(' ').print(octal(y)).print(' ').print(visible(y));
        }
        out.print('\n');
    }

    /** -l's line: the byte number in the width of the largest, and both bytes in octal. */
    private void difference(byte x, byte y) {
        String number = Long.toString(bytes);
        out.print(" ".repeat(Math.max(0, width - number.length()))).print(number);
        out.print(' ').print(octal(x));
        if (printBytes) {
            String v = visible(x);
            out.print(' ').print(v).print(" ".repeat(Math.max(0, 4 - v.length())));
        }
        out.print(' ').print(octal(y));
        if (printBytes) {
            out.print(' ').print(visible(y));
        }
        out.print('\n');
    }

    /** A byte as cat -v shows it (diffutils' sprintc): ^A, ^?, M-a, M-^@. */
    private static String visible(byte b) {
        int c = b & 0xff;
        String meta = c >= 0x80 ? "M-" : "";
        c &= 0x7f;
        return meta + (c < ' ' ? "^" + (char) (c + '@') : c == 0x7f ? "^?" : String.valueOf((char) c));
    }

    /** %3o of a byte. */
    private static String octal(byte b) {
        String s = Integer.toOctalString(b & 0xff);
        return " ".repeat(3 - s.length()) + s;
    }

    /** One input ended before the other: diffutils' EOF message on stderr, status 1. */
    private Trap endOfFile() {
        if (mode != Mode.STATUS) {
            String name = in[in[0].start == in[0].end ? 0 : 1].name;
            err.print(prog()).print(": EOF on ").print(name);
            if (bytes == 0) {
                err.print(" which is empty");
            } else {
                err.print(" after byte ").print(bytes);
                if (mode == Mode.FIRST_DIFF) {
                    err.print(lastWasNewline ? ", line " + lines : ", in line " + (lines + 1));
                }
            }
            err.print('\n');
        }
        return finish(DIFFERENT);
    }

    /** A file could not be opened, stat'ed or read: {@code cmp: NAME: strerror}, status 2. */
    private Trap trouble(long ret) {
        if (mode != Mode.STATUS) {
            err.print(prog()).print(": ").print(in[which].name).print(": ");
            err.print(Errno.strerror(ret)).print('\n');
        }
        return finish(TROUBLE);
    }

    /** Closes both inputs, then exits with s. */
    private Trap finish(int s) {
        status = s;
        which = -1;
        return closeNext();
    }

    private Trap closeNext() {
        while (++which < in.length) {
            Trap t = in[which].close();
            if (t != null) {
                pc = Pc.CLOSED;
                return t;
            }
        }
        return exit(status);
    }

    @Override
    protected void deepen() {
        in = in.clone();
        for (int i = 0; i < in.length; i++) {
            in[i] = in[i].copy();
        }
        skip = skip.clone();
        stdout = stdout.copy();
        devNull = devNull.copy();
    }
}
