package miniunix.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import miniunix.kernel.blk.Disk;
import miniunix.kernel.fs.Inode;
import miniunix.kernel.fs.Vfs;
import miniunix.kernel.irq.Interrupts;
import miniunix.kernel.mm.FrameTable;
import miniunix.kernel.mm.Mm;
import miniunix.kernel.proc.Lifecycle;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.proc.ProcTable;
import miniunix.kernel.proc.WaitQueue;
import miniunix.kernel.proc.WaitReason;
import miniunix.kernel.sched.Cpu;
import miniunix.kernel.sched.CpuTime;
import miniunix.kernel.sched.LoadAvg;
import miniunix.kernel.sched.PolicySpec;
import miniunix.kernel.sched.RunLoop;
import miniunix.kernel.signal.Signals;
import miniunix.kernel.syscall.SyscallTable;
import miniunix.kernel.trace.Injector;
import miniunix.kernel.trace.Ptrace;
import miniunix.kernel.trace.KernelLog;
import miniunix.kernel.trace.TraceLog;
import miniunix.kernel.tty.HostStdio;
import miniunix.kernel.tty.Tty;
import miniunix.kernel.uapi.Compute;
import miniunix.kernel.uapi.ProgramLoader;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Touch;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.UserMemory;
import miniunix.kernel.uapi.Wait;

/**
 * The simulated machine: the clock and how a process runs, plus the facade the front end uses
 * (boot, tick, the console's keyboard and screen). The CPUs, their run queues, dispatch and
 * preemption are the scheduler's ({@link RunLoop}, with the policy chosen at boot).
 *
 * <p>How a process runs (DESIGN.md, "How a program runs"): each tick, every CPU runs procs for
 * {@link #TICK_US} microseconds of CPU time. Running a proc means calling its program's
 * resume() until it traps: a Compute burns user time and may be preempted part-way; a syscall
 * costs {@link #SYSCALL_US} of system time and goes through the one door,
 * {@link SyscallTable#dispatch}. A syscall that must wait puts the proc to sleep on a wait
 * channel and is performed again when it is woken (xv6's sleep/wakeup loop, made explicit).
 *
 * <p>Invariants: the kernel is single-threaded and deterministic. Nothing here reads the
 * wall clock or the host; the only randomness is {@link #rng}. A RUNNING proc is either on
 * exactly one CPU ({@code onCpu >= 0}) or in one run queue, never both.
 *
 * <p>Simplified: no interrupts but the timer; a syscall costs the same whatever it does.
 * Rejected: a Java thread per process (see Program) and wall-clock pacing inside the kernel
 * (the front end's Pacer owns that).
 */
public final class Kernel {
    public static final int HZ = 100;
    /** One tick of CPU time: 10 ms. */
    public static final long TICK_US = 1_000_000 / HZ;
    /** System time charged for every syscall. */
    public static final long SYSCALL_US = 2;
    /** User time charged for each page a Touch references. */
    public static final long TOUCH_US = 1;

    private final BootOptions opts;
    public final Rng rng;
    private final ProgramLoader loader;
    private final ProcTable procs;
    private final RunLoop runLoop;
    private final Vfs vfs;
    private final Tty console;
    private final HostStdio host = new HostStdio();
    private final TraceLog trace = new TraceLog(TraceLog.DEFAULT_CAPACITY);
    private final SyscallTable syscalls;
    private final Lifecycle lifecycle;
    private final Signals signals;
    private final Ptrace ptrace;
    private final Injector injector;
    private final Disk disk = new Disk();
    private final Mm mm;
    private final KernelLog klog = new KernelLog();
    private final Interrupts irqs = new Interrupts();
    /** The node and domain names (uname, sethostname). */
    private final Uts uts = new Uts();
    /**
     * /dev/tty1's inode: its mtime is the tick of the last keyboard input, what w(1) reads as
     * the terminal's idle time. Simplified: Linux keeps that in the tty's atime; our stat has
     * no atime.
     */
    private Inode consoleInode;

    private long now;
    private long forks;
    private int maxProcs;
    private final LoadAvg loadAvg = new LoadAvg();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private long timerSeq;

    // The console session: set when its leader (login) exits.
    private boolean sessionEnded;
    /** The console has had a session leader (the login shell): boot went as far as a shell. */
    private boolean sessionSeen;
    /** Why boot never gave the console a shell, or null. */
    private String bootFailure;
    private int sessionStatus;

    /** A nanosleep deadline; ties are broken by arrival, so wake order is deterministic. */
    private record Timer(long tick, long seq, Proc proc) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer o) {
            return tick != o.tick ? Long.compare(tick, o.tick) : Long.compare(seq, o.seq);
        }
    }

    private Kernel(BootOptions opts, ProgramLoader loader) {
        this.opts = opts;
        this.rng = new Rng(opts.seed());
        this.loader = loader;
        this.procs = new ProcTable(opts.pidMax());
        this.maxProcs = opts.processLimit();
        this.runLoop = new RunLoop(opts.cpus(), opts.sched(), true, opts.csCost() * TICK_US,
                this::runProc);
        this.mm = new Mm(this, opts.memBytes(), opts.vm(), opts.cpus());
        this.console = new Tty("tty1", (4 << 8) | 1);
        this.vfs = new Vfs(this);
        this.signals = new Signals(this);
        this.ptrace = new Ptrace(this);
        this.injector = new Injector(this);
        this.lifecycle = new Lifecycle(this);
        this.syscalls = new SyscallTable(this);
    }

    // Boot.

    /**
     * Boots: the root filesystem from the loader's image, pid 1 running /sbin/init, pid 2
     * kthreadd with its kernel threads. init then starts the daemons and the console login as
     * the machine runs. Linux: start_kernel() -> rest_init() -> kernel_init / kthreadd.
     */
    public static Kernel boot(BootOptions opts, ProgramLoader loader) {
        Kernel k = new Kernel(opts, loader);
        k.buildRootFs();
        k.lifecycle.spawnInit(opts.initEnv());
        k.lifecycle.spawnKernelThreads(opts.cpus());
        return k;
    }

    /** Group utmp, as Debian's. */
    private static final int UTMP_GID = 43;

    private void buildRootFs() {
        for (String dir : List.of("/bin", "/dev", "/etc", "/home", "/proc", "/root", "/sbin",
                "/tmp", "/usr/bin", "/usr/local/bin", "/usr/sbin", "/var/log", "/var/run")) {
            vfs.mkdirs(dir, 0, 0755);
        }
        // Who is logged in: login appends its session's record (user.lib.Utmp).
        vfs.createFile("/var/run/utmp", 0, 0664, new byte[0]).gid = UTMP_GID;
        vfs.mkdirs("/root", 0, 0700).perm = 0700;
        vfs.mkdirs("/tmp", 0, 01777).perm = 01777;
        vfs.createDevice("/dev/null", Inode.Device.NULL, null, 0666);
        vfs.createDevice("/dev/zero", Inode.Device.ZERO, null, 0666);
        vfs.createDevice("/dev/random", Inode.Device.RANDOM, null, 0666);
        vfs.createDevice("/dev/urandom", Inode.Device.URANDOM, null, 0666);
        // udev gives terminals to group tty (gid 5); login gives tty1 to the user it logs in.
        consoleInode = vfs.createDevice("/dev/tty1", Inode.Device.TTY, console, 0620);
        consoleInode.gid = Tty.GID;
        vfs.createDevice("/dev/tty", Inode.Device.CTTY, null, 0666).gid = Tty.GID;
        vfs.createDevice("/dev/host/stdin", Inode.Device.HOST_STDIN, null, 0666);
        vfs.createDevice("/dev/host/stdout", Inode.Device.HOST_STDOUT, null, 0666);
        vfs.createDevice("/dev/host/stderr", Inode.Device.HOST_STDERR, null, 0666);
        // udev's links to the open files (fs.FdLinks): ls -l /dev shows them as Linux does.
        vfs.createSymlink("/dev/fd", "/proc/self/fd");
        vfs.createSymlink("/dev/stdin", "/proc/self/fd/0");
        vfs.createSymlink("/dev/stdout", "/proc/self/fd/1");
        vfs.createSymlink("/dev/stderr", "/proc/self/fd/2");
        byte[] elf = "\u007fELF miniunix executable\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String path : loader.paths()) {
            vfs.createFile(path, 0, loader.mode(path), elf);
        }
        for (ProgramLoader.SeedFile f : loader.files()) {
            if (f.path().endsWith("/")) {
                Inode d = vfs.mkdirs(f.path(), f.uid(), f.mode());
                d.perm = f.mode();
                d.uid = f.uid();
                d.gid = f.uid();
            } else {
                vfs.createFile(f.path(), f.uid(), f.mode(),
                        f.content().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        vfs.createDevice("/dev/full", Inode.Device.FULL, null, 0666);     // writes fail: ENOSPC
    }

    // The run loop.

    /**
     * One clock tick: the scheduler's start of tick (an MLFQ boost), timers fire, disk requests
     * complete, then every CPU runs for a tick of CPU time.
     */
    public void tick() {
        now++;
        runLoop.beginTick(now);
        fireTimers();
        signals.fireAlarms(now);
        completeIo();
        runLoop.runCpus();
        irqs.timerTick(runLoop.cpus().length);
        if (now % LoadAvg.LOAD_FREQ == 0) {
            calcLoad();
        }
    }

    /**
     * The scheduler's executor: runs p on c for up to budget of CPU time, or until it blocks,
     * exits or leaves the CPU. A cache-cold proc's Compute progresses at the slower rate.
     */
    private long runProc(Cpu c, Proc p, long budget) {
        long used = 0;
        mm.switchTo(c.id, p);
        if (p.kthread) {
            // A kernel thread runs kernel code only: kswapd is the one that is ever woken.
            long n = mm.kswapdRun(p, budget);
            p.stimeUs += n;
            c.charge(CpuTime.SYSTEM, n);
            return n;
        }
        while (used < budget && p.state == ProcState.RUNNING && p.onCpu == c.id) {
            if (p.touchAt < p.touchEnd) {
                used += runTouch(c, p, budget - used);
                continue;
            }
            // The way back to user mode: signals are taken here (a syscall in D completes first).
            if (p.deliverableSignals() != 0 && p.handlerEntry == null
                    && (p.pendingSyscall == null || p.ioWait == null)) {
                signals.deliver(p);
                continue;
            }
            if (p.computeLeftUs > 0) {
                long n = Math.min(p.computeLeftUs, budget - used);
                p.computeLeftUs -= RunLoop.progress(p, n);
                p.utimeUs += n;
                c.charge(p.nice > 0 ? CpuTime.NICE : CpuTime.USER, n);
                used += n;
                continue;
            }
            if (p.injected != null) {
                // A syscall another process injected comes before the proc's own work.
                chargeSyscall(c, p);
                used += SYSCALL_US;
                if (!injector.perform(p)) {
                    break;
                }
                continue;
            }
            Syscall sc = p.pendingSyscall;
            if (sc == null) {
                Trap t = resume(c, p);
                if (t == null) {
                    break;
                }
                if (t instanceof Compute comp) {
                    p.computeLeftUs = comp.ticks() * TICK_US;
                    p.nextRet = 0;
                    continue;
                }
                if (t instanceof Touch touch) {
                    p.touchAt = touch.addr();
                    p.touchEnd = touch.addr() + touch.len();
                    p.touchWrite = touch.write();
                    p.nextRet = 0;
                    continue;
                }
                sc = (Syscall) t;
            }
            chargeSyscall(c, p);
            used += SYSCALL_US;
            long r = syscalls.dispatch(p, sc);
            if (r == Ret.BLOCK) {
                p.pendingSyscall = sc;
                if (p.state == ProcState.RUNNING && p.onCpu == c.id) {
                    continue;   // not asleep: a signal is to be taken first (ERESTARTSYS)
                }
                break;
            }
            if (r != Ret.NORETURN) {    // exit, execve and rt_sigreturn set the context
                p.pendingSyscall = null;
                p.nextRet = r;
            }
        }
        return used;
    }

    private static void chargeSyscall(Cpu c, Proc p) {
        p.stimeUs += SYSCALL_US;
        c.charge(CpuTime.SYSTEM, SYSCALL_US);
    }

    /**
     * Runs p's Touch in progress for up to budget microseconds: each page is one reference
     * through the CPU's TLB ({@link Mm#access}). A major fault puts p in D until the disk has
     * read the page; a bad reference ends the Touch with SIGSEGV.
     */
    private long runTouch(Cpu c, Proc p, long budget) {
        long used = 0;
        while (p.touchAt < p.touchEnd && used < budget) {
            long at = p.touchAt;
            int r = mm.access(p, mm.tlb(c.id), at, p.touchWrite);
            p.touchAt = Math.min(p.touchEnd, (at | (FrameTable.PAGE_SIZE - 1)) + 1);
            p.utimeUs += TOUCH_US;
            c.charge(p.nice > 0 ? CpuTime.NICE : CpuTime.USER, TOUCH_US);
            used += TOUCH_US;
            if (r == Mm.MAJOR) {
                waitForDisk(p, FrameTable.PAGE_SIZE, WaitReason.PAGE_READ);
                break;
            }
            if (r != Mm.OK) {
                p.touchAt = p.touchEnd = 0;
                if (r != Mm.OOM) {
                    mm.segv(p);
                }
                break;
            }
        }
        return Math.max(used, 1);
    }

    /**
     * Runs the program's user code up to its next trap. A program that throws has done what a
     * C program does with a wild pointer: it dies of SIGSEGV, and the kernel goes on.
     */
    private Trap resume(Cpu c, Proc p) {
        try {
            Trap t;
            UserMemory mem = mm.view(c.id, p);
            if (p.handlerEntry != null) {
                SigInfo info = p.handlerEntry;
                p.handlerEntry = null;
                t = p.program.handleSignal(p.handlerEntryAddr, info.copy(), mem);
            } else {
                t = p.program.resume(p.nextRet, mem);
            }
            if (t == null) {
                throw new IllegalStateException("resume returned no trap");
            }
            return t;
        } catch (RuntimeException | StackOverflowError e) {
            lastFault = p.comm + ": " + e;
            lifecycle.exit(p, Wait.signaled(Signal.SIGSEGV.number, true), "SIGSEGV (program fault)");
            return null;
        }
    }

    private String lastFault;

    /** The last program fault (an exception thrown by user code), for tests; null if none. */
    public String lastFault() {
        return lastFault;
    }

    // Sleep and wakeup (xv6 proc.c sleep/wakeup; Linux wait queues).

    /** Puts p to sleep on q (null: woken by a timer, a child or a signal only). */
    public void sleepOn(Proc p, WaitQueue q, WaitReason why) {
        p.chan = q;
        p.waitReason = why;
        setState(p, ProcState.SLEEPING, why.wchan);
        if (q != null) {
            q.add(p);
        }
    }

    /**
     * Makes every proc sleeping on q runnable; each performs its syscall again. A proc in
     * poll(2) sleeps on several queues at once (its chan is null): any of them wakes it.
     */
    public void wakeup(WaitQueue q) {
        if (q.isEmpty()) {
            return;
        }
        for (Proc p : q.drain()) {
            boolean waits = p.chan == q || p.chan == null && p.waitReason == WaitReason.POLL;
            if (waits && p.state == ProcState.SLEEPING) {
                makeRunnable(p, "woken from " + p.waitReason.wchan);
            }
        }
    }

    /** A sleeping, stopped or new proc becomes runnable and joins the run queue. */
    public void makeRunnable(Proc p, String cause) {
        p.chan = null;
        p.waitReason = WaitReason.NONE;
        setState(p, ProcState.RUNNING, cause);
        if (p.onCpu < 0) {
            runLoop.wake(p);
        }
    }

    /** Takes a RUNNING proc off the run queue (it is being stopped or killed). */
    public void dequeue(Proc p) {
        if (p.state == ProcState.RUNNING && p.onCpu < 0) {
            runLoop.remove(p);
        }
    }

    /**
     * The one place a state changes: every transition is recorded with its cause, and a proc
     * that stops running (sleeps, stops, exits) gives up its CPU at once.
     */
    public void setState(Proc p, ProcState to, String cause) {
        trace.record(now, p.pid, p.state, to, cause);
        p.state = to;
        if (to != ProcState.RUNNING) {
            runLoop.offCpu(p);
        }
    }

    /** Sleeps p until the clock reaches tick. */
    public void sleepUntil(Proc p, long tick) {
        p.wakeTick = tick;
        timers.add(new Timer(tick, timerSeq++, p));
        sleepOn(p, null, WaitReason.NANOSLEEP);
    }

    /**
     * Puts p in poll(2)'s sleep: on every queue of qs (any of them wakes it) and, when tick
     * is not negative, until the clock reaches tick.
     */
    public void sleepPolling(Proc p, List<WaitQueue> qs, long tick) {
        sleepOn(p, null, WaitReason.POLL);
        for (WaitQueue q : qs) {
            q.add(p);
        }
        if (tick >= 0) {
            p.wakeTick = tick;
            timers.add(new Timer(tick, timerSeq++, p));
        }
    }

    private void fireTimers() {
        while (!timers.isEmpty() && timers.peek().tick <= now) {
            Timer t = timers.poll();
            Proc p = t.proc;
            boolean timed = p.waitReason == WaitReason.NANOSLEEP || p.waitReason == WaitReason.POLL;
            if (p.state == ProcState.SLEEPING && timed && p.wakeTick == t.tick) {
                makeRunnable(p, "timer expired");
            }
        }
    }

    // Waiting for the disk: the one uninterruptible sleep (D).

    /**
     * Queues a write of bytes to the disk for p and puts p in D until it completes (Linux:
     * submit_bio, then io_schedule in TASK_UNINTERRUPTIBLE). Signals sent meanwhile wait.
     */
    public void waitForDisk(Proc p, long bytes, WaitReason why) {
        p.ioWait = why == WaitReason.PAGE_READ ? disk.submitRead(bytes, p, now)
                : disk.submit(bytes, p, now);
        p.chan = null;
        p.waitReason = why;
        setState(p, ProcState.DISK_SLEEP, why.wchan);
        runLoop.ioWaitBegin(p);
    }

    /** Ends the disk requests due now: each waiter leaves D and takes its pending signals. */
    private void completeIo() {
        if (disk.nextCompletion() > now) {
            return;
        }
        for (Disk.Request r : disk.complete(now)) {
            irqs.disk();
            if (r.isRead) {
                mm.stat.pgpginSectors += r.sectors();
            } else {
                mm.stat.pgpgoutSectors += r.sectors();
            }
            Proc p = r.waiter;
            if (p != null && p.ioWait == r && p.state == ProcState.DISK_SLEEP) {
                runLoop.ioWaitEnd(p);
                makeRunnable(p, "I/O completed");   // and takes its pending signals
            }
        }
    }

    /** The caller gives up its CPU and goes back to its run queue (sched_yield). */
    public void yield(Proc p) {
        runLoop.yield(p);
    }

    /** A load-average sample: the procs runnable (on a CPU or queued) or in D, now. */
    private void calcLoad() {
        long active = 0;
        for (int pid = procs.nextPid(0); pid > 0; pid = procs.nextPid(pid)) {
            ProcState s = procs.get(pid).state;
            if (s == ProcState.RUNNING || s == ProcState.DISK_SLEEP) {
                active++;
            }
        }
        loadAvg.sample(active);
    }

    /** The load averages (uptime, /proc/loadavg). */
    public LoadAvg loadAvg() {
        return loadAvg;
    }

    /**
     * /proc/loadavg as fs/proc/loadavg.c prints it: "0.52 0.58 0.59 2/345 12345", the three
     * averages, runnable tasks / all tasks, and the pid most recently given out.
     */
    public String loadavgText() {
        int running = 0;
        for (int pid = procs.nextPid(0); pid > 0; pid = procs.nextPid(pid)) {
            running += procs.get(pid).state == ProcState.RUNNING ? 1 : 0;
        }
        return loadAvg.text() + " " + running + "/" + procs.count() + " " + procs.lastPid() + "\n";
    }

    // Accessors for the subsystems.

    public long now() {
        return now;
    }

    public BootOptions options() {
        return opts;
    }

    public ProgramLoader loader() {
        return loader;
    }

    public ProcTable procs() {
        return procs;
    }

    public Cpu[] cpus() {
        return runLoop.cpus();
    }

    /** The scheduler: run queues, policy, switches. */
    public RunLoop runLoop() {
        return runLoop;
    }

    public Vfs vfs() {
        return vfs;
    }

    public Uts uts() {
        return uts;
    }

    public Tty console() {
        return console;
    }

    /** The host's standard streams (/dev/host/stdin, stdout, stderr). */
    public HostStdio hostStdio() {
        return host;
    }

    public TraceLog trace() {
        return trace;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public Signals signals() {
        return signals;
    }

    public Ptrace ptrace() {
        return ptrace;
    }

    public Injector injector() {
        return injector;
    }

    public SyscallTable syscalls() {
        return syscalls;
    }

    public Disk disk() {
        return disk;
    }

    public long forks() {
        return forks;
    }

    public void countFork() {
        forks++;
    }

    public long contextSwitches() {
        return runLoop.switches();
    }

    /** What init's limits are (Linux's INIT_RLIMITS for this machine), made once at boot. */
    private miniunix.kernel.proc.Rlimits initialRlimits;

    public miniunix.kernel.proc.Rlimits initialRlimits() {
        if (initialRlimits == null) {
            initialRlimits = miniunix.kernel.proc.Rlimits.initial(maxProcs, signals().sigQueueLimit());
        }
        return initialRlimits;
    }

    public int maxProcs() {
        return maxProcs;
    }

    public Mm mm() {
        return mm;
    }

    /** printk: a line in the kernel log that dmesg shows, stamped with the time since boot. */
    public void log(String msg) {
        klog.log(now, HZ, msg);
    }

    public KernelLog klog() {
        return klog;
    }

    /** Interrupt counts (/proc/stat intr and softirq). */
    public Interrupts interrupts() {
        return irqs;
    }

    /**
     * Fills buf[off..off+len) from the kernel's generator (/dev/urandom, getrandom(2)); returns
     * len. Simplified: Linux mixes in entropy; ours is SplitMix64 from --seed, so runs repeat.
     */
    public long randomBytes(byte[] buf, int off, int len) {
        for (int i = 0; i < len; i += 8) {
            long r = rng.nextLong();
            for (int b = 0; b < 8 && i + b < len; b++) {
                buf[off + i + b] = (byte) (r >>> (8 * b));
            }
        }
        return len;
    }

    /** Sends a signal from the kernel itself (SIGPIPE on a broken pipe, SIGINT from Ctrl-C). */
    public void sendSignal(Proc p, int sig) {
        signals.send(p, sig);
    }

    /** Applies a write to /proc/sys/kernel/NAME; false if the value is out of range. */
    public boolean sysctlWrite(String name, String text) {
        if (name.equals("sched_policy")) {
            return switchPolicy(text);
        }
        if (name.equals("policy")) {
            return mm.reclaim().setPolicy(text.strip()).isPresent();
        }
        if (name.equals("min_free_kbytes")) {
            try {
                return mm.reclaim().setMinFreeKbytes(Long.parseLong(text.strip()));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        int v;
        try {
            v = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return false;
        }
        if (name.equals("pid_max")) {
            if (v <= ProcTable.RESERVED_PIDS || v > 4194304) {
                return false;
            }
            procs.setPidMax(v);
            return true;
        }
        if (v < 20 || v > 4194304) {
            return false;
        }
        maxProcs = v;
        return true;
    }

    /**
     * Switches the scheduling policy while procs run (sched set): text is a PolicySpec. False,
     * with nothing changed, when it does not parse.
     */
    private boolean switchPolicy(String text) {
        PolicySpec spec;
        try {
            spec = PolicySpec.parse(text);
        } catch (PolicySpec.BadSpec e) {
            return false;
        }
        runLoop.switchPolicy(spec);
        return true;
    }

    /** Called by exit when the console session's leader dies. */
    public void endSession(int waitStatus) {
        sessionEnded = true;
        sessionStatus = Wait.shellStatus(waitStatus);
    }

    // The front end's side: keyboard, screen, and running until input is wanted.

    /**
     * Runs until some process is blocked reading the console with no input queued, or the
     * console session has ended, or the console's output is full (take it to go on), or
     * maxTicks have passed. When every CPU is idle the clock jumps to the next timer.
     * Returns the ticks that passed.
     */
    public long runUntilInputWanted(long maxTicks) {
        long start = now;
        long end = maxTicks > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + maxTicks;
        while (now < end && !sessionEnded && !inputWanted() && !console.outputFull()
                && !hostInputWanted() && !host.outputFull()) {
            if (allIdle()) {
                long next = Math.min(end, disk.nextCompletion());
                next = timers.isEmpty() ? next : Math.min(next, timers.peek().tick);
                next = Math.min(next, signals.nextAlarmTick());
                skipIdle(next - 1 - now);
                if (now >= end) {
                    break;
                }
            }
            tick();
            if (!sessionSeen) {
                checkBoot();
            }
        }
        return now - start;
    }

    /** Simulated time boot may take to give the console its shell (a normal one: a few ticks). */
    static final long BOOT_DEADLINE_TICKS = 60 * HZ;

    /**
     * Boot must give the console a session within BOOT_DEADLINE_TICKS; when it does not (init
     * could not fork the login: a machine whose process limit, which --mem sets as Linux's
     * threads-max, is used up by the kernel threads and services), the session ends with
     * status 1 and {@link #bootFailure} says why, instead of a front end waiting for ever.
     */
    private void checkBoot() {
        if (console.sid != 0 || sessionEnded) {
            sessionSeen = true;
            return;
        }
        if (now < BOOT_DEADLINE_TICKS) {
            return;
        }
        bootFailure = procs.count() >= maxProcs
                ? "the machine could not start its shell: boot used up the process limit ("
                        + maxProcs + " tasks, threads-max for this --mem)"
                : "the machine could not start its shell within " + BOOT_DEADLINE_TICKS / HZ
                        + " s of boot";
        log("init: " + bootFailure);
        sessionSeen = true;
        sessionEnded = true;
        sessionStatus = 1;
    }

    /** Why boot gave the console no shell (the session then ends with status 1), or null. */
    public String bootFailure() {
        return bootFailure;
    }

    private boolean allIdle() {
        return runLoop.allIdle();
    }

    /** Advances the clock n ticks with nothing runnable: idle time and load samples only. */
    private void skipIdle(long n) {
        for (long i = 0; i < n; i++) {
            now++;
            runLoop.beginTick(now);
            runLoop.idleTicks(1);
            if (now % LoadAvg.LOAD_FREQ == 0) {
                calcLoad();
            }
            if (loadAvg.isZero()) {
                long rest = n - i - 1;
                now += rest;
                runLoop.idleTicks(rest);
                return;
            }
        }
    }

    /**
     * True when a process is blocked reading the console and nothing queued would let it read:
     * a canonical console may hold part of a line (keys a non-canonical program left behind),
     * which waits for the rest, as n_tty's does.
     */
    public boolean inputWanted() {
        return !console.readable() && console.readWait.hasSleeper();
    }

    /**
     * Whether the console's foreground process group is the login shell's own: its leader is
     * a child of the session's leader (login), as the shell is at its prompt, where a job the
     * shell started (rm -i asking, a program's own prompt) is the shell's child instead.
     */
    public boolean consoleForegroundIsLoginShell() {
        Proc leader = procs.get(console.fgPgrp);
        return leader != null && console.sid != 0 && leader.ppid() == console.sid;
    }

    /** True when a process is blocked reading the host's stdin and nothing is queued. */
    public boolean hostInputWanted() {
        return !host.hasInput() && host.readWait.hasSleeper();
    }

    /** Bytes from the host's stdin for /dev/host/stdin's readers; wakes them. */
    public void typeHostInput(byte[] bytes) {
        host.type(bytes);
        wakeup(host.readWait);
    }

    /** The host's stdin ended: its readers get end of file from now on. */
    public void typeHostEof() {
        host.typeEof();
        wakeup(host.readWait);
    }

    /** What processes wrote to the host's stdout and stderr since the last call, in order. */
    public List<HostStdio.Chunk> takeHostOutput() {
        List<HostStdio.Chunk> out = host.takeOutput();
        wakeup(host.writeWait);
        return out;
    }

    /** Keyboard bytes into the console's input queue; wakes a blocked reader. */
    public void typeInput(byte[] bytes) {
        irqs.keyboard(bytes.length);
        consoleInode.mtimeTicks = now;
        console.type(bytes);
        wakeup(console.readWait);
        wakeup(console.pollWait);
    }

    /** Ctrl-D: a read with no queued input returns 0 (end of file), once per call. */
    public void typeEof() {
        console.typeEof();
        wakeup(console.readWait);
        wakeup(console.pollWait);
    }

    /**
     * The front end's window changed size: the console's winsize becomes rows x cols, and if
     * that is a change its foreground group gets SIGWINCH (Linux tty_do_resize).
     */
    public void resize(int rows, int cols) {
        resize(console, rows, cols);
    }

    /** Sets tty's winsize; SIGWINCH to its foreground group if it changed. */
    public void resize(Tty tty, int rows, int cols) {
        if (tty.rows == rows && tty.cols == cols) {
            return;
        }
        tty.rows = rows;
        tty.cols = cols;
        if (tty.fgPgrp > 0) {
            signals.sendToGroup(tty.fgPgrp, Signal.SIGWINCH.number);
        }
    }

    /** Ctrl-C: discards queued input and sends SIGINT to the console's foreground group. */
    public void interrupt() {
        keyboardSignal(Signal.SIGINT);
    }

    /** Ctrl-Z: discards queued input and sends SIGTSTP to the console's foreground group. */
    public void suspend() {
        keyboardSignal(Signal.SIGTSTP);
    }

    /** Ctrl-\: discards queued input and sends SIGQUIT to the console's foreground group. */
    public void quit() {
        keyboardSignal(Signal.SIGQUIT);
    }

    /** Linux n_tty's isig(): the line typed so far is flushed (no NOFLSH), the group signalled. */
    private void keyboardSignal(Signal sig) {
        console.flushInput();
        if (console.fgPgrp > 0) {
            signals.sendToGroup(console.fgPgrp, sig.number);
        }
    }

    /** What processes wrote to the console since the last call. */
    public byte[] takeOutput() {
        byte[] out = console.takeOutput();
        wakeup(console.writeWait);
        return out;
    }

    /** True until the console session's leader (the login process) has exited. */
    public boolean sessionAlive() {
        return !sessionEnded;
    }

    /** The login session's exit status as a shell reports it (code, or 128 + signal). */
    public int sessionExitStatus() {
        return sessionStatus;
    }

    /**
     * The names in a directory as the process reading the console sees it (relative paths from
     * its cwd, its permissions), directories with a trailing '/': for the terminal's Tab
     * completion, which looks without acting, so it is no syscall and costs no time. Empty if
     * the path is not a readable directory.
     */
    public List<String> listDir(String path) {
        Proc reader = null;
        for (int pid = procs.nextPid(0); pid > 0 && reader == null; pid = procs.nextPid(pid)) {
            Proc p = procs.get(pid);
            if (p.chan == console.readWait && p.state == ProcState.SLEEPING) {
                reader = p;
            }
        }
        if (reader == null) {
            return List.of();
        }
        return vfs.list(reader, path);
    }

    /** Every live pid, ascending (for tests and tools). */
    public List<Integer> pids() {
        List<Integer> out = new ArrayList<>();
        for (int pid = procs.nextPid(0); pid > 0; pid = procs.nextPid(pid)) {
            out.add(pid);
        }
        return out;
    }
}
