package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * coproc [NAME] command, as bash 5.2's execute_coproc: two pipes (each end moved to the highest
 * free fd below 64, bash's sh_openpipe, so the first coprocess has 63 and 60), then the command
 * is forked as a background job ({@link JobFrame}) whose stdin is one pipe and stdout the
 * other; the shell keeps the other ends, close-on-exec, and sets NAME to the array (read end,
 * write end) and NAME_PID to the pid, as $! too.
 *
 * <pre>
 *   sh_openpipe(rpipe); sh_openpipe(wpipe);
 *   if ((pid = make_child(...)) == 0) { close(rpipe[0]); close(wpipe[1]); run with wpipe[0], rpipe[1]; }
 *   close(rpipe[1]); close(wpipe[0]); SET_CLOSE_ON_EXEC(rpipe[0]); SET_CLOSE_ON_EXEC(wpipe[1]);
 * </pre>
 *
 * <p>The shell knows one coprocess at a time, as bash without MULTIPLE_COPROCS: starting another
 * while it has an open fd of the last one warns (`execute_coproc: coproc [PID:NAME] still
 * exists`) and forgets it, the new one starting all the same. When the shell reaps its process
 * the coprocess is marked dead, and disposed of when bash would (its coproc_reap): NAME and
 * NAME_PID are unset and the fds it still holds closed ({@link #reap}).
 */
final class CoprocFrame extends Frame {
    /** bash's sh_openpipe moves each pipe end below this fd, to the highest one free. */
    private static final int HIGH_FD = 64;
    /** ... and never to this fd or below. */
    private static final int LOW_FD = 3;

    /** A coprocess: NAME, pid, the shell's read and write fds (-1 once closed), whether reaped. */
    record Coproc(String name, int pid, int rfd, int wfd, boolean dead) {
        /** Whether the shell still holds one of its fds (bash warns about such a one). */
        boolean open() {
            return rfd >= 0 || wfd >= 0;
        }
    }

    private enum Phase { CHECK, PIPE_R, PIPE_W, PIPED, PROBED, DUPED, CLOSED, LAUNCH, LAUNCHED }

    private final Node.Coproc node;
    /** rpipe (parent reads, child writes) and wpipe (child reads, parent writes). */
    private final int[] rpipe = {-1, -1};
    private final int[] wpipe = {-1, -1};
    /** The pipe end being moved (0-3: rpipe[0], rpipe[1], wpipe[0], wpipe[1]), the fd asked about, the fd it was on. */
    private int moving;
    private int probe;
    private int from = -1;
    private Phase phase = Phase.CHECK;

    CoprocFrame(Node.Coproc node) {
        this.node = node;
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case CHECK -> check(sh);
            case PIPE_R -> {
                phase = Phase.PIPE_W;
                yield Libc.pipe(rpipe);
            }
            case PIPE_W -> {
                if (ret < 0) {
                    rpipe[0] = -1;
                    rpipe[1] = -1;
                    yield fail(sh, ret);
                }
                phase = Phase.PIPED;
                yield Libc.pipe(wpipe);
            }
            case PIPED -> {
                if (ret < 0) {
                    wpipe[0] = -1;
                    wpipe[1] = -1;
                    yield fail(sh, ret);
                }
                moving = 0;
                yield nextMove();
            }
            case PROBED -> probed(ret);
            case DUPED -> {
                phase = Phase.CLOSED;
                if (ret < 0) {              // as bash: the end stays where it was
                    setEnd(moving, from);
                    yield null;
                }
                yield new Syscall.Close(from);
            }
            case CLOSED -> {
                moving++;
                yield nextMove();
            }
            case LAUNCH -> launch(sh);
            case LAUNCHED -> launched(sh);
        };
    }

    /** bash's warning for a coprocess still there (which is then forgotten), then NAME's check. */
    private Trap check(Shell sh) {
        sh.vars.lineno = node.line();
        StringBuilder said = new StringBuilder();
        if (sh.coproc != null && sh.coproc.open()) {
            said.append(sh.errorPrefix()).append("warning: execute_coproc: coproc [").append(sh.coproc.pid())
                    .append(':').append(sh.coproc.name()).append("] still exists\n");
        }
        sh.coproc = null;
        phase = Phase.PIPE_R;
        if (!Variables.isName(node.name())) {
            sh.vars.status = 1;
            sh.pop();
            said.append(sh.errorPrefix()).append('`').append(node.name()).append("': not a valid identifier\n");
        }
        if (said.length() > 0) {
            sh.print(2, said.toString());
        }
        return null;
    }

    private int end(int i) {
        return i < 2 ? rpipe[i] : wpipe[i - 2];
    }

    private void setEnd(int i, int fd) {
        if (i < 2) {
            rpipe[i] = fd;
        } else {
            wpipe[i - 2] = fd;
        }
    }

    /** move_to_high_fd of the next pipe end: ask about 63 first; all four moved, the fork. */
    private Trap nextMove() {
        if (moving == 4) {
            phase = Phase.LAUNCH;
            return null;
        }
        probe = HIGH_FD - 1;
        phase = Phase.PROBED;
        return new Syscall.Fcntl(probe, Fcntl.F_GETFD, 0);
    }

    /** fcntl(probe, F_GETFD) returned: EBADF is a free fd to move to; else the next one down. */
    private Trap probed(long ret) {
        if (ret == Errno.EBADF.ret()) {
            from = end(moving);
            setEnd(moving, probe);
            phase = Phase.DUPED;
            return new Syscall.Dup2(from, probe);
        }
        if (--probe <= LOW_FD) {
            moving++;
            return nextMove();
        }
        return new Syscall.Fcntl(probe, Fcntl.F_GETFD, 0);
    }

    /** The command forked as a background job, its stdin and stdout on the pipes. */
    private Trap launch(Shell sh) {
        List<Syscall> child = List.of(new Syscall.Close(rpipe[0]), new Syscall.Close(wpipe[1]),
                new Syscall.Dup2(wpipe[0], 0), new Syscall.Dup2(rpipe[1], 1),
                new Syscall.Close(wpipe[0]), new Syscall.Close(rpipe[1]));
        Frame body = CommandFrames.of(node.command(), true);
        phase = Phase.LAUNCHED;
        sh.push(new JobFrame(List.of(body), true, List.of(node.text())).withChildCalls(child));
        return null;
    }

    /**
     * Forked ($! is its pid): the shell closes the child's ends, makes its own close-on-exec
     * and sets NAME and NAME_PID (a readonly NAME is bash's error, the coprocess runs all the
     * same, status 0).
     */
    private Trap launched(Shell sh) {
        int pid = sh.vars.lastBackground;
        sh.pop();
        List<Syscall> calls = new ArrayList<>(List.of(new Syscall.Close(rpipe[1]), new Syscall.Close(wpipe[0]),
                new Syscall.Fcntl(rpipe[0], Fcntl.F_SETFD, Fcntl.FD_CLOEXEC),
                new Syscall.Fcntl(wpipe[1], Fcntl.F_SETFD, Fcntl.FD_CLOEXEC)));
        sh.coproc = new Coproc(node.name(), pid, rpipe[0], wpipe[1], false);
        sh.vars.status = 0;
        if (sh.vars.isReadonly(node.name())) {
            sh.error(node.name() + ": readonly variable");
        } else {
            sh.vars.setArray(node.name(), List.of(Integer.toString(rpipe[0]), Integer.toString(wpipe[1])));
            sh.vars.set(node.name() + "_PID", Integer.toString(pid));
        }
        sh.push(new Frame.Calls(calls));
        return null;
    }

    /** pipe failed: bash's sys_error, the ends made so far closed, status 1. */
    private Trap fail(Shell sh, long ret) {
        sh.vars.status = 1;
        sh.pop();
        List<Syscall> closes = new ArrayList<>();
        cleanup(sh, closes);
        sh.push(new Frame.Calls(closes));
        sh.print(2, sh.sysErrorText("pipe error: " + Errno.strerror(ret)));
        return null;
    }

    /** Unwound before the coprocess started (or pipe or fork failed): the pipe ends made so far are closed. */
    @Override
    void cleanup(Shell sh, List<Syscall> calls) {
        for (int fd : new int[] {rpipe[0], rpipe[1], wpipe[0], wpipe[1]}) {
            if (fd >= 0) {
                calls.add(new Syscall.Close(fd));
            }
        }
    }

    /**
     * bash's coproc_reap, from cleanup_dead_jobs: before a new job starts, after `wait` and
     * before an interactive prompt, a coprocess the shell has reaped is forgotten, NAME and
     * NAME_PID unset and the fds the shell still holds of it closed (pushed, if any).
     */
    static void reap(Shell sh) {
        Coproc c = sh.coproc;
        if (c == null || !c.dead()) {
            return;
        }
        sh.coproc = null;
        sh.vars.unset(c.name() + "_PID");
        if (sh.vars.isReadonly(c.name())) {
            sh.error(c.name() + ": cannot unset: readonly variable");
        } else {
            sh.vars.unset(c.name());
        }
        List<Syscall> closes = new ArrayList<>();
        for (int fd : new int[] {c.rfd(), c.wfd()}) {
            if (fd >= 0) {
                closes.add(new Syscall.Close(fd));
            }
        }
        if (!closes.isEmpty()) {
            sh.push(new Frame.Calls(closes));
        }
    }

    /** The shell reaped pid: if it is the coprocess's, it is dead (disposed of after the command). */
    static void reaped(Shell sh, int pid) {
        if (sh.coproc != null && sh.coproc.pid() == pid) {
            Coproc c = sh.coproc;
            sh.coproc = new Coproc(c.name(), c.pid(), c.rfd(), c.wfd(), true);
        }
    }

    /** The shell closed fd (exec N>&-, or a dup2 onto it): no longer the coprocess's (coproc_fdchk). */
    static void closed(Shell sh, int fd) {
        Coproc c = sh.coproc;
        if (c != null && (c.rfd() == fd || c.wfd() == fd)) {
            sh.coproc = new Coproc(c.name(), c.pid(), c.rfd() == fd ? -1 : c.rfd(), c.wfd() == fd ? -1 : c.wfd(),
                    c.dead());
        }
    }

    @Override
    Frame copy() {
        CoprocFrame c = new CoprocFrame(node);
        c.rpipe[0] = rpipe[0];
        c.rpipe[1] = rpipe[1];
        c.wpipe[0] = wpipe[0];
        c.wpipe[1] = wpipe[1];
        c.moving = moving;
        c.probe = probe;
        c.from = from;
        c.phase = phase;
        return c;
    }
}
