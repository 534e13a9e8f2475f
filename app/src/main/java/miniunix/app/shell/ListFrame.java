package miniunix.app.shell;

import java.util.List;

import miniunix.kernel.uapi.Trap;

/**
 * Runs a list item by item. A background item whose and-or list is one pipeline becomes a
 * background job of its own processes; a longer and-or list runs in a forked subshell, as
 * bash does for {@code a && b &}.
 */
final class ListFrame extends Frame {
    private final Node.CommandList list;
    private int next;

    ListFrame(Node.CommandList list) {
        this.list = list;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (sh.runPendingTrap()) {     // between two commands: a caught signal's trap runs
            return null;
        }
        if (next >= list.items().size()) {
            sh.pop();
            return null;
        }
        Node.Item item = list.items().get(next++);
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

    @Override
    Frame copy() {
        ListFrame l = new ListFrame(list);
        l.next = next;
        return l;
    }
}
