package miniunix.lab.sched;

import java.util.List;
import miniunix.kernel.sched.Policy;
import miniunix.kernel.sched.PolicySpec;
import miniunix.lab.Fixed;
import miniunix.lab.Json;

/**
 * What {@code sched run} prints about a finished machine: the JSON object of EXPERIMENTS.md
 * sections 1 and 2, or a table in the textbook simulators' wording. Per job:
 * response = firstRun - arrival, turnaround = completion - arrival,
 * wait = turnaround - length - ticks in I/O; averages are plain means over jobs.
 */
public final class SchedReport {
    /** About the length of a line of the table, to size its buffer once. */
    private static final int LINE_BYTES = 48;

    private final PolicySpec spec;
    private final SchedMachine m;
    private final Workload w;
    private final int cpus;

    public SchedReport(PolicySpec spec, SchedMachine m, int cpus) {
        this.spec = spec;
        this.m = m;
        this.w = m.workload();
        this.cpus = cpus;
    }

    private long response(int j) {
        return m.firstRun(j) - w.arrival()[j];
    }

    private long turnaround(int j) {
        return m.completion(j) - w.arrival()[j];
    }

    private long waited(int j) {
        return turnaround(j) - w.length()[j] - m.ioTicks(j);
    }

    private double mean(int which) {
        double sum = 0;
        for (int j = 0; j < w.jobs(); j++) {
            sum += which == 0 ? response(j) : which == 1 ? turnaround(j) : waited(j);
        }
        return sum / w.jobs();
    }

    private boolean isMlfq() {
        return spec.policy() == Policy.MLFQ;
    }

    // JSON.

    public String json() {
        Json j = new Json().beginObject().key("policy").value(spec.policy().label);
        if (spec.policy() == Policy.RR) {
            j.key("quantum").value(spec.get("quantum"));
        }
        if (isMlfq()) {
            int levels = (int) spec.get("queues");
            j.key("queues").value(levels).key("quantum").longs(perLevel("quantum", levels))
                    .key("allotment").longs(perLevel("allotment", levels))
                    .key("boost").value(spec.get("boost"));
        }
        j.key("jobs").beginArray();
        for (int i = 0; i < w.jobs(); i++) {
            j.beginObject().key("job").value(i).key("arrival").value(w.arrival()[i])
                    .key("length").value(w.length()[i]).key("firstRun").value(m.firstRun(i))
                    .key("completion").value(m.completion(i)).key("response").value(response(i))
                    .key("turnaround").value(turnaround(i)).key("wait").value(waited(i))
                    .endObject();
        }
        j.endArray().key("average").beginObject().key("response").value(mean(0))
                .key("turnaround").value(mean(1)).key("wait").value(mean(2)).endObject();
        if (isMlfq()) {
            if (!m.trace().isEmpty()) {
                ticks(j);
            }
        } else {
            slices(j);
        }
        return j.key("makespan").value(m.makespan()).endObject().toString();
    }

    private long[] perLevel(String name, int levels) {
        long[] v = new long[levels];
        for (int i = 0; i < levels; i++) {
            v[i] = spec.at(name, i);
        }
        return v;
    }

    private void slices(Json j) {
        Slices s = m.slices();
        j.key("trace").beginArray();
        for (int i = 0; i < s.size(); i++) {
            j.beginObject().key("start").value(s.start(i));
            if (cpus > 1) {
                j.key("cpu").value(s.cpu(i));
            }
            j.key("job").value(s.job(i)).key("ran").value(s.ran(i)).key("done").value(s.done(i))
                    .endObject();
        }
        j.endArray();
    }

    private void ticks(Json j) {
        j.key("ticks").beginArray();
        for (MlfqTrace e : m.trace()) {
            if (!(e instanceof MlfqTick t)) {
                continue;
            }
            j.beginObject().key("t").value(t.t());
            if (t.idle()) {
                j.key("job").value((String) null).key("level").value((String) null);
            } else {
                j.key("job").value(t.job()).key("level").value(t.level())
                        .key("ticksLeft").value(t.ticksLeft()).key("allotLeft").value(t.allotLeft())
                        .key("timeLeft").value(t.timeLeft());
            }
            j.endObject();
        }
        j.endArray();
    }

    // The table.

    /** The run as scheduler.py and mlfq.py print it, with our own level numbers. */
    public String table() {
        StringBuilder sb = new StringBuilder(LINE_BYTES * (m.slices().size() + w.jobs() + 8));
        sb.append("Policy ").append(spec.policy().label).append(params()).append(", ")
                .append(cpus).append(cpus == 1 ? " CPU" : " CPUs").append("\n\n");
        sb.append("Execution trace:\n");
        if (isMlfq()) {
            mlfqTrace(sb);
        } else {
            sliceTrace(sb);
        }
        sb.append("\nFinal statistics:\n");
        for (int j = 0; j < w.jobs(); j++) {
            sb.append(String.format(java.util.Locale.ROOT,
                    "  Job %3d -- Arrival %d  Length %d  Response %d  Turnaround %d  Wait %d\n",
                    j, w.arrival()[j], w.length()[j], response(j), turnaround(j), waited(j)));
        }
        sb.append("\n  Average -- Response ").append(Fixed.format(mean(0), 2))
                .append("  Turnaround ").append(Fixed.format(mean(1), 2))
                .append("  Wait ").append(Fixed.format(mean(2), 2)).append('\n');
        sb.append("  Makespan ").append(m.makespan()).append('\n');
        return sb.toString();
    }

    private String params() {
        List<Policy.Param> params = spec.policy().params;
        if (params.isEmpty() || spec.policy() == Policy.CFS) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        for (Policy.Param p : params) {
            sb.append(sb.length() == 2 ? "" : ", ").append(p.name()).append(' ');
            List<Long> v = spec.values().get(p.name());
            for (int i = 0; i < v.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(v.get(i));
            }
        }
        return sb.append(')').toString();
    }

    /** scheduler.py's trace lines; a million of them must take milliseconds, so no format(). */
    private void sliceTrace(StringBuilder sb) {
        Slices s = m.slices();
        for (int i = 0; i < s.size(); i++) {
            sb.append("  [ time ");
            pad(sb, s.start(i), 3).append(" ] ");
            if (cpus > 1) {
                sb.append("CPU ").append(s.cpu(i)).append(": ");
            }
            sb.append("Run job ");
            pad(sb, s.job(i), 3).append(" for ").append(s.ran(i)).append(" ticks");
            if (s.done(i)) {
                sb.append(" ( DONE at ").append(s.start(i) + s.ran(i)).append(" )");
            }
            sb.append('\n');
        }
    }

    /** n right-aligned in width, as %Nd. */
    private static StringBuilder pad(StringBuilder sb, long n, int width) {
        String digits = Long.toString(n);
        for (int k = digits.length(); k < width; k++) {
            sb.append(' ');
        }
        return sb.append(digits);
    }

    private void mlfqTrace(StringBuilder sb) {
        if (m.trace().isEmpty()) {
            sb.append("  (--trace shows every tick)\n");
            return;
        }
        for (MlfqTrace e : m.trace()) {
            if (e instanceof MlfqTick t) {
                sb.append("[ time ").append(t.t()).append(" ] ");
                if (t.idle()) {
                    sb.append("IDLE\n");
                } else {
                    sb.append("Run JOB ").append(t.job()).append(" at LEVEL ").append(t.level())
                            .append(" [ TICKS ").append(t.ticksLeft()).append(" ALLOT ")
                            .append(t.allotLeft()).append(" TIME ").append(t.timeLeft())
                            .append(" (of ").append(w.length()[t.job()]).append(") ]\n");
                }
            } else if (e instanceof MlfqTrace.Event ev) {
                sb.append("[ time ").append(ev.t()).append(" ] ").append(switch (ev.kind()) {
                    case BOOST -> "BOOST ( every " + spec.get("boost") + " )";
                    case BEGINS -> "JOB BEGINS by JOB " + ev.job();
                    case IO_DONE -> "IO_DONE by JOB " + ev.job();
                    case IO_START -> "IO_START by JOB " + ev.job();
                    case FINISHED -> "FINISHED JOB " + ev.job();
                }).append('\n');
            }
        }
    }
}
