package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Backup;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * cp(1) of coreutils 9.1: {@code cp SOURCE DEST}, {@code cp SOURCE... DIRECTORY} ({@link
 * Targets}), {@code cp -t DIRECTORY SOURCE...} and {@code cp -T SOURCE DEST}. -r copies a
 * directory and everything below it, making the directories it needs (its entries in inode
 * order, as coreutils' savedir reads them); -p keeps modes, owners (as far as the caller may
 * give files away) and modification times, and -a is -r with -p; -i asks before overwriting
 * ({@code cp: overwrite 'x'? } on stderr, the answer a line of stdin, yes if it starts with
 * y), -n never overwrites, -u only when the source is newer, -f removes a destination it can't
 * open and tries again, -v says {@code 'a' -> 'b'}.
 * <pre>
 *   copy(src, dst): stat(src); if (dir) { mkdir(dst); for (e in readdir(src)) copy(src/e, dst/e); }
 *   else { in = open(src); out = open(dst, O_WRONLY|O_CREAT|O_TRUNC, mode);
 *          while ((n = read(in, buf, sizeof buf)) &gt; 0) write(out, buf, n); }
 * </pre>
 * A directory copied into itself is found as coreutils finds it: the first directory made for
 * an operand is remembered, and meeting it again as a source stops that operand's copy.
 * A symbolic link is copied as a link (readlink(2), then symlink(2) of the same text) with -d,
 * -P, -a, and with -r unless -L or -H says to copy what it leads to (-H: only the operands');
 * otherwise what it leads to is copied. -b and --backup[=CONTROL] rename an existing
 * destination that is not a directory out of the way first ({@link Backup}); with -f too, a
 * file copied onto itself is copied to its backup's name. Simplified: no --preserve lists
 * or sparse files; a device or FIFO is read like a file.
 */
public final class Cp extends Proc {
    private static final String USAGE = "Usage: cp [OPTION]... [-T] SOURCE DEST\n"
            + "  or:  cp [OPTION]... SOURCE... DIRECTORY\n"
            + "  or:  cp [OPTION]... -t DIRECTORY SOURCE...\n"
            + "Copy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "  -a, --archive                same as -dR --preserve=all\n"
            + "      --backup[=CONTROL]       make a backup of each existing destination file\n"
            + "  -b                           like --backup but does not accept an argument\n"
            + "  -d                           same as --no-dereference --preserve=links\n"
            + "  -f, --force                  if an existing destination file cannot be\n"
            + "                                 opened, remove it and try again\n"
            + "  -H                           follow command-line symbolic links in SOURCE\n"
            + "  -i, --interactive            prompt before overwrite (overrides a previous -n\n"
            + "                                  option)\n"
            + "  -L, --dereference            always follow symbolic links in SOURCE\n"
            + "  -n, --no-clobber             do not overwrite an existing file (overrides\n"
            + "                                 a previous -i option)\n"
            + "  -P, --no-dereference         never follow symbolic links in SOURCE\n"
            + "  -p                           same as --preserve=mode,ownership,timestamps\n"
            + "  -R, -r, --recursive          copy directories recursively\n"
            + "  -S, --suffix=SUFFIX          override the usual backup suffix\n"
            + "  -t, --target-directory=DIRECTORY  copy all SOURCE arguments into DIRECTORY\n"
            + "  -T, --no-target-directory    treat DEST as a normal file\n"
            + "  -u, --update                 copy only when the SOURCE file is newer\n"
            + "                                 than the destination file or when the\n"
            + "                                 destination file is missing\n"
            + "  -v, --verbose                explain what is being done\n"
            + "      --help        display this help and exit\n\n"
            + Backup.HELP + "\n"
            + "As a special case, cp makes a backup of SOURCE when the force and backup\n"
            + "options are given and SOURCE and DEST are the same name for an existing,\n"
            + "regular file.\n";

    /** Which links are followed (coreutils' dereference): all, the operands only, none. */
    private enum Deref { ALWAYS, ARGS, NEVER }

    /** What to do with an existing destination (coreutils' interactive_type). */
    private enum Clobber { OVERWRITE, ASK, NEVER }

    private enum Pc { START, UMASK, UMASK_BACK, EUID, EGID, TARGET, SOURCE, DEST, ASKED,
        MKDIR, LISTING, ENTRY_STAT, READABLE, UNLINKED, WRITABLE, COPYING, WRITING,
        TIMES, OWNER, MODE, CLOSED_OUT, CLOSED_IN, DIR_TIMES, DIR_OPENED, DIR_OWNER,
        DIR_FCHMOD, DIR_CLOSED, DIR_MODE, READLINK, LINK_UNLINKED, SYMLINKED, BACKED_UP,
        BACKUP_NAMED }

    /** A directory being copied: its entries, in inode order, and the next one to copy. */
    private static final class Frame {
        final String src;
        final String dst;
        final StatBuf st;
        /** The copy made dst: its mode is to be set right when its entries are in. */
        final boolean created;
        final List<String> names = new ArrayList<>();
        final List<StatBuf> stats = new ArrayList<>();
        int next;

        Frame(String src, String dst, StatBuf st, boolean created) {
            this.src = src;
            this.dst = dst;
            this.st = st;
            this.created = created;
        }

        Frame copy() {
            Frame f = new Frame(src, dst, st.copy(), created);
            f.names.addAll(names);
            for (StatBuf s : stats) {
                f.stats.add(s == null ? null : s.copy());
            }
            f.next = next;
            return f;
        }
    }

    private Pc pc = Pc.START;
    private boolean recursive;
    private Deref deref;
    /** The target of the link being copied. */
    private String linkTarget;
    private boolean preserve;
    private boolean force;
    private boolean update;
    private boolean verbose;
    private Clobber clobber = Clobber.OVERWRITE;
    /** -b, --backup, -S: how an existing destination is backed up (Type.NONE: it is not). */
    private Backup backup;
    /** The backup made of the destination in hand, or null. */
    private String backedUp;
    private boolean noTargetDir;
    private Targets target;
    private List<String> sources = List.of();
    private int nextSource;
    private int umask;
    private int euid = -1;
    private int egid = -1;
    private boolean failed;

    // The operand being copied: its names, and the inode of the first directory made for it.
    private String topSrc;
    private String topDst;
    private long firstDirIno = -1;
    private boolean intoSelf;
    private ArrayList<Frame> stack = new ArrayList<>();

    // The file in hand.
    private String src;
    private String dst;
    private StatBuf srcSt = new StatBuf();
    private StatBuf dstSt = new StatBuf();
    private boolean dstExists;
    private Fetch listing;
    private int inFd;
    private int outFd;
    /** -f has removed the destination once already. */
    private boolean retried;
    private byte[] buf = new byte[65536];
    private int len;
    private int done;
    /** The file being copied could not be read or written: it counts as failed. */
    private boolean broken;
    /** The answer to -i's question, as read so far. */
    private StringBuilder answer = new StringBuilder();

    public Cp(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START: return start();
            case UMASK:
                umask = (int) ret;
                pc = Pc.UMASK_BACK;
                return new Syscall.Umask(umask);
            case UMASK_BACK: return ids();
            case EUID:
                euid = (int) ret;
                pc = Pc.EGID;
                return new Syscall.Getegid();
            case EGID:
                egid = (int) ret;
                return statTarget();
            case TARGET: return targetStated(ret);
            case SOURCE: return sourceStated(ret);
            case DEST: return destStated(ret);
            case ASKED: return asked(ret);
            case MKDIR: return madeDir(ret);
            case LISTING: return listing(ret);
            case ENTRY_STAT: return entryStated(ret);
            case READABLE: return readable(ret);
            case UNLINKED: return openDest();
            case WRITABLE: return writable(ret);
            case COPYING: return copying(ret);
            case WRITING: return writing(ret);
            case TIMES: return timesSet(ret, false);
            case OWNER: return ownerSet(ret, false);
            case MODE: return modeSet(ret, false);
            case CLOSED_OUT:
                pc = Pc.CLOSED_IN;
                return new Syscall.Close(inFd);
            case CLOSED_IN: return fileDone();
            case DIR_TIMES: return timesSet(ret, true);
            case DIR_OPENED: return dirOpened(ret);
            case DIR_OWNER: return ownerSet(ret, true);
            case DIR_FCHMOD: return modeSet(ret, true);
            case DIR_CLOSED:
                stack.remove(stack.size() - 1);
                return entryDone();
            case READLINK: return linkRead(ret);
            case LINK_UNLINKED: return symlink();
            case SYMLINKED: return symlinked(ret);
            case BACKED_UP: return backedUp(ret);
            case BACKUP_NAMED: return backupNamed(ret);
            default:
                if (ret < 0) {
                    perror("preserving permissions for " + Quote.always(dst), ret);
                    failed = true;
                }
                stack.remove(stack.size() - 1);
                return entryDone();
        }
    }

    // The command line.

    private Trap start() {
        Opts o = Opts.parse(argv, "abdfHiLnPprRS:t:Tuv" + Backup.OPTION + "::", "archive=a "
                + "force=f interactive=i no-clobber=n recursive=r target-directory=t "
                + "no-target-directory=T update=u verbose=v dereference=L no-dereference=P "
                + "suffix=S backup=" + Backup.OPTION);
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        recursive = o.has('r') || o.has('R') || o.has('a');
        for (char c : o.sequence().toCharArray()) {
            deref = c == 'L' ? Deref.ALWAYS : c == 'H' ? Deref.ARGS
                    : c == 'P' || c == 'd' || c == 'a' ? Deref.NEVER : deref;
        }
        if (deref == null) {
            deref = recursive ? Deref.NEVER : Deref.ALWAYS;
        }
        preserve = o.has('p') || o.has('a');
        force = o.has('f');
        update = o.has('u');
        verbose = o.has('v');
        clobber = lastClobber();
        boolean makeBackups = o.has('b') || o.has('S') || o.has(Backup.OPTION);
        if (makeBackups && clobber == Clobber.NEVER) {
            return fail(1, "options --backup and --no-clobber are mutually exclusive\n"
                    + Opts.tryHelp(prog()));
        }
        backup = Backup.of(makeBackups, o.get(Backup.OPTION, null), getenv("VERSION_CONTROL"),
                o.get('S', null), getenv("SIMPLE_BACKUP_SUFFIX"));
        if (backup == null) {
            return fail(1, Backup.invalid(prog(), o.get(Backup.OPTION, null),
                    getenv("VERSION_CONTROL")));
        }
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
        sources = dir != null ? List.copyOf(operands) : operands.subList(0, operands.size() - 1);
        target = new Targets(dir != null ? dir : operands.get(operands.size() - 1),
                sources.size(), dir != null);
        if (recursive) {
            pc = Pc.UMASK;
            return new Syscall.Umask(0);
        }
        return ids();
    }

    /** -i and -n: the last one given wins (coreutils 9.1). */
    private Clobber lastClobber() {
        Clobber c = Clobber.OVERWRITE;
        for (String a : argv.subList(1, argv.size())) {
            if (a.equals("--")) {
                break;
            }
            if (a.equals("--interactive") || a.startsWith("-") && !a.startsWith("--")
                    && a.lastIndexOf('i') > a.lastIndexOf('n') && a.indexOf('t') < 0
                    && a.indexOf('S') < 0) {
                c = Clobber.ASK;
            } else if (a.equals("--no-clobber") || a.startsWith("-") && !a.startsWith("--")
                    && a.lastIndexOf('n') > a.lastIndexOf('i') && a.indexOf('t') < 0
                    && a.indexOf('S') < 0) {
                c = Clobber.NEVER;
            }
        }
        return c;
    }

    /** The caller's ids, for -i's "unwritable" question and -p's owners. */
    private Trap ids() {
        if (clobber != Clobber.ASK && !preserve) {
            return statTarget();
        }
        pc = Pc.EUID;
        return new Syscall.Geteuid();
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

    // One operand.

    private Trap nextSource() {
        if (nextSource == sources.size()) {
            return exit(failed ? 1 : 0);
        }
        topSrc = src = sources.get(nextSource++);
        topDst = dst = target.destination(src);
        firstDirIno = -1;
        intoSelf = false;
        srcSt = new StatBuf();
        pc = Pc.SOURCE;
        return deref == Deref.NEVER ? Libc.lstat(src, srcSt) : Libc.stat(src, srcSt);
    }

    private Trap sourceStated(long ret) {
        if (ret < 0) {
            return skip("cannot stat " + Quote.always(src) + ": " + Errno.strerror(ret));
        }
        return copyEntry();
    }

    /** Copies src (stat'ed in srcSt) to dst: its checks, then a file or a directory. */
    private Trap copyEntry() {
        if (srcSt.isDir() && !recursive) {
            return skip("-r not specified; omitting directory " + Quote.always(src));
        }
        if (srcSt.isDir() && srcSt.ino == firstDirIno) {
            intoSelf = true;
            return skip("cannot copy a directory, " + Quote.always(topSrc) + ", into itself, "
                    + Quote.always(topDst));
        }
        dstSt = new StatBuf();
        pc = Pc.DEST;
        return Libc.stat(dst, dstSt);
    }

    private Trap destStated(long ret) {
        dstExists = ret >= 0;
        backedUp = null;
        if (!dstExists) {
            if (ret != Errno.ENOENT.ret()) {
                return skip("cannot stat " + Quote.always(dst) + ": " + Errno.strerror(ret));
            }
            return srcSt.isDir() ? makeDir() : srcSt.isLink() ? copyLink() : copyFile();
        }
        boolean sameName = Ln.sameName(src, dst);
        if (dstSt.ino == srcSt.ino && backup.wanted() && force && srcSt.isRegular() && sameName) {
            // The special case: the source is copied to its backup's name.
            pc = Pc.BACKUP_NAMED;
            Trap t = backup.beginName(dst);
            return t != null ? t : backupNamed(0);
        }
        // Two names of one file: with a backup, the destination's name goes first.
        if (dstSt.ino == srcSt.ino && clobber != Clobber.NEVER
                && !(backup.wanted() && !sameName)) {
            return skip(Quote.always(src) + " and " + Quote.always(dst) + " are the same file");
        }
        if (!srcSt.isDir() && update && dstSt.mtimeNs >= srcSt.mtimeNs) {
            return entryDone();
        }
        if (!srcSt.isDir() && clobber == Clobber.NEVER) {
            return entryDone();
        }
        if (!srcSt.isDir() && clobber == Clobber.ASK) {
            err.print(prog()).print(": ").print(question()).print(' ');
            answer.setLength(0);
            pc = Pc.ASKED;
            return Libc.read(0, buf, 0, 1);
        }
        return overwrite();
    }

    /** overwrite_ok's question: plain, or about a destination the caller may not write. */
    private String question() {
        int shift = euid == dstSt.uid ? 6 : egid == dstSt.gid ? 3 : 0;
        boolean writable = euid == 0 || (dstSt.mode >> shift & 2) != 0;
        String d = Quote.always(dst);
        if (writable) {
            return "overwrite " + d + "?";
        }
        String mode = String.format("%04o", dstSt.mode & 07777);
        String perms = LsLong.mode(dstSt.mode).substring(1);
        return force ? "replace " + d + ", overriding mode " + mode + " (" + perms + ")?"
                : "unwritable " + d + " (mode " + mode + ", " + perms + "); try anyway?";
    }

    /** A byte of the answer (a line of stdin); yes if it starts with y or Y. */
    private Trap asked(long ret) {
        if (ret > 0 && buf[0] != '\n') {
            answer.append((char) buf[0]);
            return Libc.read(0, buf, 0, 1);
        }
        boolean yes = answer.length() > 0 && (answer.charAt(0) == 'y' || answer.charAt(0) == 'Y');
        return yes ? overwrite() : entryDone();
    }

    /** An existing destination: a directory merges with a directory, nothing else does. */
    private Trap overwrite() {
        if (!dstSt.isDir() && srcSt.isDir()) {
            return skip("cannot overwrite non-directory " + Quote.always(dst) + " with directory "
                    + Quote.always(src));
        }
        if (dstSt.isDir() && !srcSt.isDir()) {
            return skip("cannot overwrite directory " + Quote.always(dst) + " with non-directory");
        }
        if (backup.wanted() && !dstSt.isDir()) {
            pc = Pc.BACKED_UP;
            return backup.begin(dst);
        }
        return srcSt.isDir() ? listDir(false) : srcSt.isLink() ? copyLink() : copyFile();
    }

    /** The destination has been renamed out of the way (or was gone already): a new file. */
    private Trap backedUp(long ret) {
        Trap t = backup.next(ret);
        if (t != null) {
            return t;
        }
        if (backup.error < 0) {
            return skip("cannot backup " + Quote.always(dst) + ": " + Errno.strerror(backup.error));
        }
        backedUp = backup.name;
        dstExists = false;
        return srcSt.isLink() ? copyLink() : copyFile();
    }

    /** cp -fb f f: f is copied to the name its backup would have. */
    private Trap backupNamed(long ret) {
        Trap t = backup.next(ret);
        if (t != null) {
            return t;
        }
        dst = backup.name;
        dstExists = false;
        return copyFile();
    }

    /** -v's line: {@code 'a' -> 'b'}, with {@code (backup: 'b~')} after a backup. */
    private void says() {
        out.print(Quote.always(src)).print(" -> ").print(Quote.always(dst));
        if (backedUp != null) {
            out.print(" (backup: ").print(Quote.always(backedUp)).print(")");
        }
        out.print('\n');
    }

    /** This file could not be copied: reported, and the copy goes on. */
    private Trap skip(String why) {
        err.print(prog()).print(": ").print(why).print('\n');
        failed = true;
        return entryDone();
    }

    // Directories.

    /** mkdir with the source's mode and u+rwx, so the entries can go in (set right after). */
    private Trap makeDir() {
        pc = Pc.MKDIR;
        return Libc.mkdir(dst, (srcSt.mode | 0700) & 07777);
    }

    private Trap madeDir(long ret) {
        if (ret < 0) {
            return skip("cannot create directory " + Quote.always(dst) + ": "
                    + Errno.strerror(ret));
        }
        if (verbose) {
            out.print(Quote.always(src)).print(" -> ").print(Quote.always(dst)).print('\n');
        }
        return listDir(true);
    }

    private Trap listDir(boolean created) {
        stack.add(new Frame(src, dst, srcSt.copy(), created));
        if (created && firstDirIno < 0) {
            // The stat of the new directory comes with the listing's first entry: see entryStated.
            firstDirIno = -2;
        }
        listing = new Fetch(Fetch.Kind.DIR, src, 0);
        pc = Pc.LISTING;
        return listing(0);
    }

    private Trap listing(long ret) {
        Trap t = listing.next(ret);
        if (t != null) {
            return t;
        }
        Frame f = top();
        if (listing.error != 0) {
            err.print(prog()).print(": cannot access ").print(Quote.always(src)).print(": ")
                    .print(Errno.strerror(listing.error)).print('\n');
            failed = true;
        } else {
            for (String n : listing.names) {
                if (!n.equals(".") && !n.equals("..")) {
                    f.names.add(n);
                    f.stats.add(new StatBuf());
                }
            }
        }
        listing = null;
        f.next = -1;
        return statNextEntry(f);
    }

    /** stat(2) of each entry in turn, to copy them in inode order; then the copying starts. */
    private Trap statNextEntry(Frame f) {
        f.next++;
        if (f.next < f.names.size()) {
            pc = Pc.ENTRY_STAT;
            String entry = Ls.join(f.src, f.names.get(f.next));
            return deref == Deref.ALWAYS ? Libc.stat(entry, f.stats.get(f.next))
                    : Libc.lstat(entry, f.stats.get(f.next));
        }
        sortByInode(f);
        f.next = 0;
        if (firstDirIno == -2) {
            pc = Pc.ENTRY_STAT;
            f.next = -1;    // one more stat: the new directory's own, to remember it
            return Libc.stat(f.dst, srcSt);
        }
        return nextEntry();
    }

    private Trap entryStated(long ret) {
        Frame f = top();
        if (f.next < 0) {
            firstDirIno = ret < 0 ? -1 : srcSt.ino;
            f.next = 0;
            return nextEntry();
        }
        if (ret < 0) {
            f.stats.set(f.next, null);
            err.print(prog()).print(": cannot stat ")
                    .print(Quote.always(Ls.join(f.src, f.names.get(f.next)))).print(": ")
                    .print(Errno.strerror(ret)).print('\n');
            failed = true;
        }
        return statNextEntry(f);
    }

    private static void sortByInode(Frame f) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < f.names.size(); i++) {
            if (f.stats.get(i) != null) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Long.compare(f.stats.get(a).ino, f.stats.get(b).ino));
        List<String> names = new ArrayList<>();
        List<StatBuf> stats = new ArrayList<>();
        for (int i : order) {
            names.add(f.names.get(i));
            stats.add(f.stats.get(i));
        }
        f.names.clear();
        f.names.addAll(names);
        f.stats.clear();
        f.stats.addAll(stats);
    }

    /** The next entry of the innermost directory, or that directory finished. */
    private Trap nextEntry() {
        Frame f = top();
        if (f.next < f.names.size() && !intoSelf) {
            String name = f.names.get(f.next);
            srcSt = f.stats.get(f.next++);
            src = Ls.join(f.src, name);
            dst = Ls.join(f.dst, name);
            return copyEntry();
        }
        return dirDone(f);
    }

    /**
     * A directory's entries are in: -p sets its times, owner and mode (through an fd of it);
     * else a directory made with u+rwx gets the mode it would have had (the source's, less
     * the umask).
     */
    private Trap dirDone(Frame f) {
        src = f.src;
        dst = f.dst;
        srcSt = f.st;
        if (preserve) {
            pc = Pc.DIR_TIMES;
            return times();
        }
        if (f.created && (f.st.mode & 0700) != 0700) {
            pc = Pc.DIR_MODE;
            return Libc.chmod(dst, f.st.mode & 07777 & ~umask);
        }
        stack.remove(stack.size() - 1);
        return entryDone();
    }

    private Trap dirOpened(long ret) {
        if (ret < 0) {
            perror("preserving permissions for " + Quote.always(dst), ret);
            failed = true;
            stack.remove(stack.size() - 1);
            return entryDone();
        }
        outFd = (int) ret;
        return owner(true);
    }

    /** One entry (or operand) is done: on with its directory, or the next operand. */
    private Trap entryDone() {
        return stack.isEmpty() ? nextSource() : nextEntry();
    }

    private Frame top() {
        return stack.get(stack.size() - 1);
    }

    // Symbolic links, copied as links: the same target text (an existing file is replaced).

    private Trap copyLink() {
        if (verbose) {
            says();
        }
        pc = Pc.READLINK;
        return Libc.readlink(src, buf);
    }

    private Trap linkRead(long ret) {
        if (ret < 0) {
            return skip("cannot read symbolic link " + Quote.always(src) + ": " + Errno.strerror(ret));
        }
        linkTarget = new String(buf, 0, (int) ret, java.nio.charset.StandardCharsets.UTF_8);
        if (dstExists && !dstSt.isDir()) {
            pc = Pc.LINK_UNLINKED;
            return Libc.unlink(dst);
        }
        return symlink();
    }

    private Trap symlink() {
        pc = Pc.SYMLINKED;
        return Libc.symlink(linkTarget, dst);
    }

    private Trap symlinked(long ret) {
        if (ret < 0) {
            return skip("cannot create symbolic link " + Quote.always(dst) + ": " + Errno.strerror(ret));
        }
        return entryDone();
    }

    // Regular files.

    private Trap copyFile() {
        if (!dstExists && dst.endsWith("/")) {
            return skip("cannot create regular file " + Quote.always(dst) + ": "
                    + Errno.ENOTDIR.message);
        }
        if (verbose) {
            says();
        }
        pc = Pc.READABLE;
        return Libc.open(src, Fcntl.O_RDONLY, 0);
    }

    private Trap readable(long ret) {
        if (ret < 0) {
            return skip("cannot open " + Quote.always(src) + " for reading: "
                    + Errno.strerror(ret));
        }
        inFd = (int) ret;
        retried = false;
        return openDest();
    }

    private Trap openDest() {
        pc = Pc.WRITABLE;
        return Libc.open(dst, Fcntl.O_WRONLY | Fcntl.O_CREAT | Fcntl.O_TRUNC,
                srcSt.mode & 07777);
    }

    private Trap writable(long ret) {
        if (ret < 0 && force && dstExists && !retried) {
            // -f: a destination that can't be opened is removed, and opened again.
            retried = true;
            pc = Pc.UNLINKED;
            return Libc.unlink(dst);
        }
        if (ret < 0) {
            broke("cannot create regular file " + Quote.always(dst), ret);
            pc = Pc.CLOSED_IN;
            return new Syscall.Close(inFd);
        }
        outFd = (int) ret;
        broken = false;
        pc = Pc.COPYING;
        return Libc.read(inFd, buf, 0, buf.length);
    }

    private Trap copying(long ret) {
        if (ret <= 0) {
            if (ret < 0) {
                broke("error reading " + Quote.always(src), ret);
            }
            if (preserve && !broken) {
                pc = Pc.TIMES;
                return times();
            }
            pc = Pc.CLOSED_OUT;
            return new Syscall.Close(outFd);
        }
        len = (int) ret;
        done = 0;
        pc = Pc.WRITING;
        return Libc.write(outFd, buf, 0, len);
    }

    private Trap writing(long ret) {
        if (ret < 0) {
            broke("error writing " + Quote.always(dst), ret);
            pc = Pc.CLOSED_OUT;
            return new Syscall.Close(outFd);
        }
        done += (int) ret;
        if (done < len) {
            return Libc.write(outFd, buf, done, len - done);
        }
        pc = Pc.COPYING;
        return Libc.read(inFd, buf, 0, buf.length);
    }

    private void broke(String what, long ret) {
        perror(what, ret);
        failed = true;
        broken = true;
    }

    private Trap fileDone() {
        broken = false;
        return entryDone();
    }

    // -p: times, then owner, then mode (coreutils' order: chown may clear setuid bits).

    private Trap times() {
        return Libc.utimensat(Syscall.Utimensat.AT_FDCWD, dst,
                new long[] {srcSt.atimeNs, srcSt.mtimeNs}, 0);
    }

    private Trap timesSet(long ret, boolean dir) {
        if (ret < 0) {
            perror("preserving times for " + Quote.always(dst), ret);
            failed = true;
        }
        if (dir) {
            pc = Pc.DIR_OPENED;
            return Libc.open(dst, Fcntl.O_RDONLY | Fcntl.O_DIRECTORY, 0);
        }
        return owner(false);
    }

    /** fchown, unless the new file is the caller's already in both owner and group. */
    private Trap owner(boolean dir) {
        if (srcSt.uid == euid && srcSt.gid == egid) {
            return fchmod(dir);
        }
        pc = dir ? Pc.DIR_OWNER : Pc.OWNER;
        return new Syscall.Fchown(outFd, srcSt.uid, srcSt.gid);
    }

    /** A failed fchown is no error for a user, who may not give files away (EPERM). */
    private Trap ownerSet(long ret, boolean dir) {
        boolean ok = ret >= 0 || euid != 0
                && (ret == Errno.EPERM.ret() || ret == Errno.EINVAL.ret());
        if (!ok) {
            perror("failed to preserve ownership for " + Quote.always(dst), ret);
            failed = true;
        }
        return fchmod(dir);
    }

    private Trap fchmod(boolean dir) {
        pc = dir ? Pc.DIR_FCHMOD : Pc.MODE;
        return new Syscall.Fchmod(outFd, srcSt.mode & 07777);
    }

    private Trap modeSet(long ret, boolean dir) {
        if (ret < 0) {
            perror("preserving permissions for " + Quote.always(dst), ret);
            failed = true;
        }
        pc = dir ? Pc.DIR_CLOSED : Pc.CLOSED_OUT;
        return new Syscall.Close(outFd);
    }

    @Override
    protected void deepen() {
        srcSt = srcSt.copy();
        dstSt = dstSt.copy();
        target = target == null ? null : target.copy();
        backup = backup == null ? null : backup.copy();
        listing = listing == null ? null : listing.copy();
        ArrayList<Frame> s = new ArrayList<>();
        for (Frame f : stack) {
            s.add(f.copy());
        }
        stack = s;
        buf = buf.clone();
        answer = new StringBuilder(answer);
    }
}
