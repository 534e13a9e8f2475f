package miniunix.app.shell;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list that fork copies the way a kernel copies memory: in pages of {@link #PAGE}
 * elements, shared by the copies until one of them writes a page, which it then copies for
 * itself (copy-on-write). {@link #copy} costs one reference per page, not one per element,
 * so a shell with 10,000 jobs forks without copying its job table; a real shell's table is
 * copied by the MMU just as lazily.
 *
 * <p>Invariants: elements [0, size) live in pages[0 .. (size - 1) / PAGE]; a page this list
 * may write is one it copied or made itself ({@code owned}); a page shared with a copy is
 * never written. Null elements are allowed. Not thread-safe (nothing in the shell is).
 */
final class PagedList<T> extends AbstractList<T> implements RandomAccess {
    /** Elements per page: small enough that writing one costs little, big enough that a copy is short. */
    static final int PAGE = 64;
    private static final int SHIFT = 6;
    private static final int MASK = PAGE - 1;

    private Object[][] pages = new Object[0][];
    private boolean[] owned = new boolean[0];
    private int size;

    /** A list with the same elements, sharing every page with this one until either writes it. */
    PagedList<T> copy() {
        PagedList<T> c = new PagedList<>();
        int used = pagesUsed();
        c.pages = Arrays.copyOf(pages, used);
        c.owned = new boolean[used];
        Arrays.fill(owned, false);
        c.size = size;
        return c;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int i) {
        Objects.checkIndex(i, size);
        return (T) pages[i >> SHIFT][i & MASK];
    }

    @Override
    public T set(int i, T v) {
        T old = get(i);
        writable(i >> SHIFT)[i & MASK] = v;
        return old;
    }

    @Override
    public boolean add(T v) {
        int p = size >> SHIFT;
        if ((size & MASK) == 0) {
            if (p == pages.length) {
                int grown = Math.max(4, pages.length * 2);
                pages = Arrays.copyOf(pages, grown);
                owned = Arrays.copyOf(owned, grown);
            }
            pages[p] = new Object[PAGE];
            owned[p] = true;
        }
        writable(p)[size & MASK] = v;
        size++;
        modCount++;
        return true;
    }

    /** Removes element i, moving the later ones down: O(size - i), as ArrayList's. */
    @Override
    public T remove(int i) {
        T old = get(i);
        for (int k = i + 1; k < size; k++) {
            writable((k - 1) >> SHIFT)[(k - 1) & MASK] = get(k);
        }
        truncate(size - 1);
        return old;
    }

    /** Keeps the first n elements (n at most size). */
    void truncate(int n) {
        Objects.checkFromToIndex(n, size, size);
        while (size > n) {
            size--;
            int p = size >> SHIFT;
            if ((size & MASK) == 0) {
                pages[p] = null;        // the page is empty: drop it (a copy may keep it)
                owned[p] = false;
            } else {
                writable(p)[size & MASK] = null;
            }
        }
        modCount++;
    }

    @Override
    public void clear() {
        truncate(0);
    }

    private int pagesUsed() {
        return (size + MASK) >> SHIFT;
    }

    /** Page p, copied first if a copy of this list shares it. */
    private Object[] writable(int p) {
        if (!owned[p]) {
            pages[p] = pages[p].clone();
            owned[p] = true;
        }
        return pages[p];
    }
}
