package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Group;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Passwd;
import miniunix.user.lib.Proc;
import miniunix.user.lib.SessionReport;
import miniunix.user.lib.Utmp;

/**
 * login(1) as {@code login -f USER} (already authenticated): looks USER up in /etc/passwd,
 * gives the terminal on its stdin to the user (owner USER, group tty, so the user may open
 * /dev/tty1), forks, and the child becomes the user (initgroups from /etc/group, setgid, setuid, chdir
 * home) and runs the user's shell as a
 * login shell (argv[0] "-sh"); for a script run from the host, on the host's streams
 * ({@link #hostStdio}). login waits for it and exits with its status (the exit code,
 * or 128 + the signal that killed it). Its exit ends the console session.
 * <pre>
 *   pw = getpwnam(user); fchown(0, pw-&gt;pw_uid, TTY_GID);
 *   if (fork() == 0) { initgroups(user, pw-&gt;pw_gid); setgid(pw-&gt;pw_gid); setuid(pw-&gt;pw_uid); chdir(pw-&gt;pw_dir);
 *     execle(pw-&gt;pw_shell, "-sh", NULL, env); } waitpid(pid, &amp;status, 0); exit(status);
 * </pre>
 */
public final class Login extends Proc {
    private static final String FLAGS = "MINIUNIX_FLAGS=";
    static final String PATH = "PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin";

    /** Group tty in /etc/group: terminals belong to it, mode 0620 (write(1) may use them). */
    static final int TTY_GID = 5;

    private enum Pc { PASSWD, GROUP, CHOWNED, PID, STAT, CLOCK, UTMP_OPEN, UTMP_WRITE, UTMP_CLOSE, FORKED, SETGROUPS, SETGID, SETUID, CHDIR, HOST,
        EXEC, WAIT }

    /** The host's streams, by the fd each replaces (see {@link #hostStdio}). */
    private static final String[] HOST_STDIO = {"/dev/host/stdin", "/dev/host/stdout", "/dev/host/stderr"};
    private static final int[] HOST_MODES = {Fcntl.O_RDONLY, Fcntl.O_WRONLY, Fcntl.O_WRONLY};

    private Pc pc = Pc.PASSWD;
    private Fetch passwd = new Fetch(Fetch.Kind.FILE, "/etc/passwd", 0);
    private Passwd user;
    private Fetch group;
    /** The user's groups (getgrouplist), for setgroups in the child. */
    private int[] groups;
    private int child;
    private int[] status = new int[1];
    private int hostStep;
    private int pid;
    private StatBuf tty = new StatBuf();
    private long[] loginTime = new long[2];
    private int utmpFd;

    public Login(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case PASSWD: return lookUp(ret);
            case GROUP: return groups(ret);
            case CHOWNED: return getpid();
            case PID: return fstat(ret);
            case STAT: return clock(ret);
            case CLOCK: return openUtmp(ret);
            case UTMP_OPEN: return writeUtmp(ret);
            case UTMP_WRITE: return closeUtmp();
            case UTMP_CLOSE: return fork(ret);
            case FORKED: return forked(ret);
            case SETGROUPS: return setgroups(ret);
            case SETGID: return setgid(ret);
            case SETUID: return setuid(ret);
            case CHDIR: return hostStdio() ? openHost(0) : exec();
            case HOST: return openHost(ret);
            case EXEC: return fail(1, user.shell() + ": " + Errno.strerror(ret));
            default: return waited(ret);
        }
    }

    private Trap lookUp(long ret) {
        Trap t = passwd.next(ret);
        if (t != null) {
            return t;
        }
        String name = argv.size() < 2 ? "-" : argv.get(argv.size() - 1);
        if (name.startsWith("-")) {
            return fail(1, "usage: login -f USER");
        }
        user = Passwd.byName(Passwd.parse(passwd.text()), name);
        passwd = null;
        if (user == null) {
            return fail(1, "user '" + name + "' does not exist");
        }
        pc = Pc.GROUP;
        group = new Fetch(Fetch.Kind.FILE, "/etc/group", 0);
        return groups(0);
    }

    /** initgroups' list: from /etc/group, or the user's own group alone if it can't be read. */
    private Trap groups(long ret) {
        Trap t = group.next(ret);
        if (t != null) {
            return t;
        }
        List<Group> all = group.error == 0 ? Group.parse(group.text()) : List.of();
        groups = Group.grouplist(all, user.name(), user.gid());
        group = null;
        pc = Pc.CHOWNED;
        return new Syscall.Fchown(0, user.uid(), TTY_GID);
    }

    // The session's utmp record, as login(1) writes it before starting the shell, so that
    // who counts (top's "1 user") see the user. A failure is no reason to refuse the login.

    private Trap getpid() {
        pc = Pc.PID;
        return new Syscall.Getpid();
    }

    private Trap fstat(long ret) {
        pid = (int) ret;
        pc = Pc.STAT;
        return Libc.fstat(0, tty);
    }

    private Trap clock(long ret) {
        if (ret < 0 || tty.rdevMajor() == 0) {
            tty = null;
        }
        pc = Pc.CLOCK;
        return Libc.clockGettime(Syscall.ClockGettime.CLOCK_REALTIME, loginTime);
    }

    private Trap openUtmp(long ret) {
        if (ret < 0 || tty == null) {
            return fork(0);
        }
        pc = Pc.UTMP_OPEN;
        return Libc.open(Utmp.PATH, Fcntl.O_WRONLY | Fcntl.O_APPEND, 0);
    }

    private Trap writeUtmp(long ret) {
        if (ret < 0) {
            return fork(0);
        }
        utmpFd = (int) ret;
        byte[] r = Utmp.userProcess(pid, SessionReport.ttyName(tty.rdev), user.name(),
                loginTime[0], loginTime[1] / 1000);
        pc = Pc.UTMP_WRITE;
        return Libc.write(utmpFd, r, 0, r.length);
    }

    private Trap closeUtmp() {
        pc = Pc.UTMP_CLOSE;
        return new Syscall.Close(utmpFd);
    }

    /** A terminal that can't be given away (stdin is not one, or login is not root) is kept. */
    private Trap fork(long ret) {
        pc = Pc.FORKED;
        return new Syscall.Fork();
    }

    private Trap forked(long ret) {
        if (ret < 0) {
            return fail(1, "fork: " + Errno.strerror(ret));
        }
        if (ret == 0) {
            pc = Pc.SETGROUPS;
            return Libc.setgroups(groups);
        }
        child = (int) ret;
        pc = Pc.WAIT;
        return Libc.wait4(child, status, 0);
    }

    private Trap setgroups(long ret) {
        if (ret < 0) {
            return fail(1, "setgroups: " + Errno.strerror(ret));
        }
        pc = Pc.SETGID;
        return new Syscall.Setgid(user.gid());
    }

    private Trap setgid(long ret) {
        if (ret < 0) {
            return fail(1, "setgid: " + Errno.strerror(ret));
        }
        pc = Pc.SETUID;
        return new Syscall.Setuid(user.uid());
    }

    private Trap setuid(long ret) {
        if (ret < 0) {
            return fail(1, "setuid: " + Errno.strerror(ret));
        }
        pc = Pc.CHDIR;
        return Libc.chdir(user.home());
    }

    /**
     * The boot flag h (MINIUNIX_FLAGS, set by the launcher's script mode): the login shell's
     * fds 0-2 are the host's streams, /dev/host/stdin, stdout and stderr, while the terminal
     * stays the session's, as sshd gives `ssh host CMD` the client's streams and no pty.
     */
    private boolean hostStdio() {
        for (String e : envp) {
            if (e.startsWith(FLAGS) && e.indexOf('h', FLAGS.length()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Close(fd), then the Open of the host stream that takes its number, for fds 0, 1, 2. */
    private Trap openHost(long ret) {
        if (pc == Pc.HOST && ret < 0) {
            return fail(1, HOST_STDIO[(hostStep - 1) / 2] + ": " + Errno.strerror(ret));
        }
        pc = Pc.HOST;
        int fd = hostStep / 2;
        if (fd == HOST_STDIO.length) {
            return exec();
        }
        return hostStep++ % 2 == 0 ? new Syscall.Close(fd) : Libc.open(HOST_STDIO[fd], HOST_MODES[fd], 0);
    }

    private Trap exec() {
        pc = Pc.EXEC;
        String shell = user.shell().isEmpty() ? "/bin/sh" : user.shell();
        String base = shell.substring(shell.lastIndexOf('/') + 1);
        return Libc.execve(shell, List.of("-" + base), environment(shell));
    }

    /**
     * The login shell's environment: the user's, plus what the launcher asks of the login
     * shell (MINIUNIX_FLAGS, empty when login has none, and MINIUNIX_ARGV: the commands and
     * arguments of a script run from the host, as sshd hands `ssh host CMD` to the user's
     * shell), when login has them; and the launcher's --color choice, as NO_COLOR or
     * CLICOLOR_FORCE (user.lib.Color).
     */
    List<String> environment(String shell) {
        String home = user.home();
        List<String> env = new ArrayList<>(List.of("HOME=" + home, "USER=" + user.name(),
                "LOGNAME=" + user.name(), "SHELL=" + shell, PATH, "TERM=linux", "PWD=" + home));
        boolean flags = false;
        for (String e : envp) {
            if (e.startsWith(FLAGS) || e.startsWith("MINIUNIX_ARGV")
                    || e.startsWith("NO_COLOR=") || e.startsWith("CLICOLOR_FORCE=")) {
                env.add(e);
                flags |= e.startsWith(FLAGS);
            }
        }
        if (!flags) {
            env.add(FLAGS);     // the console's shell is as the launcher says: not probed
        }
        return env;
    }

    private Trap waited(long ret) {
        if (ret == -Errno.EINTR.number) {
            return Libc.wait4(child, status, 0);
        }
        return exit(ret == child ? Wait.shellStatus(status[0]) : 1);
    }

    @Override
    protected void deepen() {
        passwd = passwd == null ? null : passwd.copy();
        group = group == null ? null : group.copy();
        status = status.clone();
        loginTime = loginTime.clone();
        if (tty != null) {
            StatBuf t = new StatBuf();
            t.rdev = tty.rdev;
            tty = t;
        }
    }
}
