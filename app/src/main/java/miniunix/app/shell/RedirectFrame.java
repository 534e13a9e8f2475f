package miniunix.app.shell;

import java.util.List;

import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * The redirections of a compound command ({@code done > file}, {@code } 2>/dev/null}) or of
 * a function call, . or eval. The shell runs the command itself, so its own fds must come
 * back afterwards, as bash's redirection undo list does: each fd a redirection touches is
 * first saved onto the lowest free fd from 10 up with fcntl(F_DUPFD_CLOEXEC) ({@link
 * Shell#savedFds} lists those in use), just before that redirection is applied (its word
 * expanded, then open, dup2, close, as for a child: {@link Redirections}); the body runs, and
 * the saved fds are dup2'ed back and closed. Unwinding (break, an expansion error, Ctrl-C)
 * restores them too ({@link #cleanup}). Forked children close the saved fds ({@link
 * Shell#becomeChild}), as bash's are close-on-exec.
 *
 * <p>In a forked child that runs only this command ({@code save} false) nothing needs undoing:
 * the redirections are applied and the body takes this frame's place.
 * A {NAME} redirection's fd is no fd to save: it stays open after the command.
 */
final class RedirectFrame extends Frame {
    /** The first fd saved fds go to, as bash's SHELL_FD_BASE. */
    static final int SAVE_BASE = 10;

    private enum Phase { APPLY, RUN, RESTORE }

    private final List<Node.Redirect> redirects;
    private final Frame body;
    private final boolean save;
    private Redirections redirections;
    private Phase phase = Phase.APPLY;

    RedirectFrame(List<Node.Redirect> redirects, Frame body, boolean save) {
        this.redirects = List.copyOf(redirects);
        this.body = body;
        this.save = save;
        this.redirections = new Redirections(redirects, true, save);
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case APPLY -> apply(sh, ret);
            case RUN -> {
                phase = Phase.RESTORE;
                sh.push(body);
                yield null;
            }
            case RESTORE -> {
                sh.pop();
                sh.push(new Frame.Calls(redirections.restore(sh)));
                yield null;
            }
        };
    }

    private Trap apply(Shell sh, long ret) {
        Trap t = redirections.next(sh, ret);
        if (t != null || redirections.waiting()) {
            return t;
        }
        if (redirections.error() != null) {
            sh.vars.status = 1;
            phase = Phase.RESTORE;
            sh.print(2, redirections.report(sh));
        } else if (save) {
            phase = Phase.RUN;
        } else {
            sh.replace(body);
        }
        return null;
    }

    @Override
    void cleanup(Shell sh, List<Syscall> calls) {
        calls.addAll(redirections.restore(sh));
    }

    @Override
    Frame copy() {
        RedirectFrame r = new RedirectFrame(redirects, body.copy(), save);
        r.redirections = redirections.copy();
        r.phase = phase;
        return r;
    }
}
