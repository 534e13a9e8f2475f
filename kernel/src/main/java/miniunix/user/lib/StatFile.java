package miniunix.user.lib;

import java.util.ArrayList;
import java.util.List;

/**
 * /proc/stat, parsed as procps's library reads it (proc/stat.c): the cpu line summed over
 * the CPUs, a line per CPU, and the system counters. A tick is 1/100 s (USER_HZ).
 *
 * @param all       the "cpu" line: ticks per {@link Tick}
 * @param cpus      the "cpuN" lines, in order
 * @param intr      interrupts since boot (intr's first number)
 * @param ctxt      context switches since boot
 * @param btime     boot time, seconds since the epoch
 * @param processes forks since boot
 * @param running   procs_running: runnable tasks now
 * @param blocked   procs_blocked: tasks in D now
 */
public record StatFile(long[] all, List<long[]> cpus, long intr, long ctxt, long btime,
                       long processes, long running, long blocked) {
    /** The columns of a cpu line, in order. */
    public enum Tick { USER, NICE, SYSTEM, IDLE, IOWAIT, IRQ, SOFTIRQ, STEAL, GUEST, GUEST_NICE }

    private static final int COLUMNS = Tick.values().length;

    /** Parses the file's text; fields a line lacks are 0. */
    public static StatFile parse(String text) {
        long[] all = new long[COLUMNS];
        List<long[]> cpus = new ArrayList<>();
        long[] sys = new long[6];
        for (String line : text.split("\n")) {
            String[] f = line.trim().split(" +");
            if (f[0].equals("cpu")) {
                ticks(f, all);
            } else if (f[0].startsWith("cpu")) {
                cpus.add(ticks(f, new long[COLUMNS]));
            } else {
                int i = List.of("intr", "ctxt", "btime", "processes", "procs_running",
                        "procs_blocked").indexOf(f[0]);
                if (i >= 0 && f.length > 1) {
                    sys[i] = Long.parseLong(f[1]);
                }
            }
        }
        return new StatFile(all, List.copyOf(cpus), sys[0], sys[1], sys[2], sys[3], sys[4],
                sys[5]);
    }

    private static long[] ticks(String[] f, long[] into) {
        for (int i = 1; i < f.length && i <= COLUMNS; i++) {
            into[i - 1] = Long.parseLong(f[i]);
        }
        return into;
    }

    /** The "cpu" line's ticks of one kind. */
    public long ticks(Tick t) {
        return all[t.ordinal()];
    }
}
