package miniunix.kernel.mm;

import miniunix.kernel.KernelPanic;

/**
 * The swap area (Linux mm/swapfile.c): {@code --swap SIZE} cut into page-sized slots, each
 * with a use count (swap_map): how many page-table entries hold the slot. fork shares a
 * swapped page by raising the count ({@link #dup}); the slot is free again when the count
 * drops to 0 ({@link #put}). Slots are handed out next-fit from a cursor, as
 * scan_swap_map_slots does within a cluster, so a burst of evictions lands in consecutive
 * slots (sequential writes for the disk).
 *
 * <p>A slot keeps what its page said ({@link #store}, the frame's bytes from {@link FrameData},
 * null for a page never written, which reads as zeros): the page that comes back on a fault
 * says what it said when it went out. The bytes go with the last holder.
 *
 * <p>Host memory: counts and contents live in chunks of {@link #CHUNK} slots made on first
 * use, so a large, empty swap area costs a few bytes.
 *
 * <p>Invariant: free() equals the slots whose count is 0.
 */
public final class Swap {
    private static final int CHUNK_SHIFT = 10;
    private static final int CHUNK = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK - 1;

    private final long slots;
    private final int[][] count;
    private final byte[][][] data;
    private long free;
    private long cursor;

    /** A swap area of the given size in bytes (whole pages; 0 is no swap). */
    public Swap(long bytes) {
        this.slots = bytes >>> FrameTable.PAGE_SHIFT;
        this.count = new int[(int) ((slots + CHUNK - 1) >>> CHUNK_SHIFT)][];
        this.data = new byte[count.length][][];
        this.free = slots;
    }

    /** Slots in the area (SwapTotal / 4 kB). */
    public long slots() {
        return slots;
    }

    /** Slots nobody holds (SwapFree / 4 kB). */
    public long free() {
        return free;
    }

    /** A free slot, now held once; -1 when the area is full. */
    public long alloc() {
        if (free == 0) {
            return -1;
        }
        for (long i = 0; i < slots; i++) {
            long s = cursor;
            cursor = cursor + 1 == slots ? 0 : cursor + 1;
            int[] c = chunk(s);
            if (c[(int) (s & CHUNK_MASK)] == 0) {
                c[(int) (s & CHUNK_MASK)] = 1;
                free--;
                return s;
            }
        }
        throw new KernelPanic("swap: free count says " + free + " but none found");
    }

    /** One more entry holds the slot (fork copied a swap entry). */
    public void dup(long slot) {
        chunk(slot)[(int) (slot & CHUNK_MASK)]++;
    }

    /** One entry lets go of the slot; it is free when none holds it. */
    public void put(long slot) {
        int[] c = chunk(slot);
        int left = --c[(int) (slot & CHUNK_MASK)];
        if (left == 0) {
            free++;
            byte[][] d = data[(int) (slot >>> CHUNK_SHIFT)];
            if (d != null) {
                d[(int) (slot & CHUNK_MASK)] = null;
            }
        } else if (left < 0) {
            throw new KernelPanic("swap slot " + slot + " freed twice");
        }
    }

    /** The written-out page's bytes go into the slot (null: the page read as zeros). */
    void store(long slot, byte[] page) {
        int i = (int) (slot >>> CHUNK_SHIFT);
        if (data[i] == null) {
            if (page == null) {
                return;
            }
            data[i] = new byte[CHUNK][];
        }
        data[i][(int) (slot & CHUNK_MASK)] = page;
    }

    /**
     * The slot's page, for a frame being read back: its own bytes if the caller is the slot's
     * last holder (it is about to let go), a copy if others still hold it; null for zeros.
     */
    byte[] load(long slot) {
        byte[][] d = data[(int) (slot >>> CHUNK_SHIFT)];
        byte[] b = d == null ? null : d[(int) (slot & CHUNK_MASK)];
        return b == null || count(slot) == 1 ? b : b.clone();
    }

    /** How many entries hold the slot (for the invariant checks). */
    public int count(long slot) {
        int[] c = count[(int) (slot >>> CHUNK_SHIFT)];
        return c == null ? 0 : c[(int) (slot & CHUNK_MASK)];
    }

    private int[] chunk(long slot) {
        int i = (int) (slot >>> CHUNK_SHIFT);
        int[] c = count[i];
        if (c == null) {
            c = new int[CHUNK];
            count[i] = c;
        }
        return c;
    }
}
