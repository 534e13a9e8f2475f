package miniunix.app.shell;

import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Wait;

/**
 * How a job is shown (bash's pretty_print_job and print_pipeline), in `jobs` and in the
 * notices before a prompt:
 * <pre>
 * [1]-  Running                 sleep 100 | cat &amp;      jobs
 * [1]-   395 Running                 sleep 100        jobs -l: a line per process
 *        396                       | cat &amp;
 * 395                                                 jobs -p: the first pid
 *   395 Terminated              sleep 100             a script's job a signal killed
 * </pre>
 * The status column is 24 wide (LONGEST_SIGNAL_DESC). A running job ends with " &amp;". The
 * status of a job that is not running is its last process's ("Done", "Exit 1",
 * "Terminated"); a stopped job says "Stopped", and with -l each process says which stop it
 * is ("Stopped (signal)" for SIGSTOP, "Stopped (tty input)" for SIGTTIN).
 */
final class JobListing {
    /** bash's LONGEST_SIGNAL_DESC: the width of the status column. */
    private static final int STATUS_WIDTH = 24;

    private JobListing() {
    }

    /** The line (or lines, for -l of a pipeline) of job j; mark is '+', '-' or ' '. */
    static String line(Jobs.Job j, Jobs.Form form, char mark) {
        if (form == Jobs.Form.PIDS) {
            return j.procs().get(0).pid() + "\n";
        }
        boolean prefix = form != Jobs.Form.NONINTERACTIVE;
        form = prefix ? form : Jobs.Form.LONG;
        boolean longForm = form == Jobs.Form.LONG;
        StringBuilder sb = new StringBuilder();
        if (prefix) {
            sb.append('[').append(j.number()).append(']').append(mark).append(' ');
        }
        for (int i = 0; i < j.procs().size(); i++) {
            Jobs.Process p = j.procs().get(i);
            boolean last = i == j.procs().size() - 1;
            sb.append(i == 0 ? "" : longForm ? "     " : " |");
            if (longForm) {
                String pid = Integer.toString(p.pid());
                sb.append(" ".repeat(Math.max(0, 5 - pid.length()))).append(pid);
            }
            sb.append(' ');
            Jobs.Process show = longForm ? p : j.last();
            String status = i == 0 ? status(j, show, form) : !longForm ? null
                    : show.status() == j.procs().get(0).status() ? "" : status(j, show, form);
            if (status != null) {
                int width = status.isEmpty() ? 2 : status.length();
                sb.append(status).append(" ".repeat(Math.max(0, STATUS_WIDTH - width)));
                sb.append(Wait.ifSignaled(show.status()) && Wait.coreDump(show.status()) ? "(core dumped) " : "");
            }
            sb.append(i > 0 && longForm ? "| " : "").append(p.text());
            sb.append(last && j.state() == Jobs.State.RUNNING ? " &" : "");
            sb.append(longForm || last ? "\n" : "");
        }
        return sb.toString();
    }

    /** bash's printable_job_status: Running, Stopped (-l: which stop), Done, Exit N, a signal's name. */
    private static String status(Jobs.Job j, Jobs.Process p, Jobs.Form form) {
        if (j.state() == Jobs.State.STOPPED && form == Jobs.Form.STANDARD) {
            return "Stopped";
        }
        if (j.state() == Jobs.State.RUNNING || p.running()) {
            return "Running";
        }
        if (Wait.ifExited(p.status())) {
            int code = Wait.exitStatus(p.status());
            return code == 0 ? "Done" : "Exit " + code;
        }
        int sig = p.stopped() ? Wait.stopSig(p.status()) : Wait.termSig(p.status());
        Signal s = Signal.of(sig);
        return s == null ? "Signal " + sig : s.description;
    }
}
