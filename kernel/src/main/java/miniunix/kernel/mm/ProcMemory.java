package miniunix.kernel.mm;

import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.UserMemory;

/**
 * The {@link UserMemory} a program gets while it runs: loads and stores are copyin/copyout
 * ({@link UserCopy}) on the CPU's TLB, a bad address a {@link UserMemory.Fault}. One per CPU,
 * bound to the process on it at each resume, so running a program allocates nothing. A
 * tracer's view ({@link Mm#peekView}) is bound to the tracee with no TLB and only peeks.
 */
public final class ProcMemory implements UserMemory {
    private final Mm mm;
    private final Tlb tlb;
    private Proc p;

    ProcMemory(Mm mm, Tlb tlb) {
        this.mm = mm;
        this.tlb = tlb;
    }

    /** This view, now of p's memory. */
    public ProcMemory bind(Proc p) {
        this.p = p;
        return this;
    }

    @Override
    public void load(long addr, byte[] dst, int off, int len) {
        check(dst, off, len);
        if (mm.copy().copyin(p, tlb, addr, dst, off, len) < 0) {
            throw new Fault(addr);
        }
    }

    @Override
    public void store(long addr, byte[] src, int off, int len) {
        check(src, off, len);
        if (mm.copy().copyout(p, tlb, addr, src, off, len) < 0) {
            throw new Fault(addr);
        }
    }

    @Override
    public boolean peek(long addr, byte[] dst, int off, int len) {
        check(dst, off, len);
        return mm.copy().peek(p.mm, addr, dst, off, len);
    }

    @Override
    public long sp() {
        return p.mm == null ? 0 : p.mm.startStack;
    }

    private static void check(byte[] b, int off, int len) {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException("buffer [" + off + ", " + len + ") of " + b.length);
        }
    }
}
