package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Report;

/**
 * pstree(1) of psmisc: the process tree from /proc, rooted at init or at the PID given, drawn
 * with ASCII lines as when the output is not a UTF-8 terminal (see {@link TreeDraw}).
 * -p shows pids (and merges nothing), -n sorts by pid, -c merges nothing. A PID that does not
 * exist prints nothing, as psmisc 23.6.
 * <pre>
 *   read_proc(); sort_by_name(); dump_tree(find_proc(pid), 0, 1, 1, 1, 0, 0);
 * </pre>
 */
public final class Pstree extends Report {
    private static final String USAGE = "Usage: pstree [-cnpA] [PID]\n"
            + "Display a tree of processes.\n\n"
            + "  -A, --ascii         use ASCII line drawing characters\n"
            + "  -c, --compact-not   don't compact identical subtrees\n"
            + "  -n, --numeric-sort  sort output by PID\n"
            + "  -p, --show-pids     show PIDs; implies -c\n";

    private boolean showPids;
    private boolean noCompact;
    private boolean byPid;
    private int root = 1;
    private ArrayList<PsRow> rows = new ArrayList<>();

    public Pstree(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        Opts o = Opts.parse(argv, "cnpA");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return status;
        }
        String pid = o.operands.isEmpty() ? "1" : o.operands.get(0);
        if (o.operands.size() > 1 || !pid.matches("[0-9]{1,9}")) {
            err.print(USAGE);
            return 1;
        }
        showPids = o.has('p');
        noCompact = o.has('c') || showPids;
        byPid = o.has('n');
        root = Integer.parseInt(pid);
        fetch(Fetch.Kind.DIR, "/proc", -1);
        return -1;
    }

    @Override
    protected void got(Fetch f) {
        if (f.tag >= 0) {
            PsRow r = f.error == 0 ? PsRow.parse(f.data, f.length) : null;
            if (r != null) {
                rows.add(r);
            }
            return;
        }
        for (String name : f.names) {
            if (PsRow.pidOf(name) >= 0) {
                fetch(Fetch.Kind.FILE, "/proc/" + name + "/stat", PsRow.pidOf(name));
            }
        }
    }

    @Override
    protected int report() {
        try {
            TreeDraw.Node top = TreeDraw.build(rows, root, byPid);
            out.print(top == null ? "" : TreeDraw.draw(top, showPids, !noCompact));
            return 0;
        } catch (StackOverflowError e) {
            // Drawing recurses once per level: a chain of thousands of nested processes.
            err.print(prog()).print(": tree too deep to draw\n");
            return 1;
        }
    }

    @Override
    protected void deepenReport() {
        rows = new ArrayList<>(rows);
    }
}
