package miniunix.kernel.mm;

/**
 * Physical memory: the frame table (Linux's struct page array: what each 4 KiB frame holds,
 * who owns it, how many page-table entries map it) and the buddy allocator that hands frames
 * out in blocks of 2^order (orders 0..{@link #MAX_ORDER}, mm/page_alloc.c), per zone: DMA (the
 * first 16 MiB), DMA32 (up to 4 GiB) and Normal, tried Normal first as Linux's zonelist does.
 *
 * <p>Host memory: the metadata of a frame lives in a chunk of {@link #CHUNK} frames (one
 * order-10 block), made only when that block is first split or handed out and dropped when it
 * is whole and free again; a free order-10 block costs one int. So a machine with 4 GiB of
 * simulated RAM costs the host what its processes use.
 *
 * <p>Invariants (kernel/check/Invariants): a frame is free (inside exactly one free block) or
 * has a kind other than FREE; free-list counts equal the blocks on the lists.
 */
public final class FrameTable {
    public static final int PAGE_SHIFT = 12;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    public static final int MAX_ORDER = 10;
    private static final int CHUNK_SHIFT = MAX_ORDER;
    public static final int CHUNK = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK - 1;
    /** Frames below this are zone DMA (16 MiB), below {@link #DMA32_END} DMA32 (4 GiB). */
    private static final long DMA_END = 4096;
    private static final long DMA32_END = 1L << 20;
    private static final int NONE = -1;

    // What a frame holds (its kind).
    public static final byte FREE = 0;
    public static final byte KERNEL = 1;
    public static final byte ANON = 2;
    public static final byte FILE = 3;
    public static final byte PAGETABLE = 4;
    /** A page of a tmpfs file's data (Linux's shmem pages: Shmem and Cached in meminfo). */
    public static final byte SHMEM = 5;

    /** One zone: its frame range and the free lists of its buddy allocator. */
    private static final class Zone {
        final String name;
        final long start;
        final long end;
        /** Heads of the free lists of orders 0..MAX_ORDER-1 (doubly linked through the frames). */
        final int[] head = new int[MAX_ORDER];
        final long[] count = new long[MAX_ORDER + 1];
        /** The free order-10 blocks, by first frame: a stack (they never merge further). */
        int[] top = new int[4];
        int tops;

        Zone(String name, long start, long end) {
            this.name = name;
            this.start = start;
            this.end = end;
            java.util.Arrays.fill(head, NONE);
        }
    }

    private final long nframes;
    /** Frames of each kind in use (index: the kind). */
    private final long[] kindCount = new long[SHMEM + 1];
    private final Zone[] zones;
    private long freeFrames;
    // Per frame, in chunks (null: the chunk is one free order-10 block, or never used).
    private final byte[][] kind;
    private final byte[][] freeOrder;
    private final int[][] owner;
    private final int[][] mapcount;
    private final long[][] index;
    private final int[][] next;
    private final int[][] prev;
    /** What each frame says (its bytes, made on the first write). */
    public final FrameData data;

    /** RAM of nframes frames, every one free. */
    public FrameTable(long nframes) {
        if (nframes < 1 || nframes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("frames out of range");
        }
        this.nframes = nframes;
        int chunks = (int) ((nframes + CHUNK - 1) >>> CHUNK_SHIFT);
        kind = new byte[chunks][];
        freeOrder = new byte[chunks][];
        owner = new int[chunks][];
        mapcount = new int[chunks][];
        index = new long[chunks][];
        next = new int[chunks][];
        prev = new int[chunks][];
        data = new FrameData(nframes);
        java.util.List<Zone> zs = new java.util.ArrayList<>();
        zs.add(new Zone("DMA", 0, Math.min(DMA_END, nframes)));
        if (nframes > DMA_END) {
            zs.add(new Zone("DMA32", DMA_END, Math.min(DMA32_END, nframes)));
        }
        if (nframes > DMA32_END) {
            zs.add(new Zone("Normal", DMA32_END, nframes));
        }
        zones = zs.toArray(new Zone[0]);
        for (int z = zones.length - 1; z >= 0; z--) {
            seed(zones[z]);
        }
    }

    /** Puts a zone's frames on its free lists in the largest aligned blocks that fit. */
    private void seed(Zone z) {
        int wholeBlocks = 0;
        for (long p = z.start; p < z.end; ) {
            int order = MAX_ORDER;
            while (order > 0 && ((p & ((1L << order) - 1)) != 0 || p + (1L << order) > z.end)) {
                order--;
            }
            if (order < MAX_ORDER) {
                ensure((int) p);
                pushFree(z, (int) p, order);
            } else {
                wholeBlocks++;
            }
            freeFrames += 1L << order;
            p += 1L << order;
        }
        // Order-10 blocks go on in descending address, so the lowest come out first.
        long firstWhole = (z.start + CHUNK_MASK) & ~(long) CHUNK_MASK;
        for (int b = wholeBlocks - 1; b >= 0; b--) {
            pushTop(z, (int) (firstWhole + ((long) b << CHUNK_SHIFT)));
        }
    }

    public long frames() {
        return nframes;
    }

    public long freeFrames() {
        return freeFrames;
    }

    /** Frames in use holding the given kind (ANON, FILE, PAGETABLE, KERNEL, SHMEM). */
    public long count(byte what) {
        return kindCount[what];
    }

    /**
     * A block of 2^order frames of the given kind for owner (a pid, 0 for the kernel), or -1
     * if no zone has one. Linux's __alloc_pages: the smallest free block that fits, split.
     */
    public int alloc(int order, byte what, int ownerPid) {
        for (int zi = zones.length - 1; zi >= 0; zi--) {
            Zone z = zones[zi];
            int k = order;
            while (k <= MAX_ORDER && z.count[k] == 0) {
                k++;
            }
            if (k > MAX_ORDER) {
                continue;
            }
            int pfn = k == MAX_ORDER ? popTop(z) : popFree(z, k);
            while (k > order) {
                k--;
                int buddy = pfn + (1 << k);
                kind(buddy, FREE);
                pushFree(z, buddy, k);
            }
            for (int i = 0; i < (1 << order); i++) {
                int f = pfn + i;
                byte[] ks = kind[f >>> CHUNK_SHIFT];
                int o = f & CHUNK_MASK;
                ks[o] = what;
                owner[f >>> CHUNK_SHIFT][o] = ownerPid;
                mapcount[f >>> CHUNK_SHIFT][o] = 0;
                index[f >>> CHUNK_SHIFT][o] = 0;
            }
            freeFrames -= 1L << order;
            kindCount[what] += 1L << order;
            return pfn;
        }
        return -1;
    }

    /** Gives a block back; it merges with its buddy while the buddy is free and whole. */
    public void free(int pfn, int order) {
        Zone z = zoneOf(pfn);
        for (int i = 0; i < (1 << order); i++) {
            kindCount[kind(pfn + i)]--;
            kind(pfn + i, FREE);
            data.clear(pfn + i);
        }
        freeFrames += 1L << order;
        while (order < MAX_ORDER) {
            int buddy = pfn ^ (1 << order);
            if (buddy < z.start || buddy + (1L << order) > z.end || freeOrderOf(buddy) != order) {
                break;
            }
            unlink(z, buddy, order);
            pfn = Math.min(pfn, buddy);
            order++;
        }
        if (order == MAX_ORDER) {
            int c = pfn >>> CHUNK_SHIFT;
            kind[c] = null;
            freeOrder[c] = null;
            owner[c] = null;
            mapcount[c] = null;
            index[c] = null;
            next[c] = null;
            prev[c] = null;
            pushTop(z, pfn);
        } else {
            pushFree(z, pfn, order);
        }
    }

    // The frame table.

    public byte kind(int pfn) {
        byte[] ks = kind[pfn >>> CHUNK_SHIFT];
        return ks == null ? FREE : ks[pfn & CHUNK_MASK];
    }

    public int owner(int pfn) {
        return owner[pfn >>> CHUNK_SHIFT][pfn & CHUNK_MASK];
    }

    public void setOwner(int pfn, int pid) {
        owner[pfn >>> CHUNK_SHIFT][pfn & CHUNK_MASK] = pid;
    }

    /** How many page-table entries map the frame (page_mapcount). */
    public int mapcount(int pfn) {
        return mapcount[pfn >>> CHUNK_SHIFT][pfn & CHUNK_MASK];
    }

    public int addMap(int pfn, int delta) {
        return mapcount[pfn >>> CHUNK_SHIFT][pfn & CHUNK_MASK] += delta;
    }

    /** The page a frame holds: its vpn (anonymous) or its page index in the file. */
    public long index(int pfn) {
        return index[pfn >>> CHUNK_SHIFT][pfn & CHUNK_MASK];
    }

    public void setIndex(int pfn, long i) {
        index[pfn >>> CHUNK_SHIFT][pfn & CHUNK_MASK] = i;
    }

    /** Frames of the given kind found by scanning the table (for the invariant checks). */
    public long scanCount(byte what) {
        long n = 0;
        for (int c = 0; c < kind.length; c++) {
            byte[] ks = kind[c];
            if (ks == null) {
                n += what == FREE ? Math.min(CHUNK, nframes - ((long) c << CHUNK_SHIFT)) : 0;
                continue;
            }
            for (int i = 0; i < ks.length && ((long) c << CHUNK_SHIFT) + i < nframes; i++) {
                n += ks[i] == what ? 1 : 0;
            }
        }
        return n;
    }

    /** /proc/buddyinfo: free blocks per order, per zone, as Linux prints them. */
    public String buddyinfo() {
        StringBuilder sb = new StringBuilder();
        for (Zone z : zones) {
            sb.append(String.format(java.util.Locale.ROOT, "Node 0, zone %8s", z.name));
            for (int o = 0; o <= MAX_ORDER; o++) {
                sb.append(String.format(java.util.Locale.ROOT, " %6d", z.count[o]));
            }
            sb.append(" \n");
        }
        return sb.toString();
    }

    /** Free blocks of each order over all zones (for tests and memmap). */
    public long freeBlocks(int order) {
        long n = 0;
        for (Zone z : zones) {
            n += z.count[order];
        }
        return n;
    }

    // Free lists.

    private Zone zoneOf(int pfn) {
        for (Zone z : zones) {
            if (pfn >= z.start && pfn < z.end) {
                return z;
            }
        }
        throw new IllegalArgumentException("frame " + pfn + " outside RAM");
    }

    private int freeOrderOf(int pfn) {
        byte[] fo = freeOrder[pfn >>> CHUNK_SHIFT];
        if (fo == null) {
            return (pfn & CHUNK_MASK) == 0 ? MAX_ORDER : NONE;
        }
        return fo[pfn & CHUNK_MASK];
    }

    private void kind(int pfn, byte k) {
        kind[pfn >>> CHUNK_SHIFT][pfn & CHUNK_MASK] = k;
    }

    private void ensure(int pfn) {
        int c = pfn >>> CHUNK_SHIFT;
        if (kind[c] == null) {
            kind[c] = new byte[CHUNK];
            freeOrder[c] = new byte[CHUNK];
            java.util.Arrays.fill(freeOrder[c], (byte) NONE);
            owner[c] = new int[CHUNK];
            mapcount[c] = new int[CHUNK];
            index[c] = new long[CHUNK];
            next[c] = new int[CHUNK];
            prev[c] = new int[CHUNK];
        }
    }

    private void pushFree(Zone z, int pfn, int order) {
        int c = pfn >>> CHUNK_SHIFT;
        int o = pfn & CHUNK_MASK;
        freeOrder[c][o] = (byte) order;
        int h = z.head[order];
        next[c][o] = h;
        prev[c][o] = NONE;
        if (h != NONE) {
            prev[h >>> CHUNK_SHIFT][h & CHUNK_MASK] = pfn;
        }
        z.head[order] = pfn;
        z.count[order]++;
    }

    private int popFree(Zone z, int order) {
        int pfn = z.head[order];
        unlink(z, pfn, order);
        return pfn;
    }

    private void unlink(Zone z, int pfn, int order) {
        if (order == MAX_ORDER) {
            for (int i = 0; i < z.tops; i++) {
                if (z.top[i] == pfn) {
                    System.arraycopy(z.top, i + 1, z.top, i, z.tops - i - 1);
                    z.tops--;
                    z.count[MAX_ORDER]--;
                    ensure(pfn);
                    return;
                }
            }
            throw new IllegalStateException("order-10 block not free");
        }
        int c = pfn >>> CHUNK_SHIFT;
        int o = pfn & CHUNK_MASK;
        int n = next[c][o];
        int p = prev[c][o];
        if (p == NONE) {
            z.head[order] = n;
        } else {
            next[p >>> CHUNK_SHIFT][p & CHUNK_MASK] = n;
        }
        if (n != NONE) {
            prev[n >>> CHUNK_SHIFT][n & CHUNK_MASK] = p;
        }
        freeOrder[c][o] = NONE;
        z.count[order]--;
    }

    private void pushTop(Zone z, int pfn) {
        if (z.tops == z.top.length) {
            z.top = java.util.Arrays.copyOf(z.top, z.tops * 2);
        }
        z.top[z.tops++] = pfn;
        z.count[MAX_ORDER]++;
    }

    private int popTop(Zone z) {
        int pfn = z.top[--z.tops];
        z.count[MAX_ORDER]--;
        ensure(pfn);
        return pfn;
    }
}
