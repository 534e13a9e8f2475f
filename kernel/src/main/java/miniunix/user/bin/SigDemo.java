package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.UserMemory;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;

/**
 * sigdemo(1), miniunix's own: installs signal handlers and masks as told, then sleeps (or
 * pauses) and reports every signal its handler catches, with the time since boot, so that
 * handlers, masks and pending signals can be shown from the shell.
 * <pre>
 *   sigdemo [--catch SIG]... [--ignore SIG]... [--block SIG]... [--restart] [--fork N]
 *           [--sleep SECONDS | --pause]
 * </pre>
 * The C it mirrors:
 * <pre>
 *   sa.sa_handler = report; sa.sa_flags = restart ? SA_RESTART : 0; sigaction(sig, &amp;sa, NULL);
 *   sigprocmask(SIG_BLOCK, &amp;blocked, NULL);
 *   while (now() &lt; deadline) nanosleep(deadline - now());   // EINTR: the handler ran
 *   sigpending(&amp;set); printf("pending: ..."); sigprocmask(SIG_UNBLOCK, &amp;blocked, NULL);
 * </pre>
 * The handler is this program's own code, run by the kernel in its context: it reads the time
 * (/proc/uptime), writes one line and returns with rt_sigreturn. Activations nest (a second
 * signal may interrupt the first handler), so they are kept as a stack; fork copies it.
 */
public final class SigDemo implements Program {
    static final String USAGE = """
            Usage: sigdemo [OPTION]...
            Install signal handlers and masks, then sleep and report each signal caught.

              -c, --catch=SIG     catch SIG with a handler that reports it (repeatable)
              -i, --ignore=SIG    ignore SIG (SIG_IGN)
              -b, --block=SIG     block SIG; pending ones are shown and delivered at the end
              -r, --restart       install the handlers with SA_RESTART
              -f, --fork=N        fork N children that exit at once, with status 0..N-1
              -s, --sleep=SECS    sleep SECS seconds of simulated time (default 10)
              -p, --pause         wait in pause(2) until a signal ends the process
                  --help          display this help and exit
            """;
    private static final long HANDLER = 0x401a20;
    private static final int CENTIS_PER_SECOND = 100;
    private static final long NANOS_PER_CENTI = 10_000_000L;

    private enum Pc { START, PID, SETUP, FORKED, CLOCK, SLEPT, PENDING, UNBLOCK, DONE, PAUSED, EXITING }

    private final List<String> argv;
    private Pc pc = Pc.START;
    /** The set-up calls (rt_sigaction, rt_sigprocmask) still to make, and their names. */
    private List<Syscall> setup = new ArrayList<>();
    private List<String> setupWhat = new ArrayList<>();
    private int nextSetup;
    private long blocked;
    private int forks;
    private int forked;
    private boolean pause;
    private long sleepCentis;
    private long deadline = -1;
    private Fetch clock;
    private long[] pending = new long[1];
    /** Handler activations, innermost last. */
    private List<Activation> handlers = new ArrayList<>();
    /** The I/O buffers read and write pass, and the trap whose result comes next. */
    private Libc.Io io = new Libc.Io();
    private Trap last;

    /** One running handler: read the time, write the report, rt_sigreturn. */
    private static final class Activation {
        final SigInfo info;
        Fetch clock = new Fetch(Fetch.Kind.FILE, "/proc/uptime", 0);
        boolean wrote;
        /** The handler's own I/O buffers, below the interrupted code's (set on entry). */
        Libc.Io io;
        Trap last;

        Activation(SigInfo info) {
            this.info = info;
        }

        Activation copy() {
            Activation a = new Activation(info);
            a.clock = clock.copy();
            a.wrote = wrote;
            a.io = io == null ? null : io.copy();
            a.last = last;
            return a;
        }
    }

    public SigDemo(List<String> argv, List<String> envp) {
        this.argv = List.copyOf(argv);
    }

    @Override
    public Trap resume(long ret) {
        throw new IllegalStateException("sigdemo: resumed without its memory");
    }

    @Override
    public Trap resume(long ret, UserMemory mem) {
        if (!handlers.isEmpty()) {
            Activation a = handlers.get(handlers.size() - 1);
            Libc.enter(mem, a.io);
            try {
                a.io.complete(mem, a.last, ret);
                a.last = inHandler(a, ret);
                return a.last;
            } finally {
                Libc.leave();
            }
        }
        Libc.enter(mem, io);
        try {
            io.complete(mem, last, ret);
            last = step(ret);
            return last;
        } finally {
            Libc.leave();
        }
    }

    private Trap step(long ret) {
        return switch (pc) {
            case START -> start();
            case PID -> gotPid(ret);
            case SETUP -> setUp(ret);
            case FORKED -> forked(ret);
            case CLOCK -> clock(ret);
            case SLEPT -> readClock();
            case PENDING -> pendingRead();
            case UNBLOCK -> unblock();
            case DONE -> finish();
            case PAUSED -> new Syscall.Pause();
            case EXITING -> new Syscall.Exit(exitStatus);
        };
    }

    // The handler.

    @Override
    public Trap handleSignal(long handler, SigInfo info, UserMemory mem) {
        Activation a = new Activation(info);
        a.io = io.forHandler();     // placed: the program ran to install the handler
        handlers.add(a);
        Libc.enter(mem, a.io);
        try {
            a.last = inHandler(a, 0);
            return a.last;
        } finally {
            Libc.leave();
        }
    }

    private Trap inHandler(Activation a, long ret) {
        if (a.wrote) {
            handlers.remove(handlers.size() - 1);
            return new Syscall.RtSigreturn();
        }
        Trap t = a.clock.next(ret);
        if (t != null) {
            return t;
        }
        a.wrote = true;
        return say(stamp(a.clock) + "caught " + describe(a.info));
    }

    /** What the handler learnt from siginfo: the signal, who sent it, why. */
    static String describe(SigInfo i) {
        String name = "SIG" + Signal.nameOf(i.signo);
        if (i.signo == Signal.SIGCHLD.number && i.code > 0) {
            String what = switch (i.code) {
                case SigInfo.CLD_EXITED -> "exited with " + i.status;
                case SigInfo.CLD_STOPPED -> "stopped by SIG" + Signal.nameOf(i.status);
                case SigInfo.CLD_CONTINUED -> "continued";
                default -> "killed by SIG" + Signal.nameOf(i.status);
            };
            return name + ": child " + i.pid + " " + what + " (" + i.codeName() + ")";
        }
        if (i.code == SigInfo.SI_KERNEL) {
            return name + " from the kernel (SI_KERNEL)";
        }
        return name + " from pid " + i.pid + ", uid " + i.uid + " (" + i.codeName() + ")";
    }

    // The main program.

    private Trap start() {
        Opts o = Opts.parse(argv, "c:i:b:rf:s:p",
                "catch=c ignore=i block=b restart=r fork=f sleep=s pause=p");
        if (o.help) {
            pc = Pc.EXITING;
            return say(USAGE);
        }
        String bad = o.error != null ? o.error : !o.operands.isEmpty()
                ? "extra operand '" + o.operands.get(0) + "'" : null;
        int flags = o.has('r') ? SigAction.SA_RESTART : 0;
        for (String s : o.all('c')) {
            bad = bad != null ? bad : plan(s, HANDLER, flags, "catch");
        }
        for (String s : o.all('i')) {
            bad = bad != null ? bad : plan(s, SigAction.SIG_IGN, 0, "ignore");
        }
        for (String s : o.all('b')) {
            int sig = Signal.parse(s);
            bad = bad != null ? bad : sig < 0 ? "'" + s + "': invalid signal" : null;
            blocked |= sig < 0 ? 0 : Signal.mask(sig);
        }
        forks = (int) number(o.get('f', "0"), 64);
        sleepCentis = number(o.get('s', "10"), 1_000_000) * CENTIS_PER_SECOND;
        if (bad == null && (forks < 0 || sleepCentis < 0)) {
            bad = "invalid number: '" + (forks < 0 ? o.get('f', "") : o.get('s', "")) + "'";
        }
        if (bad != null) {
            pc = Pc.EXITING;
            return fail("sigdemo: " + bad + "\n" + Opts.tryHelp("sigdemo") + "\n", 2);
        }
        pause = o.has('p');
        if (blocked != 0) {
            setup.add(new Syscall.RtSigprocmask(Syscall.RtSigprocmask.SIG_BLOCK, blocked, 0));
            setupWhat.add("block " + names(blocked));
        }
        pc = Pc.PID;
        return new Syscall.Getpid();
    }

    private Trap gotPid(long ret) {
        pid = ret;
        pc = Pc.SETUP;
        return setUp(0);
    }

    /** "sigdemo 42: catch USR1; block INT; sleep 10 s", once the set-up calls succeeded. */
    private Trap banner() {
        StringBuilder sb = new StringBuilder("sigdemo ").append(pid).append(": ");
        for (String w : setupWhat) {
            sb.append(w).append("; ");
        }
        sb.append(pause ? "pause" : "sleep " + sleepCentis / CENTIS_PER_SECOND + " s");
        if (forks > 0) {
            sb.append("; fork ").append(forks);
        }
        pc = Pc.FORKED;
        return say(sb.toString());
    }

    /** Queues rt_sigaction(sig, handler); an error message, or null. */
    private String plan(String spec, long handler, int flags, String verb) {
        int sig = Signal.parse(spec);
        if (sig < 0) {
            return "'" + spec + "': invalid signal";
        }
        setup.add(new Syscall.RtSigaction(sig, handler, 0, flags, 0));
        setupWhat.add(verb + " " + Signal.nameOf(sig));
        return null;
    }

    private static long number(String s, long max) {
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        long n = Long.parseLong(s);
        return n > max ? -1 : n;
    }

    private Trap setUp(long ret) {
        if (nextSetup > 0 && ret < 0) {     // the kernel refused: SIGKILL, SIGSTOP
            Syscall failed = setup.get(nextSetup - 1);
            String sig = failed instanceof Syscall.RtSigaction a ? "SIG" + Signal.nameOf(a.sig()) : "";
            pc = Pc.EXITING;
            return fail("sigdemo: cannot " + setupWhat.get(nextSetup - 1).split(" ")[0] + " "
                    + sig + ": " + Errno.strerror(ret) + "\n", 1);
        }
        if (nextSetup < setup.size()) {
            return setup.get(nextSetup++);
        }
        return banner();
    }

    /** Forks the children one by one; each exits at once with its index. */
    private Trap forked(long ret) {
        if (ret == 0) {
            return new Syscall.Exit(forked - 1);
        }
        if (forked < forks) {
            forked++;
            return new Syscall.Fork();
        }
        if (pause) {
            pc = Pc.PAUSED;
            return new Syscall.Pause();
        }
        return readClock();
    }

    private Trap readClock() {
        pc = Pc.CLOCK;
        clock = new Fetch(Fetch.Kind.FILE, "/proc/uptime", 0);
        return clock.next(0);
    }

    /** The time is read: sleep until the deadline, again after each interruption. */
    private Trap clock(long ret) {
        Trap t = clock.next(ret);
        if (t != null) {
            return t;
        }
        long now = centis(clock);
        if (deadline < 0) {
            deadline = now + sleepCentis;
        }
        if (now < deadline) {
            pc = Pc.SLEPT;
            return new Syscall.Nanosleep((deadline - now) * NANOS_PER_CENTI);
        }
        if (blocked == 0) {
            return finish();
        }
        pc = Pc.PENDING;
        return Libc.sigpending(pending);
    }

    /** Shows what waits behind the mask, then unblocks it: the kernel delivers it now. */
    private Trap pendingRead() {
        pc = Pc.UNBLOCK;
        String what = pending[0] == 0 ? "none" : names(pending[0]);
        return say(stamp(clock) + "pending: " + what + "; unblocking " + names(blocked));
    }

    private Trap unblock() {
        pc = Pc.DONE;
        return new Syscall.RtSigprocmask(Syscall.RtSigprocmask.SIG_UNBLOCK, blocked, 0);
    }

    private Trap finish() {
        pc = Pc.EXITING;
        return say(stamp(clock) + "done");
    }

    // Helpers.

    private static long centis(Fetch f) {
        String t = f.text().trim();
        int sp = t.indexOf(' ');
        String up = sp < 0 ? t : t.substring(0, sp);
        int dot = up.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        return Long.parseLong(up.substring(0, dot)) * CENTIS_PER_SECOND
                + Long.parseLong(up.substring(dot + 1));
    }

    /** "[   12.34] ": seconds since boot, as dmesg stamps its lines. */
    private static String stamp(Fetch f) {
        long c = centis(f);
        return String.format(Locale.ROOT, "[%5d.%02d] ", c / CENTIS_PER_SECOND, c % CENTIS_PER_SECOND);
    }

    private static String names(long mask) {
        StringBuilder sb = new StringBuilder();
        for (int sig = 1; sig < Signal.NSIG; sig++) {
            if ((mask & Signal.mask(sig)) != 0) {
                sb.append(sb.length() > 0 ? " " : "").append(Signal.nameOf(sig));
            }
        }
        return sb.toString();
    }

    private static Trap say(String line) {
        byte[] b = (line.endsWith("\n") ? line : line + "\n").getBytes(StandardCharsets.UTF_8);
        return Libc.write(1, b, 0, b.length);
    }

    private Trap fail(String msg, int status) {
        byte[] b = msg.getBytes(StandardCharsets.UTF_8);
        exitStatus = status;
        return Libc.write(2, b, 0, b.length);
    }

    private int exitStatus;
    private long pid;

    @Override
    public Program copy() {
        SigDemo d = new SigDemo(argv, List.of());
        d.pc = pc;
        d.setup = new ArrayList<>(setup);
        d.setupWhat = new ArrayList<>(setupWhat);
        d.nextSetup = nextSetup;
        d.blocked = blocked;
        d.forks = forks;
        d.forked = forked;
        d.pause = pause;
        d.sleepCentis = sleepCentis;
        d.deadline = deadline;
        d.clock = clock == null ? null : clock.copy();
        d.pending = pending.clone();
        d.exitStatus = exitStatus;
        d.pid = pid;
        d.io = io.copy();
        d.last = last;
        for (Activation a : handlers) {
            d.handlers.add(a.copy());
        }
        return d;
    }
}
