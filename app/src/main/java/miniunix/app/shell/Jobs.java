package miniunix.app.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Wait;

/**
 * The shell's job table (bash's jobs.c): the background jobs `&` started and the foreground
 * jobs Ctrl-Z stopped, each a process group of one or more processes (a pipeline), with its
 * state, the wait status of each process, and the current (+) and previous (-) job. The shell
 * polls its jobs' processes before each prompt and each job ({@link ReapFrame}), which is as
 * close as a shell without a SIGCHLD handler comes to bash's reaping in the handler, so an
 * ended job leaves no zombie, a job stopped by `kill -STOP` shows as Stopped, and bash's
 * notices (`[1]+  Done                    sleep 1`) are printed before the next prompt.
 * The status of a reaped process is kept for a later `wait PID`. Processes made by the `fork`
 * builtin are not jobs: they stay zombies until `wait`, which is what they are for.
 *
 * <p>Invariants: jobs are in ascending number order; a new job is numbered one more than the
 * highest in use (bash's interactive rule); {@code current} and {@code previous} name jobs in
 * the table or are 0. A dead job stays, for its notice, until it has been told (at a prompt,
 * by `jobs` or by `wait`), then it is deleted. Plain data: {@link #copy} is deep (records
 * and lists of records).
 *
 * <p>Simplified: bash keeps foreground jobs in the table while they run; here a foreground
 * job enters it only when it stops ({@link ForegroundFrame}).
 */
final class Jobs {
    /** bash's JOB_STATE: running while a process runs; stopped when none runs and one is stopped. */
    enum State { RUNNING, STOPPED, DEAD }

    /**
     * How a job is shown: bash's JLIST_STANDARD, JLIST_LONG (`jobs -l`), JLIST_PID_ONLY
     * (`jobs -p`) and JLIST_NONINTERACTIVE (a script's line for a job a signal killed: the long
     * form without the [N]+).
     */
    enum Form { STANDARD, LONG, PIDS, NONINTERACTIVE }

    /** The status of a process no wait has reported on, or that was continued since. */
    static final int RUNNING = -1;
    /** What {@link #resolve} returns for a job spec that names no job, or several. */
    static final int NO_JOB = 0;
    static final int AMBIGUOUS = -1;

    /** How many reaped statuses `wait PID` can still ask for (bash keeps CHILD_MAX of them). */
    private static final int REMEMBERED = 256;

    /** One process of a job: its pid, its command's text, its last wait status or RUNNING. */
    record Process(int pid, String text, int status) {
        boolean running() {
            return status == RUNNING;
        }

        boolean stopped() {
            return status != RUNNING && Wait.ifStopped(status);
        }

        boolean ended() {
            return !running() && !stopped();
        }
    }

    /**
     * A job: its number, its process group (0 without job control: the processes are in the
     * shell's group), its processes, its state, whether its last change has been told, and
     * whether `disown -h` marked it to get no SIGHUP when the shell is hung up (bash's J_NOHUP).
     */
    record Job(int number, int pgid, List<Process> procs, State state, boolean notified, boolean nohup) {
        Job {
            procs = List.copyOf(procs);
        }

        Job(int number, int pgid, List<Process> procs, State state, boolean notified) {
            this(number, pgid, procs, state, notified, false);
        }

        Job told() {
            return new Job(number, pgid, procs, state, true, nohup);
        }

        /** The command line, processes joined by " | ", as fg and bg print it. */
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Process p : procs) {
                sb.append(sb.length() > 0 ? " | " : "").append(p.text());
            }
            return sb.toString();
        }

        Process last() {
            return procs.get(procs.size() - 1);
        }
    }

    /** Shared with forked copies page by page: a fork does not copy 10,000 jobs (see {@link PagedList}). */
    private PagedList<Job> jobs = new PagedList<>();
    /** How many jobs are stopped: with none, looking for the newest stopped job costs nothing. */
    private int stoppedJobs;
    /** bash's js.j_current and js.j_previous, as job numbers (0: none). */
    private int current;
    private int previous;
    /** During a poll (bash's waitchld): whether the marks must move; the last job that stopped. */
    private boolean marksMoved;
    private int lastStopped;
    private final LinkedHashMap<Integer, Integer> reaped = new LinkedHashMap<>();
    /**
     * In a forked child: the jobs up to this number are its parent's, not its children, so it
     * lists them (`kill $(jobs -p)`) but never polls them.
     */
    private int inheritedUpTo;

    Jobs copy() {
        Jobs j = new Jobs();
        j.jobs = jobs.copy();
        j.stoppedJobs = stoppedJobs;
        j.current = current;
        j.previous = previous;
        j.marksMoved = marksMoved;
        j.lastStopped = lastStopped;
        j.reaped.putAll(reaped);
        j.inheritedUpTo = inheritedUpTo;
        return j;
    }

    /**
     * Registers a job of these processes (statuses: each one's wait status, or null when all
     * run) and returns its number. A running job was started with `&`; a stopped one is a
     * foreground job just stopped, which becomes the current job, told already.
     */
    int add(int pgid, int[] pids, List<String> texts, int[] statuses) {
        int n = jobs.isEmpty() ? 1 : jobs.get(jobs.size() - 1).number() + 1;
        List<Process> procs = new ArrayList<>();
        for (int i = 0; i < pids.length; i++) {
            procs.add(new Process(pids[i], texts.get(i), statuses == null ? RUNNING : statuses[i]));
        }
        State state = stateOf(procs, State.RUNNING);
        append(new Job(n, pgid, procs, state, state == State.STOPPED));
        if (state == State.STOPPED) {
            setCurrent(n);
        } else {
            resetCurrent();
        }
        return n;
    }

    /** The job numbered n, or null (a binary search: numbers ascend). */
    Job get(int n) {
        int lo = 0;
        int hi = jobs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int m = jobs.get(mid).number();
            if (m == n) {
                return jobs.get(mid);
            }
            if (m < n) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** The record of process pid in some job, or null. */
    Process find(int pid) {
        for (Job j : jobs) {
            int k = indexOf(j.procs(), pid);
            if (k >= 0) {
                return j.procs().get(k);
            }
        }
        return null;
    }

    boolean isEmpty() {
        return jobs.isEmpty();
    }

    List<Job> all() {
        return List.copyOf(jobs);
    }

    boolean anyStopped() {
        for (Job j : jobs) {
            if (j.state() == State.STOPPED) {
                return true;
            }
        }
        return false;
    }

    /** Every process of every job that has not ended, for a poll (the parent's jobs aside). */
    int[] livePids() {
        List<Integer> live = new ArrayList<>();
        for (Job j : jobs) {
            for (Process p : j.procs()) {
                if (!p.ended() && j.number() > inheritedUpTo) {
                    live.add(p.pid());
                }
            }
        }
        int[] all = new int[live.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = live.get(i);
        }
        return all;
    }

    // ---- What polls and waits report (bash's waitchld and set_job_status_and_cleanup) ----

    /** A wait status for pid (ended, stopped or continued); call {@link #settle} after a poll. */
    void update(int pid, int status) {
        int st = Wait.ifContinued(status) ? RUNNING : status;
        if (st != RUNNING && !Wait.ifStopped(st)) {
            remember(pid, st);
        }
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            int k = indexOf(j.procs(), pid);
            if (k < 0) {
                continue;
            }
            List<Process> procs = new ArrayList<>(j.procs());
            procs.set(k, new Process(pid, procs.get(k).text(), st));
            State state = stateOf(procs, j.state());
            put(i, new Job(j.number(), j.pgid(), procs, state, false, j.nohup()));
            marksMoved |= state != j.state() && state != State.DEAD;
            if (state == State.STOPPED) {
                lastStopped = j.number();
            } else if (state == State.DEAD && lastStopped == j.number()) {
                lastStopped = 0;
            }
            return;
        }
    }

    /** After a poll: a job that stopped becomes current, or the marks move on (bash's waitchld). */
    void settle() {
        if (marksMoved) {
            if (lastStopped != 0) {
                setCurrent(lastStopped);
            } else {
                resetCurrent();
            }
        }
        marksMoved = false;
        lastStopped = 0;
    }

    /**
     * `wait` reaped pid itself: the job learns its status, which `wait PID` can ask for again
     * (bash's bgpids list). quiet: a job it ends has been told (a script's wait; bash's J_NOTIFIED), unless
     * a signal killed it: a script tells of that ({@link #killedNotices}).
     */
    void waited(int pid, int status, boolean quiet, TrapTable traps) {
        update(pid, status);
        for (int i = 0; i < jobs.size() && quiet; i++) {
            Job j = jobs.get(i);
            if (j.state() == State.DEAD && indexOf(j.procs(), pid) >= 0 && !reportsKill(j.last().status(), traps)) {
                put(i, j.told());
            }
        }
    }

    /**
     * The status a job's process left when the shell reaped it, or null: kept for another
     * `wait PID`, as bash keeps it, until a `wait` for all ({@link #forgetStatuses}).
     */
    Integer takeStatus(int pid) {
        return reaped.get(pid);
    }

    /** `wait` with no PID: bash forgets the statuses it kept for `wait PID`. */
    void forgetStatuses() {
        reaped.clear();
    }

    /** Any process still running makes the job run; else any stopped one stops it; else it is dead. */
    private static State stateOf(List<Process> procs, State was) {
        boolean running = false;
        boolean stopped = false;
        for (Process p : procs) {
            running |= p.running();
            stopped |= p.stopped();
        }
        if (running) {
            // bash: a running job whose process reports again stays as it was, unless it was stopped.
            return was == State.STOPPED ? State.RUNNING : was;
        }
        return stopped ? State.STOPPED : State.DEAD;
    }

    private static int indexOf(List<Process> procs, int pid) {
        for (int k = 0; k < procs.size(); k++) {
            if (procs.get(k).pid() == pid) {
                return k;
            }
        }
        return -1;
    }

    private void remember(int pid, int status) {
        reaped.put(pid, status);
        if (reaped.size() > REMEMBERED) {
            reaped.remove(reaped.keySet().iterator().next());
        }
    }

    // ---- fg and bg (bash's start_job) ----

    /** fg or bg continues job n (bash's start_job): fg makes it current first, bg moves the marks after. */
    void resume(int n, boolean foreground) {
        if (foreground) {
            setCurrent(n);
        }
        continued(n);
        if (!foreground) {
            resetCurrent();
        }
    }

    /** disown -h: job n is to get no SIGHUP when the shell is hung up. */
    void markNohup(int n) {
        Job j = get(n);
        put(jobs.indexOf(j), new Job(n, j.pgid(), j.procs(), j.state(), j.notified(), true));
    }

    /** Job n was sent SIGCONT: its stopped processes run again (bash's set_job_running), told. */
    void continued(int n) {
        Job j = get(n);
        List<Process> procs = new ArrayList<>();
        for (Process p : j.procs()) {
            procs.add(p.stopped() ? new Process(p.pid(), p.text(), RUNNING) : p);
        }
        put(jobs.indexOf(j), new Job(n, j.pgid(), procs, State.RUNNING, true, j.nohup()));
    }

    /** The job fg waited for has stopped again (statuses: each process's): it is current, told. */
    void stopped(int n, int[] statuses) {
        Job j = get(n);
        List<Process> procs = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            procs.add(new Process(j.procs().get(i).pid(), j.procs().get(i).text(), statuses[i]));
        }
        put(jobs.indexOf(j), new Job(n, j.pgid(), procs, State.STOPPED, true, j.nohup()));
        setCurrent(n);
    }

    /** Job n ended in the foreground (fg): it goes without a notice. */
    void remove(int n) {
        Job j = get(n);
        if (j != null) {
            delete(j);
        }
    }

    // ---- Notices, and deleting the dead ----

    /**
     * Before a prompt (bash's notify_of_job_status, interactive): the notice of every job that
     * ended or stopped since it was last told, in job order, a stopped one after a blank line;
     * then the dead are deleted.
     */
    String notices() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            if (j.notified() || j.state() == State.RUNNING) {
                continue;
            }
            sb.append(j.state() == State.STOPPED ? "\n" : "").append(line(j, Form.STANDARD));
            put(i, j.told());
        }
        deleteTold();
        return sb.toString();
    }

    /**
     * Where a non-interactive shell notifies (bash's notify_of_job_status with
     * interactive_shell 0): each untold job that a signal killed (not SIGINT or SIGPIPE, and
     * not one the shell traps) is told as "miniunix: line 3:   395 Terminated              sleep 100",
     * a line per process; the others are left as they are. The parent's jobs, which a forked
     * child only lists, are not its to tell.
     */
    String killedNotices(String prefix, TrapTable traps) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            if (!j.notified() && j.state() == State.DEAD && j.number() > inheritedUpTo
                    && reportsKill(j.last().status(), traps)) {
                sb.append(killedLine(prefix, j));
                put(i, j.told());
            }
        }
        return sb.toString();
    }

    /** bash's test for a killed job's line: a signal but SIGINT and SIGPIPE, not trapped or ignored. */
    static boolean reportsKill(int status, TrapTable traps) {
        if (status == RUNNING || !Wait.ifSignaled(status)) {
            return false;
        }
        int sig = Wait.termSig(status);
        return sig != Signal.SIGINT.number && sig != Signal.SIGPIPE.number && traps.get(sig) == null;
    }

    /** A script's line (lines) for job j, killed by a signal. */
    static String killedLine(String prefix, Job j) {
        return prefix + JobListing.line(j, Form.NONINTERACTIVE, ' ');
    }

    /** `wait` has waited for every child: the dead are forgotten untold (a script's). */
    void forgetDead() {
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i).state() == State.DEAD) {
                put(i, jobs.get(i).told());
            }
        }
        deleteTold();
    }

    /**
     * A script tells nobody: its dead jobs wait for `jobs` or `wait %N`, and the oldest go
     * untold beyond {@link #REMEMBERED} of them (bash compacts its table likewise).
     */
    void forgetOldDead() {
        int dead = 0;
        for (int i = jobs.size() - 1; i >= 0; i--) {
            if (jobs.get(i).state() == State.DEAD && ++dead > REMEMBERED) {
                put(i, jobs.get(i).told());
            }
        }
        deleteTold();
    }

    /**
     * Deletes the dead jobs that have been told (bash's cleanup_dead_jobs), in one pass. The
     * marks move once if they named a deleted job: they then name live jobs only, so deleting
     * the others one at a time would not move them again.
     */
    void deleteTold() {
        int kept = 0;
        boolean marked = false;
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            if (j.state() == State.DEAD && j.notified()) {
                marked |= j.number() == current || j.number() == previous;
            } else {
                if (kept != i) {
                    jobs.set(kept, j);      // a move: no job stops or runs
                }
                kept++;
            }
        }
        if (kept < jobs.size()) {
            jobs.truncate(kept);
            if (marked) {
                resetCurrent();
            }
        }
    }

    /** `jobs` has shown job n: its change is told. */
    void told(int n) {
        Job j = get(n);
        put(jobs.indexOf(j), j.told());
    }

    /**
     * In a forked child: the jobs are its parent's, to be listed (as bash lets `jobs -p` in
     * a subshell list them), never polled; the statuses the parent reaped are not its own.
     */
    void forked() {
        reaped.clear();
        inheritedUpTo = jobs.isEmpty() ? 0 : jobs.get(jobs.size() - 1).number();
    }

    private void delete(Job j) {
        jobs.remove(j);
        stoppedJobs -= j.state() == State.STOPPED ? 1 : 0;
        if (j.number() == current || j.number() == previous) {
            resetCurrent();
        }
    }

    // ---- The current and previous job (bash's set_current_job and reset_current) ----

    /** Makes job n current; the previous job is the old current one if stopped, else the best other. */
    private void setCurrent(int n) {
        if (current != n) {
            previous = current;
            current = n;
        }
        if (previous != current && previous != 0 && is(previous, State.STOPPED)) {
            return;
        }
        if (is(current, State.STOPPED)) {
            int candidate = newest(current, State.STOPPED);
            if (candidate != 0) {
                previous = candidate;
                return;
            }
        }
        int candidate = newest(is(current, State.RUNNING) ? current : Integer.MAX_VALUE, State.RUNNING);
        previous = candidate != 0 ? candidate : current;
    }

    /** The newest stopped job is current (keeping a stopped current job); else the newest running. */
    private void resetCurrent() {
        int candidate;
        if (current != 0 && is(current, State.STOPPED)) {
            candidate = current;
        } else {
            candidate = previous != 0 && is(previous, State.STOPPED) ? previous : 0;
            if (candidate == 0) {
                candidate = newest(Integer.MAX_VALUE, State.STOPPED);
            }
            if (candidate == 0) {
                candidate = newest(Integer.MAX_VALUE, State.RUNNING);
            }
        }
        if (candidate != 0) {
            setCurrent(candidate);
        } else {
            current = previous = 0;
        }
    }

    private boolean is(int n, State state) {
        Job j = get(n);
        return j != null && j.state() == state;
    }

    /** Adds j at the end of the table. */
    private void append(Job j) {
        jobs.add(j);
        stoppedJobs += j.state() == State.STOPPED ? 1 : 0;
    }

    /** Puts j in place of the job at index i. */
    private void put(int i, Job j) {
        Job old = jobs.set(i, j);
        stoppedJobs += (j.state() == State.STOPPED ? 1 : 0) - (old.state() == State.STOPPED ? 1 : 0);
    }

    /** The highest-numbered job below n in this state, or 0. */
    private int newest(int n, State state) {
        if (state == State.STOPPED && stoppedJobs == 0) {
            return 0;
        }
        for (int i = jobs.size() - 1; i >= 0; i--) {
            Job j = jobs.get(i);
            if (j.number() < n && j.state() == state) {
                return j.number();
            }
        }
        return 0;
    }

    /** '+', '-' or ' ': what a job's line shows after its number. */
    char mark(int n) {
        return n == current ? '+' : n == previous ? '-' : ' ';
    }

    /** The job a spec names, or NO_JOB or AMBIGUOUS (see {@link JobSpec}). */
    int resolve(String spec) {
        return JobSpec.resolve(this, spec, current, previous);
    }

    /** The line (or lines, for -l of a pipeline) job j shows in this form (see {@link JobListing}). */
    String line(Job j, Form form) {
        return JobListing.line(j, form, mark(j.number()));
    }
}
