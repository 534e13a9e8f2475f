package miniunix.user.bin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * pstree's drawing, after psmisc's dump_tree() in ASCII mode (not a UTF-8 terminal): a node's
 * first child continues its line ("---" for an only child, "-+-" for the first of several),
 * later children start new lines under it ("|-", and "`-" for the last), and "| " carries the
 * line of an ancestor that has more children below. Children are sorted by name, then pid
 * (-n: by pid). When compacting (no -p, no -c), identical sibling subtrees are merged into
 * {@code N*[subtree]}.
 */
final class TreeDraw {
    /** A process in the tree. */
    record Node(int pid, String name, List<Node> children) {
    }

    private final boolean showPids;
    private final boolean compact;
    private final StringBuilder out = new StringBuilder();
    /** Per level: the label width and whether the node there has siblings below it. */
    private int[] width = new int[64];
    private boolean[] more = new boolean[64];

    private TreeDraw(boolean showPids, boolean compact) {
        this.showPids = showPids;
        this.compact = compact;
    }

    /** The tree under root pid built from rows (pid, ppid, name), or null if root is absent. */
    static Node build(List<PsRow> rows, int root, boolean byPid) {
        Map<Integer, List<PsRow>> byParent = new HashMap<>();
        PsRow top = null;
        for (PsRow r : rows) {
            top = r.pid() == root ? r : top;
            if (r.pid() != r.ppid()) {
                byParent.computeIfAbsent(r.ppid(), k -> new ArrayList<>()).add(r);
            }
        }
        return top == null ? null : node(top, byParent, byPid);
    }

    private static Node node(PsRow r, Map<Integer, List<PsRow>> byParent, boolean byPid) {
        List<Node> kids = new ArrayList<>();
        for (PsRow k : byParent.getOrDefault(r.pid(), List.of())) {
            kids.add(node(k, byParent, byPid));
        }
        Comparator<Node> byNumber = Comparator.comparingInt(Node::pid);
        kids.sort(byPid ? byNumber : Comparator.comparing(Node::name).thenComparing(byNumber));
        return new Node(r.pid(), r.comm(), List.copyOf(kids));
    }

    /** The drawing of the tree, one line per leaf. */
    static String draw(Node root, boolean showPids, boolean compact) {
        TreeDraw d = new TreeDraw(showPids, compact);
        d.dump(root, 0, 1, true, true, 0);
        return d.out.toString();
    }

    private void dump(Node n, int level, int rep, boolean leaf, boolean last, int closing) {
        if (level >= width.length) {
            width = Arrays.copyOf(width, level * 2);
            more = Arrays.copyOf(more, level * 2);
        }
        if (!leaf) {
            indent(level, last);
        }
        int start = out.length();
        if (rep > 1) {
            out.append(rep).append("*[");
        }
        out.append(n.name());
        if (showPids) {
            out.append('(').append(n.pid()).append(')');
        }
        width[level] = out.length() - start;
        if (n.children().isEmpty()) {
            out.append("]".repeat(closing)).append('\n');
            return;
        }
        more[level] = !last;
        children(n, level, closing);
    }

    private void children(Node n, int level, int closing) {
        List<Node> kids = n.children();
        boolean first = true;
        for (int i = 0; i < kids.size(); ) {
            int count = 1;
            while (compact && i + count < kids.size() && same(kids.get(i), kids.get(i + count))) {
                count++;
            }
            boolean lastKid = i + count == kids.size();
            if (first) {
                out.append(lastKid ? "---" : "-+-");
            }
            dump(kids.get(i), level + 1, count, first, lastKid,
                    (lastKid ? closing : 0) + (count > 1 ? 1 : 0));
            first = false;
            i += count;
        }
    }

    private void indent(int level, boolean last) {
        for (int lvl = 0; lvl < level; lvl++) {
            out.append(" ".repeat(width[lvl] + 1));
            if (lvl == level - 1) {
                out.append(last ? "`-" : "|-");
            } else {
                out.append(more[lvl + 1] ? "| " : "  ");
            }
        }
    }

    /** psmisc's tree_equal: same names, same shape. */
    private static boolean same(Node a, Node b) {
        if (!a.name().equals(b.name()) || a.children().size() != b.children().size()) {
            return false;
        }
        for (int i = 0; i < a.children().size(); i++) {
            if (!same(a.children().get(i), b.children().get(i))) {
                return false;
            }
        }
        return true;
    }
}
