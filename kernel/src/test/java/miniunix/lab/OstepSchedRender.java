package miniunix.lab;

import java.util.Locale;
import miniunix.lab.sched.MlfqTick;
import miniunix.lab.sched.MlfqTrace;
import miniunix.lab.sched.SchedMachine;
import miniunix.lab.sched.Slices;
import miniunix.lab.sched.Workload;

/**
 * Prints a finished miniunix run in the exact words and layout of scheduler.py and mlfq.py
 * (from "Execution trace:" on), so the captures can be compared line for line. mlfq.py numbers
 * its levels upside down (PRIORITY = levels - 1 - our level) and prints "IO DONE" on a line
 * of its own after each IO_START.
 */
final class OstepSchedRender {
    private OstepSchedRender() {
    }

    private static String f2(double d) {
        return Fixed.format(d, 2);
    }

    /** scheduler.py -c for FIFO, SJF (which it runs as FIFO over the sorted list) and RR. */
    static String scheduler(String policy, SchedMachine m) {
        Workload w = m.workload();
        Slices s = m.slices();
        StringBuilder sb = new StringBuilder("Execution trace:\n");
        boolean rr = policy.equals("rr");
        for (int i = 0; i < s.size(); i++) {
            sb.append(String.format(Locale.ROOT, rr ? "  [ time %3d ] Run job %3d for %s secs"
                    : "  [ time %3d ] Run job %d for %s secs", s.start(i), s.job(i), f2(s.ran(i))));
            if (s.done(i)) {
                sb.append(" ( DONE at ").append(f2(s.start(i) + s.ran(i))).append(" )");
            }
            sb.append('\n');
        }
        sb.append("\nFinal statistics:\n");
        double resp = 0;
        double turn = 0;
        double wait = 0;
        for (int k = 0; k < w.jobs(); k++) {
            int j = rr ? k : s.job(k);
            long response = m.firstRun(j) - w.arrival()[j];
            long turnaround = m.completion(j) - w.arrival()[j];
            long waited = turnaround - w.length()[j];
            sb.append(String.format(Locale.ROOT, "  Job %3d -- Response: %s  Turnaround %s  Wait %s\n",
                    j, f2(response), f2(turnaround), f2(waited)));
            resp += response;
            turn += turnaround;
            wait += waited;
        }
        int n = w.jobs();
        sb.append(String.format(Locale.ROOT, "\n  Average -- Response: %s  Turnaround %s  Wait %s\n\n",
                f2(resp / n), f2(turn / n), f2(wait / n)));
        return sb.toString();
    }

    /** mlfq.py -c from "Execution Trace:" on. */
    static String mlfq(int levels, long boost, SchedMachine m) {
        Workload w = m.workload();
        StringBuilder sb = new StringBuilder("\nExecution Trace:\n\n");
        for (MlfqTrace e : m.trace()) {
            if (e instanceof MlfqTick t) {
                if (t.idle()) {
                    sb.append("[ time ").append(t.t()).append(" ] IDLE\n");
                } else {
                    sb.append(String.format(Locale.ROOT,
                            "[ time %d ] Run JOB %d at PRIORITY %d [ TICKS %d ALLOT %d TIME %d (of %d) ]\n",
                            t.t(), t.job(), levels - 1 - t.level(), t.ticksLeft(), t.allotLeft(),
                            t.timeLeft(), w.length()[t.job()]));
                }
            } else if (e instanceof MlfqTrace.Event ev) {
                sb.append("[ time ").append(ev.t()).append(" ] ").append(switch (ev.kind()) {
                    case BOOST -> "BOOST ( every " + boost + " )";
                    case BEGINS -> "JOB BEGINS by JOB " + ev.job();
                    case IO_DONE -> "IO_DONE by JOB " + ev.job();
                    case IO_START -> "IO_START by JOB " + ev.job() + "\nIO DONE";
                    case FINISHED -> "FINISHED JOB " + ev.job();
                }).append('\n');
            }
        }
        sb.append("\nFinal statistics:\n");
        long resp = 0;
        long turn = 0;
        for (int j = 0; j < w.jobs(); j++) {
            long response = m.firstRun(j) - w.arrival()[j];
            long turnaround = m.completion(j) - w.arrival()[j];
            sb.append(String.format(Locale.ROOT,
                    "  Job %2d: startTime %3d - response %3d - turnaround %3d\n",
                    j, w.arrival()[j], response, turnaround));
            resp += response;
            turn += turnaround;
        }
        sb.append(String.format(Locale.ROOT,
                "\n  Avg %2d: startTime n/a - response %s - turnaround %s\n\n\n",
                w.jobs() - 1, f2((double) resp / w.jobs()), f2((double) turn / w.jobs())));
        return sb.toString();
    }
}
