package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Trap;

/**
 * [time [-p]] [!] c1 | c2 | ...: a lone foreground command runs in the shell (so builtins,
 * assignments and loops change it); anything else is a job of forked processes, each
 * expanding and running its own command, compound commands included. Applies ! to the status
 * at the end, or else set -e ({@link Errexit}). A timed foreground pipeline is read a
 * {@link Stopwatch} before and after, and its times go to the shell's stderr, as bash's do.
 * Simplified: time before a background pipeline is ignored.
 */
final class PipelineFrame extends Frame {
    private final Node.Pipeline pipeline;
    private final boolean background;
    private boolean started;
    /** time: the readings before and after; null when not timed. */
    private Stopwatch before;
    private Stopwatch after;

    PipelineFrame(Node.Pipeline pipeline, boolean background) {
        this.pipeline = pipeline;
        this.background = background;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (!started) {
            if (pipeline.timing() != Node.Timing.NONE && !background) {
                before = before == null ? new Stopwatch() : before;
                Trap t = before.next();
                if (t != null) {
                    return t;
                }
            }
            started = true;
            List<Node.Command> cmds = pipeline.commands();
            if (cmds.isEmpty()) {
                sh.vars.status = 0;
                return null;
            }
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
        if (before != null) {
            after = after == null ? new Stopwatch() : after;
            Trap t = after.next();
            if (t != null) {
                return t;
            }
        }
        sh.pop();
        if (after != null) {
            String format = pipeline.timing() == Node.Timing.POSIX ? Stopwatch.POSIX_FORMAT
                    : sh.vars.value("TIMEFORMAT");
            format = format == null ? Stopwatch.BASH_FORMAT : format;
            if (!format.isEmpty()) {
                sh.print(2, Stopwatch.report(before, after, format));
            }
        }
        Node.Command only = pipeline.commands().isEmpty() ? null : pipeline.commands().get(0);
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
        p.before = before == null ? null : before.copy();
        p.after = after == null ? null : after.copy();
        return p;
    }
}
