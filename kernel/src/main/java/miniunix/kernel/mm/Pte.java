package miniunix.kernel.mm;

/**
 * A page-table entry's bits, as x86-64 lays them out (arch/x86/include/asm/pgtable_types.h):
 * the frame number above bit 12, flags below. A present entry maps a frame; a non-present
 * entry with {@link #SWAP} set holds a swap slot in place of the frame number (Linux's swap
 * entry); zero means never touched. {@link #COW} is a software bit, as Linux keeps its own in
 * the bits the MMU ignores.
 *
 * <p>An entry of an upper level (a directory) holds the index of the next table and
 * PRESENT | WRITABLE | USER, as Linux's directories are permissive and leave checks to the leaf.
 */
public final class Pte {
    public static final long PRESENT = 1L;
    public static final long WRITABLE = 1L << 1;
    public static final long USER = 1L << 2;
    public static final long ACCESSED = 1L << 5;
    public static final long DIRTY = 1L << 6;
    /** Software bit: a private page shared after fork, copied on the first write. */
    public static final long COW = 1L << 9;
    /** Software bit, only when not present: the number above bit 12 is a swap slot. */
    public static final long SWAP = 1L << 10;
    public static final int SHIFT = 12;
    private static final long FLAGS = (1L << SHIFT) - 1;

    private Pte() {
    }

    /** A present user entry for frame pfn with the given extra flags. */
    public static long of(long pfn, long flags) {
        return (pfn << SHIFT) | PRESENT | USER | flags;
    }

    /** A swap entry: not present, slot in the frame field. */
    public static long swapEntry(long slot) {
        return (slot << SHIFT) | SWAP;
    }

    /** The frame (or swap slot, or table index) an entry holds. */
    public static long number(long pte) {
        return pte >>> SHIFT;
    }

    public static long flags(long pte) {
        return pte & FLAGS;
    }

    public static boolean present(long pte) {
        return (pte & PRESENT) != 0;
    }

    public static boolean swapped(long pte) {
        return (pte & (PRESENT | SWAP)) == SWAP;
    }

    /** The flags as translate prints them: "P W U A D COW" style, absent bits as '-'. */
    public static String describe(long pte) {
        if (swapped(pte)) {
            return "swap slot " + number(pte);
        }
        StringBuilder sb = new StringBuilder();
        sb.append((pte & PRESENT) != 0 ? 'P' : '-');
        sb.append((pte & WRITABLE) != 0 ? 'W' : '-');
        sb.append((pte & USER) != 0 ? 'U' : '-');
        sb.append((pte & ACCESSED) != 0 ? 'A' : '-');
        sb.append((pte & DIRTY) != 0 ? 'D' : '-');
        if ((pte & COW) != 0) {
            sb.append(" COW");
        }
        return sb.toString();
    }
}
