package miniunix.kernel.mm;

/**
 * Where things go in a fresh address space, per virtual-address width, as Linux lays out a
 * process with address randomisation off (setarch -R): the program's text at textBase, the
 * heap right after its bss, mmap areas top-down from mmapBase, the stack just below stackTop.
 *
 * <p>48 bits (x86-64, four levels): TASK_SIZE 0x7ffffffff000, a PIE at 0x555555554000,
 * mmap_base 128 MiB below the top. 32 bits (i386, two levels, the 3G/1G split): text at the
 * classic 0x08048000, TASK_SIZE 0xc0000000.
 */
public record Layout(int vmBits, long taskSize, long textBase, long mmapBase, long stackTop) {
    /** The stack a process starts with (Linux shows 132 kB: 33 pages). */
    public static final long STACK_INITIAL = 132 * 1024;
    /** RLIMIT_STACK's default: how far the stack may grow down. */
    public static final long STACK_LIMIT = 8L << 20;
    /** stack_guard_gap: 256 pages no other mapping may take below the stack. */
    public static final long GUARD_GAP = 256L * FrameTable.PAGE_SIZE;
    private static final long MMAP_GAP = 128L << 20;

    public static Layout of(int vmBits) {
        if (vmBits == 32) {
            long task = 0xc0000000L;
            return new Layout(32, task, 0x08048000L, task - MMAP_GAP, task);
        }
        if (vmBits == 48) {
            long task = 0x7ffffffff000L;
            return new Layout(48, task, 0x555555554000L, task - MMAP_GAP, task);
        }
        throw new IllegalArgumentException("--vm must be 32 or 48");
    }
}
