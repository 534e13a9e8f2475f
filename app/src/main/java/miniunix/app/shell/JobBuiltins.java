package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;

/**
 * Job control's builtins, as bash's jobs.def and fg_bg.def: {@code jobs [-lnprs] [JOB...]},
 * {@code fg [JOB]}, {@code bg [JOB...]}, with bash's output and messages. A JOB is a job spec
 * ({@link Jobs#resolve}: %N, %%, %+, %-, %TEXT, %?TEXT; the % may be left out). Each runs
 * after a poll of the jobs ({@link ReapFrame}), so what it sees is as fresh as bash's
 * SIGCHLD handler keeps it. fg and bg need job control: a script gets
 * {@code fg: no job control}. Also the rule that keeps an interactive shell from exiting with
 * stopped jobs ({@link #holdsExit}).
 *
 * <p>fg prints the job's command line, gives it the terminal (TIOCSPGRP), sends its group
 * SIGCONT if it was stopped and waits for it like any foreground job ({@link ForegroundFrame});
 * bg prints {@code [N]+ CMD &} and sends SIGCONT; both say where the job stands in bash's
 * current/previous order. Each builtin returns its status; fg pushes the frames that do its
 * work after the builtin's output.
 */
final class JobBuiltins {
    private static final String JOBS_USAGE = "jobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]\n";

    private JobBuiltins() {
    }

    /**
     * jobs [-lnprs] [JOB...]: -l with pids, -p pids only, -n only those changed since told, -r
     * running ones, -s stopped ones (no -x).
     */
    static int jobs(BuiltinFrame b, Shell sh, List<String> argv) {
        Jobs.Form form = Jobs.Form.STANDARD;
        Jobs.State only = null;
        boolean changed = false;
        BuiltinOptions o = new BuiltinOptions(b, argv, "lpnrs", JOBS_USAGE);
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            switch (c) {
                case 'l' -> form = Jobs.Form.LONG;
                case 'p' -> form = Jobs.Form.PIDS;
                case 'r' -> only = Jobs.State.RUNNING;
                case 's' -> only = Jobs.State.STOPPED;
                case 'n' -> form = Jobs.Form.STANDARD;
                default -> {
                    return BuiltinOptions.STATUS;
                }
            }
            // -n is a form of its own in bash (JLIST_CHANGED_ONLY): the last of -l -p -n wins.
            changed = c == 'n' || changed && c != 'l' && c != 'p';
        }
        if (o.operands().isEmpty()) {
            listAll(b, sh, form, only, changed);
            return 0;
        }
        int status = 0;
        for (String spec : o.operands()) {
            int n = sh.jobs.resolve(spec);
            if (n == Jobs.NO_JOB) {
                b.error("jobs: " + spec + ": no such job\n");
                status = 1;
            } else if (n == Jobs.AMBIGUOUS) {
                b.error("jobs: " + JobSpec.name(spec) + ": ambiguous job spec\n");
            } else {
                show(b, sh, sh.jobs.get(n), form);
                sh.jobs.deleteTold();
            }
        }
        return status;
    }

    private static void listAll(BuiltinFrame b, Shell sh, Jobs.Form form, Jobs.State only, boolean changed) {
        sh.jobs.deleteTold();
        for (Jobs.Job j : sh.jobs.all()) {
            if ((only == null || j.state() == only) && !(changed && j.notified())) {
                show(b, sh, j, form);
            }
        }
    }

    /** One job's line; showing it tells its change (bash's pretty_print_job), but for -p. */
    private static void show(BuiltinFrame b, Shell sh, Jobs.Job j, Jobs.Form form) {
        b.say(b.out(), sh.jobs.line(j, form));
        if (form != Jobs.Form.PIDS) {
            sh.jobs.told(j.number());
        }
    }

    /** fg [JOB]: the job (default: the current one) runs in the foreground; $? is its status. */
    static int fg(BuiltinFrame b, Shell sh, List<String> argv) {
        BuiltinOptions o = new BuiltinOptions(b, argv, "", "fg: usage: fg [job_spec]\n");
        int bad = check(b, sh, o);
        List<String> specs = o.operands();
        Jobs.Job j = bad != 0 ? null : job(b, sh, specs.isEmpty() ? null : specs.get(0), "fg");
        if (j == null) {
            return bad != 0 ? bad : 1;
        }
        b.say(b.out(), j.text() + "\n");
        boolean stopped = j.state() == Jobs.State.STOPPED;
        int[] pids = new int[j.procs().size()];
        int[] statuses = new int[pids.length];
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < pids.length; k++) {
            Jobs.Process p = j.procs().get(k);
            pids[k] = p.pid();
            statuses[k] = p.ended() ? p.status() : Jobs.RUNNING;
            texts.add(p.text());
        }
        sh.jobs.resume(j.number(), true);
        sh.push(new ForegroundFrame(pids, statuses, j.pgid(), texts, j.number(), false));
        List<Syscall> calls = new ArrayList<>();
        if (sh.handsTerminal() && j.pgid() > 0) {
            calls.add(new Syscall.Ioctl(sh.ttyFd, Syscall.Ioctl.TIOCSPGRP, j.pgid()));
        }
        if (stopped) {
            calls.addAll(continueJob(j));
        }
        sh.push(new Frame.Calls(calls));
        return 0;
    }

    /** bg [JOB...]: each stopped job (default: the current one) runs on in the background. */
    static int bg(BuiltinFrame b, Shell sh, List<String> argv) {
        BuiltinOptions o = new BuiltinOptions(b, argv, "", "bg: usage: bg [job_spec ...]\n");
        int bad = check(b, sh, o);
        if (bad != 0) {
            return bad;
        }
        List<String> specs = o.operands();
        int status = 0;
        List<Syscall> calls = new ArrayList<>();
        for (int k = 0; k < Math.max(1, specs.size()); k++) {
            Jobs.Job j = job(b, sh, specs.isEmpty() ? null : specs.get(k), "bg");
            if (j == null) {
                status = 1;
            } else if (j.state() == Jobs.State.RUNNING) {
                b.error("bg: job " + j.number() + " already in background\n");
            } else {
                char mark = sh.jobs.mark(j.number());
                b.say(b.out(), "[" + j.number() + "]" + (mark == ' ' ? " " : mark + " ") + j.text() + " &\n");
                sh.jobs.resume(j.number(), false);
                sh.vars.lastBackground = j.pgid();
                calls.addAll(continueJob(j));
            }
        }
        sh.push(new Frame.Calls(calls));
        return status;
    }

    /**
     * SIGCONT to a job: to its process group, or to each of its processes if it has none of
     * its own (started before set -m, in the shell's group, which must not get it too).
     */
    private static List<Syscall> continueJob(Jobs.Job j) {
        List<Syscall> calls = new ArrayList<>();
        if (j.pgid() > 0) {
            calls.add(new Syscall.Kill(-j.pgid(), Signal.SIGCONT.number));
        } else {
            for (Jobs.Process p : j.procs()) {
                if (!p.ended()) {
                    calls.add(new Syscall.Kill(p.pid(), Signal.SIGCONT.number));
                }
            }
        }
        return calls;
    }

    /**
     * disown [-h] [-ar] [JOB|PID...]: the jobs (default: the current one; -a: all, -r: all
     * running) leave the job table, so jobs, wait, the exit check and a hangup no longer see
     * them; their processes run on. With -h they stay in the table, marked to get no SIGHUP
     * when the shell is hung up ({@link #hangupJobs}). Messages are bash's (disown: %9: no
     * such job).
     */
    static int disown(BuiltinFrame b, Shell sh, List<String> argv) {
        boolean all = false;
        boolean running = false;
        boolean nohupOnly = false;
        BuiltinOptions o = new BuiltinOptions(b, argv, "ahr",
                "disown: usage: disown [-h] [-ar] [jobspec ... | pid ...]\n");
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                return BuiltinOptions.STATUS;
            }
            all |= c == 'a';
            running |= c == 'r';
            nohupOnly |= c == 'h';
        }
        List<String> specs = o.operands();
        if (specs.isEmpty() && (all || running)) {
            for (Jobs.Job j : List.copyOf(sh.jobs.all())) {
                if (!running || j.state() == Jobs.State.RUNNING) {
                    if (nohupOnly) {
                        sh.jobs.markNohup(j.number());
                    } else {
                        sh.jobs.remove(j.number());
                    }
                }
            }
            return 0;
        }
        int status = 0;
        for (int k = 0; k < Math.max(1, specs.size()); k++) {
            String spec = specs.isEmpty() ? null : specs.get(k);
            int n = spec != null && BuiltinFrame.isNumber(spec, 9) ? jobOfPid(sh, Integer.parseInt(spec))
                    : sh.jobs.resolve(spec);
            if (n == Jobs.NO_JOB || n == Jobs.AMBIGUOUS) {
                b.error("disown: " + (spec == null ? "current" : spec) + ": no such job\n");
                status = 1;
            } else if (nohupOnly) {
                sh.jobs.markNohup(n);
            } else {
                sh.jobs.remove(n);
            }
        }
        return status;
    }

    private static int jobOfPid(Shell sh, int pid) {
        for (Jobs.Job j : sh.jobs.all()) {
            for (Jobs.Process p : j.procs()) {
                if (p.pid() == pid) {
                    return j.number();
                }
            }
        }
        return Jobs.NO_JOB;
    }

    /** fg and bg need job control and take no options: the status of saying otherwise, or 0. */
    private static int check(BuiltinFrame b, Shell sh, BuiltinOptions o) {
        if (!sh.jobControl()) {
            b.error(o.name() + ": no job control\n");
            return 1;
        }
        return o.next() == BuiltinOptions.BAD ? BuiltinOptions.STATUS : 0;
    }

    /** The job a spec names (null: the current job), or null after bash's message. */
    private static Jobs.Job job(BuiltinFrame b, Shell sh, String spec, String name) {
        int n = sh.jobs.resolve(spec);
        if (n == Jobs.NO_JOB || n == Jobs.AMBIGUOUS) {
            b.error(name + ": " + (n == Jobs.AMBIGUOUS ? JobSpec.name(spec)
                    + ": ambiguous job spec\n" : (spec == null ? "current" : spec) + ": no such job\n"));
            return null;
        }
        Jobs.Job j = sh.jobs.get(n);
        if (j.state() == Jobs.State.DEAD) {
            b.error(name + ": job has terminated\n");
            return null;
        }
        return j;
    }

    /**
     * exit (or Ctrl-D) in an interactive shell with stopped jobs (bash's exit_or_logout): the
     * first time, "There are stopped jobs." on fd and no exit; right after exit or jobs, the
     * exit. Returns whether the shell stays (the caller has said "logout" already).
     */
    static boolean holdsExit(Shell sh, int fd) {
        boolean okay = !sh.interactive || sh.lastCommand.equals("exit") || sh.lastCommand.equals("jobs");
        if (okay || !sh.jobs.anyStopped()) {
            return false;
        }
        sh.lastCommand = "exit";
        sh.thisCommand = "exit";
        sh.print(fd, "There are stopped jobs.\n");
        return true;
    }

    /**
     * The interactive shell got SIGHUP (bash's hangup_all_jobs): every job not marked by
     * `disown -h` gets SIGHUP, and a stopped one SIGCONT after it, so it takes the signal.
     */
    static List<Syscall> hangupJobs(Shell sh) {
        List<Syscall> calls = new ArrayList<>();
        for (Jobs.Job j : sh.jobs.all()) {
            if (!j.nohup() && j.pgid() > 0 && j.pgid() != sh.shellPgid && j.state() != Jobs.State.DEAD) {
                calls.add(new Syscall.Kill(-j.pgid(), Signal.SIGHUP.number));
                if (j.state() == Jobs.State.STOPPED) {
                    calls.add(new Syscall.Kill(-j.pgid(), Signal.SIGCONT.number));
                }
            }
        }
        return calls;
    }

    /**
     * The shell exits (bash's exit_shell, after the EXIT trap): an interactive login shell
     * with `shopt -s huponexit` hangs up its jobs ({@link #hangupJobs}), then under job
     * control the stopped jobs are terminated ({@link #terminateStopped}).
     */
    static List<Syscall> exitCalls(Shell sh) {
        List<Syscall> calls = new ArrayList<>();
        if (sh.interactive && sh.vars.arg0.startsWith("-") && sh.shopts.contains(ShoptBuiltin.Option.HUPONEXIT)) {
            calls.addAll(hangupJobs(sh));
        }
        calls.addAll(terminateStopped(sh));
        return calls;
    }

    /**
     * A shell with job control exits: its stopped jobs get SIGTERM and SIGCONT, so none is
     * left stopped forever (bash's terminate_stopped_jobs, a script's under set -m too). A
     * subshell runs without job control and leaves its parent's alone.
     */
    static List<Syscall> terminateStopped(Shell sh) {
        List<Syscall> calls = new ArrayList<>();
        for (Jobs.Job j : sh.jobControl() ? sh.jobs.all() : List.<Jobs.Job>of()) {
            if (j.state() == Jobs.State.STOPPED && j.pgid() > 0) {
                calls.add(new Syscall.Kill(-j.pgid(), Signal.SIGTERM.number));
                calls.add(new Syscall.Kill(-j.pgid(), Signal.SIGCONT.number));
            }
        }
        return calls;
    }
}
