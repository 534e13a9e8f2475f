package miniunix.app.shell;

import java.util.List;

import miniunix.user.lib.Libc;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * The PATH search for an external command, made in the shell before it forks, as bash's
 * execute_disk_command does: the hash table first ({@link CommandHash}), else stat(2) of
 * each PATH directory in turn, the first match (not a directory) remembered. Then the job is
 * started ({@link JobFrame}) with the path found, so the child goes straight to execve, or,
 * found nowhere, reports "command not found" after its redirections, as bash's child does.
 * A name with a '/' is not searched for.
 */
final class SearchFrame extends Frame {
    private final ExecFrame exec;
    private final String text;
    private String[] dirs;
    private int nextDir;
    private String path;
    private StatBuf st = new StatBuf();

    SearchFrame(ExecFrame exec, String text) {
        this.exec = exec;
        this.text = text;
    }

    @Override
    Trap step(Shell sh, long ret) {
        String name = exec.name();
        if (path != null) {
            if (ret >= 0 && !st.isDir()) {
                sh.hash.remember(name, path, sh.vars.get("PATH"), 1);
                return start(sh, path);
            }
            path = null;
        } else if (dirs == null) {
            if (name.indexOf('/') >= 0 || name.isEmpty()) {
                return start(sh, null);
            }
            String hashed = sh.hash.use(name, sh.vars.get("PATH"));
            if (hashed != null) {
                return start(sh, hashed);
            }
            dirs = sh.vars.get("PATH").split(":", -1);
        }
        if (nextDir >= dirs.length) {
            exec.notFound();
            return start(sh, null);
        }
        String dir = dirs[nextDir++];
        path = (dir.isEmpty() ? "." : dir) + "/" + name;
        return Libc.stat(path, st);
    }

    /** The job, with the path the child execs (null: the child searches, or finds none). */
    private Trap start(Shell sh, String found) {
        if (found != null) {
            exec.found(found);
        }
        sh.pop();
        sh.push(new JobFrame(List.of(exec), false, List.of(text)));
        return null;
    }

    @Override
    Frame copy() {
        SearchFrame s = new SearchFrame((ExecFrame) exec.copy(), text);
        s.dirs = dirs == null ? null : dirs.clone();
        s.nextDir = nextDir;
        s.path = path;
        s.st = st.copy();
        return s;
    }
}
