package miniunix.kernel.fs;

import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.Errno;

/**
 * Linux's links to open files: /dev/stdin, /dev/stdout and /dev/stderr (udev's links to
 * /proc/self/fd/0, 1, 2), /dev/fd/N (a link to /proc/self/fd) and /proc/PID/fd/N, the
 * "magic links" of fs/proc/fd.c, which open the file the fd has open rather than a path.
 *
 * <p>Opening one gives the file of that fd: a regular file or a device is opened anew with
 * the flags given (so {@code > /dev/stdout} on a file truncates it, as on Linux), a pipe, a
 * directory or a /proc file is shared with the fd (a new fd for the same open file, as dup).
 * A closed fd, or a process that is gone, is ENOENT; another user's process EACCES.
 *
 * <p>Simplified: they are resolved by name, so they are not listed in /dev nor in a
 * /proc/PID/fd directory, and a path through them ("/dev/fd/3/x") is not one of them.
 */
final class FdLinks {
    private static final String DEV_FD = "/dev/fd/";

    private FdLinks() {
    }

    /** The open file abs names for p, or null when abs is none of these links. */
    static OpenFile target(Kernel k, Proc p, String abs) {
        switch (abs) {
            case "/dev/stdin": return fileOf(p, 0);
            case "/dev/stdout": return fileOf(p, 1);
            case "/dev/stderr": return fileOf(p, 2);
            default: break;
        }
        if (abs.startsWith(DEV_FD)) {
            int fd = number(abs.substring(DEV_FD.length()));
            return fd < 0 ? null : fileOf(p, fd);
        }
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
