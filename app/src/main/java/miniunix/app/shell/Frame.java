package miniunix.app.shell;

import java.nio.charset.StandardCharsets;
import java.util.List;

import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/**
 * One activation on the executor's explicit stack (see {@link Shell}). A frame is plain,
 * mutable data with a program counter of its own ({@code phase}); {@link #copy} is deep, so
 * fork can copy a whole stack. Frames never call each other: a frame pushes another and
 * returns, and is stepped again when that one has popped itself. Results travel through the
 * shell's state: {@code $?} in {@link Variables#status}, a substitution's output in
 * {@link Shell#substOutput}.
 */
abstract class Frame {

    /**
     * Runs this frame until it needs the kernel (returns the trap; the next step gets its
     * result) or until it has changed the stack by pushing or popping (returns null).
     */
    abstract Trap step(Shell sh, long ret);

    abstract Frame copy();

    /**
     * The frame is being discarded before it finished (break, continue, an expansion error,
     * Ctrl-C: see {@link Shell#unwind}): the calls that undo what it did to the shell's fds.
     */
    void cleanup(Shell sh, List<Syscall> calls) {
    }

    /**
     * return is leaving this frame (a function call or a sourced file: see
     * {@link Shell#findReturnTarget}); statusBefore is $? before return ran, what its RETURN
     * trap sees.
     */
    void returning(int statusBefore) {
    }

    /** Whether set -e is ignored for what runs above this frame now (see {@link Errexit}). */
    boolean ignoresErrexit() {
        return false;
    }

    /** write(2) of a whole text, in as many calls as it takes; a failed write drops the rest. */
    static final class Write extends Frame {
        private final int fd;
        private final byte[] bytes;
        private int off = -1;

        Write(int fd, String text) {
            this(fd, text.getBytes(StandardCharsets.UTF_8));
        }

        private Write(int fd, byte[] bytes) {
            this.fd = fd;
            this.bytes = bytes;
        }

        @Override
        Trap step(Shell sh, long ret) {
            off = off < 0 ? 0 : ret <= 0 ? bytes.length : off + (int) ret;
            if (off >= bytes.length) {
                sh.pop();
                return null;
            }
            return Libc.write(fd, bytes, off, bytes.length - off);
        }

        @Override
        Frame copy() {
            Write w = new Write(fd, bytes.clone());
            w.off = off;
            return w;
        }
    }

    /** exit_group(2) with $?: the bottom frame of every forked child. */
    static final class Exit extends Frame {
        /** The jobs have had their signals (bash's exit_shell: huponexit, terminate_stopped_jobs). */
        private boolean jobsDone;

        @Override
        Trap step(Shell sh, long ret) {
            String exitTrap = sh.trapTable.takeExitTrap();
            if (exitTrap != null) {
                sh.push(new TrapFrame(exitTrap));
                return null;
            }
            if (!jobsDone) {
                jobsDone = true;
                List<Syscall> calls = JobBuiltins.exitCalls(sh);
                if (!calls.isEmpty()) {
                    sh.push(new Calls(calls));
                    return null;
                }
            }
            return new Syscall.Exit(sh.vars.status & 0xff);
        }

        @Override
        Frame copy() {
            Exit e = new Exit();
            e.jobsDone = jobsDone;
            return e;
        }
    }

    /** A fixed sequence of calls whose results do not matter (setpgid, dup2, close, ...). */
    static final class Calls extends Frame {
        /** Syscall records of plain ints: immutable, so sharing them between copies is safe. */
        private final List<Syscall> calls;
        private int next;

        Calls(List<Syscall> calls) {
            this.calls = List.copyOf(calls);
        }

        @Override
        Trap step(Shell sh, long ret) {
            if (next < calls.size()) {
                return calls.get(next++);
            }
            sh.pop();
            return null;
        }

        @Override
        Frame copy() {
            Calls c = new Calls(calls);
            c.next = next;
            return c;
        }
    }

    /**
     * open(2) of a path, made when the frame runs: the path goes to the process's memory then
     * (Libc.open), not when the frame is made, which may be in another process (the parent,
     * before fork). The result is not looked at, as for {@link Calls}.
     */
    static final class Open extends Frame {
        private final String path;
        private final int flags;
        private boolean made;

        Open(String path, int flags) {
            this.path = path;
            this.flags = flags;
        }

        @Override
        Trap step(Shell sh, long ret) {
            if (!made) {
                made = true;
                return Libc.open(path, flags, 0);
            }
            sh.pop();
            return null;
        }

        @Override
        Frame copy() {
            Open c = new Open(path, flags);
            c.made = made;
            return c;
        }
    }

    /** bash's get_tty_state: tcgetattr(0) into the modes the shell keeps ({@link Shell#ttyModes}). */
    static final class GetTtyState extends Frame {
        private boolean asked;

        @Override
        Trap step(Shell sh, long ret) {
            if (!asked) {
                asked = true;
                return new Syscall.Ioctl(0, Syscall.Ioctl.TCGETS, 0);
            }
            if (ret >= 0) {
                sh.ttyModes = (int) ret;
            }
            sh.pop();
            return null;
        }

        @Override
        Frame copy() {
            GetTtyState g = new GetTtyState();
            g.asked = asked;
            return g;
        }
    }

    /**
     * tcsetpgrp(fd, getpgrp()) on the shell's terminal fd ({@link Shell#ttyFd}): a foreground
     * child takes the terminal itself (no race with the shell).
     */
    static final class TakeTerminal extends Frame {
        private int phase;

        @Override
        Trap step(Shell sh, long ret) {
            switch (phase++) {
                case 0:
                    return new Syscall.Getpgid(0);
                case 1:
                    return ret > 0 ? new Syscall.Ioctl(sh.ttyFd, Syscall.Ioctl.TIOCSPGRP, ret) : step(sh, 0);
                default:
                    sh.pop();
                    return null;
            }
        }

        @Override
        Frame copy() {
            TakeTerminal t = new TakeTerminal();
            t.phase = phase;
            return t;
        }
    }

    /** The child of the `fork` builtin: pause(2) forever, until a signal ends it. */
    static final class Pause extends Frame {
        @Override
        Trap step(Shell sh, long ret) {
            return new Syscall.Pause();
        }

        @Override
        Frame copy() {
            return new Pause();
        }
    }
}
