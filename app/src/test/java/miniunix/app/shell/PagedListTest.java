package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The job table's copy-on-write list: a copy and its original never see each other's
 * writes, whatever the sequence of adds, sets, removes and truncations on either, and each
 * always holds what an ArrayList given the same operations holds.
 */
class PagedListTest {

    @Test
    void aCopyKeepsWhatItHadWhileTheOriginalChanges() {
        PagedList<Integer> a = new PagedList<>();
        for (int i = 0; i < 200; i++) {
            a.add(i);
        }
        PagedList<Integer> b = a.copy();
        a.set(5, -5);
        a.add(200);
        a.remove(0);
        b.set(130, -130);
        assertEquals(200, b.size());
        assertEquals(5, b.get(5));
        assertEquals(-130, b.get(130));
        assertEquals(200, a.size());
        assertEquals(-5, a.get(4));
        assertEquals(130, a.get(129));
        assertEquals(200, a.get(199));
    }

    @Test
    void randomOperationsOnCopiesMatchArrayLists() {
        SplittableRandom rnd = new SplittableRandom(13);
        List<PagedList<Integer>> lists = new ArrayList<>(List.of(new PagedList<>()));
        List<List<Integer>> models = new ArrayList<>(List.of(new ArrayList<>()));
        for (int step = 0; step < 20_000; step++) {
            int w = rnd.nextInt(lists.size());
            PagedList<Integer> l = lists.get(w);
            List<Integer> m = models.get(w);
            int op = rnd.nextInt(10);
            if (op < 5 || m.isEmpty()) {
                l.add(step);
                m.add(step);
            } else if (op < 7) {
                int i = rnd.nextInt(m.size());
                assertEquals(m.set(i, -step), l.set(i, -step));
            } else if (op < 8) {
                int i = rnd.nextInt(m.size());
                assertEquals(m.remove(i), l.remove(i));
            } else if (op < 9 && lists.size() < 8) {
                lists.add(l.copy());
                models.add(new ArrayList<>(m));
            } else {
                int n = rnd.nextInt(m.size() + 1);
                l.truncate(n);
                m.subList(n, m.size()).clear();
            }
        }
        for (int i = 0; i < lists.size(); i++) {
            assertEquals(models.get(i), lists.get(i));
        }
    }

    @Test
    void indexesOutsideTheListAreRefused() {
        PagedList<String> l = new PagedList<>();
        l.add("a");
        assertThrows(IndexOutOfBoundsException.class, () -> l.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> l.set(-1, "b"));
        assertThrows(IndexOutOfBoundsException.class, () -> l.truncate(2));
    }
}
