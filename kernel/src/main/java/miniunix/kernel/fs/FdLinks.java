package miniunix.kernel.fs;

import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;

/**
 * Linux's links to open files, the "magic links" of fs/proc/fd.c: /proc/PID/fd/N (and so
 * /dev/fd/N, /dev/stdin, /dev/stdout and /dev/stderr, symbolic links that lead there), which
 * open the file the fd has open rather than a path, and whose readlink(2) is that file's name.
 *
 * <p>Opening one gives the file of that fd: a regular file or a device is opened anew with
 * the flags given (so {@code > /dev/stdout} on a file truncates it, as on Linux), a pipe, a
 * directory or a /proc file is shared with the fd (a new fd for the same open file, as dup).
 * A closed fd, or a process that is gone, is ENOENT; another user's process EACCES.
 *
 * <p>Simplified: a path through one ("/proc/self/fd/3/x") is not followed into the directory
 * the fd has open.
 */
final class FdLinks {
    private FdLinks() {
    }

    /** The open file abs (a resolved path) names for p, or null when abs is no fd link. */
    static OpenFile target(Kernel k, Proc p, String abs) {
        if (!abs.startsWith("/proc/")) {
            return null;
        }
        int slash = abs.indexOf('/', "/proc/".length());
        if (slash < 0 || !abs.startsWith("/fd/", slash)) {
            return null;
        }
        int fd = number(abs.substring(slash + "/fd/".length()));
        String who = abs.substring("/proc/".length(), slash);
        int pid = who.equals("self") ? p.pid : number(who);
        if (fd < 0 || pid < 0) {
            return null;
        }
        Proc owner = pid == p.pid ? p : k.procs().get(pid);
        if (owner == null || !owner.isAlive()) {
            throw new SyscallError(Errno.ENOENT);
        }
        if (p.uid != 0 && p.uid != owner.uid) {
            throw new SyscallError(Errno.EACCES);
        }
        return fileOf(owner, fd);
    }

    /**
     * What readlink(2) of such a link gives (fs/d_path.c): the file's path, with " (deleted)"
     * once unlinked; {@code pipe:[INO]} for a pipe.
     */
    static String name(OpenFile f) {
        if (f instanceof PipeEnd) {
            StatBuf st = new StatBuf();
            f.stat(st);
            return "pipe:[" + st.ino + "]";
        }
        if (f instanceof RegularFile r && r.inode.nlink == 0) {
            return r.path + " (deleted)";
        }
        return f.path.isEmpty() ? "/" : f.path;
    }

    private static OpenFile fileOf(Proc p, int fd) {
        if (fd >= p.fds.length || p.fds[fd] == null) {
            throw new SyscallError(Errno.ENOENT);
        }
        return p.fds[fd];
    }

    /** A decimal fd or pid, or -1 if s is not one. */
    private static int number(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(s);
    }
}
