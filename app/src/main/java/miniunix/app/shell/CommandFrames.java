package miniunix.app.shell;

import java.util.List;

/**
 * The frame that runs each kind of command (the executor's half of {@link Node.Command}'s
 * visitor). {@code child} says the command is the whole of a forked child (a pipeline element,
 * a background job): a subshell then needs no fork of its own, and redirections need not be
 * undone.
 *
 * <p>Like bash, the shell runs compound commands itself (so a loop's variables stay set after
 * it), except ( list ), which is a forked copy of the shell, and a compound command in a
 * pipeline or in the background, which runs in that job's child.
 */
final class CommandFrames implements Node.Command.Visitor<Frame> {
    private final boolean child;

    private CommandFrames(boolean child) {
        this.child = child;
    }

    static Frame of(Node.Command c, boolean child) {
        return c.accept(new CommandFrames(child));
    }

    @Override
    public Frame simple(Node.SimpleCommand c) {
        return new SimpleFrame(c, child);
    }

    @Override
    public Frame ifCommand(Node.If c) {
        return redirected(c.redirects(), new IfFrame(c));
    }

    @Override
    public Frame loop(Node.Loop c) {
        return redirected(c.redirects(), new WhileFrame(c));
    }

    @Override
    public Frame forCommand(Node.For c) {
        return redirected(c.redirects(), new ForFrame(c));
    }

    @Override
    public Frame coproc(Node.Coproc c) {
        return new CoprocFrame(c);
    }

    @Override
    public Frame select(Node.Select c) {
        return redirected(c.redirects(), new SelectFrame(c));
    }

    @Override
    public Frame arithFor(Node.ArithFor c) {
        return redirected(c.redirects(), new ArithForFrame(c));
    }

    @Override
    public Frame caseCommand(Node.Case c) {
        return redirected(c.redirects(), new CaseFrame(c));
    }

    @Override
    public Frame function(Node.FunctionDef c) {
        return new FunctionFrame.Define(c);
    }

    @Override
    public Frame group(Node.BraceGroup c) {
        return redirected(c.redirects(), new ListFrame(c.body()));
    }

    /** ( list ): a forked child runs the list, its redirections applied in the child. */
    @Override
    public Frame subshell(Node.Subshell c) {
        Frame body = new ListFrame(c.body());
        if (!c.redirects().isEmpty()) {
            body = new RedirectFrame(c.redirects(), body, false);
        }
        return child ? body : new JobFrame(List.of(body), false, List.of(c.text()));
    }

    @Override
    public Frame arith(Node.ArithCommand c) {
        return redirected(c.redirects(), new ArithFrame(c));
    }

    @Override
    public Frame cond(Node.Cond c) {
        return redirected(c.redirects(), new CondFrame(c));
    }

    private Frame redirected(List<Node.Redirect> redirects, Frame body) {
        return redirects.isEmpty() ? body : new RedirectFrame(redirects, body, !child);
    }
}
