package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * What cp and mv share: the command line {@code SOURCE DEST} or {@code SOURCE... DIRECTORY}
 * ({@link Targets}), -n and -v, and the walk over the sources, each stat(2)ed in turn; a
 * source that can't be handled is reported and the rest still go (exit status 1).
 * <pre>
 *   for (i = 0; i &lt; nsources; i++) { if (stat(src[i], &amp;st) &lt; 0) { error(...); continue; } ... }
 * </pre>
 */
abstract class SourcesToTarget extends Proc {
    protected boolean noClobber;
    protected boolean verbose;
    protected Targets target;
    /** The source in hand and where it goes. */
    protected String src;
    protected String dst;
    protected StatBuf srcSt = new StatBuf();
    protected StatBuf dstSt = new StatBuf();
    protected boolean failed;
    private List<String> sources = List.of();
    private int next = -1;

    protected SourcesToTarget(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    /**
     * Parses the command line with -f, -n and -v (and their long names); returns the stat(2)
     * of the target, whose result {@link Targets#stated} judges, or exit on --help or misuse.
     */
    protected Trap start(String usage) {
        Opts o = Opts.parse(argv, "fnv", "force=f no-clobber=n verbose=v");
        int status = checkOpts(o, usage, 1);
        String problem = status < 0 ? Targets.operandProblem(o.operands) : null;
        if (problem != null) {
            return fail(1, problem + "\n" + Opts.tryHelp(prog()));
        }
        if (status >= 0) {
            return exit(status);
        }
        options(o);
        noClobber = o.has('n');
        verbose = o.has('v');
        sources = o.operands.subList(0, o.operands.size() - 1);
        target = new Targets(o.operands.get(o.operands.size() - 1), sources.size());
        return target.stat();
    }

    /** Reads the program's own options (cp's -f). */
    protected void options(Opts o) {
    }

    /** stat(2) of the next source, or exit when there is none left. */
    protected Trap nextSource() {
        if (++next == sources.size()) {
            return exit(failed ? 1 : 0);
        }
        src = sources.get(next);
        dst = target.destination(src);
        statingSource();
        return new Syscall.Stat(src, srcSt);
    }

    /** The program's next step takes the source's stat(2): it sets its program counter. */
    protected abstract void statingSource();

    /** Reports why this source is left alone, and goes on with the next. */
    protected Trap skip(String why) {
        err.print(prog()).print(": ").print(why).print('\n');
        failed = true;
        return nextSource();
    }

    @Override
    protected void deepen() {
        target = target == null ? null : target.copy();
        srcSt = srcSt.copy();
        dstSt = dstSt.copy();
    }
}
