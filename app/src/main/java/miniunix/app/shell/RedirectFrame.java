package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * The redirections of a compound command ({@code done > file}, {@code } 2>/dev/null}). The
 * shell runs the command itself, so its own fds must come back afterwards, as bash's
 * redirection undo list does: each fd the redirections touch is first saved onto the lowest
 * free fd from 10 up with fcntl(F_DUPFD_CLOEXEC) ({@link Shell#savedFds} lists those in use),
 * then the redirections are
 * applied (open, dup2, close, as for a child), the body runs, and the saved fds are dup2'ed
 * back and closed. Unwinding (break, an expansion error, Ctrl-C) restores them too
 * ({@link #cleanup}). Forked children close the saved fds ({@link Shell#becomeChild}), as
 * bash's are close-on-exec.
 *
 * <p>In a forked child that runs only this command ({@code save} false) nothing needs undoing:
 * the redirections are applied and the body takes this frame's place.
 * A {NAME} redirection's fd is no fd to save: it stays open after the command.
 */
final class RedirectFrame extends Frame {
    /** The first fd saved fds go to, as bash's SHELL_FD_BASE. */
    static final int SAVE_BASE = 10;

    private enum Phase { EXPAND, EXPANDED, SAVE, SAVED, APPLY, RUN, RESTORE }

    private final List<Node.Redirect> redirects;
    private final Frame body;
    private final boolean save;
    /** The fds the redirections change, and where each was saved (-1: it was not open). */
    private int[] fds = new int[0];
    private int[] saved = new int[0];
    private int saving;
    private Redirections redirections;
    private Phase phase = Phase.EXPAND;

    RedirectFrame(List<Node.Redirect> redirects, Frame body, boolean save) {
        this.redirects = List.copyOf(redirects);
        this.body = body;
        this.save = save;
    }

    /**
     * Redirections expanded already (a simple command's, for a function call, . or eval run
     * by the shell itself): saved, applied, undone after the body.
     */
    static RedirectFrame expanded(Shell sh, List<Redirections.Target> targets, Frame body) {
        RedirectFrame r = new RedirectFrame(List.of(), body, true);
        r.prepare(sh, targets);
        return r;
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case EXPAND -> expand(sh);
            case EXPANDED -> expanded(sh);
            case SAVE -> saveNext(sh);
            case SAVED -> {
                saved[saving] = (int) Math.max(ret, -1);
                if (ret >= 0) {
                    sh.savedFds.add((int) ret);
                }
                saving++;
                phase = Phase.SAVE;
                yield null;
            }
            case APPLY -> apply(sh, ret);
            case RUN -> {
                phase = Phase.RESTORE;
                sh.push(body);
                yield null;
            }
            case RESTORE -> {
                sh.pop();
                sh.push(new Frame.Calls(restore(sh)));
                yield null;
            }
        };
    }

    private Trap expand(Shell sh) {
        List<ExpandFrame.Item> items = new ArrayList<>();
        for (Node.Redirect r : redirects) {
            items.add(Redirections.item(r));
        }
        phase = Phase.EXPANDED;
        sh.push(new ExpandFrame(items));
        return null;
    }

    /** Targets known: bash's "ambiguous redirect" unless each is one word. */
    private Trap expanded(Shell sh) {
        List<Redirections.Target> targets = new ArrayList<>();
        for (int i = 0; i < redirects.size(); i++) {
            Node.Redirect r = redirects.get(i);
            Redirections.Target t = Redirections.target(sh, r, sh.expansion.words().get(i));
            if (t == null) {
                sh.vars.status = 1;
                sh.pop();
                sh.error(Redirections.ambiguous(r) + ": ambiguous redirect");
                return null;
            }
            targets.add(t);
        }
        prepare(sh, targets);
        return null;
    }

    /** The fds to save (when saving), and on to saving them. */
    private void prepare(Shell sh, List<Redirections.Target> targets) {
        List<Integer> touched = new ArrayList<>();
        for (Redirections.Target t : targets) {
            if (t.var() != null) {
                continue;
            }
            boolean both = t.op() == Node.RedirectOp.OUT_ALL || t.op() == Node.RedirectOp.APPEND_ALL;
            for (int fd : both ? new int[] {1, 2} : new int[] {t.fd()}) {
                if (!touched.contains(fd)) {
                    touched.add(fd);
                }
            }
        }
        redirections = new Redirections(targets, true);
        if (save) {
            fds = new int[touched.size()];
            saved = new int[fds.length];
            for (int i = 0; i < fds.length; i++) {
                fds[i] = touched.get(i);
                saved[i] = -1;
            }
        }
        phase = save ? Phase.SAVE : Phase.APPLY;
    }

    private Trap saveNext(Shell sh) {
        if (saving < fds.length) {
            phase = Phase.SAVED;
            return new Syscall.Fcntl(fds[saving], Fcntl.F_DUPFD_CLOEXEC, SAVE_BASE);
        }
        phase = Phase.APPLY;
        return null;
    }

    private Trap apply(Shell sh, long ret) {
        Trap t = redirections.next(sh, ret);
        if (t != null) {
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

    /** dup2 each saved fd back and close the copy; close what was not open before. */
    private List<Syscall> restore(Shell sh) {
        List<Syscall> calls = new ArrayList<>();
        for (int i = 0; i < fds.length; i++) {
            if (saved[i] >= 0) {
                calls.add(new Syscall.Dup2(saved[i], fds[i]));
                calls.add(new Syscall.Close(saved[i]));
                sh.savedFds.remove(Integer.valueOf(saved[i]));
            } else if (i < saving) {
                calls.add(new Syscall.Close(fds[i]));
            }
        }
        fds = new int[0];
        return calls;
    }

    @Override
    void cleanup(Shell sh, List<Syscall> calls) {
        if (phase.compareTo(Phase.SAVE) >= 0) {
            calls.addAll(restore(sh));
        }
    }

    @Override
    Frame copy() {
        RedirectFrame r = new RedirectFrame(redirects, body.copy(), save);
        r.fds = fds.clone();
        r.saved = saved.clone();
        r.saving = saving;
        r.redirections = redirections == null ? null : redirections.copy();
        r.phase = phase;
        return r;
    }
}
