package miniunix.user.bin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ps --forest (and BSD f, -H): the selected rows as trees, as procps's show_forest draws
 * them. A row whose parent is not selected starts a tree (trees come in descending order of
 * (ppid, pid), so kthreadd's before init's); children follow their parent in pid order, each prefixed by one 4-character piece per level: {@code " \_ "} for itself, and
 * for each ancestor level {@code " |  "} while that ancestor has later siblings, else
 * four blanks. Children of pid 1 stay at its level, as procps shows adopted processes.
 */
final class PsForest {
    private final List<PsRow> rows = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();

    private PsForest() {
    }

    static PsForest of(List<PsRow> selected) {
        Map<Integer, List<PsRow>> children = new HashMap<>();
        Set<Integer> pids = new HashSet<>();
        for (PsRow r : selected) {
            pids.add(r.pid());
        }
        for (PsRow r : selected) {
            if (pids.contains(r.ppid()) && r.ppid() != r.pid()) {
                children.computeIfAbsent(r.ppid(), k -> new ArrayList<>()).add(r);
            }
        }
        List<PsRow> roots = new ArrayList<>();
        for (PsRow r : selected) {
            if (!pids.contains(r.ppid()) || r.ppid() == r.pid()) {
                roots.add(r);
            }
        }
        // procps sorts by ppid, then pid, and looks for roots from the end of that list.
        roots.sort((a, b) -> a.ppid() != b.ppid() ? Integer.compare(b.ppid(), a.ppid())
                : Integer.compare(b.pid(), a.pid()));
        PsForest f = new PsForest();
        for (PsRow r : roots) {
            f.tree(r, children, new StringBuilder(), 0, false);
        }
        return f;
    }

    /** Adds r and its subtree; path holds the ancestors' pieces ('|' or ' ') by level. */
    private void tree(PsRow r, Map<Integer, List<PsRow>> children, StringBuilder path,
                      int level, boolean sibling) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < level - 1; i++) {
            p.append(path.charAt(i) == '|' ? " |  " : "    ");
        }
        if (level > 0) {
            p.append(" \\_ ");
        }
        rows.add(r);
        prefixes.add(p.toString());
        List<PsRow> kids = children.getOrDefault(r.pid(), List.of());
        if (level > 0) {
            path.setLength(level - 1);
            path.append(sibling ? '|' : ' ');
        }
        for (int i = 0; i < kids.size(); i++) {
            boolean more = i + 1 < kids.size();
            boolean adopted = r.pid() == 1;
            int next = adopted ? level : level + 1;
            tree(kids.get(i), children, path, next, more);
            path.setLength(Math.min(path.length(), Math.max(0, level)));
        }
    }

    int size() {
        return rows.size();
    }

    PsRow row(int i) {
        return rows.get(i);
    }

    /** The piece drawn before row i's command. */
    String prefix(int i) {
        return prefixes.get(i);
    }
}
