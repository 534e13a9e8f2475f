package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * Runs a list item by item. A background item whose and-or list is one pipeline becomes a
 * background job of its own processes; a longer and-or list runs in a forked subshell, as
 * bash does for {@code a && b &}. When an item is over, the process substitutions made while
 * it ran are closed ({@code cat <(ls)}'s /dev/fd/63; bash's close_new_fifos after each command).
 */
final class ListFrame extends Frame {
    private final Node.CommandList list;
    private int next;
    /** How many process substitution fds the shell had when the current item began; -1 before one. */
    private int mark = -1;

    ListFrame(Node.CommandList list) {
        this.list = list;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (mark >= 0 && sh.procSubstFds.size() > mark) {
            sh.push(new Frame.Calls(closeSince(sh, mark)));
            return null;
        }
        if (sh.runPendingTrap()) {     // between two commands: a caught signal's trap runs
            return null;
        }
        if (next >= list.items().size()) {
            sh.pop();
            return null;
        }
        Node.Item item = list.items().get(next++);
        mark = sh.procSubstFds.size();
        Node.AndOr andOr = item.andOr();
        if (!item.background() && andOr.pipelines().size() == 1) {
            // An and-or list of one pipeline: its AndOrFrame would only push it and pop itself.
            sh.push(new PipelineFrame(andOr.pipelines().get(0), false));
        } else if (!item.background()) {
            sh.push(new AndOrFrame(andOr));
        } else if (andOr.pipelines().size() == 1) {
            sh.push(new PipelineFrame(andOr.pipelines().get(0), true));
        } else {
            sh.push(new JobFrame(List.of(new AndOrFrame(andOr)), true, List.of(andOr.text())));
        }
        return null;
    }

    /** close(2) of the process substitution fds made since mark; the shell forgets them. */
    static List<Syscall> closeSince(Shell sh, int mark) {
        List<Syscall> closes = new ArrayList<>();
        for (int i = mark; i < sh.procSubstFds.size(); i++) {
            closes.add(new Syscall.Close(sh.procSubstFds.get(i)));
        }
        sh.procSubstFds.subList(mark, sh.procSubstFds.size()).clear();
        return closes;
    }

    @Override
    void cleanup(Shell sh, List<Syscall> calls) {
        if (mark >= 0 && sh.procSubstFds.size() > mark) {
            calls.addAll(closeSince(sh, mark));
        }
    }

    @Override
    Frame copy() {
        ListFrame l = new ListFrame(list);
        l.next = next;
        l.mark = mark;
        return l;
    }
}
