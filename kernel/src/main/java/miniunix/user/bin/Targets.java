package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Quote;

/**
 * cp's and mv's last operand (coreutils' target_directory logic): with one source, the
 * destination, or a directory to put it in; with several, a directory that must exist.
 */
final class Targets {
    final String target;
    private final int sources;
    /** The target came with -t DIRECTORY: a directory, whatever the number of sources. */
    private final boolean named;
    private StatBuf st = new StatBuf();
    private boolean isDir;

    Targets(String target, int sources) {
        this(target, sources, false);
    }

    Targets(String target, int sources, boolean named) {
        this.target = target;
        this.sources = sources;
        this.named = named;
    }

    /** What is missing from cp's or mv's operands, in coreutils' words, or null. */
    static String operandProblem(List<String> operands) {
        if (operands.isEmpty()) {
            return "missing file operand";
        }
        if (operands.size() == 1) {
            return "missing destination file operand after " + Quote.always(operands.get(0));
        }
        return null;
    }

    Trap stat() {
        return Libc.stat(target, st);
    }

    /**
     * The target's stat came back: coreutils' complaint about it, or null ("file/" too:
     * {@code cannot stat 'file/': Not a directory}).
     */
    String stated(long ret) {
        isDir = ret >= 0 && st.isDir();
        String what = named ? "target directory " : "target ";
        if ((named || sources > 1) && ret < 0) {
            return what + Quote.always(target) + ": " + Errno.strerror(ret);
        }
        if ((named || sources > 1) && !isDir) {
            return what + Quote.always(target) + ": " + Errno.ENOTDIR.message;
        }
        if (ret == Errno.ENOTDIR.ret()) {
            return "cannot stat " + Quote.always(target) + ": " + Errno.strerror(ret);
        }
        return null;
    }

    /** Where src goes: into the target directory under its own name, or to the target. */
    String destination(String src) {
        if (!isDir) {
            return target;
        }
        String dir = Dirname.stripSlashes(target);
        return (dir.equals("/") ? "" : dir) + "/" + Basename.basename(src, null);
    }

    /** -T: the target is the destination itself, even if it is a directory. */
    Targets asFile() {
        Targets t = copy();
        t.isDir = false;
        return t;
    }

    Targets copy() {
        Targets t = new Targets(target, sources, named);
        t.st = st.copy();
        t.isDir = isDir;
        return t;
    }
}
