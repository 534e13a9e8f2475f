package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Trap;

/**
 * [!] c1 | c2 | ...: a lone foreground command runs in the shell (so builtins, assignments
 * and loops change it); anything else is a job of forked processes, each expanding and
 * running its own command, compound commands included. Applies ! to the status at the end,
 * or else set -e ({@link Errexit}).
 */
final class PipelineFrame extends Frame {
    private final Node.Pipeline pipeline;
    private final boolean background;
    private boolean started;

    PipelineFrame(Node.Pipeline pipeline, boolean background) {
        this.pipeline = pipeline;
        this.background = background;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (!started) {
            started = true;
            List<Node.Command> cmds = pipeline.commands();
            if (cmds.size() == 1 && !background) {
                sh.push(CommandFrames.of(cmds.get(0), false));
            } else {
                List<Frame> bodies = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (Node.Command c : cmds) {
                    bodies.add(CommandFrames.of(c, true));
                    texts.add(c.text());
                }
                sh.push(new JobFrame(bodies, background, texts));
            }
            return null;
        }
        sh.pop();
        Node.Command only = pipeline.commands().get(0);
        if (!background && pipeline.commands().size() == 1 && (only instanceof Node.SimpleCommand
                || only instanceof Node.Subshell || only instanceof Node.ArithCommand)) {
            sh.vars.pipeStatus = new int[] {sh.vars.status};
        }
        if (pipeline.negated() && !background) {
            sh.vars.status = sh.vars.status == 0 ? 1 : 0;
        } else if (!background) {
            Errexit.check(sh, pipeline);
        }
        return null;
    }

    /** bash: set -e is ignored inside a negated pipeline. */
    @Override
    boolean ignoresErrexit() {
        return pipeline.negated();
    }

    @Override
    Frame copy() {
        PipelineFrame p = new PipelineFrame(pipeline, background);
        p.started = started;
        return p;
    }
}
