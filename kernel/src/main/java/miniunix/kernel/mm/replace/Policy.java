package miniunix.kernel.mm.replace;

import java.util.Optional;
import miniunix.kernel.Rng;

/**
 * The page-replacement policies, by the names {@code --vm-policy}, {@code sysctl vm.policy}
 * and {@code vm replay --policy} use. OPT and UNOPT know the future, so only the experiment
 * can run them; unopt, mru, clock and random are additions to the textbook's comparisons.
 */
public enum Policy {
    /** Evict the page loaded earliest. */
    FIFO("fifo"),
    /** Evict the page used least recently. */
    LRU("lru"),
    /** Belady's optimal: evict the page whose next use is farthest away. */
    OPT("opt"),
    /** The worst choice: evict the page used soonest. */
    UNOPT("unopt"),
    /** Evict the page used most recently. */
    MRU("mru"),
    /** Second chance: a hand sweeps the frames, clearing use bits, and evicts the first clear. */
    CLOCK("clock"),
    /** Evict a page drawn by the kernel's seeded generator. */
    RANDOM("random");

    private final String label;

    Policy(String label) {
        this.label = label;
    }

    /** The name on command lines and in output ("lru"). */
    public String label() {
        return label;
    }

    /** True for the offline policies, which must be told each key's next use. */
    public boolean needsFuture() {
        return this == OPT || this == UNOPT;
    }

    /** The policy named label, if there is one. */
    public static Optional<Policy> parse(String label) {
        for (Policy p : values()) {
            if (p.label.equals(label)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** A new, empty replacer over keys [0, capacity); rng is used only by RANDOM. */
    public Replacer create(int capacity, Rng rng) {
        return switch (this) {
            case FIFO -> new Fifo(capacity);
            case LRU -> new Lru(capacity);
            case OPT -> new Opt(capacity);
            case UNOPT -> new Unopt(capacity);
            case MRU -> new Mru(capacity);
            case CLOCK -> new Clock(capacity);
            case RANDOM -> new RandomReplacer(capacity, rng);
        };
    }
}
