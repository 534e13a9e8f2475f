package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fts;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * chmod(1) of coreutils: sets each FILE's mode to MODE ({@link ModeChange}: octal, or
 * symbolic changes such as {@code u+x,go-w}), or to RFILE's with --reference; -R walks every
 * directory below (a directory changes before its entries are read, so {@code chmod -R u+rx}
 * reaches into a directory it opens); -v tells what it did to each file, -c only the changes,
 * -f keeps quiet about the files it can't change. {@code chmod -w FILE} is a MODE too.
 * <pre>
 *   umask_value = umask(0);
 *   while ((ent = fts_read(fts))) { new = mode_adjust(ent-&gt;fts_statp-&gt;st_mode, ...);
 *       if (fchmodat(AT_FDCWD, ent-&gt;fts_path, new, 0) != 0) error(...); }
 * </pre>
 */
public final class Chmod extends Proc {
    private static final String USAGE = "Usage: chmod [OPTION]... MODE[,MODE]... FILE...\n"
            + "  or:  chmod [OPTION]... OCTAL-MODE FILE...\n"
            + "  or:  chmod [OPTION]... --reference=RFILE FILE...\n"
            + "Change the mode of each FILE to MODE.\n"
            + "With --reference, change the mode of each FILE to that of RFILE.\n\n"
            + "  -c, --changes          like verbose but report only when a change is made\n"
            + "  -f, --silent, --quiet  suppress most error messages\n"
            + "  -v, --verbose          output a diagnostic for every file processed\n"
            + "      --no-preserve-root  do not treat '/' specially (the default)\n"
            + "      --preserve-root    fail to operate recursively on '/'\n"
            + "      --reference=RFILE  use RFILE's mode instead of MODE values\n"
            + "  -R, --recursive        change files and directories recursively\n"
            + "      --help        display this help and exit\n\n"
            + "Each MODE is of the form '[ugoa]*([-+=]([rwxXst]*|[ugo]))+|[-+=][0-7]+'.\n";
    private static final char REFERENCE = '\u0080';
    private static final char PRESERVE_ROOT = '\u0081';
    private static final char NO_PRESERVE_ROOT = '\u0082';
    /** The characters that make "-w" a MODE rather than an option (chmod.c's getopt string). */
    private static final String MODE_OPTION_CHARS = "rwxXstugoa,+=01234567";

    /** -v, -c, or neither: coreutils' verbosity. */
    private enum Verbosity { OFF, CHANGES, HIGH }

    /** What happened to one file (coreutils' change_status, in its order). */
    private enum Status { NO_STAT, FAILED, NOT_APPLIED, NO_CHANGE_REQUESTED, SUCCEEDED }

    private enum Pc { START, UMASK, REFERENCE, ROOT, WALK, CHMODDED, RESTATTED }

    private Pc pc = Pc.START;
    private Verbosity verbosity = Verbosity.OFF;
    private boolean recursive;
    private boolean silent;
    private boolean preserveRoot;
    /** The MODE came as an option (chmod -w): say so if the umask spoiled it. */
    private boolean diagnoseSurprises;
    private ModeChange change;
    private String reference;
    private StatBuf st = new StatBuf();
    private long rootIno = -1;
    private int umask;
    private List<String> files = List.of();
    private int next;
    private Fts walk;
    private int oldMode;
    private int newMode;
    private boolean failed;

    public Chmod(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START: return start();
            case UMASK:
                umask = (int) ret;
                return reference != null ? statReference() : statRoot();
            case REFERENCE: return referenced(ret);
            case ROOT:
                rootIno = ret < 0 ? -1 : st.ino;
                return nextFile();
            case WALK: return walk(ret);
            case CHMODDED: return chmodded(ret);
            default: return restatted(ret);
        }
    }

    private Trap start() {
        List<String> args = new ArrayList<>();
        StringBuilder mode = new StringBuilder();
        boolean options = true;
        for (String a : argv) {
            options &= !a.equals("--");
            if (options && a.length() > 1 && a.charAt(0) == '-' && args.size() > 0
                    && MODE_OPTION_CHARS.indexOf(a.charAt(1)) >= 0) {
                mode.append(mode.length() > 0 ? "," : "").append(a);
            } else {
                args.add(a);
            }
        }
        Opts o = Opts.parse(args, "Rcfv\u0080:\u0081\u0082", "recursive=R changes=c silent=f "
                + "quiet=f verbose=v reference=\u0080 preserve-root=\u0081 "
                + "no-preserve-root=\u0082");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        recursive = o.has('R');
        silent = o.has('f');
        verbosity = o.has('v') ? Verbosity.HIGH : o.has('c') ? Verbosity.CHANGES : Verbosity.OFF;
        preserveRoot = o.has(PRESERVE_ROOT) && (!o.has(NO_PRESERVE_ROOT)
                || lastOf(args, "--preserve-root", "--no-preserve-root"));
        reference = o.has(REFERENCE) ? o.get(REFERENCE, "") : null;
        List<String> operands = new ArrayList<>(o.operands);
        diagnoseSurprises = mode.length() > 0;
        if (reference != null && mode.length() > 0) {
            return fail(1, "cannot combine mode and --reference options\n" + Opts.tryHelp(prog()));
        }
        if (reference == null && mode.length() == 0) {
            if (operands.isEmpty()) {
                return fail(1, "missing operand\n" + Opts.tryHelp(prog()));
            }
            mode.append(operands.remove(0));
        }
        if (operands.isEmpty()) {
            return fail(1, (mode.length() == 0 ? "missing operand"
                    : "missing operand after " + Quote.quote(mode.toString())) + "\n"
                    + Opts.tryHelp(prog()));
        }
        files = operands;
        if (reference == null) {
            change = ModeChange.compile(mode.toString());
            if (change == null) {
                return fail(1, "invalid mode: " + Quote.quote(mode.toString()) + "\n"
                        + Opts.tryHelp(prog()));
            }
        }
        pc = Pc.UMASK;
        return new Syscall.Umask(0);
    }

    /** Whether the last of two opposite options given was the first. */
    private static boolean lastOf(List<String> args, String yes, String no) {
        int y = -1;
        int n = -1;
        for (int i = 0; i < args.size(); i++) {
            y = args.get(i).equals(yes) ? i : y;
            n = args.get(i).equals(no) ? i : n;
        }
        return y > n;
    }

    private Trap statReference() {
        pc = Pc.REFERENCE;
        return Libc.stat(reference, st);
    }

    private Trap referenced(long ret) {
        if (ret < 0) {
            return fail(1, "failed to get attributes of " + Quote.always(reference) + ": "
                    + Errno.strerror(ret));
        }
        change = ModeChange.of(st.mode);
        return statRoot();
    }

    /** --preserve-root: the root's inode, to tell it when the walk meets it. */
    private Trap statRoot() {
        if (!(recursive && preserveRoot)) {
            return nextFile();
        }
        pc = Pc.ROOT;
        return Libc.stat("/", st);
    }

    private Trap nextFile() {
        if (next == files.size()) {
            return exit(failed ? 1 : 0);
        }
        // A link given is followed, unless -R (coreutils: FTS_COMFOLLOW only without -R).
        walk = new Fts(files.get(next++), !recursive);
        pc = Pc.WALK;
        return walk(0);
    }

    /** The walk of one operand: every file it meets is changed, once. */
    private Trap walk(long ret) {
        Trap t = walk.next(ret);
        while (t == null && !walk.done()) {
            switch (walk.info) {
                case DP:
                    break;
                case SL:
                    // chmod never changes a link, nor (below a root) what it leads to.
                    describe(Status.NOT_APPLIED);
                    break;
                case NS:
                    complain("cannot access " + Quote.always(walk.path), walk.errno);
                    describe(Status.NO_STAT);
                    break;
                case DNR:
                    complain("cannot read directory " + Quote.always(walk.path), walk.errno);
                    describe(Status.NO_STAT);
                    break;
                default:
                    if (walk.st.ino == rootIno) {
                        err.print(prog()).print(": it is dangerous to operate recursively on '/'\n");
                        err.print(prog()).print(": use --no-preserve-root to override this failsafe\n");
                        failed = true;
                        return nextFile();
                    }
                    oldMode = walk.st.mode;
                    newMode = change.adjust(oldMode, walk.st.isDir(), umask);
                    pc = Pc.CHMODDED;
                    return Libc.fchmodat(Syscall.Utimensat.AT_FDCWD, walk.path, newMode);
            }
            t = walk.next(0);
        }
        return t != null ? t : nextFile();
    }

    private void complain(String what, long errno) {
        if (!silent) {
            perror(what, errno);
        }
        failed = true;
    }

    private Trap chmodded(long ret) {
        if (ret < 0) {
            complain("changing permissions of " + Quote.always(walk.path), ret);
            return done(Status.FAILED);
        }
        if (verbosity != Verbosity.OFF && (newMode & 07000) != 0) {
            // The kernel may have dropped setgid: see what the mode is now (mode_changed).
            pc = Pc.RESTATTED;
            return Libc.stat(walk.path, st);
        }
        return done(changed(newMode) ? Status.SUCCEEDED : Status.NO_CHANGE_REQUESTED);
    }

    private boolean changed(int mode) {
        return ((oldMode ^ mode) & ModeChange.ALL) != 0;
    }

    private Trap restatted(long ret) {
        if (ret < 0) {
            complain("getting new attributes of " + Quote.always(walk.path), ret);
            return done(Status.NO_CHANGE_REQUESTED);
        }
        return done(changed(st.mode) ? Status.SUCCEEDED : Status.NO_CHANGE_REQUESTED);
    }

    /** One file is done: say so, check for surprises, and go on with the walk. */
    private Trap done(Status s) {
        describe(s);
        if (s.compareTo(Status.NO_CHANGE_REQUESTED) >= 0 && diagnoseSurprises) {
            int naive = change.adjust(oldMode, (oldMode & StatBuf.S_IFMT) == StatBuf.S_IFDIR, 0);
            if ((newMode & ~naive) != 0) {
                err.print(prog()).print(": ").print(Quote.shell(walk.path))
                        .print(": new permissions are ").print(perms(newMode))
                        .print(", not ").print(perms(naive)).print('\n');
                failed = true;
            }
        }
        if (!recursive && walk.info == Fts.Info.D) {
            walk.skip();
        }
        pc = Pc.WALK;
        return walk(0);
    }

    /** describe_change: what became of one file, on stdout (with -v, or -c for a change). */
    private void describe(Status s) {
        if (verbosity == Verbosity.OFF || s != Status.SUCCEEDED && verbosity != Verbosity.HIGH) {
            return;
        }
        String f = Quote.always(walk.path);
        switch (s) {
            case NO_STAT -> out.print(f).print(" could not be accessed\n");
            case SUCCEEDED -> out.print("mode of ").print(f).print(" changed from ")
                    .print(octal(oldMode)).print(" to ").print(octal(newMode)).print('\n');
            case FAILED -> out.print("failed to change mode of ").print(f).print(" from ")
                    .print(octal(oldMode)).print(" to ").print(octal(newMode)).print('\n');
            case NOT_APPLIED -> out.print("neither symbolic link ").print(f)
                    .print(" nor referent has been changed\n");
            default -> out.print("mode of ").print(f).print(" retained as ")
                    .print(octal(newMode)).print('\n');
        }
    }

    /** "0755 (rwxr-xr-x)". */
    private static String octal(int mode) {
        return String.format("%04o (%s)", mode & ModeChange.ALL, perms(mode));
    }

    /** "rwxr-xr-x": strmode's permission part. */
    private static String perms(int mode) {
        return LsLong.mode(mode).substring(1);
    }

    @Override
    protected void deepen() {
        st = st.copy();
        walk = walk == null ? null : walk.copy();
    }
}
