package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * bash's kill builtin (kill.def): {@code kill [-s SIG | -n NUM | -SIG] PID|%JOB...} and
 * {@code kill -l|-L [SIG...]}. As in bash, kill is a builtin, so it knows the shell's jobs;
 * /bin/kill (procps) is still there, by its path, with its own wording. A job is signalled as a process group, kill(-PGID, SIG) (without
 * job control, where its processes are in the shell's group, each process in turn); a
 * stopped job that gets SIGTERM or SIGHUP gets SIGCONT after it, so it can die, and one that
 * gets SIGCONT runs again, as with bg. Messages are bash's: {@code kill: %9: no such job},
 * {@code kill: (42) - No such process}. The status is 0 if any signal was sent; an
 * interactive shell goes on past a bad argument, a script stops at it.
 * A small coroutine that the {@link BuiltinFrame} drives.
 */
final class KillBuiltin {
    static final String USAGE =
            "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n";

    /**
     * One thing to do, in order: an error to report, or kill(target, sig), whose failure is
     * reported as "(shown) - strerror" unless quiet.
     */
    private record Step(String error, int target, int sig, int shown, boolean quiet) {
    }

    private final List<Step> steps;
    private int next;
    private boolean sent;
    private boolean asked;
    private boolean done;
    private int status;

    private KillBuiltin(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Nothing to send: the options were wrong (said already), with this status. */
    private static KillBuiltin failed(int status) {
        KillBuiltin k = new KillBuiltin(List.of());
        k.done = true;
        k.status = status;
        return k;
    }

    /** Reads the command line against sh's jobs; bad options are said at once (status 1, usage 2). */
    static KillBuiltin of(BuiltinFrame b, Shell sh, List<String> argv) {
        int sig = Signal.SIGTERM.number;
        int i = 1;
        if (argv.size() == 1) {
            b.say(b.err(), USAGE);
            return failed(2);
        }
        if (argv.get(1).equals("-l") || argv.get(1).equals("-L")) {
            return failed(list(b, argv.subList(2, argv.size())));
        }
        String spec = null;
        while (i < argv.size() && argv.get(i).startsWith("-") && argv.get(i).length() > 1) {
            String w = argv.get(i);
            if (w.equals("--")) {
                i++;
                break;
            } else if (spec != null) {
                break;              // bash: only the first -SIG is a signal; -N after it is a group
            }
            i++;
            if (w.equals("-s") || w.equals("-n")) {
                if (i == argv.size()) {
                    b.error("kill: " + w + ": option requires an argument\n");
                    return failed(1);
                }
                spec = argv.get(i++);
            } else {
                boolean attached = w.length() > 2 && (w.startsWith("-s") || w.startsWith("-n"));
                spec = w.substring(attached ? 2 : 1);
            }
        }
        sig = spec == null ? sig : spec.equals("0") ? 0 : Signal.parse(spec);
        if (sig < 0) {
            b.error("kill: " + spec + ": invalid signal specification\n");
            return failed(1);
        }
        if (i == argv.size()) {
            b.say(b.err(), USAGE);
            return failed(2);
        }
        List<Step> steps = new ArrayList<>();
        for (String a : argv.subList(i, argv.size())) {
            target(sh, a, sig, steps);
        }
        return new KillBuiltin(steps);
    }

    /** What one argument asks for. */
    private static void target(Shell sh, String a, int sig, List<Step> steps) {
        String digits = a.startsWith("-") ? a.substring(1) : a;
        if (BuiltinFrame.isNumber(digits, 9)) {
            steps.add(new Step(null, Integer.parseInt(a), sig, Integer.parseInt(a), false));
        } else if (!a.startsWith("%")) {
            steps.add(new Step("kill: " + a + ": arguments must be process or job IDs", 0, 0, 0, false));
        } else {
            int n = sh.jobs.resolve(a);
            if (n == Jobs.NO_JOB || n == Jobs.AMBIGUOUS) {
                steps.add(new Step(n == Jobs.NO_JOB ? "kill: " + a + ": no such job"
                        : "kill: " + JobSpec.name(a) + ": ambiguous job spec", 0, 0, 0, false));
            } else {
                job(sh, sh.jobs.get(n), sig, steps);
            }
        }
    }

    /** A job: its process group (or, without one, each process); SIGCONT after TERM or HUP if stopped. */
    private static void job(Shell sh, Jobs.Job j, int sig, List<Step> steps) {
        boolean stopped = j.state() == Jobs.State.STOPPED;
        if (j.pgid() == 0) {
            for (Jobs.Process p : j.procs()) {
                if (!p.ended()) {
                    steps.add(new Step(null, p.pid(), sig, p.pid(), false));
                }
            }
            return;
        }
        steps.add(new Step(null, -j.pgid(), sig, j.pgid(), false));
        if (stopped && (sig == Signal.SIGTERM.number || sig == Signal.SIGHUP.number)) {
            steps.add(new Step(null, -j.pgid(), Signal.SIGCONT.number, j.pgid(), true));
        } else if (stopped && sig == Signal.SIGCONT.number) {
            sh.jobs.continued(j.number());
        }
    }

    /**
     * kill -l: bash's numbered table ("%2d) SIG%s", five to a line, tab-separated); kill -l
     * SIG...: each number's name (an exit status above 128 names its signal) or each name's
     * number. Returns the status.
     */
    private static int list(BuiltinFrame b, List<String> specs) {
        StringBuilder sb = new StringBuilder();
        int status = 0;
        if (specs.isEmpty()) {
            int column = 0;
            for (int n = 1; n < Signal.NSIG; n++) {
                if (!Signal.isValid(n)) {
                    continue;
                }
                sb.append(String.format("%2d) SIG%s", n, Signal.nameOf(n)));
                sb.append(++column % 5 == 0 ? "\n" : "\t");
            }
            if (column % 5 != 0) {
                sb.append('\n');
            }
        }
        for (String spec : specs) {
            boolean number = BuiltinFrame.isNumber(spec, 9);
            int n = number ? Integer.parseInt(spec) : Signal.parse(spec);
            n = number && n > 128 ? n - 128 : n;
            if (n <= 0 || !Signal.isValid(n)) {
                b.error("kill: " + spec + ": invalid signal specification\n");
                status = 1;
                continue;
            }
            sb.append(number ? Signal.nameOf(n) : Integer.toString(n)).append('\n');
        }
        b.say(b.out(), sb.toString());
        return status;
    }

    KillBuiltin copy() {
        KillBuiltin k = new KillBuiltin(steps);
        k.next = next;
        k.sent = sent;
        k.asked = asked;
        k.done = done;
        k.status = status;
        return k;
    }

    boolean done() {
        return done;
    }

    int status() {
        return status;
    }

    /** The next kill(2), given the last one's result; null when done or after pushing a message. */
    Trap next(BuiltinFrame b, Shell sh, long ret) {
        if (done) {
            return null;
        }
        if (asked) {
            asked = false;
            Step s = steps.get(next++);
            sent |= ret >= 0 && !s.quiet();
            if (ret < 0 && !s.quiet()) {
                return fail(b, sh, "kill: (" + s.shown() + ") - " + Errno.strerror(ret));
            }
        }
        if (next < steps.size() && steps.get(next).error() != null) {
            return fail(b, sh, steps.get(next++).error());
        }
        if (next < steps.size()) {
            asked = true;
            return new Syscall.Kill(steps.get(next).target(), steps.get(next).sig());
        }
        done = true;
        status = sent ? 0 : 1;
        return null;
    }

    /** bash's CONTINUE_OR_FAIL: an interactive shell goes on, a script stops with status 1. */
    private Trap fail(BuiltinFrame b, Shell sh, String msg) {
        sh.print(b.err(), sh.errorPrefix() + msg + "\n");
        if (!sh.interactive) {
            done = true;
            status = 1;
        }
        return null;
    }
}
