package miniunix.kernel;

import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.UserMemory;
import miniunix.user.lib.Libc;

/**
 * A test program: a program counter and a few registers, copied field by field on fork.
 * Subclasses write {@code step} as a switch on pc, one trap per case, like the /bin programs.
 */
public abstract class Step implements Program, Cloneable {
    public int pc;
    public long[] r = new long[8];

    /** Runs one step; ret is the previous trap's result. */
    protected abstract Trap step(long ret);

    /** The I/O buffers read and write pass ({@link Libc}), and the trap last returned. */
    private Libc.Io io = new Libc.Io();
    private Trap last;

    @Override
    public Trap resume(long ret) {
        throw new IllegalStateException("resumed without its memory");
    }

    @Override
    public Trap resume(long ret, UserMemory mem) {
        Libc.enter(mem, io);
        try {
            io.complete(mem, last, ret);
            last = step(ret);
            return last;
        } finally {
            Libc.leave();
        }
    }

    @Override
    public Program copy() {
        try {
            Step s = (Step) clone();
            s.r = r.clone();
            s.io = io.copy();
            return s;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
