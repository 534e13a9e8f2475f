package miniunix.user.lib;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * malloc(3) and free(3) over a process's heap region: a free list of chunks, searched by a
 * fit policy, split on allocation, put back in a chosen order and optionally coalesced.
 * The textbook's allocator (OSTEP chapter 17), and the one {@code malloc sim} runs, so the
 * figures are malloc.py's, quirks included (shared/EXPERIMENTS.md section 6):
 * <ul>
 *   <li>a chunk is {@code n} rounded up to the alignment, plus the header; only sizes are
 *       rounded, never addresses;</li>
 *   <li>the search walks the list from its head (next fit: from where it last allocated);
 *       the chunk's front is taken and the remainder stays at the same list position, even if
 *       that breaks a size order until the next free re-sorts;</li>
 *   <li>a free puts the chunk at the back or front, or appends it and stably re-sorts the
 *       whole list (by address, size ascending or descending); coalescing then merges each
 *       chunk into the previous one <em>in list order</em> when they touch.</li>
 * </ul>
 * {@link #alloc} and {@link #release} work on chunk addresses (the simulator's pointers);
 * {@link #malloc} and {@link #free} are C's, returning the byte after the header.
 *
 * <p>Growing: when nothing fits, {@link #malloc} returns NULL and {@link #growBy} says how
 * much more heap would do; the program asks brk(2) for it (a trap, so between two steps) and
 * hands the new break to {@link #grow}, which frees the new bytes into the list, then calls
 * malloc again. TODO(#16): brk(2) is not yet in the ABI; until it is, a heap's region is
 * the one it was created with, and {@link #grow} is called only by tests.
 *
 * <p>Simplified: headers are not written into the address space; their bytes are reserved in
 * each chunk and what they would hold (the chunk's size) is kept here, keyed by address, as
 * malloc.py keeps it. A free of an address with no live chunk returns -1, where glibc aborts
 * with {@code free(): invalid pointer}.
 */
public final class Malloc implements Cloneable {
    /** C's null pointer, what {@link #malloc} returns when nothing fits. */
    public static final long NULL = 0;
    /** What {@link #alloc} returns when nothing fits, and {@link #release} for a bad address. */
    public static final long FAILED = -1;
    /** brk grows the heap by whole pages. */
    public static final long PAGE = 4096;

    /** How the free list is searched. */
    public enum Fit {
        /** The first chunk large enough. */
        FIRST("first"),
        /** First fit, starting where the last allocation was made, wrapping around. */
        NEXT("next"),
        /** The smallest chunk large enough; the earliest in the list on a tie. */
        BEST("best"),
        /** The largest chunk; the earliest in the list on a tie. */
        WORST("worst");

        private final String label;

        Fit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Optional<Fit> parse(String s) {
            for (Fit f : values()) {
                if (f.label.equals(s)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** Where a freed chunk goes in the list. */
    public enum Order {
        /** Appended, then the list sorted by address. */
        ADDR("addr"),
        /** Appended, then the list sorted by size, smallest first. */
        SIZE_ASC("size-asc"),
        /** Appended, then the list sorted by size, largest first. */
        SIZE_DESC("size-desc"),
        /** At the head. */
        INSERT_FRONT("insert-front"),
        /** At the tail. */
        INSERT_BACK("insert-back");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Optional<Order> parse(String s) {
            for (Order o : values()) {
                if (o.label.equals(s)) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
    }

    /** The policy: fit, list order, coalescing, header bytes, alignment (<= 0: none). */
    public record Config(Fit fit, Order order, boolean coalesce, long header, long align) {
        public Config {
            if (fit == null || order == null || header < 0) {
                throw new IllegalArgumentException("malloc: bad config");
            }
        }
    }

    /** A free chunk: [addr, addr + size). */
    public record Chunk(long addr, long size) {
    }

    private static final Comparator<Chunk> BY_ADDR = Comparator.comparingLong(Chunk::addr);
    private static final Comparator<Chunk> BY_SIZE = Comparator.comparingLong(Chunk::size);

    private final Config config;
    private ArrayList<Chunk> freeList = new ArrayList<>();
    /** Live chunks: address to size, what each chunk's header would hold. */
    private HashMap<Long, Long> live = new HashMap<>();
    /** Next fit's list position: where the last allocation was made. */
    private int rover;
    /** Elements the last {@link #alloc} examined. */
    private int searched;
    /** The heap's end: the program break. */
    private long end;

    /** A heap over [base, base + size), all of it one free chunk. */
    public Malloc(Config config, long base, long size) {
        this.config = config;
        this.end = base + size;
        freeList.add(new Chunk(base, size));
    }

    public Config config() {
        return config;
    }

    /** The bytes a request of n takes: n rounded up to the alignment, plus the header. */
    public long chunkSize(long n) {
        long a = config.align();
        long rounded = a > 0 && n % a != 0 ? n + a - n % a : n;
        return rounded + config.header();
    }

    /**
     * Allocates a chunk for a request of n bytes (n >= 0, {@code chunkSize(n) > 0}); returns
     * its address, or FAILED with the list unchanged. {@link #searched} tells how many list
     * elements the search examined.
     */
    public long alloc(long n) {
        long need = chunkSize(n);
        if (need <= 0) {
            throw new IllegalArgumentException("malloc: empty chunk");
        }
        int at = config.fit() == Fit.NEXT ? nextFit(need) : search(need);
        if (at < 0) {
            return FAILED;
        }
        Chunk c = freeList.get(at);
        if (c.size() == need) {
            freeList.remove(at);
        } else {
            freeList.set(at, new Chunk(c.addr() + need, c.size() - need));
        }
        rover = at;
        live.put(c.addr(), need);
        return c.addr();
    }

    /** First, best or worst fit from the head: the chosen index, or -1. */
    private int search(long need) {
        int best = -1;
        int i = 0;
        for (; i < freeList.size(); i++) {
            long size = freeList.get(i).size();
            if (size < need) {
                continue;
            }
            if (config.fit() == Fit.FIRST) {
                searched = i + 1;
                return i;
            }
            long bestSize = best < 0 ? 0 : freeList.get(best).size();
            if (best < 0 || (config.fit() == Fit.BEST ? size < bestSize : size > bestSize)) {
                best = i;
            }
        }
        searched = i;
        return best;
    }

    /** Next fit: first fit from the rover, wrapping around; the chosen index, or -1. */
    private int nextFit(long need) {
        int n = freeList.size();
        int start = rover < n ? rover : 0;
        for (int k = 0; k < n; k++) {
            int i = (start + k) % n;
            if (freeList.get(i).size() >= need) {
                searched = k + 1;
                return i;
            }
        }
        searched = n;
        return -1;
    }

    /** How many list elements the last {@link #alloc} examined. */
    public int searched() {
        return searched;
    }

    /**
     * Frees the live chunk at addr with the size it was allocated with, puts it in the list in
     * the configured order and coalesces if configured; returns 0, or FAILED (-1, nothing
     * changed) when no live chunk starts at addr (never allocated, or freed already).
     */
    public int release(long addr) {
        Long size = live.remove(addr);
        if (size == null) {
            return (int) FAILED;
        }
        insert(new Chunk(addr, size));
        return 0;
    }

    private void insert(Chunk c) {
        switch (config.order()) {
            case INSERT_FRONT -> freeList.add(0, c);
            case INSERT_BACK -> freeList.add(c);
            case ADDR -> sortedAdd(c, BY_ADDR);
            case SIZE_ASC -> sortedAdd(c, BY_SIZE);
            case SIZE_DESC -> sortedAdd(c, BY_SIZE.reversed());
        }
        if (config.coalesce()) {
            coalesce();
        }
    }

    /** Appends c and stably sorts the whole list: the list may be out of order after a split. */
    private void sortedAdd(Chunk c, Comparator<Chunk> by) {
        freeList.add(c);
        freeList.sort(by);
    }

    /** One pass from the head: a chunk joins the previous one if that ends where it starts. */
    private void coalesce() {
        ArrayList<Chunk> merged = new ArrayList<>(freeList.size());
        Chunk cur = freeList.get(0);
        for (int i = 1; i < freeList.size(); i++) {
            Chunk c = freeList.get(i);
            if (cur.addr() + cur.size() == c.addr()) {
                cur = new Chunk(cur.addr(), cur.size() + c.size());
            } else {
                merged.add(cur);
                cur = c;
            }
        }
        merged.add(cur);
        freeList = merged;
    }

    /** malloc(3): a pointer to n usable bytes (after the header), or NULL when nothing fits. */
    public long malloc(long n) {
        long chunk = alloc(n);
        return chunk == FAILED ? NULL : chunk + config.header();
    }

    /** free(3) of a pointer malloc returned (free(NULL) does nothing): 0, or -1 for a bad ptr. */
    public int free(long ptr) {
        return ptr == NULL ? 0 : release(ptr - config.header());
    }

    /** The program break: where the heap ends. */
    public long end() {
        return end;
    }

    /** How many bytes brk should add so a request of n fits: its chunk, in whole pages. */
    public long growBy(long n) {
        long need = chunkSize(n);
        return (need + PAGE - 1) / PAGE * PAGE;
    }

    /**
     * brk(2) moved the break up to newEnd: the bytes from the old end are one more free chunk,
     * put in the list as a free would. A break that did not move up changes nothing.
     */
    public void grow(long newEnd) {
        if (newEnd > end) {
            Chunk c = new Chunk(end, newEnd - end);
            end = newEnd;
            insert(c);
        }
    }

    /** The free list, in list order. */
    public List<Chunk> freeList() {
        return List.copyOf(freeList);
    }

    /** Bytes in free chunks. */
    public long freeBytes() {
        long sum = 0;
        for (Chunk c : freeList) {
            sum += c.size();
        }
        return sum;
    }

    /** The largest free chunk's size, 0 when none. */
    public long largestFree() {
        long max = 0;
        for (Chunk c : freeList) {
            max = Math.max(max, c.size());
        }
        return max;
    }

    /** Bytes in live chunks, headers included. */
    public long liveBytes() {
        long sum = 0;
        for (long size : live.values()) {
            sum += size;
        }
        return sum;
    }

    /** A deep copy, for a program's fork (Proc.deepen). */
    public Malloc copy() {
        try {
            Malloc m = (Malloc) super.clone();
            m.freeList = new ArrayList<>(freeList);
            m.live = new HashMap<>(live);
            return m;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
