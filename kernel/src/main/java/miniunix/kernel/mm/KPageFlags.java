package miniunix.kernel.mm;

/**
 * /proc/kpageflags and /proc/kpageowner: a 64-bit little-endian word per frame of RAM, in
 * frame order (Linux fs/proc/page.c), for memmap and anyone who reads them. kpageflags has
 * Linux's KPF_ bits (include/uapi/linux/kernel-page-flags.h) for what miniunix knows of a
 * frame: BUDDY for a free frame, RESERVED for the kernel's own, PGTABLE for a page table,
 * ANON and SWAPBACKED for process memory, SWAPBACKED alone for tmpfs data, UPTODATE for page
 * cache and tmpfs, LRU for every page on the reclaim lists, MMAP for a page some page table
 * maps. kpageowner is miniunix's own (Linux's page_owner lives in debugfs and records stack
 * traces): the pid a frame was allocated for, 0 for the kernel, page cache and tmpfs.
 *
 * <p>Simplified: both are readable by everyone (Linux: root only, 0400), so a student can run
 * memmap.
 */
public final class KPageFlags {
    public static final int KPF_UPTODATE = 3;
    public static final int KPF_LRU = 5;
    public static final int KPF_BUDDY = 10;
    public static final int KPF_MMAP = 11;
    public static final int KPF_ANON = 12;
    public static final int KPF_SWAPBACKED = 14;
    public static final int KPF_PGTABLE = 26;
    public static final int KPF_RESERVED = 32;
    private static final int WORD = Long.BYTES;
    private static final int BYTE_BITS = 8;

    private final FrameTable frames;

    public KPageFlags(FrameTable frames) {
        this.frames = frames;
    }

    /** /proc/kpageflags: the flags word of every frame. */
    public byte[] flags() {
        int n = (int) frames.frames();
        byte[] out = new byte[n * WORD];
        for (int pfn = 0; pfn < n; pfn++) {
            long f = switch (frames.kind(pfn)) {
                case FrameTable.FREE -> bit(KPF_BUDDY);
                case FrameTable.KERNEL -> bit(KPF_RESERVED);
                case FrameTable.PAGETABLE -> bit(KPF_PGTABLE);
                case FrameTable.ANON -> bit(KPF_ANON) | bit(KPF_SWAPBACKED) | bit(KPF_LRU);
                case FrameTable.SHMEM -> bit(KPF_SWAPBACKED) | bit(KPF_UPTODATE) | bit(KPF_LRU);
                default -> bit(KPF_UPTODATE) | bit(KPF_LRU);
            };
            if (frames.kind(pfn) != FrameTable.FREE && frames.mapcount(pfn) > 0) {
                f |= bit(KPF_MMAP);
            }
            put(out, pfn, f);
        }
        return out;
    }

    /** /proc/kpageowner: the pid each frame was allocated for (0: none). */
    public byte[] owners() {
        int n = (int) frames.frames();
        byte[] out = new byte[n * WORD];
        for (int pfn = 0; pfn < n; pfn++) {
            byte kind = frames.kind(pfn);
            boolean owned = kind == FrameTable.ANON || kind == FrameTable.PAGETABLE;
            put(out, pfn, owned ? frames.owner(pfn) : 0);
        }
        return out;
    }

    private static long bit(int b) {
        return 1L << b;
    }

    private static void put(byte[] out, int pfn, long v) {
        int at = pfn * WORD;
        for (int i = 0; i < WORD; i++) {
            out[at + i] = (byte) (v >>> (BYTE_BITS * i));
        }
    }
}
