package miniunix.kernel.uapi;

/** mmap(2) and mprotect(2) constants of x86-64 Linux (asm-generic/mman-common.h). */
public final class Mman {
    public static final int PROT_NONE = 0;
    public static final int PROT_READ = 1;
    public static final int PROT_WRITE = 2;
    public static final int PROT_EXEC = 4;
    public static final int MAP_SHARED = 0x01;
    public static final int MAP_PRIVATE = 0x02;
    public static final int MAP_FIXED = 0x10;
    public static final int MAP_ANONYMOUS = 0x20;
    public static final int PAGE_SIZE = 4096;

    private Mman() {
    }
}
