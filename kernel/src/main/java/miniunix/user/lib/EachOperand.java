package miniunix.user.lib;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Trap;

/**
 * A program that makes one system call per operand (mkdir, rm): each failure is reported as
 * coreutils does ({@code prog: cannot VERB 'x': strerror}) and the others still run; the exit
 * status is 1 if any failed.
 */
public abstract class EachOperand extends Proc {
    private List<String> operands;
    private int next = -1;
    private boolean failed;

    protected EachOperand(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    /** Parses argv: returns the operands, or null after printing usage or an error. */
    protected abstract List<String> operands();

    /** The system call for one operand. */
    protected abstract Trap call(String operand);

    /** What failed, as in "cannot create directory". */
    protected abstract String verb();

    /** Whether a failure with this error is silent (rm -f and ENOENT). */
    protected boolean ignore(long ret) {
        return false;
    }

    /** The operand as the error names it: 'x' (quoteaf); mkdir's quote() gives ‘x’. */
    protected String quoted(String operand) {
        return Quote.always(operand);
    }

    @Override
    protected final Trap step(long ret) {
        if (next < 0) {
            operands = operands();
            if (operands == null) {
                return exit(1);
            }
        } else if (ret < 0 && !ignore(ret)) {
            err.print(prog()).print(": cannot ").print(verb());
            err.print(" ").print(quoted(operands.get(next))).print(": ").print(Errno.strerror(ret));
            err.print('\n');
            failed = true;
        }
        if (++next == operands.size()) {
            return exit(failed ? 1 : 0);
        }
        return call(operands.get(next));
    }
}
