package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Report;

/**
 * test(1) and [ (one program, told apart by argv[0], as coreutils builds them): exit status 0
 * when the expression is true, 1 when false, 2 on a syntax error, with bash's messages
 * ({@code [: a: integer expression expected}). The expression is {@link TestExpr}'s.
 *
 * <p>Bash has test as a builtin; here, as Linux's /usr/bin/test, it is a program, so every
 * {@code [ ... ]} in a loop is a fork and an execve a student can watch. File tests use
 * stat(2): the program first stats every operand a file test may apply to, and /proc/self for
 * its own uid and gid, then evaluates without another call.
 * <pre>
 *   if (argv[0] is "[" &amp;&amp; strcmp(argv[--argc], "]")) error("missing `]'");
 *   exit(expr(argc, argv) ? 0 : 1);
 * </pre>
 */
public final class Test extends Report {
    private static final String USAGE = "Usage: test EXPRESSION\n  or:  [ EXPRESSION ]\n"
            + "Exit with the status determined by EXPRESSION.\n"
            + "  -n STRING, -z STRING, STRING1 = STRING2, STRING1 != STRING2\n"
            + "  INTEGER1 -eq|-ne|-lt|-le|-gt|-ge INTEGER2\n"
            + "  -e|-f|-d|-r|-w|-x|-s FILE, FILE1 -nt|-ot|-ef FILE2\n"
            + "  ! EXPRESSION, EXPRESSION1 -a|-o EXPRESSION2, ( EXPRESSION )\n";
    private static final long SELF = -1;

    private List<String> args = List.of();
    /** The files stat'ed, and their results (null: stat failed). */
    private ArrayList<String> paths = new ArrayList<>();
    private ArrayList<StatBuf> stats = new ArrayList<>();
    private int uid = -1;
    private int gid = -1;
    /** The fd of the first -t, asked with ioctl(TIOCGPGRP) before the stats; -1 if none. */
    private int ttyFd = -1;
    private boolean tty;

    public Test(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        boolean bracket = prog().equals("[") || prog().endsWith("/[");
        List<String> a = argv.subList(1, argv.size());
        if (bracket && a.size() == 1 && a.get(0).equals("--help")) {
            out.print(USAGE);
            return 0;
        }
        if (bracket) {
            if (a.isEmpty() || !a.get(a.size() - 1).equals("]")) {
                return failure("missing `]'");
            }
            a = a.subList(0, a.size() - 1);
        }
        args = List.copyOf(a);
        boolean ids = false;
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            ids |= s.equals("-r") || s.equals("-w") || s.equals("-x") || s.equals("-O") || s.equals("-G");
            if (ttyFd < 0 && s.equals("-t") && i + 1 < args.size() && TestExpr.isFd(args.get(i + 1).strip())) {
                ttyFd = Integer.parseInt(args.get(i + 1).strip());
            }
            if (TestExpr.isFileOperand(args, i) && !paths.contains(s)) {
                paths.add(s);
                stats.add(null);
                fetch(Fetch.Kind.STAT, s, paths.size() - 1);
            }
        }
        if (ids) {
            fetch(Fetch.Kind.STAT, "/proc/self", SELF);
        }
        return -1;
    }

    /** isatty(fd) for -t. */
    @Override
    protected Trap first() {
        return ttyFd < 0 ? null : new Syscall.Ioctl(ttyFd, Syscall.Ioctl.TIOCGPGRP, 0);
    }

    @Override
    protected void firstDone(long ret) {
        tty = ret >= 0;
    }

    @Override
    protected void got(Fetch f) {
        if (f.tag == SELF) {
            uid = f.error == 0 ? f.st.uid : -1;
            gid = f.error == 0 ? f.st.gid : -1;
        } else if (f.error == 0) {
            stats.set((int) f.tag, f.st.copy());
        }
    }

    @Override
    protected int report() {
        try {
            return TestExpr.eval(args, new Gathered()) ? 0 : 1;
        } catch (TestExpr.Failure e) {
            return failure(e.getMessage());
        }
    }

    /** {@code [: MSG} on stderr, status 2. */
    private int failure(String msg) {
        err.print(prog()).print(": ").print(msg).print('\n');
        return 2;
    }

    /** What start() gathered, as the expression asks for it. */
    private final class Gathered implements TestExpr.Facts {
        @Override
        public StatBuf stat(String path) {
            int i = paths.indexOf(path);
            return i < 0 ? null : stats.get(i);
        }

        @Override
        public int uid() {
            return uid;
        }

        @Override
        public int gid() {
            return gid;
        }

        @Override
        public boolean isatty(int fd) {
            return fd == ttyFd && tty;
        }
    }

    @Override
    protected void deepenReport() {
        paths = new ArrayList<>(paths);
        ArrayList<StatBuf> s = new ArrayList<>();
        for (StatBuf st : stats) {
            s.add(st == null ? null : st.copy());
        }
        stats = s;
    }
}
