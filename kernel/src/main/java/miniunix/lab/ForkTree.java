package miniunix.lab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import miniunix.lab.fork.ForkMachine;
import miniunix.lab.fork.Reparent;

/**
 * forktree: process trees from fork and exit (EXPERIMENTS.md section 4, OSTEP's fork.py) on a
 * fresh kernel's real processes.
 * <pre>
 *   forktree --actions a+b,b+c,c- [--flatten | --local-reparent] [--leaf-only] [--json]
 * </pre>
 */
public final class ForkTree implements LabCommand {
    private static final String PROG = "forktree";
    private static final String USAGE =
            "Usage: forktree --actions a+b,b+c,c- [--flatten | --local-reparent] [--leaf-only]\n"
            + "                [--json]\n"
            + "Forks and exits real processes of a fresh kernel (OSTEP's fork.py); a is init.\n"
            + "  --actions LIST    X+Y: X forks Y; X-: X exits\n"
            + "  --flatten         show fork.py's default: every descendant of an exiting\n"
            + "                    process moves to a\n"
            + "  --local-reparent  orphans go to the nearest living ancestor (child subreapers)\n"
            + "  --leaf-only       only a process without children may exit\n"
            + "  --json            one JSON object instead of the trees\n";
    private static final String FLATTEN_NOTE = "note: --flatten shows every descendant of an"
            + " exiting process as a child of a, as OSTEP's fork.py does; the kernel (like Linux)"
            + " gives only the direct children to init.";

    @Override
    public Output run(List<String> args, boolean tty) {
        if (args.contains("--help")) {
            return Output.ok(USAGE);
        }
        try {
            LabOpts o = LabOpts.parse(args, List.of("actions"),
                    List.of("flatten", "local-reparent", "leaf-only", "json"));
            if (!o.operands().isEmpty()) {
                throw new BadInput("unexpected argument '" + o.operands().get(0) + "'");
            }
            if (!o.has("actions") || o.get("actions", "").isEmpty()) {
                throw new BadInput("--actions is required (for example a+b,b+c,b-)");
            }
            if (o.has("flatten") && o.has("local-reparent")) {
                throw new BadInput("--flatten and --local-reparent exclude each other");
            }
            Reparent rule = o.has("flatten") ? Reparent.FLATTEN
                    : o.has("local-reparent") ? Reparent.LOCAL : Reparent.INIT;
            ForkMachine m = new ForkMachine(rule, o.has("leaf-only"));
            List<ForkMachine.Step> steps = new ArrayList<>();
            for (String action : o.get("actions", "").split(",", -1)) {
                steps.add(m.apply(action));
            }
            return Output.ok(o.has("json") ? json(steps, m.tree()) : text(rule, steps));
        } catch (BadInput e) {
            return Output.fail(PROG, e.getMessage());
        }
    }

    private static String json(List<ForkMachine.Step> steps, Map<String, List<String>> tree) {
        Json j = new Json().beginObject().key("steps").beginArray();
        for (ForkMachine.Step s : steps) {
            j.beginObject().key("action").value(s.action()).key("ok").value(s.ok()).key("tree");
            tree(j, s.tree());
            j.endObject();
        }
        j.endArray().key("tree");
        tree(j, tree);
        Map<String, String> parent = new HashMap<>();
        for (Map.Entry<String, List<String>> e : tree.entrySet()) {
            for (String c : e.getValue()) {
                parent.put(c, e.getKey());
            }
        }
        j.key("parent").beginObject();
        for (String p : tree.keySet()) {
            if (parent.containsKey(p)) {
                j.key(p).value(parent.get(p));
            }
        }
        return j.endObject().endObject().toString();
    }

    private static void tree(Json j, Map<String, List<String>> tree) {
        j.beginObject();
        for (Map.Entry<String, List<String>> e : tree.entrySet()) {
            j.key(e.getKey()).strings(e.getValue());
        }
        j.endObject();
    }

    private static String text(Reparent rule, List<ForkMachine.Step> steps) {
        StringBuilder sb = new StringBuilder();
        if (rule == Reparent.FLATTEN) {
            sb.append(FLATTEN_NOTE).append('\n');
        }
        sb.append("Process tree:\n");
        draw(sb, Map.of(ForkMachine.ROOT, List.of()), ForkMachine.ROOT, "", "");
        for (ForkMachine.Step s : steps) {
            sb.append('\n').append("Action: ").append(describe(s)).append('\n');
            draw(sb, s.tree(), ForkMachine.ROOT, "", "");
        }
        return sb.toString();
    }

    /** fork.py's wording: "a forks b", "b EXITS", "b EXITS (failed: has children)". */
    private static String describe(ForkMachine.Step s) {
        String a = s.action();
        if (a.endsWith("-")) {
            String x = a.substring(0, a.length() - 1);
            return s.ok() ? x + " EXITS" : x + " EXITS (failed: has children)";
        }
        int plus = a.indexOf('+');
        return a.substring(0, plus) + " forks " + a.substring(plus + 1);
    }

    /** Draws the subtree of p as tree(1) does, with "├── " and "└── " under rails. */
    private static void draw(StringBuilder sb, Map<String, List<String>> tree, String p,
            String lead, String rails) {
        sb.append(lead).append(p).append('\n');
        List<String> children = tree.get(p);
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            draw(sb, tree, children.get(i), rails + (last ? "└── " : "├── "),
                    rails + (last ? "    " : "│   "));
        }
    }
}
