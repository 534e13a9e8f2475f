package miniunix.lab.vm;

import java.util.Arrays;

/**
 * Numbers the distinct pages of a reference string 0, 1, 2, ... in order of first use, so the
 * replay can index arrays by page: an open-addressing hash table (linear probing, at most
 * half full, doubled as pages appear), O(n) for the whole string, with no boxing. The table
 * grows with the distinct pages, not the references, so it stays in cache however long the
 * string.
 */
final class PageIds {
    private static final int EMPTY = -1;
    /** Knuth's multiplicative constant (2^32 / phi), to spread consecutive page numbers. */
    private static final int SPREAD = 0x9E3779B9;
    private static final int FIRST_SLOTS = 64;

    /** Per reference: the page's id. */
    final int[] ids;
    /** Per id: the page number. */
    final int[] pages;

    private int[] keys;
    private int[] values;
    private int shift;

    /** Numbers the pages of refs (each >= 0). */
    PageIds(int[] refs) {
        table(FIRST_SLOTS);
        ids = new int[refs.length];
        int[] found = new int[FIRST_SLOTS];
        int distinct = 0;
        for (int i = 0; i < refs.length; i++) {
            int page = refs[i];
            int at = slot(page);
            if (keys[at] != EMPTY) {
                ids[i] = values[at];
                continue;
            }
            if (distinct == found.length) {
                found = Arrays.copyOf(found, distinct * 2);
            }
            found[distinct] = page;
            keys[at] = page;
            values[at] = distinct;
            ids[i] = distinct++;
            if (2 * distinct > keys.length) {
                rehash(found, distinct);
            }
        }
        pages = Arrays.copyOf(found, distinct);
    }

    /** How many distinct pages. */
    int count() {
        return pages.length;
    }

    /** Where page is, or the empty slot where it would go. */
    private int slot(int page) {
        int mask = keys.length - 1;
        int at = (page * SPREAD) >>> shift;
        while (keys[at] != EMPTY && keys[at] != page) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void table(int slots) {
        keys = new int[slots];
        values = new int[slots];
        Arrays.fill(keys, EMPTY);
        shift = Integer.numberOfLeadingZeros(slots - 1);
    }

    /** Doubles the table and puts back the first n pages found, with their ids. */
    private void rehash(int[] found, int n) {
        table(keys.length * 2);
        for (int id = 0; id < n; id++) {
            int at = slot(found[id]);
            keys[at] = found[id];
            values[at] = id;
        }
    }
}
