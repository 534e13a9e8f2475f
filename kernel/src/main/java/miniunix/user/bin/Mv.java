package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Quote;

/**
 * mv(1) of coreutils: {@code mv SOURCE DEST} and {@code mv SOURCE... DIRECTORY} ({@link
 * Targets}), each a rename(2); -n leaves existing files alone, -v says
 * {@code renamed 'a' -> 'b'}, -f is accepted (mv never asks here).
 * <pre>
 *   if (stat(src, &amp;st) &lt; 0) error(...);  if (rename(src, dst) &lt; 0) error(...);
 * </pre>
 * Simplified: no copy across filesystems (EXDEV is reported; only /proc is another one).
 */
public final class Mv extends SourcesToTarget {
    private static final String USAGE = "Usage: mv [OPTION]... SOURCE DEST\n"
            + "  or:  mv [OPTION]... SOURCE... DIRECTORY\n"
            + "Rename SOURCE to DEST, or move SOURCE(s) to DIRECTORY.\n\n"
            + "  -f, --force                  do not prompt before overwriting\n"
            + "  -n, --no-clobber             do not overwrite an existing file\n"
            + "  -v, --verbose                explain what is being done\n"
            + "      --help        display this help and exit\n";

    private enum Pc { START, TARGET, SOURCE, DEST, RENAMED }

    private Pc pc = Pc.START;

    public Mv(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected void statingSource() {
        pc = Pc.SOURCE;
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START: return start();
            case TARGET:
                String problem = target.stated(ret, false);
                return problem != null ? fail(1, problem) : nextSource();
            case SOURCE:
                if (ret < 0) {
                    return skip("cannot stat " + Quote.always(src) + ": " + Errno.strerror(ret));
                }
                pc = Pc.DEST;
                return new Syscall.Stat(dst, dstSt);
            case DEST: return destStated(ret);
            default: return renamed(ret);
        }
    }

    private Trap start() {
        pc = Pc.TARGET;
        return start(USAGE);
    }

    private Trap destStated(long ret) {
        if (ret >= 0 && dstSt.ino == srcSt.ino) {
            return skip(Quote.always(src) + " and " + Quote.always(dst) + " are the same file");
        }
        if (ret >= 0 && noClobber) {
            return nextSource();
        }
        pc = Pc.RENAMED;
        return new Syscall.Rename(src, dst);
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
            out.print("renamed ").print(s).print(" -> ").print(d).print('\n');
        }
        return nextSource();
    }
}
