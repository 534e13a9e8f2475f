package miniunix.app.shell;

import java.util.List;

import miniunix.kernel.uapi.Trap;

/**
 * (( expression )): expands the expression as a string (unless it is literal text, as
 * {@code (( i++ ))} is), evaluates it ({@link Arith}); status 0
 * if the value is not zero, else 1. An arithmetic error is reported as bash does
 * ({@code ((: 1/0: division by 0 ...}), status 1, and the script goes on: unlike $((...)),
 * the command fails without stopping anything.
 */
final class ArithFrame extends Frame {
    private final Node.ArithCommand node;
    private boolean expanded;
    /** $BASH_COMMAND is this command's, and the DEBUG trap has run ({@link DebugTrap}). */
    private boolean debugged;

    ArithFrame(Node.ArithCommand node) {
        this.node = node;
    }

    @Override
    Trap step(Shell sh, long ret) {
        String text;
        if (!expanded) {
            if (!debugged) {
                debugged = true;
                if (DebugTrap.before(sh, "((" + node.expression().text() + "))", node.line())) {
                    return null;
                }
            }
            expanded = true;
            sh.vars.lineno = node.line();
            text = ExpandFrame.literal(node.expression(), false);
            if (text == null) {
                ExpandFrame x = new ExpandFrame(List.of(new ExpandFrame.Item(node.expression(), false)));
                if (!x.expandInCaller(sh)) {
                    sh.push(x);
                    return null;
                }
                if (x.failed()) {
                    return null;
                }
                text = sh.expansion.words().get(0).get(0);
            }
        } else {
            text = sh.expansion.words().get(0).get(0);
        }
        sh.pop();
        try {
            sh.vars.status = Arith.eval(text, sh.vars) != 0 ? 0 : 1;
        } catch (Arith.Failure f) {
            if (f.fatal) {
                sh.expansionError(f.getMessage(), true);
                return null;
            }
            sh.vars.status = 1;
            if (!f.silent()) {
                sh.error(f.said("(("));
            }
        }
        if (sh.xtrace()) {
            Prompts.trace(sh, "(( " + text + " ))\n");     // as written, spaces and all (bash)
        }
        return null;
    }

    @Override
    Frame copy() {
        ArithFrame a = new ArithFrame(node);
        a.expanded = expanded;
        a.debugged = debugged;
        return a;
    }
}
