package miniunix.kernel.signal;

import java.util.PriorityQueue;
import miniunix.kernel.Kernel;
import miniunix.kernel.Ret;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.proc.ProcTable;
import miniunix.kernel.proc.SigFrame;
import miniunix.kernel.proc.WaitReason;
import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Rlimit;
import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Sysno;
import miniunix.kernel.uapi.Wait;

/**
 * Signals: sending (generation), taking them on the way back to user mode (delivery),
 * handlers and their frames, masks, alarm, and SIGCHLD to parents (Linux kernel/signal.c:
 * kill_something_info, send_signal, get_signal, do_signal_stop, do_notify_parent;
 * arch/x86/kernel/signal.c: handle_signal, setup_rt_frame, sys_rt_sigreturn; the action table
 * is {@link Signal}).
 *
 * <p>Generation ({@link #send}) only marks a signal pending, with its siginfo, and wakes the
 * target if it sleeps interruptibly and does not block it. Signals whose disposition is to
 * ignore them (SIG_IGN, or SIG_DFL for SIGCHLD/SIGCONT/SIGURG/SIGWINCH) are dropped right
 * there unless blocked. SIGCONT resumes a stopped process at once and discards pending stop
 * signals; a stop signal discards a pending SIGCONT; SIGKILL wakes a stopped process.
 *
 * <p>Delivery ({@link #deliver}) happens in the run loop, before the process's next resume():
 * the lowest pending unblocked signal is taken. A default action terminates (the exit status
 * says which signal, with the core bit for Core), stops, or does nothing. A handler gets a
 * {@link SigFrame} saving the interrupted context, the mask grows by sa_mask and the signal
 * itself (not under SA_NODEFER), and the program's {@code handleSignal} runs next; its
 * rt_sigreturn ({@link #sigreturn}) restores the context. A syscall that was sleeping returns
 * -EINTR, or is performed again after the handler if SA_RESTART is set and the call is one
 * Linux restarts (read, write, wait4, ...: ERESTARTSYS); pause, rt_sigsuspend and nanosleep
 * are never restarted (ERESTARTNOHAND, restart_block). A signal with no handler (a stop and
 * continue) leaves the syscall to be performed again, as Linux restarts it.
 *
 * <p>Invariants: the blocked mask never holds SIGKILL or SIGSTOP, nor can they be ignored or
 * caught. A process in D is not woken by a signal: its signals wait until the disk is done.
 * init takes no signal whose disposition is the default (SIGNAL_UNKILLABLE); kernel threads
 * take none. A user may signal a process only if its real or effective uid is the target's
 * real or saved uid, root any (kill_ok_by_cred).
 *
 * <p>Simplified: standard and real-time signals alike are pending at most once (no queue of
 * real-time signals); one thread per process, so the "thread" pending set only records
 * tgkill's target; no SA_ONSTACK alternate stack.
 */
public final class Signals {
    /** RLIMIT_SIGPENDING as Linux sizes it: max_threads / 2, max_threads = RAM / 128 KiB. */
    private static final long BYTES_PER_THREAD = 8 * 16 * 1024;

    private final Kernel k;
    /** alarm(2) deadlines; stale ones (cancelled, reset, exited) are skipped when due. */
    private final PriorityQueue<Alarm> alarms = new PriorityQueue<>();
    private long alarmSeq;

    private record Alarm(long tick, long seq, Proc proc) implements Comparable<Alarm> {
        @Override
        public int compareTo(Alarm o) {
            return tick != o.tick ? Long.compare(tick, o.tick) : Long.compare(seq, o.seq);
        }
    }

    public Signals(Kernel k) {
        this.k = k;
    }

    // Sending.

    /** kill(2): pid > 0 one process, 0 the caller's group, -1 everyone it may, < -1 a group. */
    public long kill(Proc caller, int pid, int sig) {
        checkSignal(sig);
        SigInfo info = new SigInfo(sig, SigInfo.SI_USER, caller.pid, caller.ruid, 0);
        if (pid > 0) {
            Proc t = k.procs().get(pid);
            if (t == null) {
                throw new SyscallError(Errno.ESRCH);
            }
            if (!permitted(caller, t, sig)) {
                throw new SyscallError(Errno.EPERM);
            }
            send(t, sig, info);
            preemptBy(caller, t);
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
            if (permitted(caller, t, sig)) {
                send(t, sig, info);
                preemptBy(caller, t);
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

    /**
     * Linux check_preempt_wakeup: a process woken to take a signal runs before its sender
     * goes on, so `kill PID; ps` sees it stopped or gone, as on a real machine.
     */
    private void preemptBy(Proc caller, Proc t) {
        if (t != caller && t.state == ProcState.RUNNING && t.onCpu < 0) {
            // The sender is off its CPU already when it signals the second of a group.
            k.runLoop().runNext(t, caller.onCpu >= 0 ? caller.onCpu : caller.lastCpu);
            k.yield(caller);
        }
    }

    /** tgkill(2): one thread; with one thread per process, tid must be the process. */
    public long tgkill(Proc caller, int tgid, int tid, int sig) {
        checkSignal(sig);
        if (tgid <= 0 || tid <= 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        Proc t = k.procs().get(tid);
        if (t == null || tid != tgid) {
            throw new SyscallError(Errno.ESRCH);
        }
        if (!permitted(caller, t, sig)) {
            throw new SyscallError(Errno.EPERM);
        }
        generate(t, sig, new SigInfo(sig, SigInfo.SI_TKILL, caller.pid, caller.ruid, 0), true);
        preemptBy(caller, t);
        return 0;
    }

    private static void checkSignal(int sig) {
        if (sig != 0 && !Signal.isValid(sig)) {
            throw new SyscallError(Errno.EINVAL);
        }
    }

    /**
     * Linux kill_ok_by_cred and check_kill_permission: root, a matching uid (the sender's
     * real or effective against the target's real or saved), or SIGCONT within the session.
     */
    private static boolean permitted(Proc caller, Proc t, int sig) {
        if (caller.uid == 0 || caller.uid == t.suid || caller.uid == t.ruid
                || caller.ruid == t.suid || caller.ruid == t.ruid) {
            return true;
        }
        return sig == Signal.SIGCONT.number && caller.sid == t.sid;
    }

    /** Every member of a process group gets sig from the kernel (Ctrl-C, SIGHUP, SIGTTIN). */
    public void sendToGroup(int pgid, int sig) {
        ProcTable procs = k.procs();
        for (int q = procs.nextPid(0); q > 0; q = procs.nextPid(q)) {
            Proc t = procs.get(q);
            if (t.pgid == pgid && !t.kthread) {
                send(t, sig, SigInfo.kernel(sig));
            }
        }
    }

    /** Sends sig from the kernel itself (SIGPIPE, SIGALRM). */
    public void send(Proc t, int sig) {
        send(t, sig, SigInfo.kernel(sig));
    }

    /** Makes sig pending for the whole of t (sig 0 only probes). */
    public void send(Proc t, int sig, SigInfo info) {
        generate(t, sig, info, false);
    }

    /** Linux send_signal: prepare_signal's stop/continue rules, then pending, then wake. */
    private void generate(Proc t, int sig, SigInfo info, boolean toTask) {
        if (sig == 0 || !t.isAlive() || t.kthread) {
            return;
        }
        // NOTE: SIGCHLD from a child's exit is traced by Ptrace.childExited, with its CLD_ code.
        if (t.tracedBy != null && !info.isChildNotice()) {
            k.ptrace().signalled(t, sig, k.syscalls().caller());
        }
        long bit = Signal.mask(sig);
        Signal.Action action = Signal.defaultActionOf(sig);
        if (sig == Signal.SIGSTOP.number || isStopSignal(sig)) {
            clearPending(t, Signal.mask(Signal.SIGCONT.number));
            t.contUnreported = false;
        } else if (sig == Signal.SIGCONT.number) {
            clearPending(t, STOP_MASK);
            resumeStopped(t);
        }
        if (isIgnoredNow(t, sig, action)) {
            return;
        }
        if (((t.pendingSignals | t.taskPendingSignals) & bit) == 0) {
            if (t.pendingInfo == null) {
                t.pendingInfo = new SigInfo[Signal.NSIG];
            }
            t.pendingInfo[sig] = info;
        }
        if (toTask) {
            t.taskPendingSignals |= bit;
        } else {
            t.pendingSignals |= bit;
        }
        wake(t, sig, bit);
    }

    /** Stop signals (sig_kernel_stop_mask): SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU. */
    private static final long STOP_MASK = Signal.mask(Signal.SIGSTOP.number)
            | Signal.mask(Signal.SIGTSTP.number) | Signal.mask(Signal.SIGTTIN.number)
            | Signal.mask(Signal.SIGTTOU.number);

    private static boolean isStopSignal(int sig) {
        return (STOP_MASK & Signal.mask(sig)) != 0;
    }

    /** Linux sig_ignored: dropped at once unless blocked (its handler may change meanwhile). */
    private static boolean isIgnoredNow(Proc t, int sig, Signal.Action action) {
        long bit = Signal.mask(sig);
        if ((Signal.UNBLOCKABLE & bit) != 0) {
            return t.pid == 1;
        }
        if ((t.blockedSignals & bit) != 0) {
            return false;
        }
        if ((t.caughtSignals & bit) != 0) {
            return false;
        }
        return (t.ignoredSignals & bit) != 0 || action == Signal.Action.IGN
                || action == Signal.Action.CONT || t.pid == 1;
    }

    /** signal_wake_up: an interruptible sleeper wakes to take it; SIGKILL also ends a stop. */
    private void wake(Proc t, int sig, long bit) {
        boolean kill = sig == Signal.SIGKILL.number;
        if ((t.blockedSignals & bit) != 0 && !kill) {
            return;
        }
        if (t.state == ProcState.SLEEPING || kill && t.state == ProcState.STOPPED) {
            k.makeRunnable(t, "woken by SIG" + Signal.nameOf(sig));
        }
    }

    private static void clearPending(Proc t, long mask) {
        t.pendingSignals &= ~mask;
        t.taskPendingSignals &= ~mask;
    }

    // Delivery, on the way back to user mode.

    /**
     * Linux get_signal + handle_signal: p, about to return to user mode, takes its lowest
     * pending unblocked signal. Precondition: p is RUNNING and {@code deliverableSignals()}
     * is not 0. Afterwards p has exited, stopped, or will enter a handler at its next resume
     * ({@code handlerEntry}), or the signal was discarded.
     */
    public void deliver(Proc p) {
        long ready = p.deliverableSignals();
        // SIGKILL first, as Linux's next_signal takes the synchronous ones and SIGKILL first.
        int sig = (ready & Signal.mask(Signal.SIGKILL.number)) != 0
                ? Signal.SIGKILL.number : Long.numberOfTrailingZeros(ready) + 1;
        long bit = Signal.mask(sig);
        clearPending(p, bit);
        SigInfo info = p.pendingInfo[sig];
        p.pendingInfo[sig] = null;
        if ((p.caughtSignals & bit) != 0) {
            enterHandler(p, sig, info);
            return;
        }
        if ((p.ignoredSignals & bit) != 0 || p.pid == 1) {
            return;
        }
        switch (Signal.defaultActionOf(sig)) {
            case TERM, CORE -> {
                // A core is dumped (the status's core bit) only under a non-zero RLIMIT_CORE,
                // as with Linux's core_pattern "core": `ulimit -c 0`, the default, dumps none.
                boolean core = Signal.defaultActionOf(sig) == Signal.Action.CORE
                        && p.rlimits.cur(Rlimit.RLIMIT_CORE) != 0;
                k.lifecycle().exit(p, Wait.signaled(sig, core), "killed by SIG" + Signal.nameOf(sig));
            }
            case STOP -> stop(p, sig);
            case IGN, CONT -> { }
        }
    }

    /** Saves p's context in a frame, applies the handler's mask and flags; resume enters it. */
    private void enterHandler(Proc p, int sig, SigInfo info) {
        SigAction a = p.sigActions[sig];
        long savedMask = p.blockedSignals;
        long ret = p.nextRet;
        Syscall again = null;
        Syscall sc = p.pendingSyscall;
        if (sc != null) {
            if (p.inSigsuspend) {
                savedMask = p.sigsuspendSavedMask;
                p.inSigsuspend = false;
            }
            if (isRestartable(sc.sysno()) && (a.flags() & SigAction.SA_RESTART) != 0) {
                again = sc;
            } else {
                ret = Errno.EINTR.ret();
                p.wakeTick = -1;
            }
        }
        p.sigFrame = new SigFrame(p.sigFrame, again, ret, p.computeLeftUs, savedMask, sig);
        p.pendingSyscall = null;
        p.computeLeftUs = 0;
        p.blockedSignals |= a.mask() & ~Signal.UNBLOCKABLE;
        if ((a.flags() & SigAction.SA_NODEFER) == 0) {
            p.blockedSignals |= Signal.mask(sig);
        }
        p.handlerEntry = info;
        p.handlerEntryAddr = a.handler();
        if ((a.flags() & SigAction.SA_RESETHAND) != 0) {
            setAction(p, sig, SigAction.DEFAULT);
        }
    }

    /** Calls Linux restarts after a handler with SA_RESTART (ERESTARTSYS); the others EINTR. */
    private static boolean isRestartable(Sysno s) {
        return switch (s) {
            case PAUSE, NANOSLEEP, POLL, RT_SIGSUSPEND -> false;
            default -> true;
        };
    }

    /**
     * rt_sigreturn(2): pops p's innermost frame, restoring the mask, the interrupted syscall
     * (to perform again) or the result its code gets, and any computation left. Without a
     * frame p dies of SIGSEGV, as Linux kills a process whose frame is bad.
     */
    public void sigreturn(Proc p) {
        SigFrame f = p.sigFrame;
        if (f == null) {
            k.lifecycle().exit(p, Wait.signaled(Signal.SIGSEGV.number, true),
                    "rt_sigreturn with no signal frame");
            return;
        }
        p.sigFrame = f.prev();
        p.blockedSignals = f.blocked() & ~Signal.UNBLOCKABLE;
        p.pendingSyscall = f.syscall();
        p.nextRet = f.ret();
        p.computeLeftUs = f.computeLeftUs();
    }

    /** Linux do_signal_stop: p stops (T) and its parent hears of it. */
    private void stop(Proc t, int sig) {
        if (t.state == ProcState.STOPPED) {
            return;
        }
        k.dequeue(t);
        t.chan = null;
        t.stopSig = sig;
        t.stopUnreported = true;
        k.setState(t, ProcState.STOPPED, "stopped by SIG" + Signal.nameOf(sig));
        notifyParent(t, SigInfo.CLD_STOPPED, sig);
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
        notifyParent(t, SigInfo.CLD_CONTINUED, Signal.SIGCONT.number);
        k.lifecycle().wakeWaiter(t.parent);
    }

    // SIGCHLD.

    /**
     * Linux do_notify_parent: SIGCHLD to the parent of a child that exited with a wait status.
     * Returns true if the child is to be reaped at once: the parent ignores SIGCHLD (then
     * nothing is sent) or has SA_NOCLDWAIT.
     */
    public boolean notifyParentOfExit(Proc child, int status) {
        Proc parent = child.parent;
        int sig = Signal.SIGCHLD.number;
        boolean ignored = parent.isIgnored(sig);
        boolean noWait = ignored || (parent.caughtSignals & Signal.mask(sig)) != 0
                && (parent.sigActions[sig].flags() & SigAction.SA_NOCLDWAIT) != 0;
        if (!ignored) {
            int code = Wait.ifExited(status) ? SigInfo.CLD_EXITED
                    : Wait.coreDump(status) ? SigInfo.CLD_DUMPED : SigInfo.CLD_KILLED;
            int value = Wait.ifExited(status) ? Wait.exitStatus(status) : Wait.termSig(status);
            send(parent, sig, new SigInfo(sig, code, child.pid, child.ruid, value));
        }
        return noWait;
    }

    /** SIGCHLD for a stop or continue, unless the parent asked SA_NOCLDSTOP. */
    private void notifyParent(Proc child, int code, int sig) {
        Proc parent = child.parent;
        int chld = Signal.SIGCHLD.number;
        if (parent == null || (parent.caughtSignals & Signal.mask(chld)) != 0
                && (parent.sigActions[chld].flags() & SigAction.SA_NOCLDSTOP) != 0) {
            return;
        }
        send(parent, chld, new SigInfo(chld, code, child.pid, child.ruid, sig));
    }

    // The calls that change dispositions and masks.

    /** rt_sigaction(2): see {@link Syscall.RtSigaction}. Returns the action before. */
    public SigAction sigaction(Proc p, Syscall.RtSigaction c) {
        int sig = c.sig();
        if (!Signal.isValid(sig) || (c.flags() & ~SigAction.KNOWN_FLAGS) != 0
                || c.handler() != Syscall.RtSigaction.QUERY
                && (Signal.UNBLOCKABLE & Signal.mask(sig)) != 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        SigAction old = actionOf(p, sig);
        if (c.handler() != Syscall.RtSigaction.QUERY) {
            setAction(p, sig, new SigAction(c.handler(), c.mask() & ~Signal.UNBLOCKABLE, c.flags()));
        }
        return old;
    }

    /** The disposition of sig in p. */
    public static SigAction actionOf(Proc p, int sig) {
        long bit = Signal.mask(sig);
        if ((p.caughtSignals & bit) != 0) {
            return p.sigActions[sig];
        }
        return (p.ignoredSignals & bit) != 0 ? SigAction.IGNORE : SigAction.DEFAULT;
    }

    /**
     * Sets a disposition. Linux: setting SIG_IGN (or SIG_DFL where the default is to ignore)
     * discards that signal if pending, blocked or not.
     */
    private static void setAction(Proc p, int sig, SigAction a) {
        long bit = Signal.mask(sig);
        p.ignoredSignals &= ~bit;
        p.caughtSignals &= ~bit;
        if (a.isHandler()) {
            if (p.sigActions == null) {
                p.sigActions = new SigAction[Signal.NSIG];
            }
            p.sigActions[sig] = a;
            p.caughtSignals |= bit;
            return;
        }
        if (p.sigActions != null) {
            p.sigActions[sig] = null;
        }
        Signal.Action dfl = Signal.defaultActionOf(sig);
        if (a.handler() == SigAction.SIG_IGN) {
            p.ignoredSignals |= bit;
            clearPending(p, bit);
        } else if (dfl == Signal.Action.IGN || dfl == Signal.Action.CONT) {
            clearPending(p, bit);
        }
    }

    /** Sets sig to SIG_IGN or SIG_DFL from the kernel's side (tests, boot). */
    public static void setDisposition(Proc p, int sig, long handler) {
        setAction(p, sig, handler == SigAction.SIG_IGN ? SigAction.IGNORE : SigAction.DEFAULT);
    }

    /** rt_sigprocmask(2); SIGKILL and SIGSTOP are left out silently. Returns the mask before. */
    public long sigprocmask(Proc p, int how, long set) {
        long mask = switch (how) {
            case Syscall.RtSigprocmask.SIG_BLOCK -> p.blockedSignals | set;
            case Syscall.RtSigprocmask.SIG_UNBLOCK -> p.blockedSignals & ~set;
            case Syscall.RtSigprocmask.SIG_SETMASK -> set;
            default -> throw new SyscallError(Errno.EINVAL);
        };
        long old = p.blockedSignals;
        p.blockedSignals = mask & ~Signal.UNBLOCKABLE;
        return old;
    }

    /** rt_sigpending(2): the pending signals that are blocked. */
    public static long sigpending(Proc p) {
        return (p.pendingSignals | p.taskPendingSignals) & p.blockedSignals;
    }

    /** rt_sigsuspend(2): the temporary mask, then sleep until a signal is delivered. */
    public long sigsuspend(Proc p, long mask) {
        if (!p.inSigsuspend) {
            p.inSigsuspend = true;
            p.sigsuspendSavedMask = p.blockedSignals;
        }
        p.blockedSignals = mask & ~Signal.UNBLOCKABLE;
        if (p.deliverableSignals() != 0) {
            return Ret.BLOCK;   // no sleep: the run loop takes the signal and EINTR follows
        }
        k.sleepOn(p, null, WaitReason.SIGSUSPEND);
        return Ret.BLOCK;
    }

    /** execve: caught signals go back to SIG_DFL; ignored, blocked and pending stay. */
    public static void execReset(Proc p) {
        p.caughtSignals = 0;
        p.sigActions = null;
        p.sigFrame = null;
        p.handlerEntry = null;
        p.inSigsuspend = false;
    }

    // alarm(2).

    /** alarm(2): SIGALRM seconds from now (0 cancels); the seconds left of the old one. */
    public long alarm(Proc p, int seconds) {
        long left = 0;
        if (p.alarmTick > k.now()) {
            left = (p.alarmTick - k.now() + Kernel.HZ - 1) / Kernel.HZ;
        }
        if (seconds <= 0) {
            p.alarmTick = 0;
            return left;
        }
        p.alarmTick = k.now() + (long) seconds * Kernel.HZ;
        alarms.add(new Alarm(p.alarmTick, alarmSeq++, p));
        return left;
    }

    /** The clock has reached now: due alarms send SIGALRM (Linux it_real_fn). */
    public void fireAlarms(long now) {
        while (!alarms.isEmpty() && alarms.peek().tick <= now) {
            Alarm a = alarms.poll();
            Proc p = a.proc;
            if (p.alarmTick == a.tick && p.isAlive()) {
                p.alarmTick = 0;
                send(p, Signal.SIGALRM.number);
            }
        }
    }

    /** The tick the next alarm is due, or Long.MAX_VALUE. */
    public long nextAlarmTick() {
        return alarms.isEmpty() ? Long.MAX_VALUE : alarms.peek().tick;
    }

    /** /proc SigQ's limit: RLIMIT_SIGPENDING as Linux sizes it from the machine's memory. */
    public long sigQueueLimit() {
        return k.options().memBytes() / BYTES_PER_THREAD / 2;
    }
}
