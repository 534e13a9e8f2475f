package miniunix.kernel.mm.replace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The indexed heap against a linear scan, over seeded random adds, removes and updates. */
class KeyHeapTest {
    @Test
    void topIsAlwaysTheHighestRankedKey() {
        int n = 64;
        long[] rank = new long[n];
        boolean[] in = new boolean[n];
        KeyHeap heap = new KeyHeap(n, (a, b) -> rank[a] > rank[b] || rank[a] == rank[b] && a > b);
        Random random = new Random(7);
        for (int step = 0; step < 20_000; step++) {
            int k = random.nextInt(n);
            if (!in[k]) {
                rank[k] = random.nextInt(50);
                heap.add(k);
                in[k] = true;
            } else if (random.nextBoolean()) {
                heap.remove(k);
                in[k] = false;
            } else {
                rank[k] = random.nextInt(50);
                heap.update(k);
            }
            int best = -1;
            for (int j = 0; j < n; j++) {
                if (in[j] && (best < 0 || rank[j] > rank[best] || rank[j] == rank[best] && j > best)) {
                    best = j;
                }
            }
            if (best >= 0) {
                assertEquals(best, heap.top(), "step " + step);
            }
        }
    }
}
