package miniunix.app.shell;

import miniunix.kernel.uapi.Trap;

/** while list; do list; done (and until, the test negated): test, body, test, ... */
final class WhileFrame extends LoopFrame {
    private enum Phase { TEST, TESTED, BODY_DONE }

    private final Node.Loop loop;
    private Phase phase = Phase.TEST;

    WhileFrame(Node.Loop loop) {
        this.loop = loop;
    }

    @Override
    Trap step(Shell sh, long ret) {
        switch (phase) {
            case TEST -> {
                Trap t = charge(sh);
                if (t != null) {
                    return t;
                }
                phase = Phase.TESTED;
                sh.push(new ListFrame(loop.condition()));
            }
            case TESTED -> {
                if ((sh.vars.status == 0) != loop.until()) {
                    phase = Phase.BODY_DONE;
                    sh.push(new ListFrame(loop.body()));
                } else {
                    sh.vars.status = bodyStatus;
                    sh.pop();
                }
            }
            case BODY_DONE -> {
                bodyStatus = sh.vars.status;
                phase = Phase.TEST;
            }
        }
        return null;
    }

    /** set -e is ignored in the condition. */
    @Override
    boolean ignoresErrexit() {
        return phase == Phase.TESTED;
    }

    @Override
    void nextIteration() {
        bodyStatus = 0;
        phase = Phase.TEST;
    }

    @Override
    Frame copy() {
        WhileFrame w = copyLoop(new WhileFrame(loop));
        w.phase = phase;
        return w;
    }
}
