package miniunix.app.shell;

import miniunix.kernel.uapi.Trap;

/** a && b || c: runs each pipeline, or skips it, by the status the previous one left. */
final class AndOrFrame extends Frame {
    private final Node.AndOr andOr;
    private int next;

    AndOrFrame(Node.AndOr andOr) {
        this.andOr = andOr;
    }

    @Override
    Trap step(Shell sh, long ret) {
        while (next < andOr.pipelines().size()) {
            int k = next++;
            boolean run = k == 0 || (andOr.ops().get(k - 1) == Node.Connector.AND) == (sh.vars.status == 0);
            if (run) {
                sh.push(new PipelineFrame(andOr.pipelines().get(k), false));
                return null;
            }
        }
        sh.pop();
        return null;
    }

    /** set -e is ignored in every pipeline but the last. */
    @Override
    boolean ignoresErrexit() {
        return next < andOr.pipelines().size();
    }

    @Override
    Frame copy() {
        AndOrFrame a = new AndOrFrame(andOr);
        a.next = next;
        return a;
    }
}
