package miniunix.app.shell;

import miniunix.kernel.uapi.Trap;

/**
 * if c1; then b1; elif c2; then b2; else e; fi: runs the conditions in turn until one gives
 * status 0, then puts that branch's body in its own place. With no branch taken (and no else)
 * the status is 0, as POSIX says.
 */
final class IfFrame extends Frame {
    private final Node.If node;
    /** The condition being tested, or about to be. */
    private int branch;
    private boolean testing;

    IfFrame(Node.If node) {
        this.node = node;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (testing) {
            testing = false;
            if (sh.vars.status == 0) {
                sh.replace(new ListFrame(node.bodies().get(branch)));
                return null;
            }
            branch++;
        }
        if (branch < node.conditions().size()) {
            testing = true;
            sh.push(new ListFrame(node.conditions().get(branch)));
        } else if (!node.orElse().items().isEmpty()) {
            sh.replace(new ListFrame(node.orElse()));
        } else {
            sh.vars.status = 0;
            sh.pop();
        }
        return null;
    }

    /** set -e is ignored in the conditions. */
    @Override
    boolean ignoresErrexit() {
        return testing;
    }

    @Override
    Frame copy() {
        IfFrame f = new IfFrame(node);
        f.branch = branch;
        f.testing = testing;
        return f;
    }
}
