package miniunix.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import miniunix.lab.states.StateMachine;
import miniunix.lab.states.StateMachine.Instr;
import miniunix.lab.states.StateMachine.IoDone;
import miniunix.lab.states.StateMachine.Switch;
import miniunix.lab.states.StateMachine.Tick;

/**
 * sched states: process states with CPU and I/O (EXPERIMENTS.md section 3, OSTEP's
 * process-run.py). The table is process-run's own layout (its -c -p output).
 * <pre>
 *   sched states --programs P0:P1:... [--io-length L] [--switch on-io|on-end]
 *                [--io-done later|immediate] [--json]
 * </pre>
 */
public final class SchedStates implements LabCommand {
    private static final String PROG = "sched";
    private static final String USAGE =
            "Usage: sched states --programs P0:P1:... [--io-length L]\n"
            + "                    [--switch on-io|on-end]\n"
            + "                    [--io-done later|immediate] [--json]\n"
            + "Process states with CPU and I/O (OSTEP's process-run.py). A program is cN (N ticks\n"
            + "of CPU) and i (one I/O) separated by commas; programs are separated by ':'.\n";
    private static final int DEFAULT_IO_LENGTH = 5;
    private static final int MAX_IO_LENGTH = 1_000_000;
    private static final int MAX_BURST = 1_000_000;
    /** process-run's column width. */
    private static final String COL = "%14s";

    @Override
    public Output run(List<String> args, boolean tty) {
        if (args.contains("--help")) {
            return Output.ok(USAGE);
        }
        try {
            LabOpts o = LabOpts.parse(args, List.of("programs", "io-length", "switch", "io-done"),
                    List.of("json"));
            if (!o.operands().isEmpty()) {
                throw new BadInput("states: unexpected argument '" + o.operands().get(0) + "'");
            }
            if (!o.has("programs")) {
                throw new BadInput("states: --programs is required (for example c1,i:c3)");
            }
            String text = o.get("programs", "");
            List<String> programs = List.of(text.split(":", -1));
            List<List<Instr>> code = new ArrayList<>();
            for (String p : programs) {
                code.add(parse(p));
            }
            int ioLength = (int) o.number("io-length", DEFAULT_IO_LENGTH, 0, MAX_IO_LENGTH);
            Switch sw = switchRule(o.get("switch", "on-io"));
            IoDone done = ioDoneRule(o.get("io-done", "later"));
            List<Tick> ticks = new StateMachine(code, sw, done, ioLength).run();
            return Output.ok(o.has("json") ? json(programs, o, ioLength, ticks)
                    : table(programs.size(), ticks));
        } catch (BadInput e) {
            String msg = e.getMessage();
            return Output.fail(PROG, msg.startsWith("states: ") ? msg : "states: " + msg);
        }
    }

    /** "c3,i,c1": cN is N ticks of CPU (N >= 1), i an I/O (io, then io_done). */
    private static List<Instr> parse(String program) {
        List<Instr> code = new ArrayList<>();
        for (String item : program.split(",", -1)) {
            if (item.equals("i")) {
                code.add(Instr.IO);
                code.add(Instr.IO_DONE);
            } else if (item.matches("c[0-9]{1,7}") && Integer.parseInt(item.substring(1)) >= 1
                    && Integer.parseInt(item.substring(1)) <= MAX_BURST) {
                for (int i = Integer.parseInt(item.substring(1)); i > 0; i--) {
                    code.add(Instr.CPU);
                }
            } else {
                throw new BadInput("states: bad program '" + program
                        + "': each item must be cN (N >= 1) or i");
            }
        }
        return code;
    }

    private static Switch switchRule(String s) {
        return switch (s) {
            case "on-io" -> Switch.ON_IO;
            case "on-end" -> Switch.ON_END;
            default -> throw new BadInput("states: --switch must be on-io or on-end, not '"
                    + s + "'");
        };
    }

    private static IoDone ioDoneRule(String s) {
        return switch (s) {
            case "later" -> IoDone.LATER;
            case "immediate" -> IoDone.IMMEDIATE;
            default -> throw new BadInput("states: --io-done must be later or immediate, not '"
                    + s + "'");
        };
    }

    private static String json(List<String> programs, LabOpts o, int ioLength, List<Tick> ticks) {
        Json j = new Json().beginObject().key("programs").strings(programs)
                .key("switch").value(o.get("switch", "on-io"))
                .key("ioDonePolicy").value(o.get("io-done", "later"))
                .key("ioLength").value(ioLength).key("ticks").beginArray();
        for (Tick t : ticks) {
            j.beginObject().key("tick").value(t.tick()).key("ioDone").value(t.ioDone())
                    .key("states").strings(t.states()).key("cpu").value(t.cpu() ? 1 : 0)
                    .key("ios").value(t.ios()).endObject();
        }
        j.endArray().key("totals").beginObject().key("time").value(ticks.size())
                .key("cpuBusy").value(cpuBusy(ticks)).key("ioBusy").value(ioBusy(ticks));
        return j.endObject().endObject().toString();
    }

    /** process-run.py -c -p: a row per tick, then the stats. */
    private static String table(int n, List<Tick> ticks) {
        StringBuilder sb = new StringBuilder("Time");
        for (int p = 0; p < n; p++) {
            sb.append(String.format(Locale.ROOT, COL, String.format(Locale.ROOT, "PID:%2d", p)));
        }
        sb.append(String.format(Locale.ROOT, COL, "CPU"))
                .append(String.format(Locale.ROOT, COL, "IOs")).append('\n');
        for (Tick t : ticks) {
            sb.append(String.format(Locale.ROOT, "%3d", t.tick())).append(t.ioDone() ? '*' : ' ');
            for (String s : t.states()) {
                sb.append(String.format(Locale.ROOT, COL, s));
            }
            sb.append(String.format(Locale.ROOT, COL, t.cpu() ? "1" : " "));
            sb.append(t.ios() > 0 ? String.format(Locale.ROOT, COL, t.ios())
                    : String.format(Locale.ROOT, "%10s", " "));
            sb.append('\n');
        }
        int time = ticks.size();
        int cpu = cpuBusy(ticks);
        int io = ioBusy(ticks);
        sb.append('\n').append("Stats: Total Time ").append(time).append('\n');
        sb.append("Stats: CPU Busy ").append(cpu).append(" (")
                .append(Fixed.format(100.0 * cpu / time, 2)).append("%)\n");
        sb.append("Stats: IO Busy  ").append(io).append(" (")
                .append(Fixed.format(100.0 * io / time, 2)).append("%)\n");
        return sb.append('\n').toString();
    }

    private static int cpuBusy(List<Tick> ticks) {
        int n = 0;
        for (Tick t : ticks) {
            n += t.cpu() ? 1 : 0;
        }
        return n;
    }

    private static int ioBusy(List<Tick> ticks) {
        int n = 0;
        for (Tick t : ticks) {
            n += t.ios() > 0 ? 1 : 0;
        }
        return n;
    }
}
