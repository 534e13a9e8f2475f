package miniunix.kernel;

import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.Trap;

/**
 * A test program: a program counter and a few registers, copied field by field on fork.
 * Subclasses write {@code step} as a switch on pc, one trap per case, like the /bin programs.
 */
public abstract class Step implements Program, Cloneable {
    public int pc;
    public long[] r = new long[8];

    /** Runs one step; ret is the previous trap's result. */
    protected abstract Trap step(long ret);

    @Override
    public Trap resume(long ret) {
        return step(ret);
    }

    @Override
    public Program copy() {
        try {
            Step s = (Step) clone();
            s.r = r.clone();
            return s;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
