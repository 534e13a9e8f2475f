package miniunix.app.shell;

import java.util.List;

import miniunix.kernel.uapi.Trap;

/**
 * for ((init; test; update)); do body; done: init once, then test (an empty test is true),
 * body, update, test, ... Each expression is expanded as a string and evaluated by
 * {@link Arith}. An arithmetic error ends the loop with status 1, reported as bash does
 * ({@code ((: 1/0: division by 0 ...}).
 */
final class ArithForFrame extends LoopFrame {
    private enum Stage { INIT, TEST, UPDATE }

    private final Node.ArithFor node;
    private Stage stage = Stage.INIT;
    /** The expression of this stage is being expanded; the next step evaluates it. */
    private boolean expanding;
    /** This expression's DEBUG trap has run ({@link DebugTrap}). */
    private boolean debugged;
    /** The body is running; the next step takes its status. */
    private boolean inBody;

    ArithForFrame(Node.ArithFor node) {
        this.node = node;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (inBody) {
            inBody = false;
            bodyStatus = sh.vars.status;
        }
        if (!expanding) {
            sh.vars.lineno = node.line();
            if (stage == Stage.TEST) {
                Trap t = charge(sh);
                if (t != null) {
                    return t;
                }
            }
            if (!debugged) {
                debugged = true;
                if (DebugTrap.before(sh, "((" + expression().text() + "))", node.line())) {
                    return null;
                }
            }
            debugged = false;
            expanding = true;
            sh.push(new ExpandFrame(List.of(new ExpandFrame.Item(expression(), false))));
            return null;
        }
        expanding = false;
        String text = sh.expansion.words().get(0).get(0);
        long v;
        try {
            v = stage == Stage.TEST && text.isBlank() ? 1 : Arith.eval(text, sh.vars);
        } catch (Arith.Failure f) {
            if (f.fatal) {
                sh.expansionError(f.getMessage(), true);
                return null;
            }
            sh.vars.status = 1;
            sh.pop();
            if (!f.silent()) {
                sh.error(f.said("(("));
            }
            return null;
        }
        next(sh, v);
        if (sh.xtrace() && !text.isBlank()) {
            Prompts.trace(sh, "(( " + text.stripLeading() + " ))\n");    // bash skips leading blanks only
        }
        return null;
    }

    private Word expression() {
        return switch (stage) {
            case INIT -> node.init();
            case TEST -> node.test();
            case UPDATE -> node.update();
        };
    }

    /** After an expression: on to the test, or the body, or the end of the loop. */
    private void next(Shell sh, long value) {
        if (stage != Stage.TEST) {
            stage = Stage.TEST;
        } else if (value == 0) {
            sh.vars.status = bodyStatus;
            sh.pop();
        } else {
            stage = Stage.UPDATE;
            inBody = true;
            sh.push(new ListFrame(node.body()));
        }
    }

    @Override
    void nextIteration() {
        bodyStatus = 0;
        stage = Stage.UPDATE;
        expanding = false;
        inBody = false;
        debugged = false;
    }

    @Override
    Frame copy() {
        ArithForFrame f = copyLoop(new ArithForFrame(node));
        f.stage = stage;
        f.expanding = expanding;
        f.inBody = inBody;
        f.debugged = debugged;
        return f;
    }
}
