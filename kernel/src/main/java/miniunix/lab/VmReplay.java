package miniunix.lab;

import java.util.List;
import java.util.Locale;
import miniunix.kernel.Rng;
import miniunix.kernel.mm.replace.Policy;
import miniunix.lab.vm.Replay;

/**
 * vm replay: one process touches a string of pages with N frames, over the kernel's own
 * replacement policies (EXPERIMENTS.md section 5, OSTEP's paging-policy.py).
 * <pre>
 *   vm replay --policy fifo|lru|opt|unopt|mru|clock|random --frames N --refs P1,P2,...
 *             [--seed S] [--json]
 * </pre>
 * The table shows, per reference, hit or miss, the page evicted and the resident pages in
 * the policy's order; the last line the totals and the hit rate (hits over references, as a
 * percentage to two decimals, as paging-policy.py's FINALSTATS). {@code --seed} (default 0)
 * seeds the kernel's generator ({@link Rng}) for {@code random}, an addition to the contract.
 */
public final class VmReplay implements LabCommand {
    private static final String PROG = "vm replay";
    private static final int MAX_PAGE = Integer.MAX_VALUE;
    private static final double PERCENT = 100.0;

    @Override
    public Output run(List<String> args, boolean tty) {
        try {
            LabOpts o = LabOpts.parse(args, List.of("policy", "frames", "refs", "seed"),
                    List.of("json"));
            if (!o.operands().isEmpty()) {
                throw new BadInput("unexpected argument '" + o.operands().get(0) + "'");
            }
            Policy policy = policy(o);
            int frames = (int) required(o, "frames", 1, Integer.MAX_VALUE);
            if (!o.has("refs")) {
                throw new BadInput("--refs is required (for example 1,2,3,1)");
            }
            long[] given = o.longs("refs", null, 0, MAX_PAGE);
            int[] refs = new int[given.length];
            for (int i = 0; i < refs.length; i++) {
                refs[i] = (int) given[i];
            }
            long seed = o.number("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE);
            Replay counts = new Replay(policy, frames, refs, new Rng(seed));
            counts.run();
            Replay trace = new Replay(policy, frames, refs, new Rng(seed));
            return Output.ok(o.has("json") ? json(policy, frames, counts, trace)
                    : table(policy, frames, counts, trace));
        } catch (BadInput e) {
            return Output.fail(PROG, e.getMessage());
        }
    }

    private static Policy policy(LabOpts o) {
        if (!o.has("policy")) {
            throw new BadInput("--policy is required (fifo, lru, opt, unopt, mru, clock, random)");
        }
        String name = o.get("policy", "");
        return Policy.parse(name).orElseThrow(() -> new BadInput("unknown policy '" + name
                + "' (fifo, lru, opt, unopt, mru, clock, random)"));
    }

    private static long required(LabOpts o, String name, long min, long max) {
        if (!o.has(name)) {
            throw new BadInput("--" + name + " is required");
        }
        return o.number(name, 0, min, max);
    }

    private static String json(Policy policy, int frames, Replay counts, Replay trace) {
        Json j = new Json().beginObject();
        j.key("policy").value(policy.label()).key("frames").value(frames);
        j.key("hits").value(counts.hits()).key("misses").value(counts.misses());
        j.key("trace").beginArray();
        int[] resident = new int[trace.frames()];
        int[] scratch = new int[trace.frames()];
        while (trace.hasNext()) {
            trace.step();
            j.beginObject().key("page").value(trace.page()).key("hit").value(trace.hit());
            j.key("evicted");
            if (trace.evicted() == Replay.NONE) {
                j.value((String) null);
            } else {
                j.value(trace.evicted());
            }
            j.key("resident").beginArray();
            int n = trace.resident(resident, scratch);
            for (int i = 0; i < n; i++) {
                j.value(resident[i]);
            }
            j.endArray().endObject();
        }
        return j.endArray().endObject().toString();
    }

    private static String table(Policy policy, int frames, Replay counts, Replay trace) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%6s  %-8s  %7s  Resident (%s)%n", "Access", "Hit/Miss", "Evicted",
                legend(policy)));
        int[] resident = new int[trace.frames()];
        int[] scratch = new int[trace.frames()];
        while (trace.hasNext()) {
            trace.step();
            String evicted = trace.evicted() == Replay.NONE ? "-"
                    : Integer.toString(trace.evicted());
            sb.append(String.format("%6d  %-8s  %7s  [", trace.page(), trace.hit() ? "hit" : "miss",
                    evicted));
            int n = trace.resident(resident, scratch);
            for (int i = 0; i < n; i++) {
                sb.append(i > 0 ? ", " : "").append(resident[i]);
            }
            sb.append("]\n");
        }
        long total = counts.hits() + counts.misses();
        // paging-policy.py's %.2f: the exact binary value, half to even (Fixed).
        String rate = Fixed.format(PERCENT * counts.hits() / total, 2);
        sb.append(String.format(Locale.ROOT, "%s, %d frame%s: %d hits, %d misses, hit rate %s%%%n",
                policy.label(), frames, frames == 1 ? "" : "s", counts.hits(), counts.misses(),
                rate));
        return sb.toString();
    }

    /** How the resident list is ordered, for the table's header. */
    private static String legend(Policy policy) {
        return switch (policy) {
            case FIFO -> "first in -> last in";
            case LRU, MRU -> "least -> most recently used";
            case OPT, UNOPT, RANDOM -> "in load order";
            case CLOCK -> "in frame order";
        };
    }
}
