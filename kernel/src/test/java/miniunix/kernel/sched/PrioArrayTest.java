package miniunix.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import miniunix.kernel.proc.Proc;
import org.junit.jupiter.api.Test;

/**
 * The priority policy's O(1) run queue against the order it replaced: a sorted set by key,
 * then place in line (a head counts down, a tail up), then pid, under random operations.
 */
class PrioArrayTest {
    private static final Comparator<Proc> ORDER = Comparator
            .<Proc>comparingLong(p -> p.se.key).thenComparingLong(p -> p.se.seq).thenComparingInt(p -> p.pid);

    @Test
    void randomOperationsKeepTheLinesInOrder() {
        for (long seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed);
            PrioArray lines = new PrioArray(-20, 40);
            TreeSet<Proc> model = new TreeSet<>(ORDER);
            List<Proc> out = new ArrayList<>();
            for (int pid = 1; pid <= 200; pid++) {
                out.add(new Proc(pid, false, 0));
            }
            long headSeq = 0;
            long tailSeq = 0;
            int lineSpread = 1 + rnd.nextInt(40);      // a few lines crowded, or all forty
            for (int step = 0; step < 3000; step++) {
                int op = rnd.nextInt(10);
                if (op < 5 && !out.isEmpty()) {
                    Proc p = out.remove(rnd.nextInt(out.size()));
                    boolean atHead = rnd.nextInt(3) == 0;
                    p.se.key = -20 + rnd.nextInt(lineSpread);
                    p.se.seq = atHead ? --headSeq : ++tailSeq;
                    lines.add(p, atHead);
                    model.add(p);
                } else if (op < 8 && !model.isEmpty()) {
                    List<Proc> in = new ArrayList<>(model);
                    Proc p = in.get(rnd.nextInt(in.size()));
                    lines.remove(p);
                    model.remove(p);
                    out.add(p);
                } else {
                    assertEquals(model.isEmpty() ? null : model.first(), lines.first());
                    Proc p = lines.pollFirst();
                    assertEquals(model.pollFirst(), p);
                    if (p != null) {
                        out.add(p);
                    }
                }
                assertNull(lines.check());
                assertEquals(model.size(), lines.size());
            }
            assertEquals(new ArrayList<>(model), lines.inOrder());
        }
    }

    @Test
    void aProcIsInOneQueueAtATime() {
        PrioArray a = new PrioArray(0, 4);
        PrioArray b = new PrioArray(0, 4);
        Proc p = new Proc(7, false, 0);
        p.se.key = 2;
        a.add(p, false);
        assertThrows(IllegalStateException.class, () -> b.add(p, false));
        b.remove(p);     // not in b: a keeps it
        assertEquals(List.of(p), a.inOrder());
        a.remove(p);
        assertNull(a.first());
        assertNull(a.check());
        b.add(p, true);
        assertEquals(p, b.pollFirst());
        assertNull(b.check());
        assertEquals(0, b.size());
    }
}
