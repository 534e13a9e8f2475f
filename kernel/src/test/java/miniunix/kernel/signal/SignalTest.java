package miniunix.kernel.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.Kernel;
import miniunix.kernel.Sys;
import miniunix.kernel.TestImage;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.proc.ProcState;
import miniunix.kernel.uapi.Compute;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Le;
import miniunix.kernel.uapi.Mman;
import miniunix.kernel.uapi.Rlimit;
import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Libc;
import org.junit.jupiter.api.Test;

/** Handlers, masks, pending signals, EINTR and SA_RESTART, the D and T rules, alarm. */
class SignalTest {
    static final int USR1 = Signal.SIGUSR1.number;
    static final int USR2 = Signal.SIGUSR2.number;
    static final long HANDLER = 0x401000;
    static final int EINTR = -Errno.EINTR.number;

    /** Where the scripted programs' buffers are: mapped by {@link #mapBuf}. */
    static final long BUF = 0x10000000L;

    private final List<String> log = new ArrayList<>();

    /** mmap of len bytes of anonymous memory at {@link #BUF}. */
    private static Syscall mapBuf(long len) {
        return new Syscall.Mmap(BUF, len, Mman.PROT_READ | Mman.PROT_WRITE,
                Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS | Mman.MAP_FIXED, -1, 0);
    }

    private static Syscall catchIt(int sig, int flags) {
        return new Syscall.RtSigaction(sig, HANDLER, 0, flags, 0);
    }

    private Kernel boot(Object... main) {
        return boot(List.of(new Syscall.SchedYield()), main);
    }

    private Kernel boot(List<Trap> handler, Object... main) {
        TestImage image = new TestImage().with("/bin/a", () -> Scripted.of(log, handler, main))
                .with("/bin/b", () -> Scripted.of(log, handler, new Syscall.Pause()));
        Kernel k = Sys.boot(image, "/bin/a");
        for (int i = 0; i < 3; i++) {
            Sys.run(k, 1);
            proc = proc != null ? proc : Sys.proc(k, Sys.pidOf(k, "a"));
        }
        return k;
    }

    /** The process running /bin/a (kept after init has reaped it). */
    private Proc proc;

    private Proc a(Kernel k) {
        return proc;
    }

    @Test
    void aHandlerRunsInTheProcessAndPauseThenReturnsEintr() {
        Kernel k = boot(catchIt(USR1, 0), new Syscall.Pause());
        Proc p = a(k);
        assertEquals(ProcState.SLEEPING, p.state);
        k.signals().send(p, USR1);
        Sys.run(k, 1);
        assertEquals(List.of("rt_sigaction=0", "handler 4198400 SIGUSR1 SI_KERNEL pid=0",
                "  h0=0", "pause=" + EINTR), log);
        assertEquals(false, p.isAlive());
        assertEquals(0, p.exitStatus);
    }

    /** A reader on an empty pipe: r[0] read end. */
    private Kernel pipeReader(int flags) {
        return boot(catchIt(USR1, flags), mapBuf(4096), new Syscall.Pipe(BUF + 64),
                new Syscall.Read(0, BUF, 8));   // no fds open: the pipe is 0 and 1
    }

    @Test
    void aReadInterruptedByAHandlerFailsWithEintrWithoutSaRestart() {
        Kernel k = pipeReader(0);
        k.signals().send(a(k), USR1);
        Sys.run(k, 1);
        assertEquals("read=" + EINTR, log.get(log.size() - 1));
    }

    @Test
    void saRestartPerformsTheReadAgainAfterTheHandler() {
        Kernel k = pipeReader(SigAction.SA_RESTART);
        Proc p = a(k);
        k.signals().send(p, USR1);
        Sys.run(k, 1);
        assertEquals("  h0=0", log.get(log.size() - 1), "handler done, read not returned");
        assertEquals(ProcState.SLEEPING, p.state, "asleep in read again");
        k.signals().send(p, Signal.SIGKILL.number);
        Sys.run(k, 1);
        assertEquals(Wait.signaled(Signal.SIGKILL.number, false), p.exitStatus);
    }

    @Test
    void nanosleepIsNeverRestartedEvenWithSaRestart() {
        Kernel k = boot(catchIt(USR1, SigAction.SA_RESTART), new Syscall.Nanosleep(5_000_000_000L),
                new Syscall.Getpid());
        k.signals().send(a(k), USR1);
        Sys.run(k, 1);
        assertTrue(log.contains("nanosleep=" + EINTR), log.toString());
        assertTrue(log.get(log.size() - 1).startsWith("getpid="), "the next call ran at once");
    }

    @Test
    void aBlockedSignalStaysPendingAndIsDeliveredWhenUnblocked() {
        Kernel k = boot(catchIt(USR1, 0), mapBuf(4096),
                new Syscall.RtSigprocmask(Syscall.RtSigprocmask.SIG_BLOCK, Signal.mask(USR1), 0),
                new Syscall.Kill(0, 0), new Syscall.Nanosleep(100_000_000L),
                new Syscall.RtSigpending(BUF),
                new Syscall.RtSigprocmask(Syscall.RtSigprocmask.SIG_UNBLOCK, Signal.mask(USR1), BUF + 8),
                new Syscall.Getpid(), new Syscall.Pause());
        Proc p = a(k);
        k.signals().send(p, USR1);
        Sys.run(k, 5);
        assertEquals(ProcState.SLEEPING, p.state, "a blocked signal does not wake a sleeper");
        assertEquals("0000000000000200", String.format("%016x", p.pendingSignals));
        Sys.run(k, 15);
        byte[] sets = new byte[16];
        assertTrue(k.mm().peekView(p).peek(BUF, sets, 0, 16));
        assertEquals(Signal.mask(USR1), Le.getLong(sets, 0), "rt_sigpending's sigset_t");
        assertEquals(Signal.mask(USR1), Le.getLong(sets, 8), "rt_sigprocmask's oldset");
        assertTrue(log.get(log.indexOf("rt_sigpending=0") + 1).startsWith("handler"),
                "delivered on the way back from the unblocking rt_sigprocmask: " + log);
        assertEquals(0, p.pendingSignals);
    }

    @Test
    void sigkillAndSigstopCannotBeCaughtIgnoredOrBlocked() {
        Kernel k = boot(catchIt(Signal.SIGKILL.number, 0),
                new Syscall.RtSigaction(Signal.SIGSTOP.number, SigAction.SIG_IGN),
                new Syscall.RtSigprocmask(Syscall.RtSigprocmask.SIG_SETMASK, -1L, 0),
                new Syscall.RtSigaction(USR1, HANDLER, 0, 0x100, 0),
                new Syscall.RtSigaction(65, SigAction.SIG_IGN),
                new Syscall.Pause());
        Proc p = a(k);
        int einval = -Errno.EINVAL.number;
        assertEquals(List.of("rt_sigaction=" + einval, "rt_sigaction=" + einval,
                "rt_sigprocmask=0", "rt_sigaction=" + einval, "rt_sigaction=" + einval), log);
        assertEquals(~Signal.UNBLOCKABLE, p.blockedSignals, "all but SIGKILL and SIGSTOP");
        k.signals().send(p, Signal.SIGSTOP.number);
        Sys.run(k, 1);
        assertEquals(ProcState.STOPPED, p.state);
        k.signals().send(p, Signal.SIGKILL.number);
        Sys.run(k, 1);
        assertEquals(Wait.signaled(Signal.SIGKILL.number, false), p.exitStatus,
                "a stopped process dies of SIGKILL");
    }

    @Test
    void aStoppedProcessKeepsOtherSignalsPendingUntilContinued() {
        Kernel k = boot(new Syscall.Pause());
        Proc p = a(k);
        k.signals().send(p, Signal.SIGSTOP.number);
        Sys.run(k, 1);
        k.signals().send(p, Signal.SIGTERM.number);
        Sys.run(k, 5);
        assertEquals(ProcState.STOPPED, p.state);
        assertEquals(Signal.mask(Signal.SIGTERM.number), p.pendingSignals);
        k.signals().send(p, Signal.SIGCONT.number);
        assertEquals(ProcState.RUNNING, p.state, "SIGCONT resumes when sent");
        Sys.run(k, 1);
        assertEquals(Wait.signaled(Signal.SIGTERM.number, false), p.exitStatus);
    }

    @Test
    void aProcessInDTakesItsSignalsOnlyWhenTheDiskIsDone() {
        int len = 16 << 20;
        Kernel k = boot(catchIt(USR1, 0), mapBuf(len), Scripted.later(() -> Libc.open("/tmp/f", 0101, 0644)),
                new Syscall.Write(0, BUF, len), new Syscall.Fsync(0));
        Proc p = a(k);
        assertEquals(ProcState.DISK_SLEEP, p.state);
        k.signals().send(p, USR1);
        Sys.run(k, 1);
        assertEquals(ProcState.DISK_SLEEP, p.state, "not woken");
        Sys.run(k, 100);
        assertTrue(log.contains("fsync=0"), "fsync completes: " + log);
        assertTrue(log.indexOf("fsync=0") > log.indexOf("  h0=0"), "then the handler ran");
    }

    @Test
    void defaultActionsAreSignal7s() {
        for (Signal s : Signal.values()) {
            log.clear();
            proc = null;
            Kernel k = boot(new Syscall.Pause());
            Proc p = a(k);
            p.rlimits = p.rlimits.set(Rlimit.RLIMIT_CORE, Rlimit.RLIM_INFINITY, Rlimit.RLIM_INFINITY, true);
            k.signals().send(p, s.number);
            Sys.run(k, 2);
            String got = !p.isAlive() ? Wait.coreDump(p.exitStatus) ? "Core" : "Term"
                    : p.state == ProcState.STOPPED ? "Stop" : s == Signal.SIGCONT ? "Cont" : "Ign";
            assertEquals(MAN7.get(s.name()), got, s.name());
            if (!p.isAlive()) {
                assertEquals(s.number, Wait.termSig(p.exitStatus));
            }
        }
    }

    /** The Action column of signal(7) (shared/reference/man7-signal-standard-table.txt). */
    private static final java.util.Map<String, String> MAN7 = table("""
            SIGABRT Core SIGALRM Term SIGBUS Core SIGCHLD Ign SIGCONT Cont SIGFPE Core
            SIGHUP Term SIGILL Core SIGINT Term SIGIO Term SIGKILL Term SIGPIPE Term
            SIGPROF Term SIGPWR Term SIGQUIT Core SIGSEGV Core SIGSTKFLT Term SIGSTOP Stop
            SIGTSTP Stop SIGSYS Core SIGTERM Term SIGTRAP Core SIGTTIN Stop SIGTTOU Stop
            SIGURG Ign SIGUSR1 Term SIGUSR2 Term SIGVTALRM Term SIGXCPU Core SIGXFSZ Core
            SIGWINCH Ign""");

    private static java.util.Map<String, String> table(String text) {
        String[] w = text.trim().split("\\s+");
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < w.length; i += 2) {
            m.put(w[i], w[i + 1]);
        }
        return m;
    }

    @Test
    void alarmSendsSigalrmAfterItsSecondsOfSimulatedTime() {
        Kernel k = boot(new Syscall.Alarm(2), new Syscall.Alarm(3), new Syscall.Pause());
        Proc p = a(k);
        assertEquals(List.of("alarm=0", "alarm=2"), log, "the second returns what was left");
        Sys.run(k, 3 * Kernel.HZ - 5);
        assertEquals(ProcState.SLEEPING, p.state);
        Sys.run(k, 5);
        assertEquals(false, p.isAlive(), "3 s after the alarm call");
        assertEquals(Wait.signaled(Signal.SIGALRM.number, false), p.exitStatus);
    }

    @Test
    void sigsuspendWaitsWithATemporaryMaskAndRestoresIt() {
        long usr1 = Signal.mask(USR1);
        Kernel k = boot(catchIt(USR1, 0),
                new Syscall.RtSigprocmask(Syscall.RtSigprocmask.SIG_BLOCK, usr1, 0),
                new Syscall.RtSigsuspend(0), new Syscall.Exit(0));
        Proc p = a(k);
        assertEquals(ProcState.SLEEPING, p.state);
        assertEquals(0, p.blockedSignals, "the temporary mask");
        k.signals().send(p, USR1);
        Sys.run(k, 1);
        assertTrue(log.contains("rt_sigsuspend=" + EINTR), log.toString());
        assertEquals(usr1, p.blockedSignals, "the old mask is back");
    }

    @Test
    void theHandlerMaskAndSaNodeferAndSaResethand() {
        Kernel k = boot(new Syscall.RtSigaction(USR1, HANDLER, Signal.mask(USR2),
                SigAction.SA_RESETHAND, 0), new Syscall.Pause(), new Syscall.Pause());
        Proc p = a(k);
        k.signals().send(p, USR1);
        Sys.run(k, 1);
        assertTrue(log.contains("pause=" + EINTR));
        assertNull(p.sigFrame);
        assertEquals(0, p.caughtSignals, "SA_RESETHAND: back to SIG_DFL");
        k.signals().send(p, USR1);
        Sys.run(k, 1);
        assertEquals(Wait.signaled(USR1, false), p.exitStatus);
    }

    @Test
    void aSignalDuringAComputationRunsTheHandlerAndTheComputationGoesOn() {
        Kernel k = boot(catchIt(USR1, 0), new Compute(50), new Syscall.Getpid());
        Proc p = a(k);
        k.signals().send(p, USR1);
        Sys.run(k, 1);
        assertTrue(log.contains("  h0=0"));
        assertTrue(p.computeLeftUs > 0, "the rest of the computation is back after rt_sigreturn");
        Sys.run(k, 60);
        assertTrue(log.get(log.size() - 1).startsWith("getpid="));
    }

    @Test
    void rtSigreturnWithoutAFrameIsASegfault() {
        Kernel k = boot(new Syscall.RtSigreturn());
        Proc p = a(k);
        assertEquals(Wait.signaled(Signal.SIGSEGV.number, true), p.exitStatus);
    }

    @Test
    void execveResetsCaughtSignalsAndKeepsIgnoredOnesAndTheMask() {
        Kernel k = boot(catchIt(USR1, 0), new Syscall.RtSigaction(USR2, SigAction.SIG_IGN),
                new Syscall.RtSigprocmask(Syscall.RtSigprocmask.SIG_BLOCK, Signal.mask(3), 0),
                Scripted.later(() -> Libc.execve("/bin/b", List.of("b"), List.of())));
        Proc p = Sys.proc(k, Sys.pidOf(k, "b"));
        assertEquals(0, p.caughtSignals);
        assertEquals(Signal.mask(USR2), p.ignoredSignals);
        assertEquals(Signal.mask(3), p.blockedSignals);
    }

    @Test
    void procStatusShowsTheMasksInLinuxHex() {
        byte[] buf = new byte[2048];
        Kernel k = boot(catchIt(USR1, 0), mapBuf(buf.length), new Syscall.RtSigaction(USR2, SigAction.SIG_IGN),
                new Syscall.RtSigprocmask(Syscall.RtSigprocmask.SIG_BLOCK,
                        Signal.mask(Signal.SIGINT.number), 0),
                new Syscall.Kill(0, Signal.SIGINT.number),
                Scripted.later(() -> Libc.open("/proc/self/status", 0, 0)), new Syscall.Read(0, BUF, buf.length),
                new Syscall.Pause());
        assertEquals(ProcState.SLEEPING, a(k).state);
        assertTrue(k.mm().peekView(a(k)).peek(BUF, buf, 0, buf.length));
        String status = new String(buf, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(status.contains("SigQ:\t1/4096\n"), status);
        assertTrue(status.contains("SigPnd:\t0000000000000000\nShdPnd:\t0000000000000002\n"
                + "SigBlk:\t0000000000000002\nSigIgn:\t0000000000000800\n"
                + "SigCgt:\t0000000000000200\n"), status);
    }
}
