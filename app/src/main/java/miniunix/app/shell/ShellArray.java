package miniunix.app.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The value of an array variable: indexed (bash's {@code declare -a}: sparse, indices from 0
 * up, listed in index order) or associative ({@code declare -A}: string keys, listed in the
 * order of bash's hash table, so {@code ${!m[@]}} and {@code declare -p} print the keys as bash
 * 5.2 does).
 *
 * <p>Linux: bash's array.c (a sparse list) and assoc.c over hashlib.c. An associative array
 * is bash's table itself: 1024 buckets to start with, a key's bucket the low bits of its
 * FNV-1 hash (over its UTF-8 bytes as signed chars), a new key put at the head of its bucket's
 * chain, the table growing four times when it holds twice as many keys as buckets (each old
 * bucket's chain rehashed head first). Iteration goes bucket by bucket, each chain head first.
 *
 * <p>Simplified: indices are longs from 0 to Long.MAX_VALUE, as bash's arrayind_t.
 * Plain data: {@link #copy} is deep.
 */
final class ShellArray {
    /** bash's ASSOC_HASH_BUCKETS, the size an associative array's table starts at. */
    static final int ASSOC_BUCKETS = 1024;
    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 16777619;

    private final boolean assoc;
    /** Indexed: the elements by index. Null for an associative array. */
    private final TreeMap<Long, String> elements;
    /** Associative: the values by key. Null for an indexed array. */
    private final HashMap<String, String> values;
    /**
     * Associative: bash's buckets, each chain held tail first (its head is the list's last
     * element) so that putting a key at the head is an append. Null: an empty bucket.
     */
    private ArrayList<String>[] buckets;

    private ShellArray(boolean assoc) {
        this.assoc = assoc;
        this.elements = assoc ? null : new TreeMap<>();
        this.values = assoc ? new HashMap<>() : null;
        this.buckets = assoc ? newBuckets(ASSOC_BUCKETS) : null;
    }

    static ShellArray indexed() {
        return new ShellArray(false);
    }

    static ShellArray assoc() {
        return new ShellArray(true);
    }

    /** An indexed array of these values, at 0, 1, ... */
    static ShellArray of(List<String> list) {
        ShellArray a = indexed();
        for (int i = 0; i < list.size(); i++) {
            a.elements.put((long) i, list.get(i));
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    private static ArrayList<String>[] newBuckets(int n) {
        return (ArrayList<String>[]) new ArrayList<?>[n];
    }

    ShellArray copy() {
        ShellArray a = new ShellArray(assoc);
        if (assoc) {
            a.values.putAll(values);
            a.buckets = newBuckets(buckets.length);
            for (int i = 0; i < buckets.length; i++) {
                a.buckets[i] = buckets[i] == null ? null : new ArrayList<>(buckets[i]);
            }
        } else {
            a.elements.putAll(elements);
        }
        return a;
    }

    boolean isAssoc() {
        return assoc;
    }

    int size() {
        return assoc ? values.size() : elements.size();
    }

    /** Indexed: the highest index set, or -1 when empty. */
    long maxIndex() {
        return elements.isEmpty() ? -1 : elements.lastKey();
    }

    /** Indexed: element i, or null when unset. */
    String get(long i) {
        return elements.get(i);
    }

    /** Associative: the value of key, or null when unset. */
    String get(String key) {
        return values.get(key);
    }

    void put(long i, String v) {
        elements.put(i, v);
    }

    void put(String key, String v) {
        if (values.put(key, v) == null) {
            if (values.size() > buckets.length * 2) {
                grow();
            }
            int b = bucket(key, buckets.length);
            if (buckets[b] == null) {
                buckets[b] = new ArrayList<>(2);
            }
            buckets[b].add(key);
        }
    }

    void remove(long i) {
        elements.remove(i);
    }

    void remove(String key) {
        if (values.remove(key) != null) {
            buckets[bucket(key, buckets.length)].remove(key);
        }
    }

    /** hashlib.c's hash_grow: four times the buckets, each old chain rehashed from its head. */
    private void grow() {
        ArrayList<String>[] old = buckets;
        buckets = newBuckets(old.length * 4);
        for (ArrayList<String> chain : old) {
            for (int k = chain == null ? -1 : chain.size() - 1; k >= 0; k--) {
                String key = chain.get(k);
                int b = bucket(key, buckets.length);
                if (buckets[b] == null) {
                    buckets[b] = new ArrayList<>(2);
                }
                buckets[b].add(key);
            }
        }
    }

    /** hashlib.c's hash_string (FNV-1 over the bytes as C's signed chars), masked to n buckets. */
    private static int bucket(String key, int n) {
        int h = FNV_OFFSET;
        byte[] bytes = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte b : bytes) {
            h *= FNV_PRIME;
            h ^= b;
        }
        return h & (n - 1);
    }

    /** The keys in bash's order: indices ascending, or the hash table's order. */
    List<String> keys() {
        List<String> out = new ArrayList<>(size());
        if (!assoc) {
            for (Long i : elements.keySet()) {
                out.add(Long.toString(i));
            }
            return out;
        }
        for (ArrayList<String> chain : buckets) {
            for (int k = chain == null ? -1 : chain.size() - 1; k >= 0; k--) {
                out.add(chain.get(k));
            }
        }
        return out;
    }

    /** The values in the order of {@link #keys}. */
    List<String> values() {
        if (!assoc) {
            return new ArrayList<>(elements.values());
        }
        List<String> out = new ArrayList<>(size());
        for (String k : keys()) {
            out.add(values.get(k));
        }
        return out;
    }

    /** Indexed: the elements from index from up, in order (for ${a[@]:off:len}). */
    Map<Long, String> from(long from) {
        return elements.tailMap(from, true);
    }

    /**
     * The value as declare -p and set print it: ([0]="x" [1]="y") for an indexed array,
     * ([k]="v" ) for an associative one (bash leaves a space before its ')'), keys quoted as
     * bash quotes them when they need it.
     */
    String text() {
        StringBuilder sb = new StringBuilder("(");
        List<String> keys = keys();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (!assoc && i > 0) {
                sb.append(' ');
            }
            sb.append('[').append(assoc ? keyText(k) : k).append("]=");
            Declarations.appendQuotedValue(sb, assoc ? values.get(k) : elements.get(Long.parseLong(k)));
            if (assoc) {
                sb.append(' ');
            }
        }
        return sb.append(')').toString();
    }

    /** An associative key as bash prints it: as it is, or double-quoted when it has a special character. */
    private static String keyText(String k) {
        for (int i = 0; i < k.length(); i++) {
            if (" \t\n\"'\\$`|&;()<>[]*?!{}~#=".indexOf(k.charAt(i)) >= 0) {
                StringBuilder sb = new StringBuilder();
                Declarations.appendQuotedValue(sb, k);
                return sb.toString();
            }
        }
        return k.isEmpty() ? "\"\"" : k;
    }
}
