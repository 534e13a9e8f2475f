package miniunix.kernel.mm.replace;

/**
 * Page replacement: which resident page to give up when a frame is needed. One interface
 * serves the live kernel (frames of user pages, {@code --vm-policy}, {@code sysctl
 * vm.policy=}) and the {@code vm replay} experiment, which is a one-process machine driving
 * the same classes.
 *
 * <p>A replacer tracks a <em>resident set</em> of keys, each an int in {@code [0,
 * capacity())}. The kernel's keys are frame numbers (pfns): a frame holding an evictable user
 * page is resident. The caller owns the frame table and the page tables; the replacer only
 * orders the keys and picks victims. The protocol, each call O(1) or O(log n) and
 * allocation-free:
 * <ul>
 *   <li>{@link #insert} when a page is loaded into a frame (a fault filled it);</li>
 *   <li>{@link #touch} when a resident page is referenced (a hit; the kernel may call it when
 *       it harvests accessed bits rather than on every reference);</li>
 *   <li>{@link #victim} when a frame must be freed: the key to evict. The caller then evicts
 *       it (writes it to swap if dirty, clears the PTE, shoots down the TLB) and calls
 *       {@link #remove}; to reuse the frame at once, {@link #insert} the same key again;</li>
 *   <li>{@link #remove} also when a page goes away without eviction: munmap, exit, a frame
 *       that stops being evictable.</li>
 * </ul>
 *
 * <p>The resident set is ordered, and the order is part of the experiment's answer
 * (shared/EXPERIMENTS.md section 5): {@link #resident} lists it. A key inserted is appended;
 * a hit moves it to the end under LRU and MRU and changes nothing otherwise. Clock's order is
 * frame order (ascending keys), where the pages sit in memory.
 *
 * <p>Offline policies (OPT, UNOPT: {@link Policy#needsFuture}) also need each key's next
 * reference, given with {@link #foresee}; online policies ignore it, so the kernel never
 * calls it and refuses those policies. To switch policy while running, the kernel builds a
 * new replacer and inserts the old one's {@link #resident} keys in order.
 *
 * <p>A call that breaks its precondition (inserting a resident key, a victim of an empty
 * set) is a kernel bug: {@link miniunix.kernel.KernelPanic}.
 *
 * <p>Linux: mm/vmscan.c (active and inactive LRU lists, second chance). xv6 has no
 * replacement. Simplified: one global set, no active/inactive split, no per-cgroup lists.
 */
public interface Replacer {
    /** {@link #foresee}'s time for a key that is never referenced again. */
    long NEVER = Long.MAX_VALUE;

    /** The policy this replacer implements. */
    Policy policy();

    /** Keys range over {@code [0, capacity())}; so at most capacity() are resident. */
    int capacity();

    /** How many keys are resident. */
    int size();

    boolean contains(int key);

    /** Makes key resident, last in the order. Precondition: key is not resident. */
    void insert(int key);

    /** Notes a reference to the resident key (a hit). Precondition: key is resident. */
    void touch(int key);

    /**
     * The key to evict, left resident until {@link #remove}. It may update the policy's own
     * state (Clock clears use bits and moves its hand; Random draws a number), so a caller
     * evicts the victim it got before asking again. Precondition: size() > 0.
     */
    int victim();

    /** Makes key non-resident. Precondition: key is resident. */
    void remove(int key);

    /** Writes the resident keys in the policy's order into dst; returns how many. */
    int resident(int[] dst);

    /**
     * Tells an offline policy when key is next referenced: a time (any increasing count, such
     * as the index in a reference string), or {@link #NEVER}, which {@link #insert} assumes.
     * Called at each reference, after {@link #insert} or {@link #touch}. Precondition: key is
     * resident. Online policies ignore it.
     */
    default void foresee(int key, long when) {
    }
}
