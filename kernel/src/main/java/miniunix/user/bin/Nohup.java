package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Execvp;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Libc;

/**
 * nohup(1) of coreutils 9.1: {@code nohup COMMAND [ARG]...} runs COMMAND with SIGHUP ignored,
 * so it outlives the terminal's hangup. As nohup.c: a terminal on stdin is replaced by
 * /dev/null opened for writing (a read fails), a terminal on stdout by 'nohup.out' (appended,
 * mode 0600), else '$HOME/nohup.out', and a terminal on stderr by stdout; each with its
 * one-line notice on the terminal ("ignoring input and appending output to 'nohup.out'").
 * 125 for its own errors, 126/127 when COMMAND can't be run or found, else COMMAND's status.
 *
 * <p>Simplified: after a failed execve the message goes to /dev/tty when stderr was a terminal
 * (nohup.c keeps a close-on-exec copy of the old stderr; miniunix has no fcntl(F_DUPFD_CLOEXEC)).
 */
public final class Nohup extends Proc {
    private static final String USAGE = "Usage: nohup COMMAND [ARG]...\n"
            + "  or:  nohup OPTION\n"
            + "Run COMMAND, ignoring hangup signals.\n\n"
            + "      --help        display this help and exit\n"
            + "      --version     output version information and exit\n\n"
            + "If standard input is a terminal, redirect it from an unreadable file.\n"
            + "If standard output is a terminal, append output to 'nohup.out' if possible,\n"
            + "'$HOME/nohup.out' otherwise.\n"
            + "If standard error is a terminal, redirect it to standard output.\n"
            + "To save output to FILE, use 'nohup COMMAND > FILE'.\n\n"
            + "NOTE: your shell may have its own version of nohup, which usually supersedes\n"
            + "the version described here.  Please refer to your shell's documentation\n"
            + "for details about the options it supports.\n";
    private static final int FAILED = 125;
    private static final String OUT_FILE = "nohup.out";
    private static final int OUT_FLAGS = Fcntl.O_CREAT | Fcntl.O_WRONLY | Fcntl.O_APPEND;
    private static final int OUT_MODE = 0600;

    private enum Pc { START, TTY_OUT, TTY_ERR, TTY_CHECKED, NULL_IN, REDIRECT_OUT, UMASK_SET, OPEN_OUT,
        OPEN_HOME, REDIRECT_ERR, ERR_DUP, EXEC, TTY_REOPEN, TTY_DUP, CALLS }

    private Pc pc = Pc.START;
    private List<String> command = List.of();
    private boolean ignoringInput;
    private boolean redirectingStdout;
    private boolean redirectingStderr;
    /** stdout is closed (EBADF from isatty): nohup.out is opened, nothing is redirected. */
    private boolean stdoutClosed;
    private int outFd = 1;
    private int umaskBefore;
    private long openError;
    private String file = OUT_FILE;
    private Execvp exec;
    /** Calls made in a row, results unchecked (dup2 then close), before going on at then. */
    private List<Syscall> calls = List.of();
    private Pc then;

    public Nohup(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START:
                return start();
            case TTY_OUT:
                ignoringInput = ret >= 0;
                pc = Pc.TTY_ERR;
                return isatty(1);
            case TTY_ERR:
                redirectingStdout = ret >= 0;
                stdoutClosed = ret == Errno.EBADF.ret();
                pc = Pc.TTY_CHECKED;
                return isatty(2);
            case TTY_CHECKED:
                redirectingStderr = ret >= 0;
                if (ignoringInput) {
                    pc = Pc.NULL_IN;
                    return Libc.open("/dev/null", Fcntl.O_WRONLY, 0);
                }
                return redirectOutput();
            case NULL_IN:
                if (ret < 0) {
                    return fail(FAILED, "failed to render standard input unusable: " + Errno.strerror(ret));
                }
                if (!redirectingStdout && !redirectingStderr) {
                    notice("ignoring input");
                }
                return ret == 0 ? redirectOutput() : moveFd((int) ret, 0, Pc.REDIRECT_OUT);
            case REDIRECT_OUT:
                return redirectOutput();
            case UMASK_SET:
                umaskBefore = (int) ret;
                pc = Pc.OPEN_OUT;
                return Libc.open(file, OUT_FLAGS, OUT_MODE);
            case OPEN_OUT:
                return openedOut(ret);
            case OPEN_HOME:
                return openedHome(ret);
            case REDIRECT_ERR:
                return redirectError();
            case ERR_DUP:
                if (ret < 0) {
                    return fail(FAILED, "failed to redirect standard error: " + Errno.strerror(ret));
                }
                return ignoreHangup();
            case EXEC:
                return execFailed(ret);
            case TTY_REOPEN:
                if (ret < 0) {
                    return exit(exec.status());
                }
                pc = Pc.TTY_DUP;
                return new Syscall.Dup2((int) ret, 2);
            case TTY_DUP:
                failedToRun();
                return exit(exec.status());
            case CALLS:
                if (!calls.isEmpty()) {
                    Syscall c = calls.get(0);
                    calls = calls.subList(1, calls.size());
                    return c;
                }
                pc = then;
                return step(ret);   // the last call's result: EXEC wants the execve's
            default:
                throw new AssertionError(pc);
        }
    }

    private Trap start() {
        if (argv.size() > 1 && argv.get(1).equals("--help")) {
            out.print(USAGE);
            return exit(0);
        }
        if (argv.size() > 1 && argv.get(1).equals("--version")) {
            out.print("nohup (GNU coreutils) 9.1\n");
            return exit(0);
        }
        int first = 1;
        if (first < argv.size() && argv.get(first).equals("--")) {
            first++;
        } else if (first < argv.size() && argv.get(first).startsWith("-") && argv.get(first).length() > 1) {
            String a = argv.get(first);
            return fail(FAILED, (a.startsWith("--") ? "unrecognized option '" + a + "'"
                    : "invalid option -- '" + a.charAt(1) + "'") + "\nTry 'nohup --help' for more information.");
        }
        if (first >= argv.size()) {
            return fail(FAILED, "missing operand\nTry 'nohup --help' for more information.");
        }
        command = List.copyOf(argv.subList(first, argv.size()));
        pc = Pc.TTY_OUT;
        return isatty(0);
    }

    /** isatty(fd): ioctl(TCGETS) succeeds on a terminal; EBADF if fd is closed. */
    private static Trap isatty(int fd) {
        return new Syscall.Ioctl(fd, Syscall.Ioctl.TCGETS, 0);
    }

    /** dup2(fd, to) and close(fd), then on at next. */
    private Trap moveFd(int fd, int to, Pc next) {
        calls = List.of(new Syscall.Dup2(fd, to), new Syscall.Close(fd));
        then = next;
        pc = Pc.CALLS;
        return step(0);
    }

    /**
     * A terminal on stdout (or on stderr with stdout closed): append to nohup.out, created
     * under umask(~0600) so it is exactly rw-------.
     */
    private Trap redirectOutput() {
        if (!redirectingStdout && !(redirectingStderr && stdoutClosed)) {
            return redirectError();
        }
        pc = Pc.UMASK_SET;
        return new Syscall.Umask(~OUT_MODE & 0777);
    }

    private Trap openedOut(long ret) {
        if (ret >= 0) {
            return place((int) ret);
        }
        openError = ret;
        String home = getenv("HOME");
        if (home == null) {
            perror("failed to open '" + file + "'", ret);
            return exit(FAILED);
        }
        file = home.endsWith("/") ? home + OUT_FILE : home + "/" + OUT_FILE;
        pc = Pc.OPEN_HOME;
        return Libc.open(file, OUT_FLAGS, OUT_MODE);
    }

    private Trap openedHome(long ret) {
        if (ret < 0) {
            perror("failed to open '" + OUT_FILE + "'", openError);
            perror("failed to open '" + file + "'", ret);
            return exit(FAILED);
        }
        return place((int) ret);
    }

    /**
     * The file is open: the umask comes back, the notice is shown, and the file becomes stdout
     * (when stdout was the terminal); stderr's turn comes next.
     */
    private Trap place(int fd) {
        notice(ignoringInput ? "ignoring input and appending output to '" + file + "'"
                : "appending output to '" + file + "'");
        List<Syscall> c = new java.util.ArrayList<>();
        c.add(new Syscall.Umask(umaskBefore));
        if (redirectingStdout && fd != 1) {
            c.add(new Syscall.Dup2(fd, 1));
            c.add(new Syscall.Close(fd));
            fd = 1;
        }
        outFd = fd;
        calls = List.copyOf(c);
        then = Pc.REDIRECT_ERR;
        pc = Pc.CALLS;
        return step(0);
    }

    /** A terminal on stderr: it becomes a copy of the (new) stdout. */
    private Trap redirectError() {
        if (!redirectingStderr) {
            return ignoreHangup();
        }
        if (!redirectingStdout) {
            notice(ignoringInput ? "ignoring input and redirecting stderr to stdout"
                    : "redirecting stderr to stdout");
        }
        pc = Pc.ERR_DUP;
        return new Syscall.Dup2(outFd, 2);
    }

    /** signal(SIGHUP, SIG_IGN), then execvp(COMMAND): the ignored signal survives the exec. */
    private Trap ignoreHangup() {
        exec = new Execvp(command, envp);
        calls = List.of(new Syscall.RtSigaction(Signal.SIGHUP.number, Syscall.RtSigaction.SIG_IGN),
                exec.next(0));
        then = Pc.EXEC;
        pc = Pc.CALLS;
        return step(0);
    }

    private Trap execFailed(long ret) {
        Trap t = exec.next(ret);
        if (t != null) {
            pc = Pc.EXEC;
            return t;
        }
        if (redirectingStderr) {
            pc = Pc.TTY_REOPEN;     // back to the terminal for the message
            return Libc.open("/dev/tty", Fcntl.O_WRONLY, 0);
        }
        failedToRun();
        return exit(exec.status());
    }

    private void failedToRun() {
        perror("failed to run command '" + command.get(0) + "'", exec.error());
    }

    private void notice(String msg) {
        err.print(prog()).print(": ").print(msg).print('\n');
    }
}
