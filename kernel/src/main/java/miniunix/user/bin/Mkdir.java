package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.EachOperand;
import miniunix.user.lib.Opts;

/**
 * mkdir(1): creates each directory (mode 0777 less the umask's 022).
 * <pre>
 *   for (i = 1; i &lt; argc; i++) if (mkdir(argv[i], 0777) &lt; 0) error(...);
 * </pre>
 */
public final class Mkdir extends EachOperand {
    public Mkdir(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected List<String> operands() {
        Opts o = Opts.parse(argv, "");
        if (checkOpts(o, "Usage: mkdir DIRECTORY...\nCreate the DIRECTORY(ies).\n", 1) >= 0) {
            return o.help ? List.of() : null;
        }
        if (o.operands.isEmpty()) {
            err.print(prog()).print(": missing operand\n").print(Opts.tryHelp(prog())).print('\n');
            return null;
        }
        return o.operands;
    }

    @Override
    protected Trap call(String operand) {
        return new Syscall.Mkdir(operand, 0755);
    }

    @Override
    protected String verb() {
        return "create directory";
    }
}
