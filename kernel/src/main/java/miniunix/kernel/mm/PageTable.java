package miniunix.kernel.mm;

import java.util.Arrays;

/**
 * A multi-level page table (xv6 vm.c walk(); Linux pgd/p4d/pud/pmd/pte): two levels of 10
 * index bits over a 12-bit offset ({@code --vm 32}) or four levels of 9 ({@code --vm 48}).
 * Each table is a node: the root is node 0, an upper entry holds the next node's index, a leaf
 * entry a {@link Pte}. Every node occupies one simulated frame of RAM ({@link #tableFrame}),
 * allocated when the first entry below it is set, so VmPTE and the free memory are honest.
 *
 * <p>Host memory follows what is mapped, not the address-space size: a sparse node stores only
 * its set entries, as sorted (index, entry) pairs in arrays that double when full, so a
 * process with a handful of pages costs a few hundred bytes of host heap; lookups there are
 * binary searches. A node that fills past {@link #DENSE_AT} entries becomes dense, a plain
 * array indexed as the hardware's table is (0: no entry), so a big mapping walks in one load
 * per level. No allocation on the translate path.
 *
 * <p>Simplified: tables emptied by munmap stay until the address space is freed (Linux frees
 * them in free_pgtables only for whole unmapped ranges, too).
 */
public final class PageTable {
    private static final int INITIAL_NODES = 4;
    private static final int INITIAL_ENTRIES = 2;
    /**
     * A node holding more entries than this becomes dense: its sorted pairs (12 bytes an
     * entry) would cost about as much as the whole table (8 bytes a slot) at a third full.
     */
    private static final int DENSE_AT = 128;

    public final int levels;
    public final int bitsPerLevel;
    private final int mask;
    private final FrameTable frames;
    private final int owner;

    /** A sparse node's sorted indices; null for a dense node, whose vals are indexed directly. */
    private int[][] keys = new int[INITIAL_NODES][];
    private long[][] vals = new long[INITIAL_NODES][];
    private int[] size = new int[INITIAL_NODES];
    private int[] tableFrame = new int[INITIAL_NODES];
    private int nodes;

    /**
     * An empty table whose nodes take frames from frames, owned by pid owner. The root is
     * allocated now; returns a table whose {@link #ok} is false if RAM had no frame for it.
     */
    public PageTable(int vmBits, FrameTable frames, int owner) {
        this.levels = vmBits == 32 ? 2 : 4;
        this.bitsPerLevel = vmBits == 32 ? 10 : 9;
        this.mask = (1 << bitsPerLevel) - 1;
        this.frames = frames;
        this.owner = owner;
        newNode();
    }

    /** False if the root table could not get a frame. */
    public boolean ok() {
        return nodes > 0;
    }

    /** Tables in use, root included (each is one 4 KiB frame). */
    public int tables() {
        return nodes;
    }

    /** The index into the table of level (0 = root) that vpn uses. */
    public int index(long vpn, int level) {
        return (int) (vpn >>> (bitsPerLevel * (levels - 1 - level))) & mask;
    }

    /** The leaf entry for vpn, or 0 if there is none. Allocation-free. */
    public long lookup(long vpn) {
        int node = 0;
        for (int level = 0; level < levels - 1; level++) {
            int i = find(node, index(vpn, level));
            if (i < 0) {
                return 0;
            }
            node = (int) Pte.number(vals[node][i]);
        }
        int i = find(node, index(vpn, levels - 1));
        return i < 0 ? 0 : vals[node][i];
    }

    /**
     * Sets the leaf entry for vpn (0 clears it), allocating the tables on the way. Returns
     * false, changing nothing visible, if a table was needed and RAM had no frame for it.
     */
    public boolean set(long vpn, long pte) {
        int node = 0;
        for (int level = 0; level < levels - 1; level++) {
            int key = index(vpn, level);
            int i = find(node, key);
            if (i < 0) {
                if (pte == 0) {
                    return true;
                }
                int child = newNode();
                if (child < 0) {
                    return false;
                }
                insert(node, -(i + 1), key, Pte.of(child, Pte.WRITABLE));
                node = child;
            } else {
                node = (int) Pte.number(vals[node][i]);
            }
        }
        int key = index(vpn, levels - 1);
        int i = find(node, key);
        if (i >= 0) {
            if (pte == 0) {
                remove(node, i);
            } else {
                vals[node][i] = pte;
            }
        } else if (pte != 0) {
            insert(node, -(i + 1), key, pte);
        }
        return true;
    }

    /** ORs bits into the leaf entry for vpn, if there is one (the MMU setting A and D). */
    public void orBits(long vpn, long bits) {
        int node = 0;
        for (int level = 0; level < levels - 1; level++) {
            int i = find(node, index(vpn, level));
            if (i < 0) {
                return;
            }
            node = (int) Pte.number(vals[node][i]);
        }
        int i = find(node, index(vpn, levels - 1));
        if (i >= 0) {
            vals[node][i] |= bits;
        }
    }

    /**
     * The first vpn at or above from that has a leaf entry, or -1. Visits only tables that
     * exist, so iterating a sparse space costs what is mapped.
     */
    public long nextMapped(long from) {
        return next(0, 0, 0, from);
    }

    private long next(int node, int level, long prefix, long from) {
        int shift = bitsPerLevel * (levels - 1 - level);
        int[] ks = keys[node];
        long[] vs = vals[node];
        int n = ks == null ? vs.length : size[node];
        for (int i = 0; i < n; i++) {
            if (ks == null && vs[i] == 0) {
                continue;
            }
            long base = prefix | ((long) (ks == null ? i : ks[i]) << shift);
            long last = base + (1L << shift) - 1;
            if (last < from) {
                continue;
            }
            if (level == levels - 1) {
                return base;
            }
            long r = next((int) Pte.number(vs[i]), level + 1, base, from);
            if (r >= 0) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The walk for translate: fills index[level], tableFrame[level] and entry[level] for each
     * level reached; returns how many levels were reached (levels when a leaf entry exists).
     */
    public int walk(long vpn, int[] index, long[] frameOf, long[] entry) {
        int node = 0;
        for (int level = 0; level < levels; level++) {
            index[level] = index(vpn, level);
            frameOf[level] = tableFrame[node];
            int i = find(node, index[level]);
            entry[level] = i < 0 ? 0 : vals[node][i];
            if (i < 0) {
                return level;
            }
            if (level < levels - 1) {
                node = (int) Pte.number(vals[node][i]);
            }
        }
        return levels;
    }

    /** The directory entry shown for a walk: the next table's frame, not the node index. */
    public long tableFrameOf(long directoryEntry) {
        return tableFrame[(int) Pte.number(directoryEntry)];
    }

    /** Frees every table's frame: the address space is gone. */
    public void free() {
        for (int n = 0; n < nodes; n++) {
            frames.free(tableFrame[n], 0);
        }
        nodes = 0;
    }

    /** The position of key in node (a dense node's is the key), or -(insertion point + 1). */
    private int find(int node, int key) {
        int[] ks = keys[node];
        if (ks == null) {
            return vals[node][key] != 0 ? key : -(key + 1);
        }
        int lo = 0;
        int hi = size[node] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int k = ks[mid];
            if (k < key) {
                lo = mid + 1;
            } else if (k > key) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private void insert(int node, int at, int key, long val) {
        int n = size[node];
        if (keys[node] == null) {
            vals[node][key] = val;
            size[node] = n + 1;
            return;
        }
        if (n == DENSE_AT) {
            long[] dense = new long[1 << bitsPerLevel];
            for (int i = 0; i < n; i++) {
                dense[keys[node][i]] = vals[node][i];
            }
            dense[key] = val;
            keys[node] = null;
            vals[node] = dense;
            size[node] = n + 1;
            return;
        }
        if (n == keys[node].length) {
            int cap = Math.min(1 << bitsPerLevel, n * 2);
            keys[node] = Arrays.copyOf(keys[node], cap);
            vals[node] = Arrays.copyOf(vals[node], cap);
        }
        System.arraycopy(keys[node], at, keys[node], at + 1, n - at);
        System.arraycopy(vals[node], at, vals[node], at + 1, n - at);
        keys[node][at] = key;
        vals[node][at] = val;
        size[node] = n + 1;
    }

    private void remove(int node, int at) {
        int n = size[node] - 1;
        if (keys[node] == null) {
            vals[node][at] = 0;
            size[node] = n;
            return;
        }
        System.arraycopy(keys[node], at + 1, keys[node], at, n - at);
        System.arraycopy(vals[node], at + 1, vals[node], at, n - at);
        size[node] = n;
    }

    private int newNode() {
        int pfn = frames.alloc(0, FrameTable.PAGETABLE, owner);
        if (pfn < 0) {
            return -1;
        }
        if (nodes == keys.length) {
            int cap = nodes * 2;
            keys = Arrays.copyOf(keys, cap);
            vals = Arrays.copyOf(vals, cap);
            size = Arrays.copyOf(size, cap);
            tableFrame = Arrays.copyOf(tableFrame, cap);
        }
        keys[nodes] = new int[INITIAL_ENTRIES];
        vals[nodes] = new long[INITIAL_ENTRIES];
        size[nodes] = 0;
        tableFrame[nodes] = pfn;
        return nodes++;
    }
}
