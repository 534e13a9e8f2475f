package miniunix.app.shell;

import java.util.Arrays;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.Wait;
import miniunix.user.lib.Libc;

/**
 * The wait builtin (bash's wait.def): {@code wait} waits for every child, $? 0;
 * {@code wait PID|%JOB...} (a job: each of its processes) for each in turn, $? the last one's status (127 for a pid that is
 * not a child or a job spec that names no job). A job the shell has reaped already gives the
 * status it left; a stopped job is not waited for (it would never end): bash's warning, and
 * 128 + the stop signal. A wait that ends a job prints its notice at once when the shell
 * tells its jobs ({@link Shell#tellsJobs}: interactive, or sh -c under set -m), as bash's
 * wait_for does. A small coroutine that the {@link BuiltinFrame} drives.
 *
 * <p>{@code wait -n [PID|%JOB...]} waits for the next job (of those named) to end and gives
 * its status; 127 at once when no such job is running, as bash 5.2. It reaps children with
 * wait4(-1) until one ends a job it waits for; the others' statuses are kept in the job
 * table, so nothing is lost.
 *
 * <p>Options are read as bash reads them ({@link BuiltinOptions}): `wait -x` is an invalid
 * option (status 2).
 *
 * <p>{@code wait -p VAR} sets VAR to the pid whose status is given (unset when none is, or
 * with no PID or -n); {@code wait -f PID|%JOB} waits for a stopped job to end (bash: with job
 * control on; without it no job stops but by a signal it sends itself).
 *
 * <p>Simplified: `wait` with a stopped job waits only for the processes of the running jobs,
 * since wait4(-1) would wait for the stopped one too (bash waits for jobs only, always).
 */
final class WaitBuiltin {
    private final List<String> args;
    /** wait -n: the next job to end, not all. */
    private final boolean anyOne;
    /** wait -f: a stopped job is waited for until it ends. */
    private final boolean force;
    /** wait -p VAR: the pid whose status is given, or 0. */
    private int id;
    private final int[] wstatus = new int[1];
    /** The next argument to wait for. */
    private int next;
    /** The pid a wait4 is out for (-1: any child), or 0. */
    private int waitingFor;
    /** `wait` with a stopped job: the processes to wait for, one by one; else null. */
    private int[] only;
    private int nextOnly;
    /** wait %JOB: the job's processes still running, its last one last; then the next arg. */
    private int[] jobPids = new int[0];
    private int jobNext;
    private boolean started;
    private boolean done;
    private int status;

    /** Bash's usage line (-f and -p are bash's, not ours: see the class comment). */
    static final String USAGE = "wait: usage: wait [-fn] [-p var] [id ...]\n";

    /** anyOne: wait -n; force: wait -f; args: the pids and job specs after the options. */
    WaitBuiltin(boolean anyOne, boolean force, List<String> args) {
        this.anyOne = anyOne;
        this.force = force;
        this.args = List.copyOf(args);
    }

    WaitBuiltin copy() {
        WaitBuiltin w = new WaitBuiltin(anyOne, force, args);
        w.id = id;
        w.wstatus[0] = wstatus[0];
        w.next = next;
        w.waitingFor = waitingFor;
        w.only = only == null ? null : only.clone();
        w.nextOnly = nextOnly;
        w.jobPids = jobPids.clone();
        w.jobNext = jobNext;
        w.started = started;
        w.done = done;
        w.status = status;
        return w;
    }

    boolean done() {
        return done;
    }

    int status() {
        return status;
    }

    /** For wait -p: the pid whose status {@link #status} is, or 0 when there is none. */
    int id() {
        return id;
    }

    /**
     * The next wait4, given the last call's result; null when done, or when it has pushed
     * something to print first (then it is called again with 0).
     */
    Trap next(BuiltinFrame b, Shell sh, long ret) {
        if (waitingFor != 0) {
            int pid = waitingFor;
            waitingFor = 0;
            if (ret == Errno.EINTR.ret()) {
                return waitFor(pid);
            }
            if (anyOne) {
                return nextOfAny(b, sh, ret);
            }
            if (reaped(b, sh, pid, ret)) {
                return null;
            }
        }
        if (anyOne) {
            return nextOfAny(b, sh, 0);
        }
        return args.isEmpty() ? all(b, sh) : nextArg(b, sh);
    }

    /** wait -n: reaps children until one ends a job waited for; ret is the last wait4's. */
    private Trap nextOfAny(BuiltinFrame b, Shell sh, long ret) {
        if (done) {
            return null;
        }
        if (ret == 0) {
            // bash: a job that ended before and has not been told of yet counts first.
            for (Jobs.Job j : sh.jobs.all()) {
                if (j.state() == Jobs.State.DEAD && !j.notified() && named(sh, j)) {
                    status = Wait.shellStatus(j.last().status());
                    id = j.last().pid();
                    sh.jobs.told(j.number());
                    done = true;
                    return null;
                }
            }
        }
        if (ret > 0) {
            sh.jobs.waited((int) ret, wstatus[0], !sh.tellsJobs(), sh.trapTable);
            CoprocFrame.reaped(sh, (int) ret);
            sh.procSubstPids.remove(Integer.valueOf((int) ret));
            Jobs.Job j = jobOf(sh, (int) ret);
            if (j != null && j.state() == Jobs.State.DEAD && j.last().pid() == (int) ret) {
                status = Wait.shellStatus(wstatus[0]);
                id = (int) ret;
                done = true;
                ReapFrame.tell(sh, true);
                return null;
            }
        }
        if (ret < 0 || !anyRunning(sh)) {
            status = 127;
            done = true;
            return null;
        }
        return waitFor(-1);
    }

    /** The job pid belongs to, if it is one of those wait -n waits for. */
    private Jobs.Job jobOf(Shell sh, int pid) {
        for (Jobs.Job j : sh.jobs.all()) {
            for (Jobs.Process p : j.procs()) {
                if (p.pid() == pid && named(sh, j)) {
                    return j;
                }
            }
        }
        return null;
    }

    private boolean named(Shell sh, Jobs.Job j) {
        if (args.isEmpty()) {
            return true;
        }
        for (String a : args) {
            int n = a.startsWith("%") ? sh.jobs.resolve(a) : Jobs.NO_JOB;
            if (n == j.number() || BuiltinFrame.isNumber(a, 9) && indexOfPid(j, Integer.parseInt(a))) {
                return true;
            }
        }
        return false;
    }

    private static boolean indexOfPid(Jobs.Job j, int pid) {
        for (Jobs.Process p : j.procs()) {
            if (p.pid() == pid) {
                return true;
            }
        }
        return false;
    }

    private boolean anyRunning(Shell sh) {
        for (Jobs.Job j : sh.jobs.all()) {
            if (j.state() == Jobs.State.RUNNING && named(sh, j)) {
                return true;
            }
        }
        return false;
    }

    /** A wait4 returned: true if something was pushed to print. */
    private boolean reaped(BuiltinFrame b, Shell sh, int pid, long ret) {
        if (ret > 0) {
            sh.jobs.waited((int) ret, wstatus[0], !sh.tellsJobs(), sh.trapTable);
            CoprocFrame.reaped(sh, (int) ret);
            sh.procSubstPids.remove(Integer.valueOf((int) ret));
            status = Wait.shellStatus(wstatus[0]);
            id = args.isEmpty() ? 0 : (int) ret;
            ReapFrame.tell(sh, true);
            return true;
        }
        if (pid == -1) {
            done = true;            // ECHILD: no child left; bash forgets the dead jobs
            status = 0;
            sh.jobs.forgetStatuses();
            if (sh.tellsJobs()) {
                ReapFrame.tell(sh, true);
            } else if (!sh.interactive) {
                ReapFrame.tell(sh, true);   // the jobs a signal killed (bash told them before the line)
                sh.jobs.forgetDead();
            }
        } else if (only == null) {
            status = 127;
            id = 0;
            say(sh, b, "wait: pid " + pid + " is not a child of this shell");
            return true;
        }
        return false;
    }

    /** wait: every child, until none is left; with a stopped job, the running jobs only. */
    private Trap all(BuiltinFrame b, Shell sh) {
        if (!started) {
            started = true;
            if (sh.jobs.anyStopped()) {
                only = runningPids(sh);
                warnStopped(b, sh);
                return null;
            }
        }
        if (done) {
            return null;
        }
        if (only == null) {
            return waitFor(-1);
        }
        if (nextOnly < only.length) {
            return waitFor(only[nextOnly++]);
        }
        status = 0;
        done = true;
        return null;
    }

    private static int[] runningPids(Shell sh) {
        int n = 0;
        int[] pids = new int[sh.jobs.livePids().length];
        for (Jobs.Job j : sh.jobs.all()) {
            for (Jobs.Process p : j.procs()) {
                if (j.state() == Jobs.State.RUNNING && p.running()) {
                    pids[n++] = p.pid();
                }
            }
        }
        return Arrays.copyOf(pids, n);
    }

    private static void warnStopped(BuiltinFrame b, Shell sh) {
        StringBuilder sb = new StringBuilder();
        for (Jobs.Job j : sh.jobs.all()) {
            if (j.state() == Jobs.State.STOPPED) {
                sb.append(sh.errorPrefix() + "wait: warning: job ").append(j.number()).append('[')
                        .append(j.last().pid()).append("] stopped\n");
            }
        }
        sh.print(b.err(), sb.toString());
    }

    /** wait PID|%JOB...: the next argument. */
    private Trap nextArg(BuiltinFrame b, Shell sh) {
        while (next < args.size() || jobNext < jobPids.length) {
            if (jobNext < jobPids.length) {
                Trap t = pid(sh, jobPids[jobNext++]);
                if (t != null) {
                    return t;
                }
                continue;
            }
            String a = args.get(next++);
            if (a.startsWith("%")) {
                return job(b, sh, a);
            }
            if (!BuiltinFrame.isNumber(a, 9)) {
                status = 1;
                id = 0;
                say(sh, b, "wait: `" + a + "': not a pid or valid job spec");
                return null;
            }
            Trap t = pid(sh, Integer.parseInt(a));
            if (t != null) {
                return t;
            }
        }
        done = true;
        return null;
    }

    /** A pid: its remembered status, a stopped job's stop, or a wait4. */
    private Trap pid(Shell sh, int pid) {
        Integer known = sh.jobs.takeStatus(pid);
        Jobs.Process p = sh.jobs.find(pid);
        if (known != null || p != null && !p.running() && !(force && p.stopped())) {
            status = Wait.shellStatus(known != null ? known : p.status());
            id = pid;
            ReapFrame.tell(sh, true);   // bash's wait_for returns at once, and notifies
            return null;
        }
        return waitFor(pid);
    }

    /** %JOB: the job's last process, as bash waits for it; a stopped job is not waited for. */
    private Trap job(BuiltinFrame b, Shell sh, String spec) {
        int n = sh.jobs.resolve(spec);
        if (n == Jobs.NO_JOB || n == Jobs.AMBIGUOUS) {
            status = 127;
            id = 0;
            say(sh, b, "wait: " + (n == Jobs.NO_JOB ? spec + ": no such job" : JobSpec.name(spec)
                    + ": ambiguous job spec"));
            return null;
        }
        Jobs.Job j = sh.jobs.get(n);
        if (j.state() == Jobs.State.STOPPED && !force) {
            status = Wait.shellStatus(stopStatus(j));
            id = j.last().pid();
            sh.print(b.err(), sh.errorPrefix() + "warning: wait_for_job: job " + n + " is stopped\n");
            return null;
        }
        if (j.state() == Jobs.State.DEAD) {
            status = Wait.shellStatus(j.last().status());
            id = j.last().pid();
            if (!sh.tellsJobs() && !Jobs.reportsKill(j.last().status(), sh.trapTable)) {
                sh.jobs.told(n);
            }
            ReapFrame.tell(sh, true);
            return null;
        }
        // bash's wait_for_job: every process of the job, so none is left to report later.
        int[] pids = new int[j.procs().size()];
        int count = 0;
        for (Jobs.Process p : j.procs()) {
            if ((p.running() || force && p.stopped()) && p != j.last()) {
                pids[count++] = p.pid();
            }
        }
        pids[count++] = j.last().pid();
        jobPids = Arrays.copyOf(pids, count);
        jobNext = 0;
        return null;
    }

    private static int stopStatus(Jobs.Job j) {
        int s = j.last().status();
        for (Jobs.Process p : j.procs()) {
            s = Wait.ifStopped(s) ? s : p.stopped() ? p.status() : s;
        }
        return s;
    }

    private Trap waitFor(int pid) {
        waitingFor = pid;
        return Libc.wait4(pid, wstatus, 0);
    }

    private static void say(Shell sh, BuiltinFrame b, String msg) {
        sh.print(b.err(), sh.errorPrefix() + msg + "\n");
    }
}
