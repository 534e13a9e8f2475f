package miniunix.kernel.trace;

import java.nio.charset.StandardCharsets;
import miniunix.kernel.Kernel;
import miniunix.kernel.Ret;
import miniunix.kernel.fs.TraceFile;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.WaitReason;
import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.SyscallText;
import miniunix.kernel.uapi.TraceEvent;
import miniunix.kernel.uapi.Wait;

/**
 * Process tracing, what strace stands on (Linux kernel/ptrace.c and the syscall-exit,
 * signal-delivery and exit tracepoints it hooks). A process is traced when its
 * {@code tracedBy} names a {@link TraceChannel}; every syscall it makes passes
 * {@link miniunix.kernel.syscall.SyscallTable#dispatch}, which calls {@link #beforeSyscall}
 * and {@link #afterSyscall}; its signals and its end come through {@link #signalled} and
 * {@link #exited}; its parent's SIGCHLD through {@link #childExited}. Each becomes one
 * {@link TraceEvent} line, decoded by {@link SyscallText}, queued for the tracer.
 *
 * <p>Attaching, as Linux: PTRACE_TRACEME links a process to its parent's channel from its
 * next execve on (strace forks, the child asks to be traced and execs COMMAND, so the first
 * line is the execve); PTRACE_SEIZE links a running process at once (strace -p), for root or
 * the same user only; with PTRACE_O_TRACEFORK a tracee's children are traced from fork on
 * (strace -f). Tracing ends when the tracee exits or the tracer closes its channel.
 *
 * <p>Rejected: Linux's protocol proper, where each tracee stops twice per syscall and the
 * tracer reads registers and memory with PTRACE_PEEKDATA. Here tracees never stop for a
 * tracer that keeps up, and the kernel decodes the call as strace would; the stop survives
 * only as back-pressure (a full channel, {@link TraceChannel#isFull}).
 * Simplified: a call that blocks is printed once, when it returns (no
 * {@code <unfinished ...>}/{@code <... resumed>} pairs); there is no PTRACE_DETACH (closing
 * the channel detaches), and a traced process is shown as S, not t, while it waits for room.
 */
public final class Ptrace {
    private final Kernel k;

    public Ptrace(Kernel k) {
        this.k = k;
    }

    /** ptrace(2): the requests of {@link Syscall.Ptrace}. */
    public long ptrace(Proc p, Syscall.Ptrace c) {
        return switch (c.request()) {
            case Syscall.Ptrace.PTRACE_EVENTS -> events(p, c.data());
            case Syscall.Ptrace.PTRACE_TRACEME -> traceme(p);
            case Syscall.Ptrace.PTRACE_SEIZE -> seize(p, c.pid());
            default -> throw new SyscallError(Errno.EIO);
        };
    }

    private long events(Proc p, long options) {
        if (p.traceChannel != null && p.traceChannel.open) {
            throw new SyscallError(Errno.EBUSY);
        }
        if ((options & ~Syscall.Ptrace.PTRACE_O_TRACEFORK) != 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        TraceChannel ch = new TraceChannel(options);
        int fd = k.lifecycle().installFd(p, new TraceFile(ch), 0, true);
        p.traceChannel = ch;
        return fd;
    }

    private long traceme(Proc p) {
        TraceChannel ch = p.parent == null ? null : p.parent.traceChannel;
        if (p.tracedBy != null || ch == null || !ch.open) {
            throw new SyscallError(Errno.EPERM);
        }
        link(p, ch);
        p.traceFromExec = true;
        return 0;
    }

    private long seize(Proc tracer, int pid) {
        Proc t = k.procs().get(pid);
        if (t == null || !t.isAlive()) {
            throw new SyscallError(Errno.ESRCH);
        }
        TraceChannel ch = tracer.traceChannel;
        boolean mayTrace = tracer.uid == 0 || tracer.uid == t.uid;
        if (ch == null || !ch.open || t == tracer || t.kthread || t.pid == 1 || !mayTrace
                || t.tracedBy != null && t.tracedBy.open) {
            throw new SyscallError(Errno.EPERM);
        }
        link(t, ch);
        return 0;
    }

    private static void link(Proc t, TraceChannel ch) {
        t.tracedBy = ch;
        t.traceFromExec = false;
        ch.tracees++;
        ch.attachedOnce = true;
    }

    private void unlink(Proc t) {
        TraceChannel ch = t.tracedBy;
        t.tracedBy = null;
        ch.tracees--;
        k.wakeup(ch.readWait);
    }

    /** The channel p's events go to now, or null (not traced, not yet, or tracer gone). */
    private TraceChannel active(Proc p) {
        TraceChannel ch = p.tracedBy;
        if (ch == null) {
            return null;
        }
        if (!ch.open) {
            unlink(p);
            return null;
        }
        return p.traceFromExec ? null : ch;
    }

    /**
     * Called by dispatch before p performs call, p being traced. Returns true when p must
     * wait for its tracer to read (the call is then made again when it wakes); emits
     * exit_group's line, which must come before the exit's own event.
     */
    public boolean beforeSyscall(Proc p, Syscall call) {
        if (call instanceof Syscall.Execve) {
            p.execveText = SyscallText.call(call, 0, k.mm().peekView(p));
        }
        TraceChannel ch = active(p);
        if (ch == null) {
            return false;
        }
        if (ch.isFull()) {
            k.sleepOn(p, ch.roomWait, WaitReason.PTRACE_STOP);
            return true;
        }
        if (call instanceof Syscall.Exit) {
            emit(ch, p.pid, TraceEvent.Kind.SYSCALL, call.sysno().number, 0,
                    SyscallText.call(call, 0), "?");
        }
        return false;
    }

    /** Called by dispatch after p, traced, performed call with result r (not BLOCK). */
    public void afterSyscall(Proc p, Syscall call, long r) {
        String entry = null;
        if (call instanceof Syscall.Execve) {
            entry = p.execveText;
            p.execveText = null;
        }
        if (call instanceof Syscall.Exit) {
            return;
        }
        boolean noReturn = r == Ret.NORETURN;
        if (p.traceFromExec && p.tracedBy != null && call instanceof Syscall.Execve && noReturn) {
            p.traceFromExec = false;
        }
        TraceChannel ch = active(p);
        if (ch == null) {
            return;
        }
        long ret = noReturn ? 0 : r;
        miniunix.kernel.mm.ProcMemory mem = k.mm().peekView(p);
        emit(ch, p.pid, TraceEvent.Kind.SYSCALL, call.sysno().number, ret < 0 ? (int) -ret : 0,
                entry != null ? entry : SyscallText.call(call, ret, mem),
                SyscallText.result(call, ret, noReturn, mem));
    }

    /** fork: under PTRACE_O_TRACEFORK the child of a tracee is traced from now on. */
    public void forked(Proc parent, Proc child) {
        TraceChannel ch = active(parent);
        if (ch == null || (ch.options & Syscall.Ptrace.PTRACE_O_TRACEFORK) == 0) {
            return;
        }
        link(child, ch);
        emit(ch, child.pid, TraceEvent.Kind.ATTACH, 0, 0, "", "");
    }

    /**
     * sig is being delivered to t (SIGKILL shows only as the exit). sender is the process
     * whose syscall sent it (kill, or a write to a broken pipe), null for the kernel's own
     * (Ctrl-C at the terminal).
     */
    public void signalled(Proc t, int sig, Proc sender) {
        TraceChannel ch = active(t);
        if (ch == null || sig == 0 || sig == Signal.SIGKILL.number) {
            return;
        }
        String name = SyscallText.signal(sig);
        String info = sender == null
                ? name + " {si_signo=" + name + ", si_code=SI_KERNEL}"
                : name + " {si_signo=" + name + ", si_code=SI_USER, si_pid=" + sender.pid
                        + ", si_uid=" + sender.uid + "}";
        emit(ch, t.pid, TraceEvent.Kind.SIGNAL, 0, 0, info, "");
    }

    /** child ended with status: its traced parent gets SIGCHLD, unless it ignores it. */
    public void childExited(Proc parent, Proc child, int status) {
        TraceChannel ch = active(parent);
        if (ch == null || parent.isIgnored(Signal.SIGCHLD.number)) {
            return;
        }
        boolean exited = Wait.ifExited(status);
        String code = exited ? "CLD_EXITED" : Wait.coreDump(status) ? "CLD_DUMPED" : "CLD_KILLED";
        String st = exited ? Integer.toString(Wait.exitStatus(status))
                : SyscallText.signal(Wait.termSig(status));
        long usPerTick = 1_000_000 / Kernel.HZ;
        emit(ch, parent.pid, TraceEvent.Kind.SIGNAL, 0, 0, "SIGCHLD {si_signo=SIGCHLD, si_code="
                + code + ", si_pid=" + child.pid + ", si_uid=" + child.uid + ", si_status=" + st
                + ", si_utime=" + child.utimeUs / usPerTick + ", si_stime="
                + child.stimeUs / usPerTick + "}", "");
    }

    /** p ended with a wait status: {@code +++ exited with N +++}, and it is traced no more. */
    public void exited(Proc p, int status) {
        TraceChannel ch = active(p);
        if (ch != null) {
            String what = Wait.ifExited(status) ? "exited with " + Wait.exitStatus(status)
                    : "killed by " + SyscallText.signal(Wait.termSig(status))
                            + (Wait.coreDump(status) ? " (core dumped)" : "");
            emit(ch, p.pid, TraceEvent.Kind.EXIT, 0, 0, what, "");
        }
        if (p.tracedBy != null) {
            unlink(p);
        }
    }

    private void emit(TraceChannel ch, int pid, TraceEvent.Kind kind, int sysno, int errno,
            String text, String result) {
        long us = kind == TraceEvent.Kind.SYSCALL ? Kernel.SYSCALL_US : 0;
        String line = new TraceEvent(pid, kind, sysno, errno, us, text, result).line();
        ch.append(line.getBytes(StandardCharsets.UTF_8));
        k.wakeup(ch.readWait);
    }
}
