package miniunix.kernel.uapi;

/**
 * Memory references: user code reads (or writes) every page of [addr, addr+len) once, in
 * order, as a loop over a buffer does. The kernel translates each through the CPU's TLB and
 * the page table, taking page faults as they come (zero-fill, copy-on-write, swap-in); a
 * reference outside every mapping or against its permissions raises SIGSEGV. The program is
 * resumed with 0 once every page has been touched. Each page costs user time.
 */
public record Touch(long addr, long len, boolean write) implements Trap {
    public Touch {
        if (len < 0) {
            throw new IllegalArgumentException("Touch: negative length");
        }
    }
}
