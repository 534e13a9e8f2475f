package miniunix.user.bin;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.bin.DiffFormat.Style;
import miniunix.user.bin.DiffScript.Change;
import miniunix.user.bin.DiffScript.WhiteSpace;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * diff(1) of diffutils 3.8: compares two files line by line and prints what changed, in the
 * normal format, -u (unified), -c (context) or -y (side by side); -q only says whether they
 * differ, -s also when they do not. Lines compare under -i, -b, -w; -B ignores changes of
 * blank lines; a file with a NUL in its first block is binary (unless -a) and only reported.
 * "-" is stdin; a directory and a file compare the file with DIR/FILE's basename; two
 * directories compare their common files by name ({@code Only in}, {@code Common
 * subdirectories}), all the way down with -r, absent files as empty with -N. The edit script
 * is {@link DiffScript}'s, printed by {@link DiffFormat}.
 * Exit status 0 same, 1 different, 2 trouble.
 * <pre>
 *   compare_files(NULL, argv[optind], argv[optind + 1]):
 *       stat both; both dirs? diff_dirs(): compare_files(each name in either)
 *       else read both, diff_2_files(): discard_confusing_lines, compareseq, print
 * </pre>
 * Simplified: no -e/-n/-D/--*-format outputs, -I, -p/-F, -t/-T, -x/-X/-S or --from-file.
 */
public final class Diff extends Proc {
    private static final String USAGE = "Usage: diff [OPTION]... FILES\n"
            + "Compare FILES line by line.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "      --normal                  output a normal diff (the default)\n"
            + "  -q, --brief                   report only when files differ\n"
            + "  -s, --report-identical-files  report when two files are the same\n"
            + "  -c, -C NUM, --context[=NUM]   output NUM (default 3) lines of copied context\n"
            + "  -u, -U NUM, --unified[=NUM]   output NUM (default 3) lines of unified context\n"
            + "  -y, --side-by-side            output in two columns\n"
            + "  -W, --width=NUM               output at most NUM (default 130) print columns\n"
            + "      --left-column             output only the left column of common lines\n"
            + "      --suppress-common-lines   do not output common lines\n\n"
            + "      --label LABEL             use LABEL instead of file name and timestamp\n"
            + "                                  (can be repeated)\n\n"
            + "  -r, --recursive                 recursively compare any subdirectories found\n"
            + "  -N, --new-file                  treat absent files as empty\n\n"
            + "  -i, --ignore-case               ignore case differences in file contents\n"
            + "  -b, --ignore-space-change       ignore changes in the amount of white space\n"
            + "  -w, --ignore-all-space          ignore all white space\n"
            + "  -B, --ignore-blank-lines        ignore changes where lines are all blank\n\n"
            + "  -a, --text                      treat all files as text\n\n"
            + "  -d, --minimal            try hard to find a smaller set of changes\n"
            + "      --horizon-lines=NUM  keep NUM lines of the common prefix and suffix\n\n"
            + "      --help               display this help and exit\n"
            + "  -v, --version            output version information and exit\n\n"
            + "FILES are 'FILE1 FILE2' or 'DIR1 DIR2' or 'DIR FILE' or 'FILE DIR'.\n"
            + "If a FILE is '-', read standard input.\n"
            + "Exit status is 0 if inputs are the same, 1 if different, 2 if trouble.\n";
    private static final String VERSION = "diff (GNU diffutils) 3.8\n"
            + "Copyright (C) 2021 Free Software Foundation, Inc.\n"
            + "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
            + "This is free software: you are free to change and redistribute it.\n"
            + "There is NO WARRANTY, to the extent permitted by law.\n\n"
            + "Written by Paul Eggert, Mike Haertel, David Hayes,\n"
            + "Richard Stallman, and Len Tower.\n";
    private static final String OPTSTRING = "abBcC:diNqrsuU:vwW:y\u0080::\u0081::\u0082:\u0083"
            + "\u0084\u0085\u0086:";
    private static final String LONGOPTS = "text=a ignore-space-change=b ignore-blank-lines=B "
            + "context=\u0080 minimal=d ignore-case=i new-file=N brief=q recursive=r "
            + "report-identical-files=s unified=\u0081 version=v ignore-all-space=w width=W "
            + "side-by-side=y label=\u0082 normal=\u0083 left-column=\u0084 "
            + "suppress-common-lines=\u0085 horizon-lines=\u0086";
    /** Larger numbers mean the same (diff.c's CONTEXT_MAX), and 2 * it + 1 still fits. */
    private static final int CONTEXT_MAX = Integer.MAX_VALUE / 4;
    /** What the comparison keeps per line besides the text (diffutils keeps about as much). */
    private static final long WORKING_BYTES_PER_LINE = 64;
    static final int SAME = 0;
    static final int DIFFERENT = 1;
    static final int TROUBLE = 2;

    private enum Pc { START, CLOCK, RUN }

    // Options.
    private Style style = Style.NORMAL;
    private int context;
    private int horizon;
    private boolean brief;
    private boolean reportIdentical;
    private boolean recursive;
    private boolean newFile;
    private boolean text;
    private boolean ignoreCase;
    private WhiteSpace ws = WhiteSpace.NONE;
    private boolean ignoreBlank;
    private boolean minimal;
    private String[] labels = new String[2];
    private int width = 130;
    private boolean leftColumn;
    private boolean suppressCommon;
    /** The options as given, for the {@code diff -r ...} line before each pair's output. */
    private String switches = "";
    /** -c in the C locale dates as {@code Thu Feb 29 13:05:00 2024}. */
    private boolean posixTime;

    private Pc pc = Pc.START;
    /** Now, in nanoseconds since the epoch: stdin's date in the headers. */
    private long[] clock = new long[2];
    private long nowNs;
    /** The exit status, once the top-level comparison is done. */
    private int status;
    /** The comparisons under way, innermost on top (compare_files' recursion). */
    private ArrayDeque<DiffPair> stack = new ArrayDeque<>();

    public Diff(List<String> argv, List<String> envp) {
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
                pc = Pc.CLOCK;
                return Libc.clockGettime(Syscall.ClockGettime.CLOCK_REALTIME, clock);
            case CLOCK:
                nowNs = clock[0] * 1_000_000_000L + clock[1];
                pc = Pc.RUN;
                return run(0);
            default:
                return run(ret);
        }
    }

    /** Parses argv; returns an exit status to stop with, or -1. */
    private int parse() {
        Opts o = Opts.parse(argv, OPTSTRING, LONGOPTS);
        if (o.error != null) {
            return usage(o.error);
        }
        if (o.help) {
            out.print(USAGE);
            return SAME;
        }
        if (o.has('v')) {
            out.print(VERSION);
            return SAME;
        }
        String bad = styles(o);
        if (bad != null) {
            return usage(bad);
        }
        if (o.has('\u0086')) {
            horizon = number(o.get('\u0086', ""));
            if (horizon < 0) {
                return usage("invalid horizon length '" + o.get('\u0086', "") + "'");
            }
        }
        if (o.has('W')) {
            width = number(o.get('W', ""));
            if (width <= 0) {
                return usage("invalid width '" + o.get('W', "") + "'");
            }
        }
        List<String> given = o.all('\u0082');
        if (given.size() > 2) {
            err.print(prog()).print(": too many file label options\n");
            return TROUBLE;
        }
        for (int i = 0; i < given.size(); i++) {
            labels[i] = given.get(i);
        }
        brief = o.has('q');
        reportIdentical = o.has('s');
        recursive = o.has('r');
        newFile = o.has('N');
        text = o.has('a');
        ignoreCase = o.has('i');
        ws = o.has('w') ? WhiteSpace.ALL_SPACE : o.has('b') ? WhiteSpace.SPACE_CHANGE : WhiteSpace.NONE;
        ignoreBlank = o.has('B');
        minimal = o.has('d');
        leftColumn = o.has('\u0084');
        suppressCommon = o.has('\u0085');
        horizon = Math.max(horizon, context);
        posixTime = style == Style.CONTEXT && !hardLocale();
        switches = switches();
        List<String> ops = o.operands;
        if (ops.size() < 2) {
            return usage("missing operand after '" + argv.get(argv.size() - 1) + "'");
        }
        if (ops.size() > 2) {
            return usage("extra operand '" + ops.get(2) + "'");
        }
        stack.push(DiffPair.top(ops.get(0), ops.get(1)));
        return -1;
    }

    /**
     * The output style (specify_style: two different ones conflict) and the context, the
     * largest given: 3 for -c and -u, NUM for -C, -U, --context=NUM and --unified=NUM.
     */
    private String styles(Opts o) {
        Style[] chosen = {
            o.has('\u0083') ? Style.NORMAL : null,
            o.has('c') || o.has('C') || o.has('\u0080') ? Style.CONTEXT : null,
            o.has('u') || o.has('U') || o.has('\u0081') ? Style.UNIFIED : null,
            o.has('y') ? Style.SIDE_BY_SIDE : null};
        Style only = null;
        for (Style s : chosen) {
            if (s != null && only != null) {
                return "conflicting output style options";
            }
            only = s != null ? s : only;
        }
        style = only != null ? only : Style.NORMAL;
        context = o.has('c') || o.has('u') ? 3 : 0;
        for (char c : new char[] {'C', 'U', '\u0080', '\u0081'}) {
            for (String v : o.all(c)) {
                int k = v.isEmpty() ? 3 : number(v);
                if (k < 0) {
                    return "invalid context length '" + v + "'";
                }
                context = Math.max(context, k);
            }
        }
        return null;
    }

    /** A decimal number as strtoimax takes it whole; -1 if it is not one. */
    private static int number(String s) {
        if (!s.matches("\\+?[0-9]+")) {
            return -1;
        }
        String digits = s.replaceFirst("^\\+?0*", "");
        int n = digits.length() > 9 ? CONTEXT_MAX : digits.isEmpty() ? 0 : Integer.parseInt(digits);
        return Math.min(n, CONTEXT_MAX);
    }

    private int usage(String msg) {
        err.print(prog()).print(": ").print(msg).print('\n');
        err.print(prog()).print(": ").print(Opts.tryHelp(prog())).print('\n');
        return TROUBLE;
    }

    /** hard_locale(LC_TIME): a locale other than C or POSIX names the time format. */
    private boolean hardLocale() {
        for (String name : new String[] {"LC_ALL", "LC_TIME", "LANG"}) {
            String v = getenv(name);
            if (v != null && !v.isEmpty()) {
                return !v.equals("C") && !v.equals("POSIX");
            }
        }
        return false;
    }

    /**
     * option_list: the arguments getopt took as options (and their arguments), in order,
     * each after a space, quoted as the shell would need.
     */
    private String switches() {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.length() < 2 || a.charAt(0) != '-') {
                continue;
            }
            s.append(' ').append(Quote.shell(a));
            if (a.equals("--")) {
                break;
            }
            if (takesNext(a) && i + 1 < argv.size()) {
                s.append(' ').append(Quote.shell(argv.get(++i)));
            }
        }
        return s.toString();
    }

    /** The option argument a takes is the next argument: -C, -U, -W, --label, --width... */
    private static boolean takesNext(String a) {
        if (a.startsWith("--")) {
            if (a.contains("=")) {
                return false;
            }
            for (String name : new String[] {"label", "width", "horizon-lines"}) {
                if (name.startsWith(a.substring(2)) && a.length() > 3) {
                    return true;
                }
            }
            return false;
        }
        for (int k = 1; k < a.length(); k++) {
            if ("CUW".indexOf(a.charAt(k)) >= 0) {
                return k == a.length() - 1;
            }
        }
        return false;
    }

    /** Runs the comparison on top of the stack until it traps or all are done. */
    private Trap run(long ret) {
        while (true) {
            DiffPair p = stack.peek();
            if (p == null) {
                return exit(status);
            }
            Trap t = p.step(this, ret);
            if (t != null) {
                return t;
            }
            ret = 0;
            if (p.done) {
                stack.pop();
                DiffPair parent = stack.peek();
                if (parent != null) {
                    parent.status = Math.max(parent.status, p.status);
                } else {
                    status = p.status;
                }
            }
        }
    }

    void push(DiffPair child) {
        stack.push(child);
    }

    /** {@code diff: NAME: strerror} on stderr. */
    void error(String name, long ret) {
        err.print(prog()).print(": ").print(name).print(": ").print(Errno.strerror(ret)).print('\n');
    }

    /** A fatal error: the message on stderr, and exit 2 at once (diffutils' fatal). */
    Trap fatal(String msg) {
        stack.clear();
        return fail(TROUBLE, msg);
    }

    /** A line on stdout ({@code Only in}, {@code Files a and b differ}...). */
    void message(String s) {
        out.print(s);
    }

    /** No differences, no output: false only for -y without --suppress-common-lines. */
    boolean noDiffMeansNoOutput() {
        return style != Style.SIDE_BY_SIDE || suppressCommon;
    }

    boolean recursive() {
        return recursive;
    }

    boolean newFile() {
        return newFile;
    }

    boolean reportIdentical() {
        return reportIdentical;
    }

    boolean brief() {
        return brief;
    }

    /** The name a message gives file f: its --label, or its name. */
    String label(int f, String name) {
        return labels[f] != null ? labels[f] : name;
    }

    /** Charges the bytes a file's buffer grew by to the heap. */
    void grew(long bytes) {
        charge(bytes);
    }

    /**
     * diff_2_files on two whole files: binary ones are only reported; text is compared,
     * and the differences printed. Returns the status, 0 same or 1 different.
     */
    int compare(DiffPair p, byte[][] data, int[] length) {
        DiffText a = new DiffText(data[0], length[0]);
        DiffText b = new DiffText(data[1], length[1]);
        // The copies, and per line its start, class, flags, hash entry and diagonals.
        charge(a.n + b.n + WORKING_BYTES_PER_LINE * (a.lines + b.lines));
        if (!text && (a.binary() || b.binary())) {
            boolean differ = length[0] != length[1]
                    || !java.util.Arrays.equals(data[0], 0, length[0], data[1], 0, length[1]);
            if (differ) {
                message((brief ? "Files " : "Binary files ") + label(0, p.name[0]) + " and "
                        + label(1, p.name[1]) + " differ\n");
            }
            return differ ? DIFFERENT : SAME;
        }
        List<Change> script = DiffScript.diff(a, b, ws, ignoreCase, horizon, minimal);
        DiffFormat format = new DiffFormat(out, a, b, script, context, ignoreBlank,
                ws != WhiteSpace.NONE, brief ? null : header(p));
        boolean differs = ignoreBlank ? format.differs() : !script.isEmpty();
        if (brief) {
            if (differs) {
                message("Files " + label(0, p.name[0]) + " and " + label(1, p.name[1]) + " differ\n");
            }
        } else if (differs || style == Style.SIDE_BY_SIDE && !suppressCommon) {
            if (style == Style.SIDE_BY_SIDE) {
                format.sideBySide(width, leftColumn, suppressCommon);
            }
            format.print(style);
        }
        return differs ? DIFFERENT : SAME;
    }

    /** begin_output: {@code diff -r a/f b/f} inside directories, and -u's or -c's labels. */
    private String header(DiffPair p) {
        StringBuilder h = new StringBuilder();
        String n0 = cEscape(label(0, p.name[0]));
        String n1 = cEscape(label(1, p.name[1]));
        if (!p.top) {
            h.append("diff").append(switches).append(' ').append(n0).append(' ').append(n1).append('\n');
        }
        if (style == Style.UNIFIED || style == Style.CONTEXT) {
            boolean u = style == Style.UNIFIED;
            h.append(headerLine(u ? "---" : "***", 0, n0, p)).append(headerLine(u ? "+++" : "---", 1, n1, p));
        }
        return h.toString();
    }

    private String headerLine(String mark, int f, String name, DiffPair p) {
        if (labels[f] != null) {
            return mark + " " + labels[f] + "\n";
        }
        long ns = p.absent[f] ? 0 : p.isStdin(f) ? nowNs : p.st[f].mtimeNs;
        return mark + " " + name + "\t" + date(ns) + "\n";
    }

    /** The mtime in diffutils' time_format, in UTC. */
    private String date(long ns) {
        long sec = Math.floorDiv(ns, 1_000_000_000L);
        int nano = (int) Math.floorMod(ns, 1_000_000_000L);
        LocalDateTime t = LocalDateTime.ofEpochSecond(sec, nano, ZoneOffset.UTC);
        if (posixTime) {
            String day = t.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT);
            return String.format(Locale.ROOT, "%s %s %2d %02d:%02d:%02d %d", day,
                    PsTime.month(t.getMonthValue()), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                    t.getSecond(), t.getYear());
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d.%09d +0000", t.getYear(),
                t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), nano);
    }

    /** c_escape: a name with a space or control character, in double quotes with C escapes. */
    static String cEscape(String s) {
        boolean quote = false;
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int at = "\u0007\b\t\n\u000b\f\r\"\\".indexOf(c);
            if (c == ' ') {
                quote = true;
                b.append(c);
            } else if (at >= 0) {
                quote = true;
                b.append('\\').append("abtnvfr\"\\".charAt(at));
            } else if (c < 32) {
                quote = true;
                b.append('\\').append((char) ('0' + (c >> 6 & 3))).append((char) ('0' + (c >> 3 & 7)))
                        .append((char) ('0' + (c & 7)));
            } else {
                b.append(c);
            }
        }
        return quote ? b.append('"').toString() : s;
    }

    @Override
    protected void deepen() {
        labels = labels.clone();
        clock = clock.clone();
        ArrayDeque<DiffPair> s = new ArrayDeque<>();
        for (DiffPair p : stack) {
            s.addLast(p.copy());
        }
        stack = s;
    }
}
