package miniunix.app.shell;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * The shell's compspecs by command name (bash's prog_completes table, pcomplib.c), with the
 * three special names of complete -D, -E and -I. Listed (complete -p) in the order bash's
 * hash table walks them: by bucket of the name's FNV-1 hash in a table of 512, and in a
 * bucket the newest first; a spec that replaces another keeps its place.
 *
 * <p>Simplified: bash's table grows past 1024 entries, which reorders them; this one does not.
 */
final class CompSpecs {
    /** complete -D: the default for commands without a spec of their own (bash's DEFAULTCMD). */
    static final String DEFAULT = "_DefaultCmD_";
    /** complete -E: completion on an empty line (EMPTYCMD). */
    static final String EMPTY = "_EmptycmD_";
    /** complete -I: completion of the initial (command) word (INITIALWORD). */
    static final String INITIAL = "_InitialWorD_";

    /** pcomplib.c's COMPLETE_HASH_BUCKETS. */
    private static final int BUCKETS = 512;
    private static final int FNV_OFFSET = (int) 2166136261L;

    private final HashMap<String, CompSpec> specs;
    /** When each name went into the table: the newer of two in one bucket is listed first. */
    private final HashMap<String, Long> inserted;
    private long insertions;

    CompSpecs() {
        this(new HashMap<>(), new HashMap<>(), 0);
    }

    private CompSpecs(HashMap<String, CompSpec> specs, HashMap<String, Long> inserted, long insertions) {
        this.specs = specs;
        this.inserted = inserted;
        this.insertions = insertions;
    }

    CompSpecs copy() {
        return new CompSpecs(new HashMap<>(specs), new HashMap<>(inserted), insertions);
    }

    /** The spec for name, or null. */
    CompSpec get(String name) {
        return specs.get(name);
    }

    void put(String name, CompSpec spec) {
        if (specs.put(name, spec) == null) {
            inserted.put(name, insertions++);
        }
    }

    /** Removes name's spec; false when it had none. */
    boolean remove(String name) {
        inserted.remove(name);
        return specs.remove(name) != null;
    }

    void clear() {
        specs.clear();
        inserted.clear();
    }

    boolean isEmpty() {
        return specs.isEmpty();
    }

    /** The names with a spec, in bash's hash-walk order. */
    List<String> names() {
        List<String> names = new ArrayList<>(specs.keySet());
        names.sort(Comparator.comparingInt(CompSpecs::bucket)
                .thenComparing(n -> -inserted.get(n)));
        return names;
    }

    /** How complete -p names a spec: -D, -E, -I for the special ones. */
    static String shown(String name) {
        return switch (name) {
            case DEFAULT -> "-D";
            case EMPTY -> "-E";
            case INITIAL -> "-I";
            default -> name;
        };
    }

    /** bash's hash_string (hashlib.c): FNV-1 over the name's bytes, as signed chars. */
    private static int bucket(String name) {
        int h = FNV_OFFSET;
        for (byte c : name.getBytes(StandardCharsets.UTF_8)) {
            h *= 16777619;
            h ^= c;
        }
        return h & (BUCKETS - 1);
    }
}
