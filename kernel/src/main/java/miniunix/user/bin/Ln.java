package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Canon;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * ln(1) of coreutils 9.1: {@code ln TARGET LINK_NAME}, {@code ln TARGET} (a link of the same
 * name here), {@code ln TARGET... DIRECTORY}, {@code ln -t DIRECTORY TARGET...}: hard links
 * (link(2)), or symbolic ones with -s (symlink(2): the TARGET text as given, which need not
 * exist). -f removes an existing LINK_NAME first, -n does not follow a LINK_NAME that is a link
 * to a directory, -T never treats LINK_NAME as a directory, -v says {@code 'l' -> 'f'}
 * ({@code 'h' => 'f'} for a hard link); -r makes a symbolic link's text relative to the link's
 * directory (both names canonicalized first, as realpath -m does).
 * <pre>
 *   if (force &amp;&amp; lstat(dst) == 0) unlink(dst);
 *   if ((symbolic ? symlink(src, dst) : link(src, dst)) &lt; 0) error(...);
 * </pre>
 * Simplified: no -i, -b, -L or -d.
 */
public final class Ln extends Proc {
    private static final String USAGE = "Usage: ln [OPTION]... [-T] TARGET LINK_NAME\n"
            + "  or:  ln [OPTION]... TARGET\n"
            + "  or:  ln [OPTION]... TARGET... DIRECTORY\n"
            + "  or:  ln [OPTION]... -t DIRECTORY TARGET...\n"
            + "In the 1st form, create a link to TARGET with the name LINK_NAME.\n"
            + "In the 2nd form, create a link to TARGET in the current directory.\n"
            + "In the 3rd and 4th forms, create links to each TARGET in DIRECTORY.\n"
            + "Create hard links by default, symbolic links with --symbolic.\n"
            + "By default, each destination (name of new link) should not already exist.\n"
            + "When creating hard links, each TARGET must exist.  Symbolic links\n"
            + "can hold arbitrary text; if later resolved, a relative link is\n"
            + "interpreted in relation to its parent directory.\n\n"
            + "  -f, --force                 remove existing destination files\n"
            + "  -n, --no-dereference        treat LINK_NAME as a normal file if\n"
            + "                                it is a symbolic link to a directory\n"
            + "  -r, --relative              with -s, create links relative to link location\n"
            + "  -s, --symbolic              make symbolic links instead of hard links\n"
            + "  -t, --target-directory=DIRECTORY  specify the DIRECTORY in which to create\n"
            + "                                the links\n"
            + "  -T, --no-target-directory   treat LINK_NAME as a normal file always\n"
            + "  -v, --verbose               print name of each linked file\n"
            + "      --help        display this help and exit\n";

    private enum Pc { START, TARGET, SOURCE, DEST, UNLINKED, CANON, LINKED }

    private Pc pc = Pc.START;
    private boolean force;
    private boolean symbolic;
    private boolean verbose;
    private boolean relative;
    /** -r: the canonical names of the source and of the link's directory, as they come. */
    private Canon canon;
    private String canonSrc;
    /** What the link holds: the source as given, or (-r) relative to the link's directory. */
    private String text;
    private List<String> sources = List.of();
    /** The directory the links go in, or null when the last operand is the link's name. */
    private String dir;
    private String name;
    private boolean namedDir;
    private int next;
    private String src;
    private String dst;
    private boolean failed;
    private StatBuf srcSt = new StatBuf();
    private StatBuf st = new StatBuf();

    public Ln(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START: return start();
            case TARGET: return targetStated(ret);
            case SOURCE: return sourceStated(ret);
            case DEST: return destStated(ret);
            case UNLINKED: return link();
            case CANON: return canonicalized(ret);
            default: return linked(ret);
        }
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "fnrst:Tv", "force=f no-dereference=n relative=r symbolic=s "
                + "target-directory=t no-target-directory=T verbose=v");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        force = o.has('f');
        symbolic = o.has('s');
        verbose = o.has('v');
        relative = o.has('r');
        if (relative && !symbolic) {
            return fail(1, "cannot do --relative without --symbolic");
        }
        boolean noTarget = o.has('T');
        List<String> ops = o.operands;
        if (o.has('t') && noTarget) {
            return fail(1, "cannot combine --target-directory and --no-target-directory");
        }
        String problem = ops.isEmpty() ? "missing file operand"
                : noTarget && ops.size() == 1 ? "missing destination file operand after "
                        + Quote.always(ops.get(0))
                : noTarget && ops.size() > 2 ? "extra operand " + Quote.always(ops.get(2)) : null;
        if (problem != null) {
            return fail(1, problem + "\n" + Opts.tryHelp(prog()));
        }
        if (o.has('t')) {
            sources = ops;
            dir = o.get('t', "");
            namedDir = true;
            pc = Pc.TARGET;
            return Libc.stat(dir, st);
        }
        if (ops.size() == 1) {
            sources = ops;
            dir = ".";
            return nextSource();
        }
        sources = ops.subList(0, ops.size() - 1);
        name = ops.get(ops.size() - 1);
        if (noTarget) {
            return nextSource();
        }
        pc = Pc.TARGET;
        return o.has('n') ? Libc.lstat(name, st) : Libc.stat(name, st);
    }

    /** The last operand (or -t's): a directory to put the links in, or the link's name. */
    private Trap targetStated(long ret) {
        boolean isDir = ret >= 0 && st.isDir();
        String t = Quote.always(namedDir ? dir : name);
        if ((namedDir || sources.size() > 1) && !isDir) {
            return fail(1, ret >= 0 ? "target " + t + " is not a directory"
                    : (namedDir ? "failed to access " + t : "target " + t) + ": " + Errno.strerror(ret));
        }
        if (isDir && !namedDir) {
            dir = name;
            name = null;
        }
        return nextSource();
    }

    private Trap nextSource() {
        if (next == sources.size()) {
            return exit(failed ? 1 : 0);
        }
        src = sources.get(next++);
        // file_name_concat: "./f" for the cwd, as coreutils names it in its messages.
        String base = Basename.basename(src, null);
        dst = dir == null ? name : Dirname.stripSlashes(dir).equals("/") ? "/" + base
                : Dirname.stripSlashes(dir) + "/" + base;
        if (symbolic && !force) {
            return link();
        }
        pc = Pc.SOURCE;
        return symbolic ? Libc.stat(src, srcSt) : Libc.lstat(src, srcSt);
    }

    private Trap sourceStated(long ret) {
        if (!symbolic && ret < 0) {
            return skip("failed to access " + Quote.always(src) + ": " + Errno.strerror(ret));
        }
        if (!symbolic && srcSt.isDir()) {
            return skip(Quote.shell(src) + ": hard link not allowed for directory");
        }
        if (ret < 0) {
            srcSt.ino = -1;
        }
        if (!force) {
            return link();
        }
        pc = Pc.DEST;
        return Libc.lstat(dst, st);
    }

    /** -f: an existing destination goes first, unless it is the source itself. */
    private Trap destStated(long ret) {
        if (ret < 0) {
            return link();
        }
        if (st.ino == srcSt.ino) {
            return skip(Quote.always(src) + " and " + Quote.always(dst) + " are the same file");
        }
        pc = Pc.UNLINKED;
        return new Syscall.Unlink(dst);
    }

    private Trap link() {
        text = src;
        if (relative) {
            canonSrc = null;
            canon = new Canon(src, Canon.Mode.MISSING);
            pc = Pc.CANON;
            return canonicalized(0);
        }
        pc = Pc.LINKED;
        return symbolic ? new Syscall.Symlink(text, dst) : new Syscall.Link(src, dst);
    }

    /** -r: the source's canonical name, then the link directory's; then the link. */
    private Trap canonicalized(long ret) {
        Trap t = canon.next(ret);
        if (t != null) {
            return t;
        }
        if (canonSrc == null) {
            canonSrc = canon.error == 0 ? canon.result : src;
            canon = new Canon(Dirname.dirname(dst), Canon.Mode.MISSING);
            return canonicalized(0);
        }
        if (canon.error == 0) {
            text = relpath(canonSrc, canon.result);
        }
        pc = Pc.LINKED;
        return new Syscall.Symlink(text, dst);
    }

    /** The path from the directory dir to the file to (both canonical): gnulib's relpath. */
    static String relpath(String to, String dir) {
        String[] a = to.equals("/") ? new String[0] : to.substring(1).split("/");
        String[] b = dir.equals("/") ? new String[0] : dir.substring(1).split("/");
        int common = 0;
        while (common < a.length && common < b.length && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder s = new StringBuilder();
        for (int i = common; i < b.length; i++) {
            s.append(s.length() > 0 ? "/" : "").append("..");
        }
        for (int i = common; i < a.length; i++) {
            s.append(s.length() > 0 ? "/" : "").append(a[i]);
        }
        return s.length() == 0 ? "." : s.toString();
    }

    private Trap linked(long ret) {
        String d = Quote.always(dst);
        String s = Quote.always(src);
        if (ret < 0 && symbolic) {
            return skip("failed to create symbolic link " + d + ": " + Errno.strerror(ret));
        }
        if (ret < 0) {
            boolean plain = ret == Errno.EEXIST.ret() || ret == Errno.ENOSPC.ret();
            return skip("failed to create hard link " + d + (plain ? "" : " => " + s) + ": "
                    + Errno.strerror(ret));
        }
        if (verbose) {
            out.print(d).print(symbolic ? " -> " : " => ").print(Quote.always(symbolic ? text : src)).print('\n');
        }
        return nextSource();
    }

    private Trap skip(String why) {
        err.print(prog()).print(": ").print(why).print('\n');
        failed = true;
        return nextSource();
    }

    @Override
    protected void deepen() {
        srcSt = srcSt.copy();
        st = st.copy();
        canon = canon == null ? null : canon.copy();
    }
}
