package miniunix.app.shell;

import java.util.List;

import miniunix.user.lib.Libc;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * In a forked child: the redirections (each word expanded as it comes, in the child, as
 * bash's execute_disk_command does), then the PATH search (stat(2) each candidate; a name
 * with a '/' is used as it is), then execve. Only failures come back here: the message, and
 * $? = 127 (not found) or 126 (found but not executable) for the exit frame below.
 *
 * <p>The exec builtin ({@code builtin}) runs this in the shell itself: execve replaces the
 * shell, which first gives back the signals an interactive shell ignores (bash's
 * restore_original_signals) and takes them again if execve fails. A failure ends a
 * non-interactive shell ("exec: NAME: not found", 127), as in bash; an interactive one goes on.
 */
final class ExecFrame extends Frame {
    private enum Phase { REDIRECT, SEARCH, STATED, SIGNALS, EXECVE }

    private final List<String> argv;
    private final List<String> envp;
    private final Redirections redirections;
    /** The exec builtin: no fork around this, and its own messages. */
    private final boolean builtin;
    private StatBuf st = new StatBuf();
    private String[] dirs;
    private int nextDir;
    private String path;
    /** Set by the shell's own search before the fork ({@link SearchFrame}): execve path at once. */
    private boolean resolved;
    /** The shell's search found nothing: "command not found" after the redirections. */
    private boolean missing;
    private Phase phase = Phase.REDIRECT;

    ExecFrame(List<String> argv, List<String> envp, Redirections redirections, boolean builtin) {
        this.argv = List.copyOf(argv);
        this.envp = List.copyOf(envp);
        this.redirections = redirections;
        this.builtin = builtin;
    }

    /** The command's name, argv[0]. */
    String name() {
        return argv.get(0);
    }

    /** The shell found the command at path before forking: the child need not search. */
    void found(String file) {
        path = file;
        resolved = true;
    }

    /** The shell's search found the command nowhere. */
    void notFound() {
        missing = true;
    }

    @Override
    Trap step(Shell sh, long ret) {
        String name = argv.get(0);
        return switch (phase) {
            case REDIRECT -> redirect(sh, ret);
            case SEARCH -> search(sh, name);
            case STATED -> stated(sh, name, ret);
            case SIGNALS -> {
                phase = Phase.EXECVE;
                yield Libc.execve(path, argv, envp);
            }
            case EXECVE -> {
                Trap t = cannot(sh, Errno.strerror(ret), ret == Errno.ENOENT.ret() ? 127 : 126);
                if (builtin) {
                    sh.push(new Frame.Calls(sh.signalIgnore()));
                }
                yield t;
            }
        };
    }

    private Trap redirect(Shell sh, long ret) {
        Trap t = redirections.next(sh, ret);
        if (t != null || redirections.waiting()) {
            return t;
        }
        if (redirections.error() != null) {
            return failed(sh, redirections.report(sh), 1);
        }
        if (missing) {
            return fail(sh, name() + ": command not found", 127);
        }
        if (resolved) {
            phase = Phase.EXECVE;
            return Libc.execve(path, argv, envp);
        }
        phase = Phase.SEARCH;
        return null;
    }

    private Trap search(Shell sh, String name) {
        if (name.indexOf('/') >= 0) {
            path = name;
        } else {
            if (dirs == null) {
                dirs = sh.vars.get("PATH").split(":", -1);
            }
            if (name.isEmpty() || nextDir >= dirs.length) {
                return fail(sh, builtin ? "exec: " + name + ": not found" : name + ": command not found", 127);
            }
            String dir = dirs[nextDir++];
            path = (dir.isEmpty() ? "." : dir) + "/" + name;
        }
        phase = Phase.STATED;
        return Libc.stat(path, st);
    }

    private Trap stated(Shell sh, String name, long ret) {
        boolean explicit = name.indexOf('/') >= 0;
        if (explicit && ret < 0) {
            return cannot(sh, Errno.strerror(ret), ret == Errno.ENOENT.ret() ? 127 : 126);
        }
        if (explicit && st.isDir()) {
            return cannot(sh, "Is a directory", 126);
        }
        if (ret < 0 || st.isDir()) {
            phase = Phase.SEARCH;
            return null;
        }
        if (builtin) {
            phase = Phase.SIGNALS;
            sh.push(new Frame.Calls(sh.signalReset()));
            return null;
        }
        phase = Phase.EXECVE;
        return Libc.execve(path, argv, envp);
    }

    private Trap fail(Shell sh, String msg, int status) {
        return failed(sh, sh.errorPrefix() + msg + "\n", status);
    }

    /** As {@link #fail}, the whole report given. */
    private Trap failed(Shell sh, String report, int status) {
        sh.vars.status = status;
        sh.pop();
        if (builtin && !sh.interactive) {
            sh.exit(status);
        }
        sh.print(2, report);
        return null;
    }

    /**
     * NAME: REASON, or exec's "exec: NAME: cannot execute: REASON" when it is not a file's
     * absence; a command the shell found in PATH is named by its path, as bash names it.
     */
    private Trap cannot(Shell sh, String reason, int status) {
        String name = resolved ? path : argv.get(0);
        String what = builtin && status == 126 ? "exec: " + name + ": cannot execute: " : name + ": ";
        return fail(sh, what + reason, status);
    }

    @Override
    Frame copy() {
        ExecFrame e = new ExecFrame(argv, envp, redirections.copy(), builtin);
        e.st = st.copy();
        e.dirs = dirs == null ? null : dirs.clone();
        e.nextDir = nextDir;
        e.path = path;
        e.resolved = resolved;
        e.missing = missing;
        e.phase = phase;
        return e;
    }
}
