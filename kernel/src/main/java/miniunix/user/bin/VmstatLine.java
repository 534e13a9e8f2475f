package miniunix.user.bin;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import miniunix.user.lib.Counters;
import miniunix.user.lib.Json;
import miniunix.user.lib.Out;
import miniunix.user.lib.StatFile;
import miniunix.user.lib.StatFile.Tick;

/**
 * vmstat's rows: the columns computed from two samples as procps-ng 4.0.2's new_format()
 * computes them, and their three renderers (procps's text, JSON, a bar plot), plus -s's
 * event counters (sum_format()).
 */
final class VmstatLine {
    static final long KIB = 1024;
    private static final int HZ = 100;
    private static final int PERCENT = 100;
    private static final int PAGE_KIB = 4;
    /** Cells of a bar at full scale. */
    private static final int PLOT_WIDTH = 50;
    private static final String EIGHTHS = " \u258f\u258e\u258d\u258c\u258b\u258a\u2589\u2588";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** vmstat's columns, in order; the wide layout adds gu. */
    enum Column {
        R("r", 2, 4), B("b", 2, 4), SWPD("swpd", 6, 12), FREE("free", 6, 12),
        BUFF("buff", 6, 12), CACHE("cache", 6, 12), SI("si", 4, 4), SO("so", 4, 4),
        BI("bi", 5, 5), BO("bo", 5, 5), IN("in", 4, 4), CS("cs", 4, 4), US("us", 2, 3),
        SY("sy", 2, 3), ID("id", 2, 3), WA("wa", 2, 3), ST("st", 2, 3), GU("gu", 0, 3);

        final String header;
        final int width;
        final int wideWidth;

        Column(String header, int width, int wideWidth) {
            this.header = header;
            this.width = width;
            this.wideWidth = wideWidth;
        }

        /** The header under -a: buff and cache become inact and active. */
        String header(boolean active) {
            return !active ? header : this == BUFF ? "inact" : this == CACHE ? "active" : header;
        }

        boolean isPercent() {
            return ordinal() >= US.ordinal();
        }

        /** The column named name (buff/cache or inact/active alike), or null. */
        static Column byName(String name) {
            for (Column c : values()) {
                if (c.header.equals(name) || c.header(true).equals(name)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** What the options ask for. */
    record Options(boolean active, boolean wide, boolean timestamp, long unit, char unitChar,
                   boolean json, Column plot) {
    }

    /** One reading of the files; epoch is the time of day in seconds. */
    record Sample(StatFile stat, Counters mem, Counters vm, long epoch) {
    }

    private VmstatLine() {
    }

    /** procps's unitConvert: KiB to the display unit, truncated. */
    private static long convert(Options o, long kib) {
        return (long) ((float) kib / o.unit() * KIB);
    }

    static void header(Out out, Options o) {
        out.print(o.wide()
                ? "--procs-- -----------------------memory---------------------- ---swap-- "
                        + "-----io---- -system-- ----------cpu----------"
                : "procs -----------memory---------- ---swap-- -----io---- -system-- "
                        + "------cpu-----");
        out.print(o.timestamp() ? " -----timestamp-----\n" : "\n");
        StringBuilder sb = new StringBuilder();
        for (Column c : Column.values()) {
            if (c == Column.GU && !o.wide()) {
                break;
            }
            String h = c.header(o.active());
            int w = o.wide() ? c.wideWidth : c.width;
            sb.append(c == Column.R ? "" : " ").append(" ".repeat(Math.max(0, w - h.length())))
                    .append(h);
        }
        if (o.timestamp()) {
            sb.append(String.format(Locale.ROOT, " %19s", "UTC"));
        }
        out.print(sb.append('\n').toString());
    }

    /**
     * The columns of one line: since boot when prev is null, else over the delay seconds
     * since prev.
     */
    static long[] values(Options o, Sample now, Sample prev, long delay) {
        long[] v = new long[Column.values().length];
        StatFile st = now.stat();
        Counters m = now.mem();
        v[Column.R.ordinal()] = st.running();
        v[Column.B.ordinal()] = st.blocked();
        v[Column.SWPD.ordinal()] = convert(o, m.get("SwapTotal") - m.get("SwapFree"));
        v[Column.FREE.ordinal()] = convert(o, m.get("MemFree"));
        v[Column.BUFF.ordinal()] = convert(o, o.active() ? m.get("Inactive") : m.get("Buffers"));
        v[Column.CACHE.ordinal()] = convert(o, o.active() ? m.get("Active")
                : m.get("Cached") + m.get("SReclaimable"));
        long[] t = prev == null ? st.all() : minus(st.all(), prev.stat().all());
        long use = t[Tick.USER.ordinal()] + t[Tick.NICE.ordinal()];
        long sys = t[Tick.SYSTEM.ordinal()] + t[Tick.IRQ.ordinal()] + t[Tick.SOFTIRQ.ordinal()];
        long idl = t[Tick.IDLE.ordinal()];
        long iow = t[Tick.IOWAIT.ordinal()];
        long sto = t[Tick.STEAL.ordinal()];
        long gue = t[Tick.GUEST.ordinal()] + t[Tick.GUEST_NICE.ordinal()];
        long div = use + sys + idl + iow + sto;
        if (div == 0) {
            div = 1;
            idl = 1;
        }
        long half = div / 2;
        use = Math.max(0, use - gue);
        long[] events = {now.vm().get("pswpin"), now.vm().get("pswpout"), now.vm().get("pgpgin"),
            now.vm().get("pgpgout"), st.intr(), st.ctxt()};
        if (prev == null) {
            events[0] = convert(o, events[0] * PAGE_KIB) * HZ;
            events[1] = convert(o, events[1] * PAGE_KIB) * HZ;
            for (int i = 2; i < events.length; i++) {
                events[i] *= HZ;
            }
            for (int i = 0; i < events.length; i++) {
                events[i] = (events[i] + half) / div;
            }
        } else {
            long[] before = {prev.vm().get("pswpin"), prev.vm().get("pswpout"),
                prev.vm().get("pgpgin"), prev.vm().get("pgpgout"), prev.stat().intr(),
                prev.stat().ctxt()};
            for (int i = 0; i < events.length; i++) {
                long d = events[i] - before[i];
                d = i < 2 ? convert(o, d * PAGE_KIB) : d;
                events[i] = (d + delay / 2) / delay;
            }
        }
        System.arraycopy(events, 0, v, Column.SI.ordinal(), events.length);
        long[] cpu = {use, sys, idl, iow, sto, gue};
        for (int i = 0; i < cpu.length; i++) {
            v[Column.US.ordinal() + i] = (PERCENT * cpu[i] + half) / div;
        }
        return v;
    }

    private static long[] minus(long[] a, long[] b) {
        long[] d = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    /** One line in the chosen renderer. */
    static void print(Out out, Options o, Sample now, Sample prev, long delay, long[] plotMax) {
        long[] v = values(o, now, prev, delay);
        if (o.json()) {
            json(out, o, v, now);
        } else if (o.plot() != null) {
            plot(out, o, v[o.plot().ordinal()], plotMax);
        } else {
            text(out, o, v, now);
        }
    }

    private static void text(Out out, Options o, long[] v, Sample now) {
        StringBuilder sb = new StringBuilder(96);
        for (Column c : Column.values()) {
            if (c == Column.GU && !o.wide()) {
                break;
            }
            String s = Long.toString(v[c.ordinal()]);
            int w = o.wide() ? c.wideWidth : c.width;
            sb.append(c == Column.R ? "" : " ").append(" ".repeat(Math.max(0, w - s.length())))
                    .append(s);
        }
        if (o.timestamp()) {
            sb.append(' ').append(stamp(now.epoch()));
        }
        out.print(sb.append('\n').toString());
    }

    private static String stamp(long epoch) {
        return LocalDateTime.ofEpochSecond(epoch, 0, ZoneOffset.UTC).format(STAMP);
    }

    private static void json(Out out, Options o, long[] v, Sample now) {
        Json j = new Json().begin();
        for (Column c : Column.values()) {
            j.put(c.header(o.active()), v[c.ordinal()]);
        }
        j.put("unit", unitName(o));
        if (o.timestamp()) {
            j.put("timestamp", stamp(now.epoch()));
        }
        out.print(j.end().line());
    }

    private static String unitName(Options o) {
        return o.unit() == 1 ? "B" : o.unit() == KIB ? "KiB" : o.unit() == KIB * KIB ? "MiB"
                : o.unit() == 1000 ? "kB" : "MB";
    }

    /**
     * A bar of value: full scale is 100 for the CPU columns, else the largest value plotted
     * so far (plotMax[0], updated); eighths of a cell with Unicode's block elements.
     */
    private static void plot(Out out, Options o, long value, long[] plotMax) {
        long scale = o.plot().isPercent() ? PERCENT : Math.max(1, Math.max(plotMax[0], value));
        plotMax[0] = Math.max(plotMax[0], value);
        long eighths = Math.min(PLOT_WIDTH * 8L, (value * PLOT_WIDTH * 8 + scale / 2) / scale);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%2s %6d \u2502",
                o.plot().header(o.active()), value));
        sb.append("\u2588".repeat((int) (eighths / 8)));
        if (eighths % 8 != 0) {
            sb.append(EIGHTHS.charAt((int) (eighths % 8)));
        }
        out.print(sb.append('\n').toString());
    }

    /** -s: the event counters, as sum_format() prints them. */
    static void stats(Out out, Options o, StatFile st, Counters m, Counters vm) {
        long total = m.get("MemTotal");
        long swapTotal = m.get("SwapTotal");
        long swapFree = m.get("SwapFree");
        Object[][] mem = {
            {"total memory", total}, {"used memory", total - m.get("MemAvailable")},
            {"active memory", m.get("Active")}, {"inactive memory", m.get("Inactive")},
            {"free memory", m.get("MemFree")}, {"buffer memory", m.get("Buffers")},
            {"swap cache", m.get("Cached") + m.get("SReclaimable")},
            {"total swap", swapTotal}, {"used swap", swapTotal - swapFree},
            {"free swap", swapFree},
        };
        Object[][] counts = {
            {"non-nice user cpu ticks", st.ticks(Tick.USER)},
            {"nice user cpu ticks", st.ticks(Tick.NICE)},
            {"system cpu ticks", st.ticks(Tick.SYSTEM)},
            {"idle cpu ticks", st.ticks(Tick.IDLE)},
            {"IO-wait cpu ticks", st.ticks(Tick.IOWAIT)},
            {"IRQ cpu ticks", st.ticks(Tick.IRQ)},
            {"softirq cpu ticks", st.ticks(Tick.SOFTIRQ)},
            {"stolen cpu ticks", st.ticks(Tick.STEAL)},
            {"non-nice guest cpu ticks", st.ticks(Tick.GUEST)},
            {"nice guest cpu ticks", st.ticks(Tick.GUEST_NICE)},
            {"K paged in", vm.get("pgpgin")}, {"K paged out", vm.get("pgpgout")},
            {"pages swapped in", vm.get("pswpin")}, {"pages swapped out", vm.get("pswpout")},
            {"interrupts", st.intr()}, {"CPU context switches", st.ctxt()},
            {"boot time", st.btime()}, {"forks", st.processes()},
        };
        if (o.json()) {
            Json j = new Json().begin().put("unit", unitName(o));
            for (Object[] r : mem) {
                j.put(key((String) r[0]), convert(o, (Long) r[1]));
            }
            for (Object[] r : counts) {
                j.put(key((String) r[0]), (Long) r[1]);
            }
            out.print(j.end().line());
            return;
        }
        for (Object[] r : mem) {
            out.print(String.format(Locale.ROOT, "%13d %c %s\n", convert(o, (Long) r[1]),
                    o.unitChar(), r[0]));
        }
        for (Object[] r : counts) {
            out.print(String.format(Locale.ROOT, "%13d %s\n", r[1], r[0]));
        }
    }

    /** A counter's label as a JSON key: "K paged in" is "paged_in_kib". */
    private static String key(String label) {
        String k = label.startsWith("K ") ? label.substring(2) + " kib" : label;
        return k.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
