package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Trap;

/**
 * for NAME in WORDS; do list; done: expands the words once (fields, globbing), then runs the
 * body with NAME set to each in turn. Without "in", the words are "$@". NAME keeps the last
 * value afterwards, as in bash.
 */
final class ForFrame extends LoopFrame {
    private enum Phase { START, EXPANDED, NEXT, BODY_DONE }

    private final Node.For node;
    private List<String> values = List.of();
    private int next;
    private Phase phase = Phase.START;
    /** This iteration's -x line is written, and its DEBUG trap has run. */
    private boolean announced;
    private boolean debugged;

    ForFrame(Node.For node) {
        this.node = node;
    }

    @Override
    Trap step(Shell sh, long ret) {
        switch (phase) {
            case START -> {
                sh.vars.lineno = node.line();
                start(sh);
            }
            case EXPANDED -> {
                List<String> all = new ArrayList<>();
                for (List<String> w : sh.expansion.words()) {
                    all.addAll(w);
                }
                values = List.copyOf(all);
                phase = Phase.NEXT;
            }
            case NEXT -> {
                return iterate(sh);
            }
            case BODY_DONE -> {
                bodyStatus = sh.vars.status;
                phase = Phase.NEXT;
            }
        }
        return null;
    }

    private void start(Shell sh) {
        if (!Variables.isName(node.name())) {
            sh.vars.status = 1;
            sh.pop();
            sh.error("`" + node.name() + "': not a valid identifier");
            return;
        }
        if (!node.hasIn()) {
            values = List.copyOf(sh.vars.positional());
            phase = Phase.NEXT;
            return;
        }
        List<ExpandFrame.Item> items = new ArrayList<>();
        for (Word w : node.words()) {
            items.add(new ExpandFrame.Item(w, true));
        }
        phase = Phase.EXPANDED;
        sh.push(new ExpandFrame(items));
    }

    private Trap iterate(Shell sh) {
        Trap t = charge(sh);
        if (t != null) {
            return t;
        }
        if (next < values.size() && sh.vars.isReadonly(node.name())) {
            sh.vars.status = 1;
            sh.pop();
            sh.error(node.name() + ": readonly variable");
        } else if (next < values.size() && sh.vars.isNoassign(node.name())) {
            sh.vars.status = 1;         // for GROUPS in ...: no iteration, silently (bash)
            sh.pop();
        } else if (next < values.size()) {
            if (!announced) {
                announced = true;
                if (sh.xtrace()) {          // bash: the -x line, then the DEBUG trap, then NAME=
                    Prompts.trace(sh, head() + "\n");
                    return null;
                }
            }
            if (!debugged) {
                debugged = true;
                if (DebugTrap.before(sh, head(), node.line())) {
                    return null;
                }
            }
            announced = false;
            debugged = false;
            try {
                sh.vars.set(node.name(), values.get(next++));
            } catch (Arith.Failure f) {     // an integer NAME's bad expression (declare -i)
                sh.expansionError(f.getMessage(), f.fatal);
                return null;
            }
            phase = Phase.BODY_DONE;
            sh.push(new ListFrame(node.body()));
        } else {
            sh.vars.status = bodyStatus;
            sh.pop();
        }
        return null;
    }

    /** "for NAME in WORDS" (bash's print_for_command_head): $BASH_COMMAND for an iteration. */
    private String head() {
        return Node.loopHead("for", node.name(), node.hasIn(), node.words(), true).toString();
    }

    @Override
    void nextIteration() {
        bodyStatus = 0;
        phase = Phase.NEXT;
    }

    @Override
    Frame copy() {
        ForFrame f = copyLoop(new ForFrame(node));
        f.values = values;
        f.next = next;
        f.phase = phase;
        f.announced = announced;
        f.debugged = debugged;
        return f;
    }
}
