package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * rmdir(1) of coreutils 9.1: removes each empty DIRECTORY with rmdir(2); -p then removes its
 * ancestors named in the operand, innermost first, until one fails; -v tells each before it
 * goes; --ignore-fail-on-non-empty is silent about a directory that still has entries.
 * <pre>
 *   for (i = optind; i &lt; argc; i++) {
 *       if (rmdir(argv[i]) != 0) { error("failed to remove %s"); continue; }
 *       if (parents) while ((slash = strrchr(dir, '/'))) { cut it; if (rmdir(dir)) break; }
 *   }
 * </pre>
 */
public final class Rmdir extends Proc {
    private static final String USAGE = "Usage: rmdir [OPTION]... DIRECTORY...\n"
            + "Remove the DIRECTORY(ies), if they are empty.\n\n"
            + "      --ignore-fail-on-non-empty\n"
            + "                    ignore each failure that is solely because a directory\n"
            + "                    is non-empty\n\n"
            + "  -p, --parents     remove DIRECTORY and its ancestors; e.g., 'rmdir -p a/b/c'\n"
            + "                    is similar to 'rmdir a/b/c a/b a'\n\n"
            + "  -v, --verbose     output a diagnostic for every directory processed\n"
            + "      --help        display this help and exit\n";
    private static final char IGNORE_NON_EMPTY = '\u0080';

    private List<String> operands;
    private int next = -1;
    /** The directory whose rmdir(2) is in flight. */
    private String dir;
    /** Whether dir is an ancestor that -p removes (its failure is worded otherwise). */
    private boolean ancestor;
    private boolean parents;
    private boolean verbose;
    private boolean ignoreNonEmpty;
    private boolean failed;

    public Rmdir(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (operands == null) {
            Opts o = Opts.parse(argv, "pv" + IGNORE_NON_EMPTY,
                    "parents=p verbose=v ignore-fail-on-non-empty=" + IGNORE_NON_EMPTY);
            int status = checkOpts(o, USAGE, 1);
            if (status >= 0) {
                return exit(status);
            }
            if (o.operands.isEmpty()) {
                return fail(1, "missing operand\n" + Opts.tryHelp(prog()));
            }
            operands = o.operands;
            parents = o.has('p');
            verbose = o.has('v');
            ignoreNonEmpty = o.has(IGNORE_NON_EMPTY);
            return nextOperand();
        }
        if (ret < 0) {
            boolean nonEmpty = ret == Errno.ENOTEMPTY.ret() || ret == Errno.EEXIST.ret();
            if (!(ignoreNonEmpty && nonEmpty)) {
                err.print(prog()).print(ancestor ? ": failed to remove directory " : ": failed to remove ")
                        .print(Quote.always(dir)).print(": ").print(Errno.strerror(ret)).print('\n');
                failed = true;
            }
            return nextOperand();
        }
        if (!parents) {
            return nextOperand();
        }
        // -p: the operand less its last component (and the slashes before it), while one is left
        String path = ancestor ? dir : stripSlashes(dir);
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return nextOperand();
        }
        while (slash > 0 && path.charAt(slash - 1) == '/') {
            slash--;
        }
        return remove(path.substring(0, slash == 0 ? 1 : slash), true);
    }

    private Trap nextOperand() {
        if (++next == operands.size()) {
            return exit(failed ? 1 : 0);
        }
        return remove(operands.get(next), false);
    }

    private Trap remove(String d, boolean parent) {
        dir = d;
        ancestor = parent;
        if (verbose) {
            out.print(prog()).print(": removing directory, ").print(Quote.always(d)).print('\n');
        }
        return Libc.rmdir(d);
    }

    private static String stripSlashes(String name) {
        int end = name.length();
        while (end > 1 && name.charAt(end - 1) == '/') {
            end--;
        }
        return name.substring(0, end);
    }
}
