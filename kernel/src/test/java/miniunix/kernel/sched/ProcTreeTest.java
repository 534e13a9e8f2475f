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

/** The run queues' red-black tree against java.util.TreeSet under random operations. */
class ProcTreeTest {
    private static final Comparator<Proc> SEQ_ORDER = Comparator
            .<Proc>comparingLong(p -> p.se.key).thenComparingLong(p -> p.se.seq).thenComparingInt(p -> p.pid);
    private static final Comparator<Proc> ARRIVAL_ORDER = Comparator
            .<Proc>comparingLong(p -> p.se.key).thenComparingLong(p -> p.se.arrival).thenComparingInt(p -> p.pid);

    @Test
    void randomOperationsKeepTheOrderAndTheRedBlackProperties() {
        for (long seed = 1; seed <= 40; seed++) {
            boolean bySeq = seed % 2 == 0;
            run(new Random(seed), bySeq ? ProcTree.Tie.SEQ : ProcTree.Tie.ARRIVAL,
                    bySeq ? SEQ_ORDER : ARRIVAL_ORDER, false);
        }
    }

    /**
     * A run queue's usual traffic: keys that mostly grow (a proc's vruntime after its turn, a
     * line's tail), so most procs go to the tail, after the last one, or before the tree's first,
     * where the tree skips its walk from the root; now and then one lands in the middle, so
     * the first and the order come from both parts.
     */
    @Test
    void queueLikeOperationsKeepTheOrderAndTheCachedEnds() {
        for (long seed = 1; seed <= 40; seed++) {
            boolean bySeq = seed % 2 == 0;
            run(new Random(seed), bySeq ? ProcTree.Tie.SEQ : ProcTree.Tie.ARRIVAL,
                    bySeq ? SEQ_ORDER : ARRIVAL_ORDER, true);
        }
    }

    private static void run(Random rnd, ProcTree.Tie tie, Comparator<Proc> order, boolean growing) {
        ProcTree tree = new ProcTree(tie);
        TreeSet<Proc> model = new TreeSet<>(order);
        List<Proc> out = new ArrayList<>();
        for (int pid = 1; pid <= 200; pid++) {
            out.add(new Proc(pid, false, 0));
        }
        for (int step = 0; step < 3000; step++) {
            int op = rnd.nextInt(10);
            if (op < 5 && !out.isEmpty()) {
                Proc p = out.remove(rnd.nextInt(out.size()));
                p.se.key = growing ? step / 4 + (rnd.nextInt(8) == 0 ? -rnd.nextInt(40) : rnd.nextInt(3))
                        : rnd.nextInt(20);     // many equal keys: the tie-breaks matter
                p.se.seq = rnd.nextInt(5);
                p.se.arrival = rnd.nextInt(5);
                tree.add(p);
                model.add(p);
            } else if (op < 8 && !model.isEmpty()) {
                List<Proc> in = new ArrayList<>(model);
                Proc p = in.get(rnd.nextInt(in.size()));
                tree.remove(p);
                model.remove(p);
                out.add(p);
            } else {
                Proc p = tree.pollFirst();
                assertEquals(model.pollFirst(), p);
                if (p != null) {
                    out.add(p);
                }
            }
            assertNull(tree.check());
            assertEquals(model.size(), tree.size());
            assertEquals(model.isEmpty() ? null : model.first(), tree.first());
        }
        assertEquals(new ArrayList<>(model), tree.inOrder());
    }

    @Test
    void aProcIsInOneTreeAtATime() {
        ProcTree a = new ProcTree(ProcTree.Tie.SEQ);
        ProcTree b = new ProcTree(ProcTree.Tie.SEQ);
        Proc p = new Proc(7, false, 0);
        a.add(p);
        assertThrows(IllegalStateException.class, () -> b.add(p));
        a.remove(p);
        b.add(p);
        assertEquals(List.of(p), b.inOrder());
        assertNull(a.first());
        a.remove(p);     // not in a: b keeps it
        assertEquals(List.of(p), b.inOrder());
        assertNull(b.check());
    }
}
