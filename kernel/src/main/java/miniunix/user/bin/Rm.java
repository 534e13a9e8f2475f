package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.EachOperand;
import miniunix.user.lib.Opts;

/**
 * rm(1) for files: unlinks each operand; -f ignores ones that do not exist. Directories are
 * refused by unlink(2) (EISDIR); there is no -r.
 * <pre>
 *   for (i = 1; i &lt; argc; i++)
 *       if (unlink(argv[i]) &lt; 0 &amp;&amp; !(force &amp;&amp; errno == ENOENT)) error(...);
 * </pre>
 */
public final class Rm extends EachOperand {
    private boolean force;

    public Rm(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected List<String> operands() {
        Opts o = Opts.parse(argv, "f");
        if (checkOpts(o, "Usage: rm [-f] FILE...\nRemove (unlink) the FILE(s).\n", 1) >= 0) {
            return o.help ? List.of() : null;
        }
        force = o.has('f');
        if (o.operands.isEmpty() && !force) {
            err.print(prog()).print(": missing operand\n").print(Opts.tryHelp(prog())).print('\n');
            return null;
        }
        return o.operands;
    }

    @Override
    protected Trap call(String operand) {
        return new Syscall.Unlink(operand);
    }

    @Override
    protected String verb() {
        return "remove";
    }

    @Override
    protected boolean ignore(long ret) {
        return force && ret == Errno.ENOENT.ret();
    }
}
