package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Backup;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * mv(1) of coreutils 9.1: {@code mv SOURCE DEST}, {@code mv SOURCE... DIRECTORY} ({@link
 * Targets}), {@code mv -t DIRECTORY SOURCE...} and {@code mv -T SOURCE DEST}, each source a
 * rename(2), across directories too. With an existing destination: -i asks
 * ({@code mv: overwrite 'b'? } on stderr, or {@code replace 'b', overriding mode 0444
 * (r--r--r--)?} when the caller may not write it; the answer a line of stdin, yes if it
 * starts with y), -n leaves it alone, -f replaces it (the last of -i, -n and -f wins); -u
 * moves only a source newer than it; -b and --backup[=CONTROL] rename it out of the way first
 * ({@link Backup}: DEST~, -S another suffix, or DEST.~N~). -v says {@code renamed 'a' -> 'b'},
 * with {@code (backup: 'b~')} after a backup.
 * <pre>
 *   if (stat(src, &amp;st) &lt; 0) error(...);  if (stat(dst, &amp;dt) == 0) { ask, skip or back up }
 *   if (rename(src, dst) &lt; 0) error(...);
 * </pre>
 * Simplified: no copy across filesystems (EXDEV is reported; only /proc is another one), no
 * prompt for an unwritable destination without -i.
 */
public final class Mv extends Proc {
    private static final String USAGE = "Usage: mv [OPTION]... [-T] SOURCE DEST\n"
            + "  or:  mv [OPTION]... SOURCE... DIRECTORY\n"
            + "  or:  mv [OPTION]... -t DIRECTORY SOURCE...\n"
            + "Rename SOURCE to DEST, or move SOURCE(s) to DIRECTORY.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "      --backup[=CONTROL]       make a backup of each existing destination file\n"
            + "  -b                           like --backup but does not accept an argument\n"
            + "  -f, --force                  do not prompt before overwriting\n"
            + "  -i, --interactive            prompt before overwrite\n"
            + "  -n, --no-clobber             do not overwrite an existing file\n"
            + "If you specify more than one of -i, -f, -n, only the final one takes effect.\n"
            + "  -S, --suffix=SUFFIX          override the usual backup suffix\n"
            + "  -t, --target-directory=DIRECTORY  move all SOURCE arguments into DIRECTORY\n"
            + "  -T, --no-target-directory    treat DEST as a normal file\n"
            + "  -u, --update                 move only when the SOURCE file is newer\n"
            + "                                 than the destination file or when the\n"
            + "                                 destination file is missing\n"
            + "  -v, --verbose                explain what is being done\n"
            + "      --help        display this help and exit\n\n"
            + Backup.HELP;

    /** What to do with an existing destination (coreutils' interactive_type). */
    private enum Clobber { OVERWRITE, ASK, NEVER }

    private enum Pc { START, EARLY, EARLY_RENAMED, EUID, EGID, TARGET, SOURCE, LINKED_TO, DEST, ASKED, BACKED_UP, RENAMED }

    private Pc pc = Pc.START;
    private Clobber clobber = Clobber.OVERWRITE;
    private boolean update;
    private boolean verbose;
    /** -b, --backup, -S: how an existing destination is backed up (Type.NONE: it is not). */
    private Backup backup;
    private boolean noTargetDir;
    /** A bad backup option, reported once a rename of two operands to a new name is tried. */
    private String lateError;
    private int euid = -1;
    private int egid = -1;
    private Targets target;
    private List<String> sources = List.of();
    private int next;
    /** The source in hand, where it goes, and the backup made of that (or null). */
    private String src;
    private String dst;
    private String backedUp;
    private StatBuf srcSt = new StatBuf();
    private StatBuf dstSt = new StatBuf();
    /** What a source that is a link leads to (its ino, -1 for nothing): for "same file". */
    private StatBuf linkedSt = new StatBuf();
    private long sameIno;
    private boolean failed;
    private byte[] buf = new byte[1];
    /** The answer to -i's question, as read so far. */
    private StringBuilder answer = new StringBuilder();

    public Mv(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START: return start();
            case EARLY:
                pc = Pc.EARLY_RENAMED;
                return ret == Errno.ENOENT.ret() ? Libc.rename(src, dst) : fail(1, lateError);
            case EARLY_RENAMED: return fail(1, lateError);
            case EUID:
                euid = (int) ret;
                pc = Pc.EGID;
                return new Syscall.Getegid();
            case EGID:
                egid = (int) ret;
                return statTarget();
            case TARGET: return targetStated(ret);
            case SOURCE: return sourceStated(ret);
            case LINKED_TO:
                sameIno = ret < 0 ? -1 : linkedSt.ino;
                return statDest();
            case DEST: return destStated(ret);
            case ASKED: return asked(ret);
            case BACKED_UP: return backedUp(ret);
            default: return renamed(ret);
        }
    }

    // The command line.

    private Trap start() {
        Opts o = Opts.parse(argv, "bfinS:t:Tuv" + Backup.OPTION + "::", "force=f interactive=i "
                + "no-clobber=n suffix=S target-directory=t no-target-directory=T update=u "
                + "verbose=v backup=" + Backup.OPTION);
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        for (char c : o.sequence().toCharArray()) {
            clobber = c == 'f' ? Clobber.OVERWRITE : c == 'i' ? Clobber.ASK
                    : c == 'n' ? Clobber.NEVER : clobber;
        }
        update = o.has('u');
        verbose = o.has('v');
        boolean makeBackups = o.has('b') || o.has('S') || o.has(Backup.OPTION);
        backup = Backup.of(makeBackups,
                o.get(Backup.OPTION, null), getenv("VERSION_CONTROL"), o.get('S', null),
                getenv("SIMPLE_BACKUP_SUFFIX"));
        noTargetDir = o.has('T');
        String dir = o.has('t') ? o.get('t', "") : null;
        List<String> operands = o.operands;
        if (dir != null && noTargetDir) {
            return fail(1, "cannot combine --target-directory (-t) and --no-target-directory (-T)");
        }
        String problem = dir != null ? (operands.isEmpty() ? "missing file operand" : null)
                : Targets.operandProblem(operands);
        if (problem == null && noTargetDir && operands.size() > 2) {
            problem = "extra operand " + Quote.always(operands.get(2));
        }
        if (problem != null) {
            return fail(1, problem + "\n" + Opts.tryHelp(prog()));
        }
        // coreutils 9.1 tries renameat2(RENAME_NOREPLACE) of two operands before it looks at
        // the backup options: a bad one is reported after a rename to a new name is done.
        lateError = makeBackups && clobber == Clobber.NEVER
                ? "options --backup and --no-clobber are mutually exclusive\n" + Opts.tryHelp(prog())
                : backup == null ? Backup.invalid(prog(), o.get(Backup.OPTION, null),
                        getenv("VERSION_CONTROL")) : null;
        if (lateError != null && dir == null && !noTargetDir && operands.size() == 2) {
            src = operands.get(0);
            dst = operands.get(1);
            pc = Pc.EARLY;
            return Libc.lstat(dst, dstSt);
        }
        if (lateError != null) {
            return fail(1, lateError);
        }
        sources = dir != null ? List.copyOf(operands) : operands.subList(0, operands.size() - 1);
        target = new Targets(dir != null ? dir : operands.get(operands.size() - 1),
                sources.size(), dir != null);
        if (clobber == Clobber.ASK) {
            pc = Pc.EUID;
            return new Syscall.Geteuid();
        }
        return statTarget();
    }

    private Trap statTarget() {
        pc = Pc.TARGET;
        return target.stat();
    }

    private Trap targetStated(long ret) {
        String problem = target.stated(ret);
        if (problem != null) {
            return fail(1, problem);
        }
        if (noTargetDir) {
            target = target.asFile();
        }
        return nextSource();
    }

    // One source.

    /** stat(2) of the next source, or exit when there is none left. */
    private Trap nextSource() {
        if (next == sources.size()) {
            return exit(failed ? 1 : 0);
        }
        src = sources.get(next++);
        dst = target.destination(src);
        backedUp = null;
        pc = Pc.SOURCE;
        return Libc.lstat(src, srcSt);
    }

    /**
     * The source is lstat(2)ed (a link is moved as a link, one to nothing too); a link's
     * target is stat(2)ed as well, as moving a link onto what it leads to is "the same file".
     */
    private Trap sourceStated(long ret) {
        if (ret < 0) {
            return skip("cannot stat " + Quote.always(src) + ": " + Errno.strerror(ret));
        }
        sameIno = srcSt.ino;
        if (srcSt.isLink()) {
            pc = Pc.LINKED_TO;
            return Libc.stat(src, linkedSt);
        }
        return statDest();
    }

    private Trap statDest() {
        pc = Pc.DEST;
        return Libc.stat(dst, dstSt);
    }

    private Trap destStated(long ret) {
        if (ret < 0) {
            return rename();
        }
        if (dstSt.ino == sameIno) {
            return skip(Quote.always(src) + " and " + Quote.always(dst) + " are the same file");
        }
        if (clobber == Clobber.NEVER
                || update && !srcSt.isDir() && dstSt.mtimeNs >= srcSt.mtimeNs) {
            return nextSource();
        }
        if (clobber == Clobber.ASK) {
            err.print(prog()).print(": ").print(question()).print(' ');
            answer.setLength(0);
            pc = Pc.ASKED;
            return Libc.read(0, buf, 0, 1);
        }
        return backupOrRename();
    }

    /** overwrite_ok's question in move mode: plain, or about a destination the caller may not write. */
    private String question() {
        int shift = euid == dstSt.uid ? 6 : egid == dstSt.gid ? 3 : 0;
        String d = Quote.always(dst);
        if (euid == 0 || (dstSt.mode >> shift & 2) != 0) {
            return "overwrite " + d + "?";
        }
        return "replace " + d + ", overriding mode " + String.format("%04o", dstSt.mode & 07777)
                + " (" + LsLong.mode(dstSt.mode).substring(1) + ")?";
    }

    /** A byte of the answer (a line of stdin); yes if it starts with y or Y. */
    private Trap asked(long ret) {
        if (ret > 0 && buf[0] != '\n') {
            answer.append((char) buf[0]);
            return Libc.read(0, buf, 0, 1);
        }
        boolean yes = answer.length() > 0 && (answer.charAt(0) == 'y' || answer.charAt(0) == 'Y');
        return yes ? backupOrRename() : nextSource();
    }

    /** -b: the existing destination is renamed out of the way first, unless rename(2) will refuse. */
    private Trap backupOrRename() {
        if (!backup.wanted() || dstSt.isDir() != srcSt.isDir()) {
            return rename();
        }
        pc = Pc.BACKED_UP;
        return backup.begin(dst);
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
        return rename();
    }

    private Trap rename() {
        pc = Pc.RENAMED;
        return Libc.rename(src, dst);
    }

    /** rename(2)'s answer, in mv's words. */
    private Trap renamed(long ret) {
        String s = Quote.always(src);
        String d = Quote.always(dst);
        if (ret == Errno.EINVAL.ret()) {
            return skip("cannot move " + s + " to a subdirectory of itself, " + d);
        }
        if (ret == Errno.EISDIR.ret()) {
            return skip("cannot overwrite directory " + d + " with non-directory");
        }
        if (ret == Errno.ENOTDIR.ret() && srcSt.isDir()) {
            return skip("cannot overwrite non-directory " + d + " with directory " + s);
        }
        if (ret < 0) {
            return skip("cannot move " + s + " to " + d + ": " + Errno.strerror(ret));
        }
        if (verbose) {
            out.print("renamed ").print(s).print(" -> ").print(d);
            if (backedUp != null) {
                out.print(" (backup: ").print(Quote.always(backedUp)).print(")");
            }
            out.print('\n');
        }
        return nextSource();
    }

    /** Reports why this source is left alone, and goes on with the next. */
    private Trap skip(String why) {
        err.print(prog()).print(": ").print(why).print('\n');
        failed = true;
        return nextSource();
    }

    @Override
    protected void deepen() {
        target = target == null ? null : target.copy();
        backup = backup == null ? null : backup.copy();
        srcSt = srcSt.copy();
        dstSt = dstSt.copy();
        linkedSt = linkedSt.copy();
        buf = buf.clone();
        answer = new StringBuilder(answer);
    }
}
