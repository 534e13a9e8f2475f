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
    /** A job's simple commands whose DEBUG trap has run in the shell, before the forks. */
    private int announced;
    /** The ERR trap has been looked at, after the status. */
    private boolean errChecked;
    /** time: the readings before and after; null when not timed. */
    private Stopwatch before;
    private Stopwatch after;
    /** The time report has been made (or was not asked for). */
    private boolean reported;

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
            List<Node.Command> cmds = pipeline.commands();
            if (cmds.isEmpty()) {
                started = true;
                sh.vars.status = 0;
                return null;
            }
            if ((cmds.size() > 1 || background) && announce(sh, cmds)) {
                return null;
            }
            started = true;
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
        if (before != null && after == null) {
            after = new Stopwatch();
        }
        if (after != null && !reported) {
            Trap t = after.next();
            if (t != null) {
                return t;
            }
            reported = true;
            String format = pipeline.timing() == Node.Timing.POSIX ? Stopwatch.POSIX_FORMAT
                    : sh.vars.value("TIMEFORMAT");
            format = format == null ? Stopwatch.BASH_FORMAT : format;
            if (!format.isEmpty()) {
                sh.print(2, Stopwatch.report(before, after, format));
                return null;
            }
        }
        if (!errChecked) {
            errChecked = true;
            Node.Command only = pipeline.commands().isEmpty() ? null : pipeline.commands().get(0);
            if (!background && pipeline.commands().size() == 1 && (only instanceof Node.SimpleCommand
                    || only instanceof Node.Subshell || only instanceof Node.ArithCommand)) {
                sh.vars.pipeStatus = new int[] {sh.vars.status};
            }
            if (!background && errTrapDue(sh)) {
                if (only instanceof Node.Subshell sub && sh.trapTable.depth == 0) {
                    // bash names the ( list ) it forked, when an ERR trap may want it
                    sh.vars.command = sub.text();
                    sh.vars.lineno = sub.line();
                }
                if (TrapFrame.pushOwn(sh, TrapTable.ERR, sh.vars.status)) {
                    return null;
                }
            }
        }
        sh.pop();
        if (pipeline.negated() && !background) {
            sh.vars.status = sh.vars.status == 0 ? 1 : 0;
        } else if (!background) {
            Errexit.check(sh, pipeline);
        }
        return null;
    }

    /**
     * A job's simple commands, in order, as bash's parent shell meets each before it forks:
     * $BASH_COMMAND becomes the command's and the DEBUG trap runs (true: a trap was pushed).
     */
    private boolean announce(Shell sh, List<Node.Command> cmds) {
        while (announced < cmds.size()) {
            if (cmds.get(announced++) instanceof Node.SimpleCommand c) {
                if (sh.trapTable.depth == 0) {
                    sh.vars.command = c.text();
                }
                sh.vars.lineno = c.line();
                if (TrapFrame.pushOwn(sh, TrapTable.DEBUG, sh.vars.status)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the ERR trap is due: the status is not 0 where set -e would end the shell (the
     * same rules, bash's run_error_trap calls beside its ERREXIT jumps), ! aside.
     */
    private boolean errTrapDue(Shell sh) {
        int status = sh.vars.status;
        return status != 0 && !pipeline.negated() && Errexit.counts(pipeline) && !sh.errexitIgnored();
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
        p.announced = announced;
        p.errChecked = errChecked;
        p.reported = reported;
        p.before = before == null ? null : before.copy();
        p.after = after == null ? null : after.copy();
        return p;
    }
}
