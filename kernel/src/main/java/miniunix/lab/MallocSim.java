package miniunix.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import miniunix.user.lib.Malloc;
import miniunix.user.lib.Malloc.Chunk;
import miniunix.user.lib.Malloc.Config;
import miniunix.user.lib.Malloc.Fit;
import miniunix.user.lib.Malloc.Order;

/**
 * malloc sim: a list of allocations and frees on a fresh heap, run by the user library's own
 * allocator ({@link Malloc}), with malloc.py's figures and quirks (EXPERIMENTS.md section 6).
 * <pre>
 *   malloc sim --policy first|next|best|worst --order addr|size-asc|size-desc|insert-front|
 *              insert-back [--coalesce] --heap SIZE --base ADDR --header BYTES --align BYTES
 *              --ops +10,+20,-0,... [--json]
 * </pre>
 * {@code +N} allocates N bytes as allocation number 0, 1, 2, ...; {@code -K} frees
 * allocation K. What an index means is the simulator's, kept here: an index remembers the
 * address it got, only successful allocations count towards which indexes may be freed. The
 * table ends with the free space: chunks, bytes, the largest chunk and the external
 * fragmentation, 1 - largest / free (the share of free bytes a request as large as all of
 * them could not use).
 */
public final class MallocSim implements LabCommand {
    private static final String PROG = "malloc sim";
    /** malloc.py's defaults. */
    private static final long HEAP = 100;
    private static final long BASE = 1000;
    private static final long NO_ALIGN = -1;
    /** Sizes and addresses stay far from overflow: 2^48, a 48-bit address space. */
    private static final long MAX = 1L << 48;
    private static final double PERCENT = 100.0;

    /** One +N or -K. */
    private record Op(boolean alloc, long n) {
    }

    @Override
    public Output run(List<String> args, boolean tty) {
        try {
            LabOpts o = LabOpts.parse(args, List.of("policy", "order", "heap", "base", "header",
                    "align", "ops"), List.of("coalesce", "json"));
            if (!o.operands().isEmpty()) {
                throw new BadInput("unexpected argument '" + o.operands().get(0) + "'");
            }
            String fitName = o.get("policy", "best");
            Fit fit = Fit.parse(fitName).orElseThrow(() -> new BadInput("unknown policy '"
                    + fitName + "' (first, next, best, worst)"));
            String orderName = o.get("order", "addr");
            Order order = Order.parse(orderName).orElseThrow(() -> new BadInput("unknown order '"
                    + orderName + "' (addr, size-asc, size-desc, insert-front, insert-back)"));
            long heap = o.number("heap", HEAP, 0, MAX);
            long base = o.number("base", BASE, 0, MAX);
            long header = o.number("header", 0, 0, MAX);
            long align = o.number("align", NO_ALIGN, NO_ALIGN, MAX);
            if (!o.has("ops")) {
                throw new BadInput("--ops is required (for example +10,+20,-0)");
            }
            List<Op> ops = ops(o.get("ops", ""));
            Config config = new Config(fit, order, o.has("coalesce"), header, align);
            Sim sim = new Sim(new Malloc(config, base, heap));
            if (o.has("json")) {
                sim.json.beginObject().key("policy").value(fit.label()).key("order")
                        .value(order.label()).key("coalesce").value(config.coalesce())
                        .key("heap").value(heap).key("base").value(base).key("header")
                        .value(header).key("align").value(align).key("ops").beginArray();
            }
            for (Op op : ops) {
                sim.run(op);
            }
            return Output.ok(o.has("json") ? sim.finishJson() : sim.finishTable());
        } catch (BadInput e) {
            return Output.fail(PROG, e.getMessage());
        }
    }

    /** "+10,-0,..." into ops: +N with N >= 0, -K with K >= 0. */
    private static List<Op> ops(String text) {
        List<Op> ops = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            if (!item.matches("[+-][0-9]{1,15}")) {
                throw new BadInput("--ops: bad operation '" + item
                        + "' (each is +SIZE to allocate or -INDEX to free)");
            }
            ops.add(new Op(item.charAt(0) == '+', Long.parseLong(item.substring(1))));
        }
        return ops;
    }

    /** The simulation's state: the heap, each allocation's address, and the output so far. */
    private static final class Sim {
        private final Malloc heap;
        private final Json json = new Json();
        private final List<String[]> rows = new ArrayList<>();
        /** Per allocation index: the address it returned, or FAILED. */
        private final List<Long> ptrs = new ArrayList<>();
        private int successes;

        Sim(Malloc heap) {
            this.heap = heap;
        }

        void run(Op op) {
            if (op.alloc()) {
                alloc(op.n());
            } else {
                free(op.n());
            }
        }

        private void alloc(long size) {
            if (heap.chunkSize(size) <= 0) {
                throw new BadInput("--ops: +" + size + " with no header is an empty chunk");
            }
            int index = ptrs.size();
            long ptr = heap.alloc(size);
            ptrs.add(ptr);
            if (ptr != Malloc.FAILED) {
                successes++;
            }
            json.beginObject().key("op").value("alloc").key("index").value(index).key("size")
                    .value(size).key("ptr").value(ptr).key("searched").value(heap.searched());
            String failed = ptr == Malloc.FAILED ? " (failed)" : "";
            row("+" + size, "ptr[" + index + "] = " + ptr + failed + ", searched "
                    + heap.searched());
        }

        private void free(long index) {
            json.beginObject().key("op").value("free").key("index").value(index);
            if (index >= successes) {
                json.key("skipped").value(true);
                row("-" + index, "skipped (" + successes + " allocated)");
                return;
            }
            long ptr = ptrs.get((int) index);
            long result = ptr == Malloc.FAILED ? Malloc.FAILED : heap.release(ptr);
            json.key("result").value(result);
            row("-" + index, "free(ptr[" + index + "]) = " + result);
        }

        /** Ends the op's JSON object with the free list, and adds its table row. */
        private void row(String op, String result) {
            json.key("freeList");
            freeList(json);
            json.endObject();
            StringBuilder list = new StringBuilder();
            for (Chunk c : heap.freeList()) {
                list.append(list.length() > 0 ? " " : "").append(c.addr()).append(':')
                        .append(c.size());
            }
            rows.add(new String[] {op, result, list.toString()});
        }

        private void freeList(Json j) {
            j.beginArray();
            for (Chunk c : heap.freeList()) {
                j.beginArray().value(c.addr()).value(c.size()).endArray();
            }
            j.endArray();
        }

        String finishJson() {
            json.endArray().key("freeList");
            freeList(json);
            return json.endObject().toString();
        }

        String finishTable() {
            int opWidth = "Op".length();
            int resultWidth = "Result".length();
            for (String[] r : rows) {
                opWidth = Math.max(opWidth, r[0].length());
                resultWidth = Math.max(resultWidth, r[1].length());
            }
            String format = "%-" + opWidth + "s  %-" + resultWidth + "s  %s";
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(format, "Op", "Result", "Free list (addr:size)")).append('\n');
            for (String[] r : rows) {
                sb.append(String.format(format, r[0], r[1], r[2]).stripTrailing()).append('\n');
            }
            return sb.append(summary()).toString();
        }

        private String summary() {
            Config c = heap.config();
            long free = heap.freeBytes();
            long largest = heap.largestFree();
            int chunks = heap.freeList().size();
            double fragmentation = free == 0 ? 0 : PERCENT * (free - largest) / free;
            return String.format(Locale.ROOT, "%s fit, %s order, %s: %d free chunk%s, %d bytes"
                    + " free, largest %d, fragmentation %s%%%n", c.fit().label(),
                    c.order().label(), c.coalesce() ? "coalescing" : "no coalescing", chunks,
                    chunks == 1 ? "" : "s", free, largest, Fixed.format(fragmentation, 1));
        }
    }
}
