package miniunix.kernel.proc;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.blk.Disk;
import miniunix.kernel.fs.OpenFile;
import miniunix.kernel.sched.SchedEntity;
import miniunix.kernel.trace.Injector;
import miniunix.kernel.trace.TraceChannel;
import miniunix.kernel.mm.AddressSpace;
import miniunix.kernel.tty.Tty;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Syscall;

/**
 * The process control block (xv6 struct proc, Linux task_struct): everything the kernel
 * knows about one process. Fields are grouped by who may change them, as in xv6's proc.h.
 *
 * <p>Simplified: one thread per process; no supplementary groups, no filesystem uid.
 */
public final class Proc {
    // Identity. pid is fixed for life; the rest changes only by the named syscalls.
    public final int pid;
    /** getrlimit's limits: shared with the parent until prlimit changes them. */
    public Rlimits rlimits;
    /** The real uid this process counts against for RLIMIT_NPROC, or -1 (not charged). */
    public int nprocUid = -1;
    /** Owned by ProcTable: changed only by fork, reparent (to init) and reap. */
    public Proc parent;
    public final List<Proc> children = new ArrayList<>(0);
    /**
     * prctl(PR_SET_CHILD_SUBREAPER): orphaned descendants are handed to the nearest living
     * ancestor with this set rather than to init. Not inherited by fork, as on Linux.
     */
    public boolean childSubreaper;
    /** setpgid/setsid. */
    public int pgid;
    public int sid;
    /**
     * Credentials (setuid, setresuid, ...): uid and gid are the effective ids, the ones
     * permission checks use; ruid/rgid the real ids (who you are: getuid), suid/sgid the saved
     * ones (what an unprivileged setuid may go back to).
     */
    public int uid;
    public int gid;
    public int ruid;
    public int rgid;
    public int suid;
    public int sgid;
    /**
     * The supplementary group ids (setgroups, getgroups), ascending, as Linux's group_info
     * after groups_sort. Never changed in place: setgroups gives a new array, so fork shares it.
     */
    public int[] groups = new int[0];

    // The program image: execve replaces these; fork copies them.
    public Program program;
    /** argv of the last execve: /proc/PID/cmdline. Empty for kernel threads. */
    public List<String> argv;
    /** PF_FORKNOEXEC: forked and not yet exec'd (ps's F column shows 1). */
    public boolean forkNoExec;
    /** envp of the last execve: /proc/PID/environ. Empty for kernel threads. */
    public List<String> envp = List.of();
    /** Name shown in /proc/PID/stat: basename of argv[0], at most 15 characters. */
    public String comm;
    /** Its address space (kernel/mm): null for kernel threads and once it has exited. */
    public AddressSpace mm;
    /** True for kernel threads (PF_KTHREAD): no program, no user memory. */
    public final boolean kthread;

    // Scheduling state. Only the scheduler and sleep/wakeup change these.
    public ProcState state;
    /** The CPU it is running on, or -1 (on the run queue, or not runnable). */
    public int onCpu = -1;
    /** The CPU it ran on last (/proc/PID/stat processor, ps PSR). */
    public int lastCpu;
    public int nice;
    /** Its scheduling policy (uapi SchedPolicy: SCHED_OTHER unless sched_setscheduler said). */
    public int policy;
    /** Its real-time priority, 1..99 under SCHED_FIFO and SCHED_RR, else 0. */
    public int rtPriority;
    /** SCHED_RESET_ON_FORK: its children start as SCHED_OTHER with a nice of at least 0. */
    public boolean resetOnFork;
    /** What the scheduler keeps about it: queue, policy state, switch counts, affinity. */
    public final SchedEntity se = new SchedEntity(this);
    /** The channel it sleeps on while state is S (null otherwise) and why. */
    public WaitQueue chan;
    public WaitReason waitReason = WaitReason.NONE;
    /** Ticks of the nanosleep it is in, or -1. */
    public long wakeTick = -1;
    /** The disk request it waits for (in D, or just woken from it), or null. */
    public Disk.Request ioWait;

    // The trap in progress. A blocked syscall is kept here and performed again on wakeup.
    public Syscall pendingSyscall;
    /** The Touch in progress: the next address to reference, the end, and whether it writes. */
    public long touchAt;
    public long touchEnd;
    public boolean touchWrite;
    /** User CPU left of the Compute in progress, in microseconds. */
    public long computeLeftUs;
    /** What the next resume() receives. */
    public long nextRet;

    // Open files and filesystem context: fork copies, execve keeps (less close-on-exec).
    public OpenFile[] fds;
    public boolean[] cloexec;
    public String cwd;
    /** The file mode creation mask (umask(2)): bits cleared from every new file's mode. */
    public int umask = 022;
    /** The controlling terminal of its session, or null. */
    public Tty tty;

    // Signals (kernel/signal/Signals.java). Masks hold bit (sig - 1) per signal, as sigset_t.
    // fork copies dispositions and the mask, not what is pending; execve resets caught ones.
    /** Disposition SIG_IGN: such a signal is discarded when sent (unless blocked). */
    public long ignoredSignals;
    /** Disposition a handler: its sigaction is in {@link #sigActions}. */
    public long caughtSignals;
    /** The sigaction of each caught signal, by number; null until a handler is installed. */
    public SigAction[] sigActions;
    /** The blocked mask (rt_sigprocmask); never holds SIGKILL or SIGSTOP. */
    public long blockedSignals;
    /** Pending for the whole process (kill): /proc ShdPnd. */
    public long pendingSignals;
    /** Pending for this thread (tgkill): /proc SigPnd. */
    public long taskPendingSignals;
    /** The siginfo of each pending signal, by number; null until one is sent. */
    public SigInfo[] pendingInfo;
    /** Handler frames, innermost first: what rt_sigreturn restores. Null outside handlers. */
    public SigFrame sigFrame;
    /** The handler to enter at the next return to user mode instead of resume(), or null. */
    public SigInfo handlerEntry;
    public long handlerEntryAddr;
    /** Inside rt_sigsuspend: the mask to restore once a handler has run. */
    public boolean inSigsuspend;
    public long sigsuspendSavedMask;
    /** The tick SIGALRM is due (alarm(2)), or 0 for none. */
    public long alarmTick;
    /** Stopped or continued since the parent's last wait4 (WUNTRACED / WCONTINUED reports). */
    public int stopSig;
    public boolean stopUnreported;
    /**
     * Wait events among the children: bumped whenever one may have become reportable to a
     * wait (exited, stopped, continued, or adopted so), see {@link Lifecycle#wakeWaiter}.
     * {@code childrenQuietAt} is its value when a scan last found no child reportable at all:
     * while the two are equal, none is (reports are only ever consumed in between), so
     * waitid(P_ALL) and wait4(-1) answer without walking 10,000 children.
     */
    public long childEvents;
    public long childrenQuietAt = -1;
    public boolean contUnreported;

    // Tracing (ptrace) and injected syscalls: owned by kernel.trace.Ptrace and Injector.
    /** The channel of the process tracing this one, or null. */
    public TraceChannel tracedBy;
    /** Traced (PTRACE_TRACEME) but silent until its next successful execve. */
    public boolean traceFromExec;
    /**
     * A traced execve's arguments as strace prints them, read from the old image's memory at
     * the call's entry (a successful execve leaves none of it to read at its exit); null.
     */
    public String execveText;
    /** The channel this process reads as a tracer, or null. */
    public TraceChannel traceChannel;
    /** A syscall another process injected, performed before this one's own code runs. */
    public Injector.Injection injected;
    /**
     * On an injector: the injection is over, inject returns injectRet, and (when it is 0) the
     * injected call's own result injectResult is copied out to the caller's result address.
     */
    public boolean injectDone;
    public long injectRet;
    public long injectResult;

    // Accounting, in microseconds of CPU time and ticks of wall time.
    public long utimeUs;
    public long stimeUs;
    /** CPU time of reaped children (cutime/cstime). */
    public long cutimeUs;
    public long cstimeUs;
    public final long startTick;
    /** Page faults served from memory (minor) and from disk (major): ps min_flt, maj_flt. */
    public long minFlt;
    public long majFlt;
    /** /proc/PID/io: bytes moved by read(2) and write(2), and how many such calls. */
    public long rchar;
    public long wchar;
    public long syscr;
    public long syscw;

    // Valid only when state is ZOMBIE: the wait status wait4 hands the parent.
    public int exitStatus;

    public Proc(int pid, boolean kthread, long startTick) {
        this.pid = pid;
        this.kthread = kthread;
        this.startTick = startTick;
    }

    public boolean isZombie() {
        return state == ProcState.ZOMBIE;
    }

    public boolean isAlive() {
        return state != ProcState.ZOMBIE && state != ProcState.DEAD;
    }

    public int ppid() {
        return parent == null ? 0 : parent.pid;
    }

    public boolean isIgnored(int sig) {
        return (ignoredSignals & (1L << (sig - 1))) != 0;
    }

    /** Signals it would take now: pending and not blocked. */
    public long deliverableSignals() {
        return (pendingSignals | taskPendingSignals) & ~blockedSignals;
    }

    /** The name a process gets from argv[0]: its basename, cut to 15 characters (TASK_COMM_LEN). */
    public static String commOf(String argv0) {
        String base = argv0.substring(argv0.lastIndexOf('/') + 1);
        return base.length() > 15 ? base.substring(0, 15) : base;
    }
}
