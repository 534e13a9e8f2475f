package miniunix.kernel.mm;

import java.util.Arrays;

/**
 * One CPU's TLB: a fully associative cache of {@link #size} translations with LRU replacement.
 * A tag is a vpn, or (asid, vpn) when address-space ids are on; without them the TLB is
 * flushed whenever the CPU switches to another address space. An entry caches the frame and
 * whether a write may go through without the MMU walking again (writable and already dirty),
 * as x86's TLB caches the dirty bit.
 *
 * <p>Hot path: {@link #lookup} is an open-addressed hash probe on primitive arrays, no
 * allocation; the LRU victim is searched only on a miss.
 */
public final class Tlb {
    /** Bits of a tag below the asid: a vpn of a 48-bit space has 36. */
    private static final int ASID_SHIFT = 36;
    private static final long EMPTY = -1;
    /** A full flush clears entries one by one while they fill less than 1/SPARSE of the hash. */
    private static final int SPARSE = 8;

    public final int size;
    private final long[] tag;
    private final long[] value;
    private final long[] stamp;
    /** Tag hash to slot + 1 (0: empty), linear probing, power-of-two length. */
    private final int[] table;
    private final int tableMask;
    private int used;
    private long clock;
    /** The address space whose entries it holds when asids are off (-1: none). */
    public int loadedAsid = -1;

    public long hits;
    public long misses;
    public long flushes;
    public long shootdowns;

    public Tlb(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("TLB size must be positive");
        }
        this.size = size;
        tag = new long[size];
        value = new long[size];
        stamp = new long[size];
        Arrays.fill(tag, EMPTY);
        int cap = Integer.highestOneBit(size * 4 - 1) << 1;
        table = new int[cap];
        tableMask = cap - 1;
    }

    public static long tagOf(int asid, long vpn) {
        return ((long) asid << ASID_SHIFT) | vpn;
    }

    /** The cached value for t, or -1 on a miss; counts the hit or the miss. */
    public long lookup(long t) {
        int h = hash(t);
        while (true) {
            int s = table[h];
            if (s == 0) {
                misses++;
                return -1;
            }
            if (tag[s - 1] == t) {
                hits++;
                stamp[s - 1] = ++clock;
                return value[s - 1];
            }
            h = (h + 1) & tableMask;
        }
    }

    /** Caches t -> v, replacing the least recently used entry when full. */
    public void insert(long t, long v) {
        int h = hash(t);
        while (true) {
            int s = table[h];
            if (s == 0) {
                break;
            }
            if (tag[s - 1] == t) {
                value[s - 1] = v;
                stamp[s - 1] = ++clock;
                return;
            }
            h = (h + 1) & tableMask;
        }
        int slot;
        if (used < size) {
            slot = used++;
        } else {
            slot = 0;
            for (int i = 1; i < size; i++) {
                if (stamp[i] < stamp[slot]) {
                    slot = i;
                }
            }
            unhash(tag[slot]);
        }
        tag[slot] = t;
        value[slot] = v;
        stamp[slot] = ++clock;
        h = hash(t);
        while (table[h] != 0) {
            h = (h + 1) & tableMask;
        }
        table[h] = slot + 1;
    }

    /** Drops the entry for t, if cached (a shootdown of one page). */
    public void invalidate(long t) {
        int h = hash(t);
        while (true) {
            int s = table[h];
            if (s == 0) {
                return;
            }
            if (tag[s - 1] == t) {
                removeSlot(s - 1);
                shootdowns++;
                return;
            }
            h = (h + 1) & tableMask;
        }
    }

    /** Drops every entry of one address space (asid mode) or everything (asid -1). */
    public void flush(int asid) {
        flushes++;
        if (asid < 0 && used == 0) {
            return;     // nothing cached (a switch between procs that touched no memory)
        }
        if (asid < 0) {
            // Cost in proportion to what is cached, not to the TLB's size: a switch between
            // processes that touched little (or nothing) is cheap, as it is on hardware.
            if (used * SPARSE < table.length) {
                for (int i = 0; i < used; i++) {
                    int h = hash(tag[i]);
                    while (table[h] != i + 1) {
                        h = (h + 1) & tableMask;
                    }
                    table[h] = 0;
                }
            } else {
                Arrays.fill(table, 0);
            }
            Arrays.fill(tag, 0, used, EMPTY);
            used = 0;
            return;
        }
        for (int i = used - 1; i >= 0; i--) {
            if (tag[i] >>> ASID_SHIFT == asid) {
                removeSlot(i);
            }
        }
    }

    /** Entries cached now. */
    public int used() {
        return used;
    }

    private void removeSlot(int slot) {
        unhash(tag[slot]);
        int last = used - 1;
        if (slot != last) {
            // Move the last entry into the hole so slots stay dense.
            long t = tag[last];
            unhash(t);
            tag[slot] = t;
            value[slot] = value[last];
            stamp[slot] = stamp[last];
            int h = hash(t);
            while (table[h] != 0) {
                h = (h + 1) & tableMask;
            }
            table[h] = slot + 1;
        }
        tag[last] = EMPTY;
        used = last;
    }

    /** Removes t from the hash (backward-shift deletion keeps probe chains whole). */
    private void unhash(long t) {
        int h = hash(t);
        while (table[h] == 0 || tag[table[h] - 1] != t) {
            h = (h + 1) & tableMask;
        }
        int hole = h;
        int j = hole;
        while (true) {
            j = (j + 1) & tableMask;
            int s = table[j];
            if (s == 0) {
                break;
            }
            int home = hash(tag[s - 1]);
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                table[hole] = s;
                hole = j;
            }
        }
        table[hole] = 0;
    }

    private int hash(long t) {
        long x = t * 0x9E3779B97F4A7C15L;
        return (int) (x >>> 40) & tableMask;
    }
}
