package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * &lt;(list) and &gt;(list), bash's process substitution over /dev/fd: pipe, fork; the child
 * runs the list with its stdout (&lt;) or stdin (&gt;) on the pipe and exits; the shell closes the
 * child's end, moves its own to the highest free fd below 64 (bash's move_to_high_fd, so the
 * first is /dev/fd/63, the next 62), and leaves "/dev/fd/N" in {@link Shell#substOutput}. The
 * child is not waited for here: $! is its pid (as in bash 5.2, so {@code wait $!} gives its
 * status) and the shell reaps it later ({@link ReapFrame}). The fd stays open for the command
 * that uses the word (its children inherit it) and is closed when the list item that made it
 * is over ({@link ListFrame}), as bash closes its fifo list after each command.
 *
 * <pre>
 *   pipe(fds); move_to_high_fd(parent_end); if ((pid = fork()) == 0) { dup2(child_end, 1); ... }
 * </pre>
 */
final class ProcSubstFrame extends Frame {
    /** The parent's end goes below this fd, to the highest one free. */
    private static final int HIGH_FD = 64;
    /** ... but not below this one: then it stays where pipe(2) put it. */
    private static final int LOW_FD = 10;

    private enum Phase { PIPE, PIPED, FORKED, CLOSED, PROBED, MOVED, OLD_CLOSED }

    private final Word.ProcSubst node;
    private final int[] fds = {-1, -1};
    private final StatBuf st = new StatBuf();
    private int pid;
    /** The fd last asked about by fstat(2). */
    private int probe = HIGH_FD;
    private Phase phase = Phase.PIPE;

    ProcSubstFrame(Word.ProcSubst node) {
        this.node = node;
    }

    /** The shell's end: the read end for &lt;(list), the write end for &gt;(list). */
    private int mine() {
        return node.output() ? fds[1] : fds[0];
    }

    private int theirs() {
        return node.output() ? fds[0] : fds[1];
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case PIPE -> {
                if (node.body().items().isEmpty()) {
                    sh.substOutput = "";    // <(): nothing to run, and bash makes it nothing
                    sh.pop();
                    yield null;
                }
                phase = Phase.PIPED;
                yield Libc.pipe(fds);
            }
            case PIPED -> {
                if (ret < 0) {
                    yield fail(sh, "pipe error: " + Errno.strerror(ret), List.of());
                }
                phase = Phase.FORKED;
                yield sh.forkForChild();
            }
            case FORKED -> forked(sh, ret);
            case CLOSED -> {
                phase = Phase.PROBED;
                yield Libc.fstat(--probe, st);
            }
            case PROBED -> probed(sh, ret);
            case MOVED -> {
                if (ret < 0) {
                    yield done(sh, mine());
                }
                phase = Phase.OLD_CLOSED;
                yield new Syscall.Close(mine());
            }
            case OLD_CLOSED -> done(sh, probe);
        };
    }

    private Trap forked(Shell sh, long ret) {
        sh.forkReturned();
        if (ret < 0) {
            return fail(sh, "fork: " + Errno.strerror(ret),
                    List.of(new Syscall.Close(fds[0]), new Syscall.Close(fds[1])));
        }
        if (ret == 0) {
            List<Syscall> calls = sh.signalReset();
            calls.add(new Syscall.Close(mine()));
            calls.add(new Syscall.Dup2(theirs(), node.output() ? 0 : 1));
            calls.add(new Syscall.Close(theirs()));
            for (int fd : sh.procSubstFds) {
                calls.add(new Syscall.Close(fd));    // the shell's other substitutions' ends
            }
            sh.procSubstFds.clear();
            sh.procSubstPids.clear();
            sh.traceDepth++;
            sh.becomeChild(new ListFrame(node.body()), List.of(new Frame.Calls(calls)));
            return null;
        }
        pid = (int) ret;
        phase = Phase.CLOSED;
        return new Syscall.Close(theirs());
    }

    /** fstat(probe) returned: EBADF is a free fd to move to; else the next one down. */
    private Trap probed(Shell sh, long ret) {
        if (ret == Errno.EBADF.ret()) {
            phase = Phase.MOVED;
            return new Syscall.Dup2(mine(), probe);
        }
        if (probe - 1 < LOW_FD) {
            return done(sh, mine());
        }
        return Libc.fstat(--probe, st);
    }

    private Trap done(Shell sh, int fd) {
        sh.procSubstFds.add(fd);
        sh.procSubstPids.add(pid);
        sh.vars.lastBackground = pid;
        sh.substOutput = "/dev/fd/" + fd;
        sh.pop();
        return null;
    }

    private Trap fail(Shell sh, String msg, List<Syscall> closes) {
        sh.vars.status = 1;
        sh.substOutput = "";
        sh.pop();
        sh.push(new Frame.Calls(new ArrayList<>(closes)));
        sh.error(msg);
        return null;
    }

    @Override
    void cleanup(Shell sh, List<Syscall> calls) {
        if (phase == Phase.CLOSED || phase == Phase.PROBED || phase == Phase.MOVED) {
            calls.add(new Syscall.Close(mine()));
        }
        if (phase == Phase.MOVED || phase == Phase.OLD_CLOSED) {
            calls.add(new Syscall.Close(probe));
        }
    }

    @Override
    Frame copy() {
        ProcSubstFrame p = new ProcSubstFrame(node);
        p.fds[0] = fds[0];
        p.fds[1] = fds[1];
        p.pid = pid;
        p.probe = probe;
        p.phase = phase;
        return p;
    }
}
