package miniunix.kernel.signal;

import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.proc.ProcTable;
import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Wait;

/**
 * Sending signals and taking their default actions (Linux kernel/signal.c: kill_something_info,
 * send_signal, do_signal_stop; the action table is {@link Signal}).
 *
 * <p>Rules kept from Linux: SIGKILL and SIGSTOP can't be ignored; SIGCONT continues a stopped
 * process even when it is ignored; a stop signal discards a pending continue and vice versa;
 * init ignores every signal whose disposition is the default (SIGNAL_UNKILLABLE); kernel
 * threads ignore signals; a zombie accepts a signal and nothing happens. A user may signal
 * only its own processes (EPERM); root may signal any.
 *
 * <p>Simplified until the signals issue: no handlers or masks. A signal's default action is
 * taken when it is sent, which is what a process without handlers would see on its next
 * return to user mode; only a process in D (waiting for the disk) keeps signals pending,
 * since it does not return to user mode until its I/O is done.
 */
public final class Signals {
    private final Kernel k;

    public Signals(Kernel k) {
        this.k = k;
    }

    /** kill(2): pid > 0 one process, 0 the caller's group, -1 everyone it may, < -1 a group. */
    public long kill(Proc caller, int pid, int sig) {
        if (sig != 0 && !Signal.isValid(sig)) {
            throw new SyscallError(Errno.EINVAL);
        }
        if (pid > 0) {
            Proc t = k.procs().get(pid);
            if (t == null) {
                throw new SyscallError(Errno.ESRCH);
            }
            if (!permitted(caller, t)) {
                throw new SyscallError(Errno.EPERM);
            }
            send(t, sig);
            return 0;
        }
        int pgid = pid == 0 ? caller.pgid : -pid;
        boolean found = false;
        boolean sent = false;
        ProcTable procs = k.procs();
        for (int q = procs.nextPid(0); q > 0; q = procs.nextPid(q)) {
            Proc t = procs.get(q);
            if (pid == -1 ? t.pid == 1 || t == caller || t.kthread : t.pgid != pgid) {
                continue;
            }
            found |= pid != -1;
            if (permitted(caller, t)) {
                send(t, sig);
                sent = true;
            }
        }
        // kill(-1) fails only when there was nobody to signal; a group, when it is empty
        // (ESRCH) or when none of it could be signalled (EPERM).
        if (!sent) {
            throw new SyscallError(found ? Errno.EPERM : Errno.ESRCH);
        }
        return 0;
    }

    private static boolean permitted(Proc caller, Proc t) {
        return caller.uid == 0 || caller.uid == t.uid;
    }

    /** Every member of a process group gets sig (Ctrl-C, SIGHUP at hangup). */
    public void sendToGroup(int pgid, int sig) {
        ProcTable procs = k.procs();
        for (int q = procs.nextPid(0); q > 0; q = procs.nextPid(q)) {
            Proc t = procs.get(q);
            if (t.pgid == pgid && !t.kthread) {
                send(t, sig);
            }
        }
    }

    /**
     * Delivers sig to t and takes its action now. sig 0 only probes. A process in D keeps
     * the signal pending, SIGKILL included, until it leaves D ({@link #deliverPending}).
     */
    public void send(Proc t, int sig) {
        if (sig == 0 || !t.isAlive() || t.kthread) {
            return;
        }
        if (t.state == ProcState.DISK_SLEEP) {
            t.pendingSignals |= 1L << (sig - 1);
            return;
        }
        if (t.tracedBy != null) {
            k.ptrace().signalled(t, sig, k.syscalls().caller());
        }
        Signal.Action action = Signal.defaultActionOf(sig);
        if (action == Signal.Action.STOP || sig == Signal.SIGKILL.number) {
            // A stop discards a pending continue; SIGKILL continues a stopped process first.
            t.contUnreported = false;
        }
        if (sig == Signal.SIGCONT.number || sig == Signal.SIGKILL.number) {
            resumeStopped(t);
        }
        boolean catchable = sig != Signal.SIGKILL.number && sig != Signal.SIGSTOP.number;
        if (catchable && t.isIgnored(sig) || t.pid == 1) {
            return;
        }
        switch (action) {
            case TERM, CORE -> k.lifecycle().exit(t,
                    Wait.signaled(sig, action == Signal.Action.CORE), "killed by SIG" + Signal.nameOf(sig));
            case STOP -> stop(t, sig);
            case IGN, CONT -> { }
        }
    }

    /** t has left D: the signals sent meanwhile are taken now, lowest number first. */
    public void deliverPending(Proc t) {
        while (t.pendingSignals != 0 && t.isAlive()) {
            int sig = Long.numberOfTrailingZeros(t.pendingSignals) + 1;
            t.pendingSignals &= ~(1L << (sig - 1));
            send(t, sig);
        }
        t.pendingSignals = 0;
    }

    private void stop(Proc t, int sig) {
        if (t.state == ProcState.STOPPED) {
            return;
        }
        k.dequeue(t);
        t.chan = null;
        t.stopSig = sig;
        t.stopUnreported = true;
        k.setState(t, ProcState.STOPPED, "stopped by SIG" + Signal.nameOf(sig));
        k.lifecycle().wakeWaiter(t.parent);
    }

    /** SIGCONT: a stopped process runs again and performs its interrupted syscall anew. */
    private void resumeStopped(Proc t) {
        if (t.state != ProcState.STOPPED) {
            return;
        }
        t.stopUnreported = false;
        t.contUnreported = true;
        k.makeRunnable(t, "continued by SIGCONT");
        k.lifecycle().wakeWaiter(t.parent);
    }
}
