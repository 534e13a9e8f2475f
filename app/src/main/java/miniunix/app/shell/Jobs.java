package miniunix.app.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Wait;

/**
 * The shell's background jobs (bash's jobs.c, reduced): what `[N] PID` announced, so the
 * shell can reap them when they end (no zombies left behind, as bash's SIGCHLD handler
 * ensures), print bash's `[N]+  Done                    cmd` notice before the next prompt,
 * and still tell `wait PID` the status of a job it reaped already. Processes made by the
 * `fork` builtin are not jobs: they stay zombies until `wait`, which is what they are for.
 * Plain data: {@link #copy} is deep.
 */
final class Jobs {
    /** One job: its number, the pids still running, the last pid (whose status counts), its text. */
    record Job(int number, List<Integer> pids, int lastPid, String text) {
        Job {
            pids = List.copyOf(pids);
        }
    }

    /** How many reaped statuses `wait PID` can still ask for (bash keeps CHILD_MAX of them). */
    private static final int REMEMBERED = 256;

    private final ArrayList<Job> jobs = new ArrayList<>();
    private final LinkedHashMap<Integer, Integer> reaped = new LinkedHashMap<>();
    /** Notices of jobs reaped between prompts, for the next prompt (bash's notify_of_job_status). */
    private final ArrayList<String> deferred = new ArrayList<>();

    Jobs copy() {
        Jobs j = new Jobs();
        j.jobs.addAll(jobs);
        j.reaped.putAll(reaped);
        j.deferred.addAll(deferred);
        return j;
    }

    /** Keeps a notice for the next prompt. */
    void defer(String notice) {
        deferred.add(notice);
    }

    /** The notices kept for this prompt, in the order the jobs ended; forgets them. */
    String takeDeferred() {
        String all = String.join("", deferred);
        deferred.clear();
        return all;
    }

    /** Registers a job; returns its number (one more than the highest in use, as bash does). */
    int add(List<Integer> pids, String text) {
        int n = jobs.isEmpty() ? 1 : jobs.get(jobs.size() - 1).number() + 1;
        jobs.add(new Job(n, pids, pids.get(pids.size() - 1), text));
        return n;
    }

    /** Every pid of every job, for a WNOHANG poll. */
    int[] pids() {
        int n = 0;
        for (Job j : jobs) {
            n += j.pids().size();
        }
        int[] all = new int[n];
        int i = 0;
        for (Job j : jobs) {
            for (int pid : j.pids()) {
                all[i++] = pid;
            }
        }
        return all;
    }

    /**
     * Process pid of a job ended with this wait status. Returns bash's notice when that ends
     * the whole job, else null. The status is kept for a later `wait PID`.
     */
    String reaped(int pid, int status) {
        remember(pid, status);
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            if (!j.pids().contains(pid)) {
                continue;
            }
            List<Integer> left = new ArrayList<>(j.pids());
            left.remove(Integer.valueOf(pid));
            if (!left.isEmpty()) {
                jobs.set(i, new Job(j.number(), left, j.lastPid(), j.text()));
                return null;
            }
            String mark = i == jobs.size() - 1 ? "+" : i == jobs.size() - 2 ? "-" : " ";
            jobs.remove(i);
            int last = reaped.getOrDefault(j.lastPid(), status);
            return String.format(Locale.ROOT, "[%d]%s  %-24s%s\n", j.number(), mark, describe(last), j.text());
        }
        return null;
    }

    /** `wait` reaped pid itself: no notice; the job is forgotten once all its processes are. */
    void waited(int pid) {
        reaped(pid, 0);
        reaped.remove(pid);
    }

    /** Takes the status a job's process left when the shell reaped it, or null. */
    Integer takeStatus(int pid) {
        return reaped.remove(pid);
    }

    void clear() {
        jobs.clear();
        reaped.clear();
        deferred.clear();
    }

    private void remember(int pid, int status) {
        reaped.put(pid, status);
        if (reaped.size() > REMEMBERED) {
            reaped.remove(reaped.keySet().iterator().next());
        }
    }

    /** "Done", "Exit 1", "Terminated", "Segmentation fault (core dumped)", as bash's jobs show. */
    static String describe(int status) {
        if (Wait.ifExited(status)) {
            return Wait.exitStatus(status) == 0 ? "Done" : "Exit " + Wait.exitStatus(status);
        }
        int sig = Wait.ifSignaled(status) ? Wait.termSig(status) : Wait.stopSig(status);
        Signal s = Signal.of(sig);
        String name = Wait.ifStopped(status) ? "Stopped" : s == null ? "Signal " + sig : s.description;
        return name + (Wait.ifSignaled(status) && Wait.coreDump(status) ? " (core dumped)" : "");
    }
}
