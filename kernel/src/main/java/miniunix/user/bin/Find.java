package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * find(1) of findutils: walks each starting point ({@link Fts}) and evaluates the expression
 * ({@link FindParser}, {@link FindExpr}) on every file from -mindepth down to -maxdepth, a
 * directory before its entries (after them with -depth). Tests: -name, -iname, -path, -type;
 * actions: -print, -print0, -prune; operators: ! -not, -a -and, -o -or, ( ). A file it can't
 * reach is reported as {@code find: ‘x’: No such file or directory}, and the status is 1.
 * <pre>
 *   for (each starting point) for (e = fts_read(...)) if (mindepth &lt;= level) eval(expr, e);
 * </pre>
 * Directory entries come in the directory's order (sorted by name here; GNU's on ext4 is the
 * hash order, so compare find's output sorted).
 *
 * <p>Simplified: no -exec, -delete, -newer, -size, -mtime, -perm, -user, -empty, -regex.
 */
public final class Find extends Proc {
    private static final String USAGE = "Usage: find [-H] [-L] [-P] [-Olevel] [-D debugopts] "
            + "[path...] [expression]\n\n"
            + "default path is the current directory; default expression is -print\n"
            + "Expression may consist of: operators, options, tests, and actions.\n\n"
            + "Operators (decreasing precedence; -and is implicit where no others are given):\n"
            + "      ( EXPR )   ! EXPR   -not EXPR   EXPR1 -a EXPR2   EXPR1 -and EXPR2\n"
            + "      EXPR1 -o EXPR2   EXPR1 -or EXPR2\n\n"
            + "Positional options (always true):\n      -depth -maxdepth LEVELS -mindepth LEVELS\n\n"
            + "Tests (N can be +N or -N or N):\n      -iname PATTERN -name PATTERN -path PATTERN "
            + "-type [bcdpfls]\n      -false -true\n\n"
            + "Actions:\n      -print -print0 -prune\n";

    private FindParser cmd;
    private int next;
    private Fts walk;
    private boolean pruned;
    private boolean failed;

    public Find(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (cmd == null) {
            if (argv.size() == 2 && argv.get(1).equals("--help")) {
                out.print(USAGE);
                return exit(0);
            }
            cmd = new FindParser(argv);
            if (cmd.error != null) {
                return fail(1, cmd.error);
            }
            return nextPath();
        }
        return walk(ret);
    }

    private Trap nextPath() {
        if (next == cmd.paths.size()) {
            return exit(failed ? 1 : 0);
        }
        walk = new Fts(cmd.paths.get(next++));
        return walk(0);
    }

    private Trap walk(long ret) {
        Trap t = walk.next(ret);
        while (t == null && !walk.done()) {
            visit();
            t = walk.next(0);
        }
        return t != null ? t : nextPath();
    }

    /** One entry of the walk: evaluated when it is in depth; errors reported. */
    private void visit() {
        Fts.Info info = walk.info;
        if (info == Fts.Info.NS || info == Fts.Info.DNR) {
            err.print(prog()).print(": ").print(Quote.quote(walk.path)).print(": ");
            err.print(Errno.strerror(walk.errno)).print('\n');
            failed = true;
            return;
        }
        boolean inDepth = walk.level >= cmd.minDepth && walk.level <= cmd.maxDepth;
        pruned = false;
        boolean evaluate = info == Fts.Info.F || info == Fts.Info.SL || info == (cmd.depthFirst ? Fts.Info.DP : Fts.Info.D);
        if (evaluate && inDepth) {
            cmd.expr.eval(this, walk.path, walk.st);
        }
        if (info == Fts.Info.D && (walk.level >= cmd.maxDepth || pruned && !cmd.depthFirst)) {
            walk.skip();
        }
    }

    /** -print, -print0. */
    void print(String path, char end) {
        out.print(path).print(end);
    }

    /** -prune: the directory being evaluated is not entered. */
    void prune() {
        pruned = true;
    }

    @Override
    protected void deepen() {
        walk = walk == null ? null : walk.copy();
    }
}
