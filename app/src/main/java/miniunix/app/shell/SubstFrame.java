package miniunix.app.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Libc;

/**
 * $(list): pipe, fork; the child runs the list with stdout on the pipe and exits with its
 * status; the shell reads the pipe to EOF, waits, and leaves the output, trailing newlines
 * removed, in {@link Shell#substOutput} and the child's status in $?. NUL bytes are dropped
 * as bash 5.2's read_comsub drops them, with its warning once per substitution, said when the
 * first one is read.
 */
final class SubstFrame extends Frame {
    private enum Phase { PIPE, PIPED, FORKED, READ, GOT, WAIT, WAITED }

    private final Node.CommandList body;
    private final int[] fds = {-1, -1};
    private final int[] wstatus = new int[1];
    private final byte[] buf = new byte[4096];
    private byte[] out = new byte[256];
    private int outLen;
    private int pid;
    /** fds 0-2 of the child (-1: closed) and files it closes, when a builtin's redirections moved them; or null. */
    private int[] childFds;
    private List<Integer> childCloses = List.of();
    /** A NUL byte was read (and dropped): bash's warning has been said. */
    private boolean nullByte;
    private Phase phase = Phase.PIPE;

    SubstFrame(Node.CommandList body) {
        this.body = body;
    }

    /** The child starts with fds 0-2 as fds says (-1: closed) and the files in closes closed. */
    SubstFrame withFds(int[] fds, List<Integer> closes) {
        childFds = fds.clone();
        childCloses = List.copyOf(closes);
        return this;
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case PIPE -> {
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
            case READ -> {
                phase = Phase.GOT;
                yield Libc.read(fds[0], buf, 0, buf.length);
            }
            case GOT -> got(sh, ret);
            case WAIT -> {
                phase = Phase.WAITED;
                yield Libc.wait4(pid, wstatus, 0);
            }
            case WAITED -> waited(sh, ret);
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
            for (int i = 0; childFds != null && i < childFds.length; i++) {
                if (childFds[i] != i) {
                    calls.add(childFds[i] < 0 ? new Syscall.Close(i) : new Syscall.Dup2(childFds[i], i));
                }
            }
            for (int fd : childCloses) {
                calls.add(new Syscall.Close(fd));
            }
            calls.add(new Syscall.Close(fds[0]));
            calls.add(new Syscall.Dup2(fds[1], 1));
            calls.add(new Syscall.Close(fds[1]));
            sh.traceDepth++;
            // bash (without inherit_errexit): set -e is off in a command substitution.
            sh.vars.set(ShellOption.ERREXIT, false);
            boolean login = sh.loginShell;
            sh.becomeChild(new ListFrame(body), List.of(new Frame.Calls(calls)));
            sh.loginShell = login;      // bash: logout in $(...) ends it as exit would
            return null;
        }
        pid = (int) ret;
        phase = Phase.READ;
        return new Syscall.Close(fds[1]);
    }

    private Trap got(Shell sh, long ret) {
        if (ret == Errno.EINTR.ret() || ret > 0) {
            if (outLen + ret > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, outLen + (int) ret));
            }
            boolean warn = false;
            for (int i = 0; i < ret; i++) {
                if (buf[i] != 0) {
                    out[outLen++] = buf[i];
                } else {
                    warn |= !nullByte;
                    nullByte = true;
                }
            }
            phase = Phase.READ;
            if (warn) {
                sh.error("warning: command substitution: ignored null byte in input");
            }
            return null;
        }
        phase = Phase.WAIT;
        return new Syscall.Close(fds[0]);
    }

    private Trap waited(Shell sh, long ret) {
        if (ret == Errno.EINTR.ret()) {
            phase = Phase.WAIT;
            return null;
        }
        sh.vars.status = ret > 0 ? Wait.shellStatus(wstatus[0]) : 1;
        int end = outLen;
        while (end > 0 && out[end - 1] == '\n') {
            end--;
        }
        sh.substOutput = Shell.decode(out, 0, end);
        sh.pop();
        return null;
    }

    private Trap fail(Shell sh, String msg, List<Syscall> closes) {
        sh.vars.status = 1;
        sh.substOutput = "";
        sh.pop();
        sh.push(new Frame.Calls(new ArrayList<>(closes)));
        sh.sysError(msg);
        return null;
    }

    @Override
    Frame copy() {
        SubstFrame s = new SubstFrame(body);
        s.childFds = childFds;          // never changed once set
        s.childCloses = childCloses;
        s.fds[0] = fds[0];
        s.fds[1] = fds[1];
        s.wstatus[0] = wstatus[0];
        System.arraycopy(buf, 0, s.buf, 0, buf.length);
        s.out = out.clone();
        s.outLen = outLen;
        s.pid = pid;
        s.nullByte = nullByte;
        s.phase = phase;
        return s;
    }
}
