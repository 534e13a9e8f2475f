package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Backup;
import miniunix.user.lib.Canon;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * ln(1) of coreutils 9.1: {@code ln TARGET LINK_NAME}, {@code ln TARGET} (a link of the same
 * name here), {@code ln TARGET... DIRECTORY}, {@code ln -t DIRECTORY TARGET...}: hard links
 * (link(2)), or symbolic ones with -s (symlink(2): the TARGET text as given, which need not
 * exist). A hard link is to a TARGET that is a symbolic link itself (-P, the default), or with
 * -L to what it leads to; a directory TARGET is refused ({@code hard link not allowed for
 * directory}) unless -d/-F says to try (link(2) then refuses it: EPERM).
 *
 * <p>An existing LINK_NAME is an error (link(2)'s EEXIST) unless -f removes it first, -i
 * asks ({@code ln: replace 'b'? } on stderr, the answer a line of stdin; no skips it quietly)
 * or -b/--backup[=CONTROL] renames it out of the way ({@link Backup}); the last of -f and -i
 * wins, and a directory is never replaced ({@code d: cannot overwrite directory}). -n does not
 * follow a LINK_NAME that is a link to a directory, -T never treats LINK_NAME as a directory,
 * -v says {@code 'l' -> 'f'} ({@code 'h' => 'f'} for a hard link, {@code 'h~' ~ 'h' => 'f'}
 * after a backup); -r makes a symbolic link's text relative to the link's directory (both
 * names canonicalized first, as realpath -m does).
 * <pre>
 *   if (!symbolic &amp;&amp; (logical ? stat : lstat)(src) &lt; 0) error(...);
 *   if (lstat(dst) == 0) { ask, or rename(dst, backup), or unlink(dst) }
 *   if ((symbolic ? symlink(src, dst)
 *        : linkat(AT_FDCWD, src, AT_FDCWD, dst, logical ? AT_SYMLINK_FOLLOW : 0)) &lt; 0) error(...);
 * </pre>
 */
public final class Ln extends Proc {
    private static final int AT_FDCWD = Syscall.Utimensat.AT_FDCWD;
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
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "      --backup[=CONTROL]      make a backup of each existing destination file\n"
            + "  -b                          like --backup but does not accept an argument\n"
            + "  -d, -F, --directory         allow the superuser to attempt to hard link\n"
            + "                                directories (note: will probably fail due to\n"
            + "                                system restrictions, even for the superuser)\n"
            + "  -f, --force                 remove existing destination files\n"
            + "  -i, --interactive           prompt whether to remove destinations\n"
            + "  -L, --logical               dereference TARGETs that are symbolic links\n"
            + "  -n, --no-dereference        treat LINK_NAME as a normal file if\n"
            + "                                it is a symbolic link to a directory\n"
            + "  -P, --physical              make hard links directly to symbolic links\n"
            + "  -r, --relative              with -s, create links relative to link location\n"
            + "  -s, --symbolic              make symbolic links instead of hard links\n"
            + "  -S, --suffix=SUFFIX         override the usual backup suffix\n"
            + "  -t, --target-directory=DIRECTORY  specify the DIRECTORY in which to create\n"
            + "                                the links\n"
            + "  -T, --no-target-directory   treat LINK_NAME as a normal file always\n"
            + "  -v, --verbose               print name of each linked file\n"
            + "      --help        display this help and exit\n\n"
            + Backup.HELP + "\n"
            + "Using -s ignores -L and -P.  Otherwise, the last option specified controls\n"
            + "behavior when a TARGET is a symbolic link, defaulting to -P.\n";

    private enum Pc { START, TARGET, SOURCE, DEST, ASKED, BACKED_UP, UNLINKED, CANON,
        LINKED, RELINKED, UNBACKED }

    private Pc pc = Pc.START;
    /** -f; -i (the last of the two wins). */
    private boolean force;
    private boolean interactive;
    private boolean symbolic;
    private boolean verbose;
    private boolean relative;
    /** -L: a hard link is to what a symbolic link TARGET leads to. */
    private boolean logical;
    /** -d, -F: a hard link to a directory is tried. */
    private boolean dirLinks;
    private Backup backup;
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
    /** The destination is to go (-f, or -i answered yes); the backup made of it, or null. */
    private boolean replace;
    private String backedUp;
    /** The destination came back after it went, and has been removed again. */
    private boolean retried;
    /** The error of the link(2) or symlink(2), kept while the backup is put back. */
    private long linkError;
    private boolean failed;
    private StatBuf srcSt = new StatBuf();
    private StatBuf st = new StatBuf();
    private byte[] buf = new byte[1];
    /** The answer to -i's question, as read so far. */
    private StringBuilder answer = new StringBuilder();

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
            case ASKED: return asked(ret);
            case BACKED_UP: return backedUp(ret);
            case UNLINKED: return link();
            case CANON: return canonicalized(ret);
            case RELINKED: return relinked(ret);
            case UNBACKED: return unbacked(ret);
            default: return linked(ret);
        }
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "bdFfiLnPrsS:t:Tv" + Backup.OPTION + "::", "backup="
                + Backup.OPTION + " directory=d force=f interactive=i logical=L "
                + "no-dereference=n physical=P relative=r symbolic=s suffix=S "
                + "target-directory=t no-target-directory=T verbose=v");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        for (char c : o.sequence().toCharArray()) {
            force = c == 'f' || force && c != 'i';
            interactive = c == 'i' || interactive && c != 'f';
            logical = c == 'L' || logical && c != 'P';
        }
        dirLinks = o.has('d') || o.has('F');
        symbolic = o.has('s');
        verbose = o.has('v');
        relative = o.has('r');
        backup = Backup.of(o.has('b') || o.has('S') || o.has(Backup.OPTION),
                o.get(Backup.OPTION, null), getenv("VERSION_CONTROL"), o.get('S', null),
                getenv("SIMPLE_BACKUP_SUFFIX"));
        if (backup == null) {
            return fail(1, Backup.invalid(prog(), o.get(Backup.OPTION, null),
                    getenv("VERSION_CONTROL")));
        }
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

    /** Whether an existing destination is looked at before the link is made. */
    private boolean checksDest() {
        return force || interactive || backup.wanted();
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
        replace = force;
        backedUp = null;
        retried = false;
        if (symbolic && !checksDest()) {
            return link();
        }
        pc = Pc.SOURCE;
        return symbolic || logical ? Libc.stat(src, srcSt) : Libc.lstat(src, srcSt);
    }

    private Trap sourceStated(long ret) {
        if (!symbolic && ret < 0) {
            return skip("failed to access " + Quote.always(src) + ": " + Errno.strerror(ret));
        }
        if (!symbolic && srcSt.isDir() && !dirLinks) {
            return skip(Quote.shell(src) + ": hard link not allowed for directory");
        }
        if (ret < 0) {
            srcSt.ino = -1;
        }
        if (!checksDest()) {
            return link();
        }
        pc = Pc.DEST;
        return Libc.lstat(dst, st);
    }

    /**
     * An existing destination: refused when it is the source itself (which removing it would
     * lose) or a directory; else asked about (-i), backed up (-b) or removed (-f).
     */
    private Trap destStated(long ret) {
        if (ret < 0) {
            return link();
        }
        boolean checkSame = (force || !symbolic && backup.wanted())
                && (!backup.wanted() || !symbolic);
        if (checkSame && st.ino == srcSt.ino && (srcSt.nlink == 1 || sameName(src, dst))) {
            return skip(Quote.always(src) + " and " + Quote.always(dst) + " are the same file");
        }
        if (st.isDir()) {
            return skip(Quote.shell(dst) + ": cannot overwrite directory");
        }
        if (interactive) {
            err.print(prog()).print(": replace ").print(Quote.always(dst)).print("? ");
            answer.setLength(0);
            pc = Pc.ASKED;
            return Libc.read(0, buf, 0, 1);
        }
        return backupOrRemove();
    }

    /** Whether a and b are one name: the same last component in the same directory. */
    static boolean sameName(String a, String b) {
        return Basename.basename(a, null).equals(Basename.basename(b, null))
                && Dirname.dirname(a).equals(Dirname.dirname(b));
    }

    /** A byte of the answer (a line of stdin); yes if it starts with y or Y, else skipped. */
    private Trap asked(long ret) {
        if (ret > 0 && buf[0] != '\n') {
            answer.append((char) buf[0]);
            return Libc.read(0, buf, 0, 1);
        }
        boolean yes = answer.length() > 0 && (answer.charAt(0) == 'y' || answer.charAt(0) == 'Y');
        if (!yes) {
            return nextSource();
        }
        replace = true;
        return backupOrRemove();
    }

    private Trap backupOrRemove() {
        if (backup.wanted()) {
            pc = Pc.BACKED_UP;
            return backup.begin(dst);
        }
        if (replace) {
            pc = Pc.UNLINKED;
            return Libc.unlink(dst);
        }
        return link();
    }

    private Trap backedUp(long ret) {
        Trap t = backup.next(ret);
        if (t != null) {
            return t;
        }
        if (backup.error < 0) {
            return skip("cannot backup " + Quote.always(dst) + ": " + Errno.strerror(backup.error));
        }
        backedUp = backup.name;
        return link();
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
        return symbolic ? Libc.symlink(text, dst) : hardLink();
    }

    /** linkat(2), to what a link src leads to with -L (AT_SYMLINK_FOLLOW), else to src itself. */
    private Trap hardLink() {
        return Libc.linkat(AT_FDCWD, src, AT_FDCWD, dst, logical ? Syscall.Linkat.AT_SYMLINK_FOLLOW : 0);
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
        return Libc.symlink(text, dst);
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

    /**
     * The link(2) or symlink(2) has answered. A destination that came back meanwhile (EEXIST)
     * goes when it is to be replaced, once; a failure puts the backup back.
     */
    private Trap linked(long ret) {
        if (ret == Errno.EEXIST.ret() && (replace || backedUp != null) && !retried) {
            retried = true;
            pc = Pc.RELINKED;
            return Libc.unlink(dst);
        }
        if (ret < 0 && backedUp != null) {
            linkError = ret;
            pc = Pc.UNBACKED;
            return Libc.rename(backedUp, dst);
        }
        return report(ret);
    }

    /** The destination that came back is gone: the link again. */
    private Trap relinked(long ret) {
        if (ret < 0) {
            return skip("cannot remove " + Quote.always(dst) + ": " + Errno.strerror(ret));
        }
        pc = Pc.LINKED;
        return symbolic ? Libc.symlink(text, dst) : hardLink();
    }

    private Trap unbacked(long ret) {
        if (ret < 0) {
            err.print(prog()).print(": cannot un-backup ").print(Quote.always(dst)).print(": ")
                    .print(Errno.strerror(ret)).print('\n');
        }
        backedUp = null;
        return report(linkError);
    }

    private Trap report(long ret) {
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
            if (backedUp != null) {
                out.print(Quote.always(backedUp)).print(" ~ ");
            }
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
        backup = backup == null ? null : backup.copy();
        buf = buf.clone();
        answer = new StringBuilder(answer);
    }
}
