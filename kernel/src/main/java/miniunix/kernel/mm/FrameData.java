package miniunix.kernel.mm;

/**
 * What the frames of RAM say: the bytes of each 4 KiB frame that has been written through a
 * user address (copyout, a program's store). A frame never written reads as zeros, and costs
 * the host nothing: its bytes are made on the first write and dropped when the frame is freed
 * ({@link FrameTable#free}), so idle processes and pages only touched (a Touch trap charges
 * RSS, not contents) stay as cheap as before frames had contents.
 *
 * <p>Kept in chunks of {@link FrameTable#CHUNK} frames, as the frame table's metadata, so
 * 4 GiB of simulated RAM costs a chunk index until written.
 *
 * <p>Simplified: page-cache pages of files mapped with mmap are not filled from the file
 * (they read as zeros); tmpfs keeps file data on its own.
 */
public final class FrameData {
    private static final int CHUNK_SHIFT = 10;
    private static final int CHUNK_MASK = (1 << CHUNK_SHIFT) - 1;

    private final byte[][][] pages;

    FrameData(long nframes) {
        pages = new byte[(int) ((nframes + CHUNK_MASK) >>> CHUNK_SHIFT)][][];
    }

    /** The bytes of frame pfn, or null while it reads as zeros. */
    public byte[] read(int pfn) {
        byte[][] c = pages[pfn >>> CHUNK_SHIFT];
        return c == null ? null : c[pfn & CHUNK_MASK];
    }

    /** The bytes of frame pfn, made (zeroed) if it had none: about to be written. */
    public byte[] write(int pfn) {
        byte[][] c = chunk(pfn);
        byte[] b = c[pfn & CHUNK_MASK];
        if (b == null) {
            b = new byte[FrameTable.PAGE_SIZE];
            c[pfn & CHUNK_MASK] = b;
        }
        return b;
    }

    private byte[][] chunk(int pfn) {
        byte[][] c = pages[pfn >>> CHUNK_SHIFT];
        if (c == null) {
            c = new byte[1 << CHUNK_SHIFT][];
            pages[pfn >>> CHUNK_SHIFT] = c;
        }
        return c;
    }

    /** Copy-on-write: frame to gets what frame from says. */
    public void copy(int from, int to) {
        byte[] b = read(from);
        if (b != null) {
            System.arraycopy(b, 0, write(to), 0, FrameTable.PAGE_SIZE);
        } else {
            clear(to);
        }
    }

    /** Frame pfn now says page (its own array from now on; null: zeros), as swap-in reads it. */
    void set(int pfn, byte[] page) {
        if (page == null) {
            clear(pfn);
            return;
        }
        chunk(pfn)[pfn & CHUNK_MASK] = page;
    }

    /** Frame pfn reads as zeros again (freed). */
    void clear(int pfn) {
        byte[][] c = pages[pfn >>> CHUNK_SHIFT];
        if (c != null) {
            c[pfn & CHUNK_MASK] = null;
        }
    }
}
