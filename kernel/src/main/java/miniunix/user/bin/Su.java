package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Termios;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Group;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Passwd;
import miniunix.user.lib.Proc;

/**
 * su(1) of util-linux: {@code su [-] [-l] [-s SHELL] [USER] [-c COMMAND]} runs a shell (or
 * COMMAND) as USER, root by default. Root needs no password; anyone else gives USER's
 * password, read from fd 0 with the terminal's ECHO cleared (ioctl TCGETS/TCSETS) and set
 * back after, a Ctrl-C included (every account's password on this machine is
 * {@value #PASSWORD}). su forks: the child becomes USER (its groups from /etc/group with
 * setgroups, then setgid, setuid: real, effective and saved ids) and execs USER's shell (or SHELL), as a login shell ("-sh", a fresh
 * environment, the home directory) with {@code -}, {@code -l} or {@code --login}; su waits
 * and exits with the shell's status.
 * <pre>
 *   pw = getpwnam(user); if (getuid() != 0 &amp;&amp; !pam_authenticate()) errx(1, "Authentication failure");
 *   if (fork() == 0) { initgroups(user, pw-&gt;pw_gid); setgid(pw-&gt;pw_gid); setuid(pw-&gt;pw_uid); execv(shell, ...); }
 *   waitpid(child, &amp;status, 0); exit(WEXITSTATUS(status));
 * </pre>
 * Simplified: no PAM (one password for all, no failure delay), no -m/-p/-g; the groups are
 * set in the child (util-linux sets them before it forks); -s is allowed to anyone (util-linux allows it to root, or when the target's
 * shell is listed in /etc/shells, which this machine has not).
 */
public final class Su extends Proc {
    /** The password of every account: a classroom machine. */
    static final String PASSWORD = "user";
    /** The address su gives rt_sigaction for its SIGINT handler (any number will do). */
    private static final long ON_INTERRUPT = 0x401a20;
    private static final String USAGE = """

            Usage:
             su [options] [-] [<user> [<argument>...]]

            Change the effective user ID and group ID to that of <user>.
            A mere - implies -l.  If <user> is not given, root is assumed.

            Options:
             -c, --command <command>         pass a single command to the shell with -c
             -l, --login                     make the shell a login shell
             -s, --shell <shell>             run <shell> if /etc/shells allows it

             -h, --help                      display this help
            """;
    /** util-linux su's ENV_SUPATH and ENV_PATH defaults. */
    private static final String ROOT_PATH =
            "PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin";
    private static final String USER_PATH = "PATH=/usr/local/bin:/bin:/usr/bin";
    /** util-linux's statuses for a shell that can't be run: missing, or not executable. */
    private static final int EXIT_ENOENT = 127;
    private static final int EXIT_CANNOT_INVOKE = 126;
    /** What a non-login su takes from the caller's environment, not passed on. */
    private static final List<String> RESET = List.of("HOME", "SHELL", "USER", "LOGNAME", "PATH");

    private enum Pc {
        PASSWD, GROUP, GETUID, HANDLER, TCGETS, TCSETS, READ, RESTORED, FORKED, SETGROUPS, SETGID,
        SETUID, CHDIR,
        EXEC, WAIT, DFL, GETPID, KILLED
    }

    private Pc pc = Pc.PASSWD;
    private boolean login;
    private String command;
    private String shellOpt;
    private String name = "root";
    private Passwd user;
    private Fetch passwd;
    private Fetch group;
    /** USER's groups (getgrouplist), for setgroups in the child. */
    private int[] groups;
    private byte[] line = new byte[256];
    /** The terminal's c_lflag before su cleared ECHO, or -1 if fd 0 is no terminal. */
    private long lflag = -1;
    /** What the password read returned (EINTR: Ctrl-C). */
    private long typed;
    private int child;
    private int[] status = new int[1];

    public Su(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case PASSWD: return lookUp(ret);
            case GROUP: return groups(ret);
            case GETUID: return authenticate(ret);
            case HANDLER: pc = Pc.TCGETS; return new Syscall.Ioctl(0, Syscall.Ioctl.TCGETS, 0);
            case TCGETS: return echoOff(ret);
            case TCSETS: return prompt();
            case READ: return restore(ret);
            case RESTORED: return checkPassword();
            case FORKED: return forked(ret);
            case SETGROUPS: return setgroups(ret);
            case SETGID: return setgid(ret);
            case SETUID: return setuid(ret);
            case CHDIR: return exec();
            case EXEC: return fail(ret == Errno.ENOENT.ret() ? EXIT_ENOENT : EXIT_CANNOT_INVOKE,
                    "failed to execute " + shell() + ": " + Errno.strerror(ret));
            case DFL: pc = Pc.GETPID; return new Syscall.Getpid();
            case GETPID: pc = Pc.KILLED; return new Syscall.Kill((int) ret, Signal.SIGINT.number);
            case KILLED: return exit(Wait.shellStatus(Wait.signaled(Signal.SIGINT.number, false)));
            default: return waited(ret);
        }
    }

    /** The handler of SIGINT while the password is read: it only interrupts the read. */
    @Override
    public Trap handleSignal(long handler, SigInfo info) {
        return new Syscall.RtSigreturn();
    }

    private Trap lookUp(long ret) {
        if (passwd == null) {
            Trap t = parse();
            if (t != null) {
                return t;
            }
            passwd = new Fetch(Fetch.Kind.FILE, "/etc/passwd", 0);
        }
        Trap t = passwd.next(ret);
        if (t != null) {
            return t;
        }
        user = Passwd.byName(Passwd.parse(passwd.text()), name);
        passwd = null;
        if (user == null || user.gid() < 0) {
            return fail(1, "user " + name
                    + " does not exist or the user entry does not contain all the required fields");
        }
        pc = Pc.GROUP;
        group = new Fetch(Fetch.Kind.FILE, "/etc/group", 0);
        return groups(0);
    }

    /** initgroups' list: from /etc/group, or USER's own group alone if it can't be read. */
    private Trap groups(long ret) {
        Trap t = group.next(ret);
        if (t != null) {
            return t;
        }
        List<Group> all = group.error == 0 ? Group.parse(group.text()) : List.of();
        groups = Group.grouplist(all, user.name(), user.gid());
        group = null;
        pc = Pc.GETUID;
        return new Syscall.Getuid();
    }

    /** su's command line: a lone "-" means --login; the first operand is the user. */
    private Trap parse() {
        List<String> args = new ArrayList<>(argv.size());
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            if (i > 0 && a.equals("-")) {
                login = true;
            } else {
                args.add(a);
            }
        }
        Opts o = Opts.parse(args, "c:hls:", "command=c help=h login=l shell=s");
        if (o.help || o.has('h')) {
            out.print(USAGE);
            return exit(0);
        }
        if (o.error != null) {
            err.print("su: ").print(o.error).print('\n').print(Opts.tryHelp("su")).print('\n');
            return exit(1);
        }
        login |= o.has('l');
        command = o.get('c', null);
        shellOpt = o.get('s', null);
        if (!o.operands.isEmpty()) {
            name = o.operands.get(0);
        }
        return null;
    }

    /** Root needs no password; anyone else is asked for USER's, as PAM's pam_unix does. */
    private Trap authenticate(long uid) {
        if (uid == 0) {
            return fork();
        }
        pc = Pc.HANDLER;
        return new Syscall.RtSigaction(Signal.SIGINT.number, ON_INTERRUPT, 0, 0, 0);
    }

    /** ECHO off while the password is typed; fd 0 that is no terminal is read as it is. */
    private Trap echoOff(long ret) {
        pc = Pc.TCSETS;
        if (ret < 0) {
            return prompt();
        }
        lflag = ret;
        return new Syscall.Ioctl(0, Syscall.Ioctl.TCSETS, lflag & ~Termios.ECHO);
    }

    private Trap prompt() {
        pc = Pc.READ;
        err.print("Password: ");    // written before the read, as stderr always is
        return Libc.read(0, line, 0, line.length);
    }

    private Trap restore(long ret) {
        typed = ret;
        pc = Pc.RESTORED;
        return lflag < 0 ? checkPassword() : new Syscall.Ioctl(0, Syscall.Ioctl.TCSETS, lflag);
    }

    private Trap checkPassword() {
        if (typed == Errno.EINTR.ret()) {
            // Ctrl-C: the terminal is itself again; su dies of the SIGINT, as without a handler.
            err.print("\n");
            pc = Pc.DFL;
            return new Syscall.RtSigaction(Signal.SIGINT.number, SigAction.SIG_DFL);
        }
        String text = typed <= 0 ? "" : new String(line, 0, (int) typed, StandardCharsets.UTF_8);
        text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        err.print("\n");    // the Enter the terminal did not echo
        if (!text.equals(PASSWORD)) {
            return fail(1, "Authentication failure");
        }
        return fork();
    }

    private Trap fork() {
        pc = Pc.FORKED;
        return new Syscall.Fork();
    }

    private Trap forked(long ret) {
        if (ret < 0) {
            return fail(1, "cannot create child process: " + Errno.strerror(ret));
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
            return fail(1, "cannot set groups: " + Errno.strerror(ret));
        }
        pc = Pc.SETGID;
        return new Syscall.Setgid(user.gid());
    }

    private Trap setgid(long ret) {
        if (ret < 0) {
            return fail(1, "cannot set group id: " + Errno.strerror(ret));
        }
        pc = Pc.SETUID;
        return new Syscall.Setuid(user.uid());
    }

    private Trap setuid(long ret) {
        if (ret < 0) {
            return fail(1, "cannot set user id: " + Errno.strerror(ret));
        }
        pc = Pc.CHDIR;
        return login ? Libc.chdir(user.home()) : exec();
    }

    private String shell() {
        if (shellOpt != null) {
            return shellOpt;
        }
        return user.shell().isEmpty() ? "/bin/sh" : user.shell();
    }

    private Trap exec() {
        pc = Pc.EXEC;
        String sh = shell();
        String base = sh.substring(sh.lastIndexOf('/') + 1);
        List<String> args = new ArrayList<>(List.of(login ? "-" + base : base));
        if (command != null) {
            args.add("-c");
            args.add(command);
        }
        return Libc.execve(sh, args, environment(sh));
    }

    /**
     * util-linux: a login shell gets a fresh environment (TERM kept); otherwise the caller's,
     * with HOME and SHELL set (and USER, LOGNAME for a user other than root). PATH follows
     * the target: ENV_SUPATH for root, ENV_PATH for others.
     */
    private List<String> environment(String sh) {
        List<String> env = new ArrayList<>();
        for (String e : envp) {
            String key = e.substring(0, Math.max(0, e.indexOf('=')));
            boolean reset = RESET.contains(key) && (user.uid() != 0 || !key.equals("USER") && !key.equals("LOGNAME"));
            if (login ? key.equals("TERM") : !reset) {
                env.add(e);
            }
        }
        env.add("HOME=" + user.home());
        env.add("SHELL=" + sh);
        if (login || user.uid() != 0) {
            env.add("USER=" + user.name());
            env.add("LOGNAME=" + user.name());
        }
        env.add(user.uid() == 0 ? ROOT_PATH : USER_PATH);
        return env;
    }

    private Trap waited(long ret) {
        if (ret == Errno.EINTR.ret()) {
            return Libc.wait4(child, status, 0);
        }
        return exit(ret == child ? Wait.shellStatus(status[0]) : 1);
    }

    @Override
    protected String prog() {
        return "su";
    }

    @Override
    protected void deepen() {
        passwd = passwd == null ? null : passwd.copy();
        group = group == null ? null : group.copy();
        line = line.clone();
        status = status.clone();
    }
}
