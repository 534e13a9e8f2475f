package miniunix.user.lib;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;

/**
 * execvp(3) as a resumable loop: the command is tried in each PATH directory in turn (once,
 * as given, when it contains a '/'), each attempt an execve trap; an attempt that returns
 * failed. The caller hands each failure back to {@link #next} until it gives null, then
 * reports {@link #error()}: the first error other than ENOENT, else ENOENT. Plain data, so a
 * program holding one stays copyable.
 */
public final class Execvp {
    private final List<String> command;
    private final List<String> envp;
    private List<String> dirs;
    private long otherError;

    public Execvp(List<String> command, List<String> envp) {
        this.command = List.copyOf(command);
        this.envp = List.copyOf(envp);
        this.dirs = command.get(0).contains("/") ? List.of("") : List.of(path(envp).split(":", -1));
    }

    /** $PATH, or glibc's default search path when it is not set. */
    public static String path(List<String> envp) {
        String path = Proc.getenv(envp, "PATH");
        return path != null ? path : "/usr/local/bin:/usr/bin:/bin";
    }

    /** The next execve to try, after a failed one returned ret (0 for the first); or null. */
    public Syscall.Execve next(long ret) {
        if (ret < 0 && ret != Errno.ENOENT.ret() && otherError == 0) {
            otherError = ret;
        }
        if (dirs.isEmpty()) {
            return null;
        }
        String dir = dirs.get(0);
        dirs = dirs.subList(1, dirs.size());
        String file = dir.isEmpty() ? command.get(0) : dir + "/" + command.get(0);
        return Libc.execve(file, command, envp);
    }

    /** The error to report once every attempt failed (-errno). */
    public long error() {
        return otherError != 0 ? otherError : Errno.ENOENT.ret();
    }

    /** The exit status for it, as the shell and env give: 127 not found, 126 not runnable. */
    public int status() {
        return otherError != 0 ? 126 : 127;
    }

    /** The command's name, for messages. */
    public String name() {
        return command.get(0);
    }
}
