package miniunix.lab;

import java.util.List;

/**
 * The experiments of /bin/sched: {@code sched run} (the scheduling policies on a fresh
 * machine) and {@code sched states} (process states with CPU and I/O). {@code sched set} and
 * {@code sched show}, which act on the live kernel, are the userland's SchedCtl; the system
 * image hands those to it.
 */
public final class SchedLab implements LabCommand {
    private static final String USAGE = "usage: sched set POLICY [param=value...] | sched show"
            + " | sched run --policy fifo|sjf|stcf|rr|mlfq|cfs --jobs L0,L1,... [options]"
            + " | sched states --programs P0:P1:... [options]";

    @Override
    public Output run(List<String> args, boolean tty) {
        if (args.isEmpty() || args.get(0).equals("--help")) {
            if (!args.isEmpty()) {
                return Output.ok(USAGE + "\n");
            }
            return Output.fail("sched", USAGE);
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "run" -> new SchedRun().run(rest, tty);
            case "states" -> new SchedStates().run(rest, tty);
            default -> Output.fail("sched", "unknown command '" + args.get(0) + "'; " + USAGE);
        };
    }
}
