package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fts;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;
import miniunix.user.lib.Libc;

/**
 * rm(1) of coreutils: unlinks each operand; -d removes empty directories too, -r whole trees
 * (files as the walk meets them, each directory after its entries, with rmdir(2)); -f says
 * nothing of files that do not exist; -v tells each removal. A directory whose entry could
 * not be removed is left alone, so only the first failure is reported. rm refuses "." and
 * ".." and, with -r, "/".
 * <pre>
 *   fts = fts_open(argv, ...);
 *   while ((e = fts_read(fts))) switch (e-&gt;fts_info) {
 *       case FTS_DP: rmdir(e-&gt;fts_path); break;  default: unlink(e-&gt;fts_path); }
 * </pre>
 * Simplified: no -i, -I or prompting for write-protected files, no --one-file-system.
 */
public final class Rm extends Proc {
    private static final String USAGE = "Usage: rm [OPTION]... [FILE]...\n"
            + "Remove (unlink) the FILE(s).\n\n"
            + "  -f, --force           ignore nonexistent files and arguments, never prompt\n"
            + "      --no-preserve-root  do not treat '/' specially\n"
            + "      --preserve-root   do not remove '/' (default)\n"
            + "  -r, -R, --recursive   remove directories and their contents recursively\n"
            + "  -d, --dir             remove empty directories\n"
            + "  -v, --verbose         explain what is being done\n"
            + "      --help        display this help and exit\n\n"
            + "By default, rm does not remove directories.  Use the --recursive (-r or -R)\n"
            + "option to remove each listed directory, too, along with all of its contents.\n";
    private static final char NO_PRESERVE_ROOT = '\u0080';
    private static final char PRESERVE_ROOT = '\u0081';

    private enum Pc { START, WALK, UNLINKED, RMDIRED, PLAIN, PLAIN_RMDIR }

    private Pc pc = Pc.START;
    private boolean force;
    private boolean recursive;
    private boolean dirs;
    private boolean verbose;
    private boolean preserveRoot = true;
    private List<String> operands = List.of();
    private int next;
    private Fts walk;
    /** Per level of the walk: an entry below failed, so the directory stays. */
    private boolean[] kept = new boolean[8];
    private boolean failed;

    public Rm(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START: return start();
            case WALK: return walk(ret);
            case UNLINKED: return removed(ret, false);
            case RMDIRED: return removed(ret, true);
            case PLAIN: return plain(ret);
            default:
                report(operands.get(next - 1), ret, true);
                return nextOperand();
        }
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "dfrRv\u0080\u0081", "force=f recursive=r dir=d "
                + "verbose=v no-preserve-root=\u0080 preserve-root=\u0081");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        force = o.has('f');
        recursive = o.has('r') || o.has('R');
        dirs = o.has('d');
        verbose = o.has('v');
        preserveRoot = !o.has(NO_PRESERVE_ROOT);
        if (o.operands.isEmpty()) {
            return force ? exit(0) : fail(1, "missing operand\n" + Opts.tryHelp(prog()));
        }
        operands = o.operands;
        return nextOperand();
    }

    private Trap nextOperand() {
        while (next < operands.size()) {
            String f = operands.get(next++);
            String last = Dirname.stripSlashes(f);
            last = last.substring(last.lastIndexOf('/') + 1);
            if (last.equals(".") || last.equals("..")) {
                err.print(prog()).print(": refusing to remove '.' or '..' directory: skipping ");
                err.print(Quote.always(f)).print('\n');
                failed = true;
                continue;
            }
            if (recursive && preserveRoot && Dirname.stripSlashes(f).equals("/")) {
                err.print(prog()).print(": it is dangerous to operate recursively on '/'\n");
                err.print(prog()).print(": use --no-preserve-root to override this failsafe\n");
                failed = true;
                continue;
            }
            if (recursive) {
                walk = new Fts(f);
                pc = Pc.WALK;
                return walk(0);
            }
            pc = Pc.PLAIN;
            return Libc.unlink(f);
        }
        return exit(failed ? 1 : 0);
    }

    /** Without -r: unlink, and rmdir for a directory with -d. */
    private Trap plain(long ret) {
        String f = operands.get(next - 1);
        if (ret == Errno.EISDIR.ret() && dirs) {
            pc = Pc.PLAIN_RMDIR;
            return Libc.rmdir(f);
        }
        report(f, ret, false);
        return nextOperand();
    }

    /** The walk of one operand with -r: unlink files on the way, rmdir directories after. */
    private Trap walk(long ret) {
        Trap t = walk.next(ret);
        while (t == null && !walk.done()) {
            switch (walk.info) {
                case D:
                    keep(walk.level, false);
                    break;
                case DP:
                case DNR:
                    if (kept[walk.level] && walk.info == Fts.Info.DP) {
                        keep(walk.level - 1, true);
                        break;
                    }
                    pc = Pc.RMDIRED;
                    return Libc.rmdir(walk.path);
                case NS:
                    report(walk.path, walk.errno, false);
                    keep(walk.level - 1, true);
                    break;
                default:
                    pc = Pc.UNLINKED;
                    return Libc.unlink(walk.path);
            }
            t = walk.next(0);
        }
        return t != null ? t : nextOperand();
    }

    private Trap removed(long ret, boolean dir) {
        if (!report(walk.path, ret, dir)) {
            keep(walk.level - 1, true);
        }
        pc = Pc.WALK;
        return walk(0);
    }

    /** Marks the directory at level as one to keep (or not); level -1 is above the root. */
    private void keep(int level, boolean yes) {
        if (level < 0) {
            return;
        }
        if (level >= kept.length) {
            kept = java.util.Arrays.copyOf(kept, level * 2);
        }
        kept[level] = yes;
    }

    /** Reports a removal or its failure; returns whether the file is gone. */
    private boolean report(String path, long ret, boolean dir) {
        if (ret >= 0) {
            if (verbose) {
                out.print(dir ? "removed directory " : "removed ").print(Quote.always(path));
                out.print('\n');
            }
            return true;
        }
        if (!(force && ret == Errno.ENOENT.ret())) {
            err.print(prog()).print(": cannot remove ").print(Quote.always(path)).print(": ");
            err.print(Errno.strerror(ret)).print('\n');
            failed = true;
        }
        return false;
    }

    @Override
    protected void deepen() {
        walk = walk == null ? null : walk.copy();
        kept = kept.clone();
    }
}
