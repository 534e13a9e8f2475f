package miniunix.app.shell;

import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * In a forked child: the redirections, then the PATH search (stat(2) each candidate; a name
 * with a '/' is used as it is), then execve. Only failures come back here: the message, and
 * $? = 127 (not found) or 126 (found but not executable) for the exit frame below.
 */
final class ExecFrame extends Frame {
    private enum Phase { REDIRECT, SEARCH, STATED, EXECVE }

    private final List<String> argv;
    private final List<String> envp;
    private final Redirections redirections;
    private StatBuf st = new StatBuf();
    private String[] dirs;
    private int nextDir;
    private String path;
    private Phase phase = Phase.REDIRECT;

    ExecFrame(List<String> argv, List<String> envp, Redirections redirections) {
        this.argv = List.copyOf(argv);
        this.envp = List.copyOf(envp);
        this.redirections = redirections;
    }

    @Override
    Trap step(Shell sh, long ret) {
        String name = argv.get(0);
        return switch (phase) {
            case REDIRECT -> redirect(sh, ret);
            case SEARCH -> search(sh, name);
            case STATED -> stated(sh, name, ret);
            case EXECVE -> fail(sh, name + ": " + Errno.strerror(ret), ret == Errno.ENOENT.ret() ? 127 : 126);
        };
    }

    private Trap redirect(Shell sh, long ret) {
        Trap t = redirections.next(ret);
        if (t != null) {
            return t;
        }
        if (redirections.error() != null) {
            return fail(sh, redirections.error(), 1);
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
                return fail(sh, name + ": command not found", 127);
            }
            String dir = dirs[nextDir++];
            path = (dir.isEmpty() ? "." : dir) + "/" + name;
        }
        phase = Phase.STATED;
        return new Syscall.Stat(path, st);
    }

    private Trap stated(Shell sh, String name, long ret) {
        boolean explicit = name.indexOf('/') >= 0;
        if (explicit && ret < 0) {
            return fail(sh, name + ": " + Errno.strerror(ret), ret == Errno.ENOENT.ret() ? 127 : 126);
        }
        if (explicit && st.isDir()) {
            return fail(sh, name + ": Is a directory", 126);
        }
        if (ret < 0 || st.isDir()) {
            phase = Phase.SEARCH;
            return null;
        }
        phase = Phase.EXECVE;
        return new Syscall.Execve(path, argv, envp);
    }

    private Trap fail(Shell sh, String msg, int status) {
        sh.vars.status = status;
        sh.pop();
        sh.error(msg);
        return null;
    }

    @Override
    Frame copy() {
        ExecFrame e = new ExecFrame(argv, envp, redirections.copy());
        e.st = st.copy();
        e.dirs = dirs == null ? null : dirs.clone();
        e.nextDir = nextDir;
        e.path = path;
        e.phase = phase;
        return e;
    }
}
