package miniunix.lab;

import java.util.List;
import miniunix.kernel.sched.Policy;
import miniunix.kernel.sched.PolicySpec;
import miniunix.lab.sched.Gantt;
import miniunix.lab.sched.SchedMachine;
import miniunix.lab.sched.SchedReport;
import miniunix.lab.sched.Workload;

/**
 * sched run: a workload on a fresh machine under one of the kernel's policies
 * (EXPERIMENTS.md sections 1 and 2, OSTEP's scheduler.py and mlfq.py).
 * <pre>
 *   sched run --policy fifo|sjf|stcf|rr|mlfq|cfs --jobs L0,L1,... [--arrivals A0,A1,...]
 *             [--quantum N] [--cpus N] [--cs-cost N] [--gantt] [--json]
 *   sched run --policy mlfq [--queues N] [--quantum Q0,...] [--allotment A0,...] [--boost B]
 *             --jobs L0,... [--arrivals S0,...] [--io-every F0,...] [--io-time T]
 *             [--io-stay] [--io-front] [--trace] [--json]
 * </pre>
 */
public final class SchedRun implements LabCommand {
    private static final String PROG = "sched";
    private static final String USAGE =
            "Usage: sched run --policy fifo|sjf|stcf|rr|mlfq|cfs --jobs L0,L1,...\n"
            + "                 [--arrivals A0,...]\n"
            + "                 [--quantum N] [--cpus N] [--cs-cost N] [--gantt] [--json]\n"
            + "       sched run --policy mlfq [--queues N] [--quantum Q0,...]\n"
            + "                 [--allotment A0,...]\n"
            + "                 [--boost B] --jobs L0,... [--arrivals S0,...] [--io-every F0,...]\n"
            + "                 [--io-time T] [--io-stay] [--io-front] [--trace] [--json]\n"
            + "Runs the jobs (CPU demand in ticks) on a fresh machine under the kernel's\n"
            + "policy.\n";
    private static final List<String> POLICIES =
            List.of("fifo", "sjf", "stcf", "rr", "mlfq", "cfs");
    private static final List<String> MLFQ_ONLY = List.of("queues", "allotment", "boost",
            "io-every", "io-time", "io-stay", "io-front", "trace");
    /** Limits that keep a run to seconds: jobs, ticks of demand in all, latest arrival. */
    private static final long MAX_JOBS = 100_000;
    private static final long MAX_WORK = 200_000_000;
    private static final long MAX_ARRIVAL = 10_000_000;
    private static final long MAX_IO_TIME = 1_000_000;
    private static final long MAX_CPUS = 64;
    private static final long DEFAULT_IO_TIME = 5;

    /** A parsed command line: the policy, the workload and the machine's shape. */
    public record Setup(PolicySpec spec, Workload workload, int cpus, long csCost,
                        boolean trace) {
        /** A fresh machine for this setup, not yet run. */
        public SchedMachine machine() {
            return new SchedMachine(spec, workload, cpus, csCost, trace);
        }
    }

    @Override
    public Output run(List<String> args, boolean tty) {
        if (args.contains("--help")) {
            return Output.ok(USAGE);
        }
        try {
            LabOpts o = options(args);
            Setup s = setup(o);
            SchedMachine m = s.machine().run();
            SchedReport r = new SchedReport(s.spec(), m, s.cpus());
            if (o.has("json")) {
                return Output.ok(r.json());
            }
            String text = r.table();
            if (o.has("gantt")) {
                text += "\n" + new Gantt(m, s.cpus(), tty).draw();
            }
            return Output.ok(text);
        } catch (BadInput e) {
            String msg = e.getMessage();
            return Output.fail(PROG, msg.startsWith("run: ") ? msg : "run: " + msg);
        } catch (PolicySpec.BadSpec e) {
            return Output.fail(PROG, "run: " + e.getMessage());
        }
    }

    /** Parses a command line (after "run"); throws BadInput or PolicySpec.BadSpec. */
    public static Setup setup(List<String> args) {
        return setup(options(args));
    }

    private static LabOpts options(List<String> args) {
        return LabOpts.parse(args, List.of("policy", "jobs", "arrivals", "quantum",
                "cpus", "cs-cost", "queues", "allotment", "boost", "io-every", "io-time"),
                List.of("gantt", "json", "io-stay", "io-front", "trace"));
    }

    private static Setup setup(LabOpts o) {
        if (!o.operands().isEmpty()) {
            throw new BadInput("run: unexpected argument '" + o.operands().get(0) + "'");
        }
        String policy = o.get("policy", "");
        if (!POLICIES.contains(policy)) {
            throw new BadInput("run: " + (policy.isEmpty() ? "--policy is required"
                    : "unknown policy '" + policy + "'") + " ("
                    + String.join(", ", POLICIES) + ")");
        }
        boolean mlfq = policy.equals("mlfq");
        checkApplicable(o, mlfq, policy);
        Workload w = workload(o);
        PolicySpec spec = spec(o, policy);
        int cpus = (int) o.number("cpus", 1, 1, MAX_CPUS);
        long cs = o.number("cs-cost", 0, 0, MAX_IO_TIME);
        if (o.has("trace") && cpus > 1) {
            throw new BadInput("run: --trace shows one CPU's ticks, as mlfq.py does: use --cpus 1");
        }
        return new Setup(spec, w, cpus, cs, mlfq && o.has("trace"));
    }

    /** Options of the other form of the command are bad input, not silently ignored. */
    private static void checkApplicable(LabOpts o, boolean mlfq, String policy) {
        for (String name : MLFQ_ONLY) {
            if (!mlfq && o.has(name)) {
                throw new BadInput("run: --" + name + " is an option of --policy mlfq");
            }
        }
        if (o.has("quantum") && !mlfq && !policy.equals("rr")) {
            throw new BadInput("run: --quantum is an option of --policy rr and mlfq");
        }
    }

    private static Workload workload(LabOpts o) {
        if (!o.has("jobs")) {
            throw new BadInput("run: --jobs is required (each job's length in ticks: 100,200,300)");
        }
        long[] length = o.longs("jobs", null, 1, MAX_WORK);
        int n = length.length;
        if (n > MAX_JOBS) {
            throw new BadInput("run: at most " + MAX_JOBS + " jobs");
        }
        long work = 0;
        for (long l : length) {
            work += l;
        }
        if (work > MAX_WORK) {
            throw new BadInput("run: the jobs need more than " + MAX_WORK + " ticks in all");
        }
        long[] arrival = perJob(o, "arrivals", n, 0, MAX_ARRIVAL);
        long[] every = perJob(o, "io-every", n, 0, MAX_WORK);
        long ioTime = o.number("io-time", DEFAULT_IO_TIME, 0, MAX_IO_TIME);
        return new Workload(length, arrival, every, ioTime);
    }

    /** A per-job list: absent gives 0s, one value applies to every job, else one per job. */
    private static long[] perJob(LabOpts o, String name, int n, long min, long max) {
        long[] v = o.longs(name, new long[] {0}, min, max);
        if (v.length == 1) {
            long[] all = new long[n];
            java.util.Arrays.fill(all, v[0]);
            return all;
        }
        if (v.length != n) {
            throw new BadInput("run: --" + name + " lists " + v.length + " values for " + n
                    + " jobs");
        }
        return v;
    }

    /** The kernel's policy spec for the options, as `sched set` would spell it. */
    private static PolicySpec spec(LabOpts o, String policy) {
        StringBuilder s = new StringBuilder(policy);
        if (policy.equals("rr")) {
            s.append(" quantum=").append(o.number("quantum", 1, 1, MAX_WORK));
        }
        if (policy.equals("mlfq")) {
            for (String name : List.of("queues", "quantum", "allotment", "boost")) {
                if (o.has(name)) {
                    o.longs(name, null, name.equals("boost") ? 0 : 1, MAX_WORK);
                    s.append(' ').append(name).append('=').append(o.get(name, ""));
                }
            }
            s.append(" io-stay=").append(o.has("io-stay") ? 1 : 0);
            s.append(" io-front=").append(o.has("io-front") ? 1 : 0);
        }
        PolicySpec spec = PolicySpec.parse(s.toString());
        if (spec.policy() == Policy.MLFQ && spec.values().get("boost").size() != 1) {
            throw new BadInput("run: --boost takes one number");
        }
        return spec;
    }
}
