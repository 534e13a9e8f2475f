package miniunix.lab.vm;

import java.util.Arrays;

/**
 * Numbers the distinct pages of a reference string 0, 1, 2, ... in order of first use, so the
 * replay can index arrays by page: an open-addressing hash table (linear probing, at most
 * half full) built once, O(n) for the whole string, with no boxing.
 */
final class PageIds {
    private static final int EMPTY = -1;
    /** Knuth's multiplicative constant (2^32 / phi), to spread consecutive page numbers. */
    private static final int SPREAD = 0x9E3779B9;

    /** Per reference: the page's id. */
    final int[] ids;
    /** Per id: the page number. */
    final int[] pages;

    /** Numbers the pages of refs (each >= 0). */
    PageIds(int[] refs) {
        int slots = Integer.highestOneBit(Math.max(2, refs.length) * 2 - 1) << 1;
        int[] keys = new int[slots];
        int[] values = new int[slots];
        Arrays.fill(keys, EMPTY);
        int mask = slots - 1;
        int shift = Integer.numberOfLeadingZeros(mask);
        ids = new int[refs.length];
        int[] found = new int[refs.length];
        int distinct = 0;
        for (int i = 0; i < refs.length; i++) {
            int page = refs[i];
            int at = (page * SPREAD) >>> shift;
            while (keys[at] != EMPTY && keys[at] != page) {
                at = (at + 1) & mask;
            }
            if (keys[at] == EMPTY) {
                keys[at] = page;
                values[at] = distinct;
                found[distinct++] = page;
            }
            ids[i] = values[at];
        }
        pages = Arrays.copyOf(found, distinct);
    }

    /** How many distinct pages. */
    int count() {
        return pages.length;
    }
}
