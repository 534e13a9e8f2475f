package miniunix.kernel.proc;

import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.KernelPanic;
import miniunix.kernel.Ret;
import miniunix.kernel.fs.Inode;
import miniunix.kernel.fs.OpenFile;
import miniunix.kernel.mm.AddressSpace;
import miniunix.kernel.signal.Signals;
import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Rlimit;
import miniunix.kernel.uapi.ProgramLoader;
import miniunix.kernel.uapi.SchedPolicy;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Wait;

/**
 * A process's life: creation at boot, fork, execve, exit, wait4 and reaping (xv6 proc.c:
 * allocproc, fork, exec, exit, wait; Linux kernel/fork.c, fs/exec.c, kernel/exit.c).
 *
 * <p>Invariants: a child is in its parent's {@code children} list from fork until it is
 * reaped; when a parent exits its children move to init, which reaps them. A zombie keeps
 * its pid (its ProcTable slot) until reaped. Every operation checks everything that can
 * fail before it changes anything (check, then commit).
 */
public final class Lifecycle {
    /** Most fds a process may have open (RLIMIT_NOFILE's usual soft limit). */
    public static final int NOFILE = 1024;
    private static final String[] KTHREADS = {"rcu_gp", "rcu_par_gp", "slub_flushwq", "netns",
        "kworker/0:0-events", "mm_percpu_wq", "rcu_sched", "kdevtmpfs", "khungtaskd",
        "oom_reaper", "kswapd0", "kworker/u2:1-events_unbound"};

    private final Kernel k;

    public Lifecycle(Kernel k) {
        this.k = k;
    }

    // Boot.

    /** pid 1: execs /sbin/init with the boot environment; panics as Linux does without one. */
    public void spawnInit(List<String> env) {
        ProgramLoader.Image img = k.loader().load("/sbin/init", List.of("/sbin/init"), env);
        if (img == null) {
            throw new KernelPanic("No working init found.");
        }
        Proc init = newProc(k.procs().allocPid(), false);
        init.pgid = init.sid = init.pid;
        init.cwd = "/";
        init.fds = new OpenFile[16];
        init.cloexec = new boolean[16];
        AddressSpace as = newImage(init, img, k.vfs().lookupExecutable(init, "/sbin/init"),
                "/sbin/init");
        if (as == null) {
            throw new KernelPanic("Out of memory and no killable processes...");
        }
        install(init, img, as, List.of("/sbin/init"), env, "/sbin/init");
        k.makeRunnable(init, "boot");
    }

    /** pid 2 kthreadd and the kernel threads it starts: no program, no user memory. */
    public void spawnKernelThreads(int cpus) {
        Proc kthreadd = kthread("kthreadd", null);
        for (int i = 0; i < cpus; i++) {
            // Per-CPU threads are bound to their CPU (ps PSR shows it), as Linux's smpboot ones.
            for (String name : List.of("cpuhp/", "migration/", "ksoftirqd/")) {
                Proc t = kthread(name + i, kthreadd);
                t.lastCpu = i;
                t.se.allowed = 1L << i;
            }
        }
        for (String name : KTHREADS) {
            kthread(name, kthreadd);
        }
    }

    private Proc kthread(String name, Proc parent) {
        Proc t = newProc(k.procs().allocPid(), true);
        t.comm = name;
        t.argv = List.of();
        t.pgid = t.sid = 0;
        t.cwd = "/";
        t.fds = new OpenFile[0];
        t.cloexec = new boolean[0];
        boolean idle = name.startsWith("kworker") || name.startsWith("rcu_");
        if (name.startsWith("kworker/0:0H") || name.endsWith("_gp") || name.endsWith("wq")
                || name.equals("netns")) {
            t.nice = -20;
        }
        t.parent = parent;
        if (parent != null) {
            parent.children.add(t);
        }
        k.setState(t, idle ? ProcState.IDLE : ProcState.SLEEPING, "kthread created");
        t.waitReason = kthreadLoop(name);
        if (t.waitReason == WaitReason.KSWAPD) {
            k.mm().setKswapd(t);
        }
        return t;
    }

    /** The function a kernel thread of this name waits in while it has nothing to do. */
    private static WaitReason kthreadLoop(String name) {
        if (name.startsWith("kworker")) {
            return WaitReason.WORKER;
        }
        if (name.startsWith("cpuhp/") || name.startsWith("migration/") || name.startsWith("ksoftirqd/")) {
            return WaitReason.SMPBOOT;
        }
        return switch (name) {
            case "kthreadd" -> WaitReason.KTHREADD;
            case "rcu_sched" -> WaitReason.RCU_GP;
            case "kdevtmpfs" -> WaitReason.DEVTMPFS;
            case "khungtaskd" -> WaitReason.HUNG_TASK;
            case "oom_reaper" -> WaitReason.OOM_REAPER;
            case "kswapd0" -> WaitReason.KSWAPD;
            default -> WaitReason.RESCUER;      // the workqueues' rescuers: rcu_gp, netns, ...
        };
    }

    private Proc newProc(int pid, boolean kthread) {
        Proc p = new Proc(pid, kthread, k.now());
        p.rlimits = k.initialRlimits();
        k.procs().insert(p);
        k.countFork();
        return p;
    }

    // fork.

    /** fork(2): a copy of parent that resumes from the same point with 0. Returns the pid. */
    public long fork(Proc parent) {
        Proc child = allocChild(parent);
        child.mm = k.mm().fork(parent.mm, child.pid);
        if (child.mm == null) {
            undoChild(parent, child);
            throw new SyscallError(Errno.ENOMEM);
        }
        child.program = parent.program.copy();
        child.nextRet = 0;
        k.makeRunnable(child, "fork");
        return child.pid;
    }

    /**
     * miniunix_fork_of(2): forks target on its behalf. The child copies everything ps shows
     * of target but runs {@link Paused}. Root, or the target's own user, may do it.
     */
    public long forkOf(Proc caller, int pid) {
        Proc target = k.procs().get(pid);
        if (target == null || !target.isAlive() || target.kthread) {
            throw new SyscallError(Errno.ESRCH);
        }
        if (caller.uid != 0 && caller.uid != target.ruid && caller.ruid != target.ruid) {
            throw new SyscallError(Errno.EPERM);
        }
        Proc child = allocChild(target);
        child.mm = k.mm().fork(target.mm, child.pid);
        if (child.mm == null) {
            undoChild(target, child);
            throw new SyscallError(Errno.ENOMEM);
        }
        child.program = new Paused();
        Signals.execReset(child);   // Paused has no handlers to run
        k.makeRunnable(child, "fork (on behalf of " + caller.pid + ")");
        return child.pid;
    }

    /** Checks the limits, then builds a child of parent sharing its open files. */
    private Proc allocChild(Proc parent) {
        if (k.procs().count() >= k.maxProcs()) {
            throw new SyscallError(Errno.EAGAIN);
        }
        // RLIMIT_NPROC: the caller's real user has its fill of processes (root is exempt).
        if (parent.ruid != 0 && parent.uid != 0
                && parent.rlimits.reached(Rlimit.RLIMIT_NPROC, k.procs().userProcs(parent.ruid))) {
            throw new SyscallError(Errno.EAGAIN);
        }
        int pid = k.procs().allocPid();
        if (pid < 0) {
            throw new SyscallError(Errno.EAGAIN);
        }
        Proc c = newProc(pid, false);
        c.parent = parent;
        parent.children.add(c);
        c.pgid = parent.pgid;
        c.sid = parent.sid;
        c.uid = parent.uid;
        c.gid = parent.gid;
        c.ruid = parent.ruid;
        c.rgid = parent.rgid;
        c.suid = parent.suid;
        c.sgid = parent.sgid;
        c.groups = parent.groups;
        c.rlimits = parent.rlimits;
        k.procs().charge(c);
        c.argv = parent.argv;
        c.forkNoExec = true;
        c.envp = parent.envp;
        c.comm = parent.comm;
        c.nice = parent.nice;
        // sched(7): the policy is inherited, unless reset-on-fork is set (then the child is
        // SCHED_OTHER with a nice of at least 0, and the flag is not passed on).
        if (parent.resetOnFork) {
            if (SchedPolicy.realtime(parent.policy)) {
                c.policy = SchedPolicy.SCHED_OTHER;
            } else {
                c.policy = parent.policy;
            }
            c.nice = Math.max(0, parent.nice);
        } else {
            c.policy = parent.policy;
            c.rtPriority = parent.rtPriority;
        }
        c.cwd = parent.cwd;
        c.umask = parent.umask;
        c.tty = parent.tty;
        // Dispositions, the mask and handler frames are inherited; pending signals and the
        // alarm are not.
        c.ignoredSignals = parent.ignoredSignals;
        c.caughtSignals = parent.caughtSignals;
        c.sigActions = parent.sigActions == null ? null : parent.sigActions.clone();
        c.blockedSignals = parent.blockedSignals;
        c.sigFrame = parent.sigFrame;
        c.handlerEntry = parent.handlerEntry;
        c.handlerEntryAddr = parent.handlerEntryAddr;
        c.inSigsuspend = parent.inSigsuspend;
        c.sigsuspendSavedMask = parent.sigsuspendSavedMask;
        c.fds = parent.fds.clone();
        c.cloexec = parent.cloexec.clone();
        for (OpenFile f : c.fds) {
            if (f != null) {
                f.refs++;
            }
        }
        k.ptrace().forked(parent, c);
        return c;
    }

    /** Takes back a child that could not get memory, as if it had never been forked. */
    private void undoChild(Proc parent, Proc c) {
        for (int fd = 0; fd < c.fds.length; fd++) {
            if (c.fds[fd] != null) {
                closeFd(c, fd);
            }
        }
        parent.children.remove(c);
        k.setState(c, ProcState.DEAD, "fork failed: ENOMEM");
        k.procs().remove(c);
    }

    // execve.

    /** The set-user-ID bit of a file's mode. */
    private static final int S_ISUID = 04000;

    /** execve(2): replaces p's program; keeps pid and fds less close-on-exec ones. */
    public long execve(Proc p, String path, List<String> argv, List<String> envp) {
        Inode file = k.vfs().lookupExecutable(p, path);
        String abs = k.vfs().resolve(p, path, true);   // a link runs its target's program
        ProgramLoader.Image img = file == null ? null : k.loader().load(abs, argv, envp);
        if (img == null) {
            throw new SyscallError(Errno.ENOEXEC);
        }
        AddressSpace as = newImage(p, img, file, abs);
        if (as == null) {
            throw new SyscallError(Errno.ENOMEM);
        }
        for (int fd = 0; fd < p.fds.length; fd++) {
            if (p.fds[fd] != null && p.cloexec[fd]) {
                closeFd(p, fd);
            }
        }
        install(p, img, as, argv, envp, path);   // comm is the name run, a link's own
        if ((file.perm & S_ISUID) != 0) {
            p.uid = p.suid = file.uid;      // set-user-ID: the owner's effective and saved uid
        }
        Signals.execReset(p);
        return Ret.NORETURN;
    }

    /** The address space an image needs (text, data, bss, stack), or null if RAM is full. */
    private AddressSpace newImage(Proc p, ProgramLoader.Image img, Inode exe, String path) {
        return k.mm().exec(p.pid, exe, path, img.textKb(), img.dataKb(), img.bssKb());
    }

    /**
     * The point of no return of execve: the old image goes, the new one is loaded (argv and
     * envp copied to the top of its stack, its first pages touched).
     */
    private void install(Proc p, ProgramLoader.Image img, AddressSpace as, List<String> argv,
                         List<String> envp, String path) {
        if (p.mm != null) {
            k.mm().release(p.mm);
        }
        p.mm = as;
        p.program = img.program();
        p.argv = List.copyOf(argv);
        p.envp = List.copyOf(envp);
        p.forkNoExec = false;
        p.comm = Proc.commOf(path);
        p.nextRet = 0;
        p.pendingSyscall = null;
        p.computeLeftUs = 0;
        p.touchAt = p.touchEnd = 0;
        k.mm().load(p, argBytes(argv, envp));
    }

    /** What execve copies onto the new stack: the strings and a pointer to each. */
    private static long argBytes(List<String> argv, List<String> envp) {
        long n = 8L * (argv.size() + envp.size() + 3);
        for (String a : argv) {
            n += a.length() + 1;
        }
        for (String e : envp) {
            n += e.length() + 1;
        }
        return n;
    }

    // Open files.

    /** Puts f in p's lowest free fd at or above min; EMFILE if there is none. */
    public int installFd(Proc p, OpenFile f, int min, boolean cloexec) {
        int fd = min;
        while (fd < p.fds.length && p.fds[fd] != null) {
            fd++;
        }
        if (p.rlimits.reached(Rlimit.RLIMIT_NOFILE, fd) || fd >= Rlimits.NR_OPEN) {
            throw new SyscallError(Errno.EMFILE);
        }
        if (fd >= p.fds.length) {
            growFds(p, fd + 1);
        }
        p.fds[fd] = f;
        p.cloexec[fd] = cloexec;
        f.refs++;
        return fd;
    }

    public static void growFds(Proc p, int n) {
        int size = Math.max(n, Math.min(Math.max(NOFILE, n), p.fds.length * 2));
        p.fds = java.util.Arrays.copyOf(p.fds, size);
        p.cloexec = java.util.Arrays.copyOf(p.cloexec, size);
    }

    public void closeFd(Proc p, int fd) {
        OpenFile f = p.fds[fd];
        p.fds[fd] = null;
        p.cloexec[fd] = false;
        if (--f.refs == 0) {
            f.release(k);
        }
    }

    // exit and wait.

    /**
     * Ends p with a wait status (exit code or killing signal): closes its files, hands its
     * children to init (or the nearest subreaper), and leaves it a zombie for its parent to
     * reap (or reaps it at once if the parent ignores SIGCHLD). Linux: do_exit, exit_notify.
     */
    public void exit(Proc p, int status, String cause) {
        if (p.pid == 1) {
            throw new KernelPanic("Attempted to kill init! exitcode=0x"
                    + Integer.toHexString(status));
        }
        for (int fd = 0; fd < p.fds.length; fd++) {
            if (p.fds[fd] != null) {
                closeFd(p, fd);
            }
        }
        Proc reaper = findNewReaper(p);
        boolean wakeReaper = false;
        for (Proc c : p.children) {
            c.parent = reaper;
            reaper.children.add(c);
            wakeReaper |= c.isZombie();
            reaper.childEvents += reportable(c) ? 1 : 0;
        }
        p.children.clear();
        k.dequeue(p);
        p.program = null;
        p.pendingSyscall = null;
        p.computeLeftUs = 0;
        p.alarmTick = 0;
        p.touchAt = p.touchEnd = 0;
        if (p.mm != null) {
            k.mm().release(p.mm);
            p.mm = null;
        }
        p.exitStatus = status;
        k.setState(p, ProcState.ZOMBIE, cause);
        k.ptrace().exited(p, status);
        k.injector().exited(p);
        if (p.tty != null && p.tty.sid == p.pid) {
            endSession(p);
        }
        Proc parent = p.parent;
        k.ptrace().childExited(parent, p, status);
        if (k.signals().notifyParentOfExit(p, status)) {
            reap(parent, p);    // SIGCHLD ignored or SA_NOCLDWAIT: no zombie
        }
        wakeWaiter(parent);     // a wait4 that finds no child left returns ECHILD
        if (wakeReaper) {
            wakeWaiter(reaper);
        }
    }

    /**
     * Who adopts the children of p: the nearest living ancestor marked child subreaper, else
     * init. Linux: find_new_reaper() in kernel/exit.c.
     */
    private Proc findNewReaper(Proc p) {
        for (Proc a = p.parent; a != null && a.pid != 1; a = a.parent) {
            if (a.childSubreaper && a.isAlive()) {
                return a;
            }
        }
        return k.procs().get(1);
    }

    /** The controlling process of a terminal exits: the foreground group gets SIGHUP. */
    private void endSession(Proc leader) {
        int fg = leader.tty.fgPgrp;
        leader.tty.sid = 0;
        leader.tty.fgPgrp = 0;
        if (leader.tty == k.console()) {
            k.endSession(leader.exitStatus);
        }
        if (fg > 0 && fg != leader.pgid) {
            k.signals().sendToGroup(fg, Signal.SIGHUP.number);
        }
    }

    /** Wakes parent if it sleeps in wait4, so it looks at its children again. */
    public void wakeWaiter(Proc parent) {
        parent.childEvents++;
        if (parent.state == ProcState.SLEEPING && parent.waitReason == WaitReason.WAIT_CHILD) {
            k.makeRunnable(parent, "child changed state");
        }
    }

    /**
     * wait4(2): reaps a zombie child matching pid (see Syscall.Wait4), or reports a stopped or
     * continued one when asked. Sleeps while matching children live, unless WNOHANG.
     */
    public long wait4(Proc p, int pid, Reported wstatus, int options) {
        boolean any = false;
        if (pid > 0) {
            // One child by pid: found in the table, not by a walk of the children, so a shell
            // polling each of 10,000 jobs does not pay 10,000 steps per poll.
            Proc c = k.procs().get(pid);
            if (c != null && c.parent == p && !c.kthread) {
                any = true;
                int status = report(p, c, options, true);
                if (status != NOTHING) {
                    wstatus.store(status, c);
                    return c.pid;
                }
            }
        } else if (pid == -1 && p.childEvents == p.childrenQuietAt) {
            any = hasUserChild(p);      // no child has anything to report: no walk
        } else {
            boolean quiet = pid == -1;
            for (int i = 0; i < p.children.size(); i++) {
                Proc c = p.children.get(i);
                if (!matches(p, c, pid) || c.kthread) {
                    continue;
                }
                any = true;
                int status = report(p, c, options, true);
                if (status != NOTHING) {
                    wstatus.store(status, c);
                    return c.pid;
                }
                quiet &= !reportable(c);
            }
            if (quiet) {
                p.childrenQuietAt = p.childEvents;
            }
        }
        if (!any) {
            return Errno.ECHILD.ret();
        }
        if ((options & Wait.WNOHANG) != 0) {
            return 0;
        }
        k.sleepOn(p, null, WaitReason.WAIT_CHILD);
        return Ret.BLOCK;
    }

    /** No state change to report (a wait status is never negative). */
    private static final int NOTHING = -1;

    /**
     * What c has to report to a wait of these options: its exit status (reaping it unless
     * consume is false), a stop (WUNTRACED) or a continue (WCONTINUED), or NOTHING. A report
     * is consumed, so it is given once, unless consume is false (waitid's WNOWAIT).
     */
    private int report(Proc p, Proc c, int options, boolean consume) {
        if (c.isZombie()) {
            if (consume) {
                reap(p, c);
            }
            return c.exitStatus;
        }
        if ((options & Wait.WUNTRACED) != 0 && c.stopUnreported && c.state == ProcState.STOPPED) {
            c.stopUnreported &= !consume;
            return Wait.stopped(c.stopSig);
        }
        if ((options & Wait.WCONTINUED) != 0 && c.contUnreported) {
            c.contUnreported &= !consume;
            return Wait.CONTINUED;
        }
        return NOTHING;
    }

    /**
     * What wait4 found, for the syscall to copy out: the wait status and the child's CPU
     * times (its own and its waited-for children's, as Linux's wait4 rusage). Kernel memory.
     */
    public static final class Reported {
        public int status;
        public long utimeUs;
        public long stimeUs;

        void store(int status, Proc c) {
            this.status = status;
            utimeUs = c.utimeUs + c.cutimeUs;
            stimeUs = c.stimeUs + c.cstimeUs;
        }
    }

    /**
     * waitid(2): like wait4, with the child chosen by idtype (P_ALL, P_PID, P_PGID) and the
     * events by WEXITED, WSTOPPED, WCONTINUED; WNOWAIT reports without reaping or consuming,
     * so a shell can ask cheaply whether any child changed at all. Fills info (si_pid 0 when
     * WNOHANG found nothing) and returns 0; ECHILD when nothing matches.
     */
    public long waitid(Proc p, int idtype, int id, SigInfo info, int options) {
        int pid = switch (idtype) {
            case SigInfo.P_ALL -> -1;
            case SigInfo.P_PID -> id;
            case SigInfo.P_PGID -> id == 0 ? -p.pgid : -id;
            default -> throw new SyscallError(Errno.EINVAL);
        };
        if (id < 0 || (idtype == SigInfo.P_PID && id == 0)
                || (options & (Wait.WEXITED | Wait.WSTOPPED | Wait.WCONTINUED)) == 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        boolean consume = (options & Wait.WNOWAIT) == 0;
        int asked = (options & Wait.WSTOPPED) != 0 ? Wait.WUNTRACED : 0;
        asked |= options & Wait.WCONTINUED;
        boolean any = false;
        if (pid == -1 && p.childEvents == p.childrenQuietAt) {
            any = hasUserChild(p);      // no child has anything to report: no walk
        } else {
            boolean quiet = pid == -1;
            for (int i = 0; i < p.children.size(); i++) {
                Proc c = p.children.get(i);
                if (!matches(p, c, pid) || c.kthread) {
                    continue;
                }
                any = true;
                quiet &= !reportable(c);
                if (c.isZombie() && (options & Wait.WEXITED) == 0) {
                    continue;
                }
                int child = c.pid;
                int uid = c.uid;
                int status = report(p, c, asked, consume);
                if (status != NOTHING) {
                    info.fill(child, uid, status);
                    return 0;
                }
            }
            if (quiet) {
                p.childrenQuietAt = p.childEvents;
            }
        }
        if (!any) {
            return Errno.ECHILD.ret();
        }
        if ((options & Wait.WNOHANG) != 0) {
            info.clear();
            return 0;
        }
        k.sleepOn(p, null, WaitReason.WAIT_CHILD);
        return Ret.BLOCK;
    }

    /**
     * Whether c has something a wait could report, under any options: it exited, or it
     * stopped or was continued since the last report of that.
     */
    public static boolean reportable(Proc c) {
        return c.isZombie() || c.stopUnreported && c.state == ProcState.STOPPED || c.contUnreported;
    }

    /** Whether p has a child that is not a kernel thread (what wait(-1) can wait for). */
    private static boolean hasUserChild(Proc p) {
        for (int i = 0; i < p.children.size(); i++) {
            if (!p.children.get(i).kthread) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Proc parent, Proc c, int pid) {
        if (pid > 0) {
            return c.pid == pid;
        }
        if (pid == -1) {
            return true;
        }
        return c.pgid == (pid == 0 ? parent.pgid : -pid);
    }

    /** Frees a zombie child: its times go to the parent's cutime/cstime, its pid is free. */
    private void reap(Proc parent, Proc c) {
        parent.cutimeUs += c.utimeUs + c.cutimeUs;
        parent.cstimeUs += c.stimeUs + c.cstimeUs;
        parent.children.remove(c);
        k.setState(c, ProcState.DEAD, "reaped by " + parent.pid);
        k.procs().remove(c);
    }
}
