package miniunix.user.bin;

import java.util.List;

/**
 * Lays out one frame of top as procps-ng 4.0.2 prints it: the summary area (uptime and load,
 * task states, CPU states, memory) and the task area's header and rows, each line cut at the
 * frame's width. Batch mode prints these lines; the full-screen mode shows as many as fit.
 *
 * <p>CPU states are the share of each /proc/stat column in the ticks all columns gained
 * since the previous frame (an interval with no ticks shows 100.0 id, as procps does); a
 * task's %CPU is its utime + stime gained over the ticks elapsed (Irix mode: one busy CPU is
 * 100%, so several can add up to more); %MEM is RES over MemTotal.
 */
final class TopFrame {
    /** Width of everything before COMMAND, beyond the PID column's own width. */
    static final int FIXED_COLUMNS = 65;
    static final String[] CPU_NAMES = {"us", "sy", "ni", "id", "wa", "hi", "si", "st"};
    /** Order of the CPU_NAMES columns in a /proc/stat cpu line. */
    private static final int[] CPU_COLUMN = {0, 2, 1, 3, 4, 5, 6, 7};
    /** One CPU's states take 80 columns; two abreast are 2 columns apart. */
    private static final int CPU_ITEM = 80;
    private static final int ABREAST_GAP = 2;
    private static final long SECS_PER_DAY = 86400;
    private static final int KIB = 1024;

    private final int width;
    private final int pidWidth;

    TopFrame(int width, int pidWidth) {
        this.width = width;
        this.pidWidth = pidWidth;
    }

    /** Tasks by state: running, sleeping, stopped, zombie (procps's four counters). */
    record Counts(int total, int running, int sleeping, int stopped, int zombie) {
        static Counts of(List<TopTask> tasks) {
            int r = 0;
            int s = 0;
            int t = 0;
            int z = 0;
            for (TopTask k : tasks) {
                switch (k.state()) {
                    case 'R' -> r++;
                    case 'T', 't' -> t++;
                    case 'Z' -> z++;
                    default -> s++;
                }
            }
            return new Counts(tasks.size(), r, s, t, z);
        }
    }

    /** The five (or more, with per-CPU lines) summary lines. */
    void summary(StringBuilder b, TopSample now, TopSample prev, Counts c, boolean threads,
                 boolean perCpu) {
        line(b, "top - " + clock(now) + " up " + uptime(now.uptimeTicks / 100) + ", "
                + pad(Integer.toString(now.users), 2) + (now.users > 1 ? " users" : " user")
                + ",  load average: " + now.loadavg[0] + ", " + now.loadavg[1] + ", "
                + now.loadavg[2]);
        line(b, (threads ? "Threads:" : "Tasks:") + pad(c.total(), 4) + " total,"
                + pad(c.running(), 4) + " running," + pad(c.sleeping(), 4) + " sleeping,"
                + pad(c.stopped(), 4) + " stopped," + pad(c.zombie(), 4) + " zombie");
        int abreast = perCpu ? Math.max(1, (width + ABREAST_GAP) / (CPU_ITEM + ABREAST_GAP)) : 1;
        if (!perCpu) {
            line(b, "%Cpu(s):" + cpuStates(now, prev, 0));
        } else {
            StringBuilder l = new StringBuilder();
            for (int n = 0; n < now.cpus(); n++) {
                if (n > 0 && n % abreast == 0) {
                    line(b, l.toString());
                    l.setLength(0);
                } else if (n > 0) {
                    l.append("  ");
                }
                String label = "%Cpu" + n;
                l.append(label).append(" ".repeat(Math.max(0, 7 - label.length()))).append(':');
                l.append(cpuStates(now, prev, n + 1));
            }
            line(b, l.toString());
        }
        String mem = "MiB Mem :" + mib(now.memTotal) + " total," + mib(now.memFree) + " free,"
                + mib(now.memTotal - now.memAvailable) + " used," + mib(now.buffCache)
                + " buff/cache     ";
        String swap = "MiB Swap:" + mib(now.swapTotal) + " total," + mib(now.swapFree) + " free,"
                + mib(now.swapTotal - now.swapFree) + " used." + mib(now.memAvailable)
                + " avail Mem ";
        if (abreast > 1) {
            line(b, mem + "  " + swap);
        } else {
            line(b, mem);
            line(b, swap);
        }
    }

    /** The task area's column header. */
    void header(StringBuilder b) {
        line(b, pad("PID", pidWidth) + " USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM"
                + "     TIME+ COMMAND");
    }

    /**
     * Where a field is in a row: its start and end, the blank after it included (procps's
     * post-column padding, which 'x' highlights with the field); COMMAND runs to the end.
     */
    int[] span(TopField f) {
        int[] widths = {pidWidth, 8, 3, 3, 7, 6, 6, 1, 5, 5, 9};
        int start = 0;
        for (int i = 0; i < f.ordinal(); i++) {
            start += widths[i] + 1;
        }
        int end = f == TopField.COMMAND ? width : start + widths[f.ordinal()] + 1;
        return new int[] {start, end};
    }

    /** One task's row; elapsed is the frame's interval in ticks, memTotal in KiB. */
    void row(StringBuilder b, TopTask t, long elapsed, long memTotal) {
        int start = b.length();
        padTo(b, Long.toString(t.pid()), pidWidth);
        b.append(' ');
        b.append(cut(t.user(), 8));
        for (int i = Math.min(t.user().length(), 8); i < 8; i++) {
            b.append(' ');
        }
        b.append(' ');
        padTo(b, t.priority() < -99 ? "rt" : Integer.toString(t.priority()), 3);
        b.append(' ');
        padTo(b, Integer.toString(t.nice()), 3);
        b.append(' ');
        padTo(b, mem(t.virtKb(), 7), 7);
        b.append(' ');
        padTo(b, mem(t.resKb(), 6), 6);
        b.append(' ');
        padTo(b, mem(t.shrKb(), 6), 6);
        b.append(' ').append(t.state()).append(' ');
        padTo(b, tenths(pcpuTenths(t, elapsed)), 5);
        b.append(' ');
        padTo(b, tenths(pmemTenths(t, memTotal)), 5);
        b.append(' ');
        padTo(b, time(t.ticks()), 9);
        b.append(' ');
        int room = width - (b.length() - start);
        b.append(cut(t.command(), Math.max(0, room)));
        if (b.length() - start > width) {
            b.setLength(start + width);
        }
        b.append('\n');
    }

    /** The states of one row of /proc/stat's cpu lines over the interval, as text. */
    private static String cpuStates(TopSample now, TopSample prev, int row) {
        long[] tenths = cpuTenths(now, prev, row);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < CPU_NAMES.length; i++) {
            s.append(pad(tenths(tenths[i]), 5));
            s.append(' ').append(CPU_NAMES[i]).append(i + 1 < CPU_NAMES.length ? "," : " ");
        }
        return s.toString();
    }

    /**
     * Each CPU state's share (in tenths of a percent, in {@link #CPU_NAMES} order) of the
     * ticks one row of /proc/stat's cpu lines gained over the interval (row 0 is all CPUs).
     */
    static long[] cpuTenths(TopSample now, TopSample prev, int row) {
        long[] d = new long[TopSample.CPU_COLUMNS];
        long total = 0;
        for (int c = 0; c < d.length; c++) {
            long before = prev != null && row < prev.cpu.length ? prev.cpu[row][c] : 0;
            d[c] = row < now.cpu.length ? Math.max(0, now.cpu[row][c] - before) : 0;
            total += d[c];
        }
        if (total < 1) {
            d[TopSample.IDLE] = 1;
            total = 1;
        }
        long[] tenths = new long[CPU_NAMES.length];
        for (int i = 0; i < CPU_NAMES.length; i++) {
            tenths[i] = Math.round(d[CPU_COLUMN[i]] * 1000.0 / total);
        }
        return tenths;
    }

    /** A task's %CPU over elapsed ticks, and its %MEM of memTotal KiB, in tenths. */
    static long pcpuTenths(TopTask t, long elapsed) {
        return elapsed > 0 ? Math.round(t.cpuDelta() * 1000.0 / elapsed) : 0;
    }

    static long pmemTenths(TopTask t, long memTotal) {
        return memTotal > 0 ? Math.round(t.resKb() * 1000.0 / memTotal) : 0;
    }

    /** HH:MM:SS of the wall clock (UTC): boot time plus uptime. */
    static String clock(TopSample s) {
        long t = Math.floorMod(s.btime + s.uptimeTicks / 100, SECS_PER_DAY);
        return two(t / 3600) + ":" + two(t / 60 % 60) + ":" + two(t % 60);
    }

    /** procps's sprint_uptime: {@code 6 min}, {@code  1:17}, {@code 2 days,  3:04}. */
    static String uptime(long secs) {
        long days = secs / SECS_PER_DAY;
        long hours = secs / 3600 % 24;
        long mins = secs / 60 % 60;
        String s = days > 0 ? days + (days != 1 ? " days, " : " day, ") : "";
        return s + (hours > 0 ? pad(Long.toString(hours), 2) + ":" + two(mins) : mins + " min");
    }

    /** KiB as top's %9.1f MiB. */
    private static String mib(long kib) {
        return pad(tenths(mibTenths(kib)), 9);
    }

    /** KiB as tenths of a MiB. */
    static long mibTenths(long kib) {
        return Math.round(kib * 10.0 / KIB);
    }

    /** KiB in at most width columns: whole KiB, else MiB, GiB... with one decimal. */
    static String mem(long kib, int width) {
        String s = Long.toString(kib);
        double v = kib;
        for (char unit : new char[] {'m', 'g', 't', 'p'}) {
            if (s.length() <= width) {
                return s;
            }
            v /= KIB;
            s = tenths(Math.round(v * 10)) + unit;
        }
        return s;
    }

    /** TIME+: minutes:seconds.hundredths, else minutes:seconds, else hours,minutes. */
    static String time(long ticks) {
        long secs = ticks / 100;
        String s = secs / 60 + ":" + two(secs % 60) + "." + two(ticks % 100);
        if (s.length() <= 9) {
            return s;
        }
        s = secs / 60 + ":" + two(secs % 60);
        return s.length() <= 9 ? s : secs / 3600 + "," + two(secs / 60 % 60);
    }

    /** Tenths as "12.3". */
    static String tenths(long t) {
        return t / 10 + "." + t % 10;
    }

    /** s cut to width with '+' in the last column when longer, as top cuts names. */
    static String cut(String s, int width) {
        if (s.length() <= width) {
            return s;
        }
        return width < 1 ? "" : s.substring(0, width - 1) + "+";
    }

    private void line(StringBuilder b, String s) {
        b.append(s.length() > width ? s.substring(0, width) : s).append('\n');
    }

    private static String two(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    private static String pad(long n, int width) {
        return pad(Long.toString(n), width);
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static void padTo(StringBuilder b, String s, int width) {
        for (int i = s.length(); i < width; i++) {
            b.append(' ');
        }
        b.append(s);
    }
}
