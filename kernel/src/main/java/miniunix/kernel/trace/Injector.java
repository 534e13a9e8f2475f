package miniunix.kernel.trace;

import miniunix.kernel.Kernel;
import miniunix.kernel.Ret;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.proc.WaitReason;
import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;

/**
 * Syscalls made in another process's context: miniunix_inject(pid, call), the door of the
 * {@code sys --as PID} console. The caller sleeps; the target performs the call as its own
 * (its fds, children, credentials, cwd; traced as its own if it is traced) the next time it
 * is on a CPU, before its own code runs; then the caller wakes with the result.
 *
 * <p>Why this shape: it is what a debugger does with ptrace on Linux (stop the tracee, set its
 * registers to a syscall, single-step it, read the result: gdb's {@code call getpid()}), kept
 * to its effect. A sleeping target is woken for it (its own blocked call is then performed
 * again, as after any wakeup, so nothing of it is lost); a call that must block makes the
 * target sleep in it, and the target's own call waits behind it. A target in D or T takes
 * the call when it leaves D or is continued, as a tracee in those states would.
 *
 * <p>Simplified: an injected fork gives a child that pauses (the fork builtin's child,
 * miniunix_fork_of): the target's own code is between two traps, so a copy would have no
 * fork to return 0 from. Rejected: performing the call at once in the caller's turn, which
 * would run a target's syscall while the target itself sleeps in one.
 */
public final class Injector {
    /** A call waiting to be performed by its target, and who to wake with the result. */
    public record Injection(Syscall call, Proc from) {
    }

    private final Kernel k;

    public Injector(Kernel k) {
        this.k = k;
    }

    /**
     * miniunix_inject(2), performed again when the caller wakes: then it returns 0 (the
     * call's result is in caller.injectResult, for the syscall to copy out) or -ESRCH if the
     * target died first.
     */
    public long inject(Proc caller, Syscall.Inject c) {
        if (caller.injectDone) {
            caller.injectDone = false;
            return caller.injectRet;
        }
        if (pending(caller)) {
            k.sleepOn(caller, null, WaitReason.INJECT_WAIT);     // woken early: wait on
            return Ret.BLOCK;
        }
        Proc t = k.procs().get(c.pid());
        if (t == null || !t.isAlive()) {
            throw new SyscallError(Errno.ESRCH);
        }
        if (!k.mm().copy().accessOk(caller.mm, c.result(), Long.BYTES, true)) {
            throw new SyscallError(Errno.EFAULT);
        }
        if (t == caller || c.call() instanceof Syscall.Inject) {
            throw new SyscallError(Errno.EINVAL);
        }
        if (t.kthread || t.pid == 1 || caller.uid != 0 && caller.uid != t.uid) {
            throw new SyscallError(Errno.EPERM);
        }
        if (t.injected != null) {
            throw new SyscallError(Errno.EBUSY);
        }
        t.injected = new Injection(c.call(), caller);
        if (t.state == ProcState.SLEEPING) {
            k.makeRunnable(t, "woken for a syscall injected by " + caller.pid);
        }
        k.sleepOn(caller, null, WaitReason.INJECT_WAIT);
        return Ret.BLOCK;
    }

    /** True while some process holds an injection from caller. */
    private boolean pending(Proc caller) {
        for (int q = k.procs().nextPid(0); q > 0; q = k.procs().nextPid(q)) {
            Injection i = k.procs().get(q).injected;
            if (i != null && i.from == caller) {
                return true;
            }
        }
        return false;
    }

    /**
     * Called by the run loop for a target with an injection: performs it. Returns false if
     * the target must stop running (it sleeps in the call, or exited).
     */
    public boolean perform(Proc t) {
        Injection inj = t.injected;
        t.injected = null;
        Syscall call = inj.call() instanceof Syscall.Fork ? new Syscall.ForkOf(t.pid) : inj.call();
        long r = k.syscalls().dispatch(t, call);
        if (r == Ret.BLOCK) {
            t.injected = inj;
            return false;
        }
        if (r == Ret.NORETURN && t.isAlive()) {
            // A successful execve: the new image starts afresh.
            t.pendingSyscall = null;
            t.nextRet = 0;
        }
        inj.from().injectResult = r == Ret.NORETURN ? 0 : r;
        complete(inj, 0);
        return t.state == ProcState.RUNNING;
    }

    /** t exits with an injection still queued: its injector gets ESRCH. */
    public void exited(Proc t) {
        if (t.injected != null) {
            Injection inj = t.injected;
            t.injected = null;
            complete(inj, Errno.ESRCH.ret());
        }
    }

    private void complete(Injection inj, long r) {
        Proc from = inj.from();
        if (!from.isAlive()) {
            return;
        }
        from.injectDone = true;
        from.injectRet = r;
        if (from.state == ProcState.SLEEPING && from.waitReason == WaitReason.INJECT_WAIT) {
            k.makeRunnable(from, "injected syscall done");
        }
    }
}
