package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Compute;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * work [-n REPEAT] cpu:N,io:N,...: a workload of CPU bursts and I/O waits, in ticks (10 ms):
 * {@code cpu:N} computes for N ticks, {@code io:N} waits N ticks for a device (a sleep, so the
 * process is S meanwhile, as one waiting on a network or a slow device). The list runs REPEAT
 * times (default 1). An interactive job is many short bursts ({@code -n 50 cpu:1,io:5}), a
 * CPU-bound one a long burst ({@code cpu:500}): under MLFQ the first keeps its priority while
 * the second sinks.
 */
public final class Work extends Proc {
    private static final String USAGE = "Usage: work [-n REPEAT] cpu:TICKS,io:TICKS,...\n"
            + "Run CPU bursts and I/O waits in turn, REPEAT times (ticks of 10 ms).\n";
    /** A tick is 10 ms (HZ = 100). */
    private static final long NS_PER_TICK = 10_000_000L;

    /** Each step: ticks, positive for CPU, negative for I/O. */
    private List<Long> steps = List.of();
    private int next = -1;
    private long repeat;

    public Work(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (next < 0) {
            Trap t = parse();
            if (t != null) {
                return t;
            }
            next = 0;
        }
        if (next == steps.size()) {
            if (--repeat <= 0) {
                return exit(0);
            }
            next = 0;
        }
        long s = steps.get(next++);
        return s > 0 ? new Compute(s) : new Syscall.Nanosleep(-s * NS_PER_TICK);
    }

    /** Reads the command line; a trap (an exit) if it is bad, else null. */
    private Trap parse() {
        Opts o = Opts.parse(argv, "n:");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        String n = o.get('n', "1");
        if (!n.matches("[1-9][0-9]{0,8}")) {
            return fail(1, "invalid repeat count '" + n + "'");
        }
        repeat = Long.parseLong(n);
        if (o.operands.size() != 1) {
            return fail(1, (o.operands.isEmpty() ? "missing operand" : "extra operand '"
                    + o.operands.get(1) + "'") + "\n" + Opts.tryHelp(prog()));
        }
        List<Long> list = new ArrayList<>();
        for (String b : o.operands.get(0).split(",", -1)) {
            if (!b.matches("(cpu|io):0*[1-9][0-9]{0,8}")) {
                return fail(1, "invalid burst '" + b + "' (expected cpu:TICKS or io:TICKS, TICKS >= 1)");
            }
            long ticks = Long.parseLong(b.substring(b.indexOf(':') + 1));
            list.add(b.startsWith("cpu") ? ticks : -ticks);
        }
        steps = List.copyOf(list);
        return null;
    }
}
