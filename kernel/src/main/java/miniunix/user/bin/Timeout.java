package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Execvp;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * timeout(1) of coreutils: {@code timeout [-s SIG] [-k DURATION] [--preserve-status]
 * [--foreground] DURATION COMMAND [ARG]...} runs COMMAND and, if it still runs after
 * DURATION (seconds, or with a suffix s m h d), sends it SIG (default TERM); with -k, SIGKILL
 * DURATION later if it has not ended. Exit status: 124 if it timed out (COMMAND's own with
 * --preserve-status), 125 if timeout failed, 126/127 if COMMAND could not be run or found,
 * else COMMAND's. Unless --foreground, timeout makes its own process group and signals all of
 * it, itself included, as coreutils does, so {@code -s KILL} kills timeout too (137).
 * <pre>
 *   setpgid(0, 0); if ((pid = fork()) == 0) execvp(cmd, argv);
 *   alarm(duration); wait(&amp;status);   // SIGALRM: kill(pid, sig); kill(0, sig);
 * </pre>
 * Simplified: the timer is a second child that sleeps DURATION (until alarm(2) comes), so
 * ps shows two timeout processes.
 */
public final class Timeout extends Proc {
    private static final String USAGE = "Usage: timeout [OPTION] DURATION COMMAND [ARG]...\n"
            + "  or:  timeout [OPTION]\n"
            + "Start COMMAND, and kill it if still running after DURATION.\n";
    private static final int FAILED = 125;
    private static final int TIMED_OUT = 124;
    private static final double NS = 1e9;

    private enum Step { START, SETPGID, FORK_CHILD, EXEC, FORK_TIMER, WAIT, KILL_CHILD, IGNORE,
        KILL_GROUP, KILL_TIMER, REAP_TIMER, EXIT }

    private Step step = Step.START;
    private int sig = Signal.SIGTERM.number;
    private double seconds;
    private double killAfter = -1;
    private boolean preserve;
    private boolean foreground;
    private List<String> command = List.of();
    private Execvp exec;
    private int child;
    private int timer;
    private boolean timedOut;
    private int status;
    private int[] wstatus = new int[1];

    public Timeout(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected void deepen() {
        wstatus = wstatus.clone();
    }

    @Override
    protected Trap step(long ret) {
        switch (step) {
            case START: return start();
            case SETPGID: return forkChild();
            case FORK_CHILD:
                if (ret == 0) {
                    return exec(0);
                }
                child = (int) ret;
                return forkTimer(seconds);
            case EXEC: return exec(ret);
            case FORK_TIMER:
                if (ret == 0) {
                    step = Step.EXIT;
                    return new Syscall.Nanosleep((long) (seconds * NS));
                }
                timer = (int) ret;
                step = Step.WAIT;
                return Libc.wait4(-1, wstatus, 0);
            case WAIT: return waited(ret);
            case KILL_CHILD:
                if (!foreground) {
                    step = sig == Signal.SIGKILL.number ? Step.KILL_GROUP : Step.IGNORE;
                    return step == Step.IGNORE
                            ? new Syscall.RtSigaction(sig, Syscall.RtSigaction.SIG_IGN)
                            : new Syscall.Kill(0, sig);
                }
                return afterSignal();
            case IGNORE:
                step = Step.KILL_GROUP;
                return new Syscall.Kill(0, sig);
            case KILL_GROUP: return afterSignal();
            case KILL_TIMER:
                step = Step.REAP_TIMER;
                return Libc.wait4(timer, null, 0);
            case REAP_TIMER:
            case EXIT: return exit(status);
            default: throw new AssertionError(step);
        }
    }

    private Trap start() {
        // P and F stand for the long-only options.
        Opts o = Opts.parse(argv, "+s:k:vPF",
                "signal=s kill-after=k verbose=v preserve-status=P foreground=F");
        List<String> ops = o.operands;
        preserve = o.has('P');
        foreground = o.has('F');
        if (o.error != null) {
            return fail(FAILED, o.error + "\n" + Opts.tryHelp(prog()));
        }
        if (o.help) {
            out.print(USAGE);
            return exit(0);
        }
        if (o.has('s')) {
            String s = o.get('s', "");
            sig = Signal.parse(s);
            if (sig < 0) {
                return fail(FAILED, s + ": invalid signal\n" + Opts.tryHelp(prog()));
            }
        }
        if (o.has('k')) {
            killAfter = Sleep.seconds(o.get('k', ""));
            if (killAfter < 0) {
                return fail(FAILED, "invalid time interval \u2018" + o.get('k', "") + "\u2019\n"
                        + Opts.tryHelp(prog()));
            }
        }
        if (ops.size() < 2) {
            return fail(FAILED, "missing operand\n" + Opts.tryHelp(prog()));
        }
        seconds = Sleep.seconds(ops.get(0));
        if (seconds < 0) {
            return fail(FAILED, "invalid time interval \u2018" + ops.get(0) + "\u2019\n"
                    + Opts.tryHelp(prog()));
        }
        command = List.copyOf(ops.subList(1, ops.size()));
        if (foreground) {
            return forkChild();
        }
        step = Step.SETPGID;
        return new Syscall.Setpgid(0, 0);
    }

    private Trap forkChild() {
        step = Step.FORK_CHILD;
        return new Syscall.Fork();
    }

    private Trap forkTimer(double secs) {
        seconds = secs;
        step = Step.FORK_TIMER;
        return new Syscall.Fork();
    }

    /** In the child: execvp(COMMAND); ret is the last attempt's error. */
    private Trap exec(long ret) {
        if (step == Step.FORK_CHILD) {
            exec = new Execvp(command, envp);
        }
        step = Step.EXEC;
        Trap t = exec.next(ret);
        if (t == null) {
            return fail(exec.status(), "failed to run command \u2018" + exec.name() + "\u2019: "
                    + Errno.strerror(exec.error()));
        }
        return t;
    }

    private Trap waited(long ret) {
        if (ret == child) {
            int s = wstatus[0];
            status = timedOut && !preserve ? TIMED_OUT : Wait.shellStatus(s);
            step = Step.KILL_TIMER;
            return new Syscall.Kill(timer, Signal.SIGKILL.number);
        }
        if (ret == timer && !timedOut) {
            timedOut = true;
            step = Step.KILL_CHILD;
            return new Syscall.Kill(child, sig);
        }
        if (ret == timer) {
            // -k DURATION passed too: SIGKILL, to the child and (not --foreground) the group.
            sig = Signal.SIGKILL.number;
            step = Step.KILL_CHILD;
            return new Syscall.Kill(child, sig);
        }
        step = Step.WAIT;
        return Libc.wait4(-1, wstatus, 0);
    }

    /** The signal is sent; wait on, with a -k timer if asked for and not sent yet. */
    private Trap afterSignal() {
        if (killAfter >= 0 && sig != Signal.SIGKILL.number) {
            double k = killAfter;
            killAfter = -1;
            return forkTimer(k);
        }
        timer = -2;
        step = Step.WAIT;
        return Libc.wait4(child, wstatus, 0);
    }
}
