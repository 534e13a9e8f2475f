package miniunix.kernel.uapi;

/**
 * A program's view of its own memory, handed to {@link Program#resume} each time the program
 * runs: what a CPU's load and store instructions are to C code. A load or store goes through
 * the process's page table as any reference does (a page fault on first use, copy-on-write
 * after fork, the stack growing down), a page at a time: a 4 KiB buffer costs one
 * translation per page. A reference outside every mapping or against its permissions throws
 * {@link Fault}; the kernel kills the program with SIGSEGV, as the CPU's fault would.
 *
 * <p>Why a view handed to resume and not Touch traps followed by reads: a program does its
 * loads and stores between two traps, as compiled code does, so a pipeline stage that copies
 * a line into its output buffer costs one call, not a trap per reference; and the view is
 * bound to the process running now, so a program keeps no reference to it across traps (fork
 * copies fields with copy(); the child's view is its own). Touch stays for references whose
 * contents don't matter (charging a program's private working data, memhog).
 *
 * <p>Invariant: only valid during the resume that received it.
 */
public interface UserMemory {
    /** A load or store at an address the program may not use (the kernel sends SIGSEGV). */
    final class Fault extends RuntimeException {
        public final long addr;

        public Fault(long addr) {
            super("segfault at " + Long.toHexString(addr), null, false, false);
            this.addr = addr;
        }
    }

    /** dst[off..off+len) gets the bytes at [addr, addr+len). */
    void load(long addr, byte[] dst, int off, int len);

    /** The bytes at [addr, addr+len) get src[off..off+len). */
    void store(long addr, byte[] src, int off, int len);

    /**
     * A read that takes no fault and throws nothing (a tracer's look at a tracee: strace's
     * process_vm_readv): false if a byte lies outside every mapping. Pages never written
     * read as zeros.
     */
    boolean peek(long addr, byte[] dst, int off, int len);

    /**
     * The stack pointer execve left, below argv and envp (16-byte aligned): a program keeps
     * its buffers below it, as main()'s locals would be.
     */
    long sp();
}
