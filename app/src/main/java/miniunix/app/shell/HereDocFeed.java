package miniunix.app.shell;

import java.nio.charset.StandardCharsets;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * Feeds a here-document (or here-string) to a command through a pipe, one syscall at a time:
 * a coroutine that {@link Redirections} drives like its opens. The result is the pipe's read
 * end ({@link #readFd}), which the redirection then moves onto its fd.
 *
 * <p>A body that fits in the pipe buffer is written by whoever applies the redirection (the
 * shell for a builtin or a compound command, the forked child for a program) before the
 * command runs: pipe, write, close the write end. A larger body would fill the pipe and block
 * the writer before anyone reads, so a process of its own writes it while the command reads,
 * as dash does: fork a middle child, which forks the writer and exits at once; the parent
 * waits for the middle child only, and the writer, an orphan, is reaped by init. So nothing is
 * left for the shell to reap, and the writer holds no job's place. (bash writes a large body
 * to a temporary file instead.)
 */
final class HereDocFeed {
    /** Linux's default pipe buffer, as the kernel's pipes have: a body this size never blocks. */
    static final int PIPE_CAPACITY = 65536;

    private enum Phase { PIPE, PIPED, WRITE, CLOSED, FORKED, WAIT, WAITED, MIDDLE, WRITER, CLOSE_READ, DONE }

    private final byte[] body;
    private final int[] fds = {-1, -1};
    private final int[] wstatus = new int[1];
    private int off;
    private int pid;
    /** The writer: exits when its body is written (the middle child also exits). */
    private boolean writer;
    private String error;
    private Phase phase = Phase.PIPE;

    HereDocFeed(String body) {
        this(body.getBytes(StandardCharsets.UTF_8));
    }

    private HereDocFeed(byte[] body) {
        this.body = body;
    }

    HereDocFeed copy() {
        HereDocFeed f = new HereDocFeed(body);
        f.fds[0] = fds[0];
        f.fds[1] = fds[1];
        f.wstatus[0] = wstatus[0];
        f.off = off;
        f.pid = pid;
        f.writer = writer;
        f.error = error;
        f.phase = phase;
        return f;
    }

    /** The next call, given the last one's result; null when the read end is ready, or on error. */
    Trap next(long ret) {
        return switch (phase) {
            case PIPE -> {
                phase = Phase.PIPED;
                yield Libc.pipe(fds);
            }
            case PIPED -> piped(ret);
            case WRITE -> written(ret);
            case CLOSED -> {
                phase = Phase.DONE;
                yield writer ? new Syscall.Exit(0) : null;
            }
            case FORKED -> forked(ret);
            case WAIT -> {
                phase = Phase.WAITED;
                yield Libc.wait4(pid, wstatus, 0);
            }
            case WAITED -> {
                phase = ret == Errno.EINTR.ret() ? Phase.WAIT : Phase.DONE;
                yield phase == Phase.WAIT ? next(0) : null;
            }
            case MIDDLE -> middle(ret);
            case WRITER -> {
                phase = Phase.WRITE;
                yield write();
            }
            case CLOSE_READ -> {
                phase = Phase.DONE;
                yield new Syscall.Close(fds[0]);
            }
            case DONE -> null;
        };
    }

    private Trap piped(long ret) {
        if (ret < 0) {
            error = "cannot create temp file for here-document: " + Errno.strerror(ret);
            phase = Phase.DONE;
            return null;
        }
        if (body.length <= PIPE_CAPACITY) {
            phase = Phase.WRITE;
            return write();
        }
        phase = Phase.FORKED;
        return new Syscall.Fork();
    }

    private Trap write() {
        if (off >= body.length) {
            phase = Phase.CLOSED;
            return new Syscall.Close(fds[1]);
        }
        return Libc.write(fds[1], body, off, body.length - off);
    }

    /** A write failed (the reader is gone): the rest is dropped. */
    private Trap written(long ret) {
        if (ret > 0) {
            off += (int) ret;
        } else if (ret != Errno.EINTR.ret()) {
            off = body.length;
        }
        return write();
    }

    private Trap forked(long ret) {
        if (ret < 0) {
            error = "fork: " + Errno.strerror(ret);
            phase = Phase.CLOSE_READ;
            return new Syscall.Close(fds[1]);
        }
        if (ret == 0) {
            phase = Phase.MIDDLE;
            return new Syscall.Fork();
        }
        pid = (int) ret;
        phase = Phase.WAIT;
        return new Syscall.Close(fds[1]);
    }

    /** In the middle child: the writer goes on (its read end closed), the middle child exits. */
    private Trap middle(long ret) {
        if (ret != 0) {
            return new Syscall.Exit(ret < 0 ? 1 : 0);
        }
        writer = true;
        phase = Phase.WRITER;
        return new Syscall.Close(fds[0]);
    }

    /** After {@link #next} returned null: the message of a failure, or null. */
    String error() {
        return error;
    }

    /** After {@link #next} returned null without error: the pipe's read end. */
    int readFd() {
        return fds[0];
    }
}
