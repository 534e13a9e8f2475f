package miniunix.user.bin;

import java.util.List;
import java.util.Locale;
import miniunix.user.lib.Counters;
import miniunix.user.lib.Json;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Procps;
import miniunix.user.lib.Sampler;

/**
 * free(1) of procps-ng 4.0.2: {@code free [-b|-k|-m|-g|--tera|--peta|-h] [--si] [-w] [-t]
 * [-l] [-s DELAY] [-c COUNT] [--json]}, from /proc/meminfo. used is total - available, as
 * procps 4 computes it; buff/cache is Buffers + Cached + SReclaimable; shared is Shmem.
 * With -s or -c it samples again every DELAY seconds (1 by default), COUNT times or forever,
 * a blank line after each sample.
 *
 * <pre>
 *   do { print(meminfo); if (repeat) { putchar('\n'); if (count &amp;&amp; !--count) break; sleep(delay); } } while (repeat);
 * </pre>
 */
public final class Free extends Sampler implements Procps {
    private static final String USAGE = "\nUsage:\n free [options]\n\nOptions:\n"
            + " -b, --bytes         show output in bytes\n"
            + "     --kilo          show output in kilobytes\n"
            + "     --mega          show output in megabytes\n"
            + "     --giga          show output in gigabytes\n"
            + "     --tera          show output in terabytes\n"
            + "     --peta          show output in petabytes\n"
            + " -k, --kibi          show output in kibibytes\n"
            + " -m, --mebi          show output in mebibytes\n"
            + " -g, --gibi          show output in gibibytes\n"
            + "     --tebi          show output in tebibytes\n"
            + "     --pebi          show output in pebibytes\n"
            + " -h, --human         show human-readable output\n"
            + "     --si            use powers of 1000 not 1024\n"
            + " -l, --lohi          show detailed low and high memory statistics\n"
            + " -t, --total         show total for RAM + swap\n"
            + " -s N, --seconds N   repeat printing every N seconds\n"
            + " -c N, --count N     repeat printing N times, then exit\n"
            + " -w, --wide          wide output\n"
            + "     --json          one JSON object per sample (miniunix)\n"
            + "\n     --help     display this help and exit\n"
            + " -V, --version  output version information and exit\n"
            + "\nFor more details see free(1).\n";
    private static final String OPTSTRING = "bkmghlts:c:wV\u0080\u0081\u0082\u0083\u0084\u0085"
            + "\u0086\u0087\u0088";
    private static final String LONGOPTS = "bytes=b kibi=k mebi=m gibi=g human=h lohi=l total=t "
            + "seconds=s count=c wide=w version=V si=\u0080 kilo=\u0081 mega=\u0082 "
            + "giga=\u0083 tera=\u0084 peta=\u0085 tebi=\u0086 pebi=\u0087 json=\u0088";
    private static final String HEADER =
            "               total        used        free      shared  buff/cache   available";
    private static final String WIDE_HEADER = "               total        used        free      "
            + "shared     buffers       cache   available";
    private static final long KIB = 1024;
    private static final long MICROS = 1_000_000;
    private static final char[] UP = {'B', 'K', 'M', 'G', 'T', 'P'};

    /** 0: KiB (or kB with --si); 1: bytes; n: the (n-1)th power of the base. */
    private int exponent;
    private boolean human;
    private boolean si;
    private boolean wide;
    private boolean total;
    private boolean lohi;
    private boolean json;
    private boolean repeat;
    private long intervalUs = MICROS;
    /** Samples left, or -1 for forever. */
    private long count = -1;

    public Free(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        Opts o = Opts.parse(argv, OPTSTRING, LONGOPTS);
        int status = checkProcpsOpts(o, USAGE);
        if (status >= 0) {
            return status;
        }
        char[] units = {'b', '\u0081', 'k', '\u0082', 'm', '\u0083', 'g', '\u0084', '\u0086',
            '\u0085', '\u0087'};
        int[] exps = {1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6};
        for (int i = 0; i < units.length; i++) {
            if (o.has(units[i])) {
                exponent = exps[i];
                si |= units[i] >= '\u0081' && units[i] <= '\u0085';
            }
        }
        human = o.has('h');
        si |= o.has('\u0080');
        wide = o.has('w');
        total = o.has('t');
        lohi = o.has('l');
        json = o.has('\u0088');
        return repeatOptions(o);
    }

    private int repeatOptions(Opts o) {
        if (o.has('s')) {
            repeat = true;
            String s = o.get('s', "");
            double secs;
            try {
                secs = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return fail1("seconds argument `" + s + "' failed");
            }
            intervalUs = (long) (MICROS * secs);
            if (intervalUs < 1) {
                return fail1("seconds argument `" + s + "' is not positive number");
            }
        }
        if (o.has('c')) {
            repeat = true;
            String c = o.get('c', "");
            try {
                count = Long.parseLong(c);
            } catch (NumberFormatException e) {
                return fail1("failed to parse count argument: '" + c + "'");
            }
            if (count < 1) {
                return fail1("failed to parse count argument: '" + c
                        + "': Numerical result out of range");
            }
        }
        if (!o.operands.isEmpty()) {
            err.print(prog()).print(": extra operand '").print(o.operands.get(0)).print("'\n")
                    .print(USAGE);
            return 1;
        }
        return -1;
    }

    private int fail1(String msg) {
        err.print(prog()).print(": ").print(msg).print('\n');
        return 1;
    }

    @Override
    protected List<String> files() {
        return List.of("/proc/meminfo");
    }

    @Override
    protected long intervalNanos() {
        return intervalUs * 1000;
    }

    @Override
    protected boolean sample(int n, String[] texts) {
        if (texts[0] == null) {
            err.print(prog()).print(": Unable to create meminfo structure\n");
            return false;
        }
        Counters m = Counters.parse(texts[0]);
        long memTotal = m.get("MemTotal");
        long avail = m.get("MemAvailable");
        long used = memTotal - avail;
        long buffers = m.get("Buffers");
        long cache = m.get("Cached") + m.get("SReclaimable");
        long swapTotal = m.get("SwapTotal");
        long swapFree = m.get("SwapFree");
        long[] mem = wide
                ? new long[] {memTotal, used, m.get("MemFree"), m.get("Shmem"), buffers, cache, avail}
                : new long[] {memTotal, used, m.get("MemFree"), m.get("Shmem"), buffers + cache,
                    avail};
        long[] swap = {swapTotal, swapTotal - swapFree, swapFree};
        long[] sum = {memTotal + swapTotal, used + swap[1], m.get("MemFree") + swapFree};
        if (json) {
            json(mem, swap, sum);
        } else {
            out.print(wide ? WIDE_HEADER : HEADER).print('\n');
            row("Mem:", mem);
            if (lohi) {
                row("Low:", new long[] {memTotal, used, m.get("MemFree")});
                row("High:", new long[] {0, 0, 0});
            }
            row("Swap:", swap);
            if (total) {
                row("Total:", sum);
            }
        }
        if (!repeat) {
            return false;
        }
        if (!json) {
            out.print('\n');
        }
        return count < 0 || n + 1 < count;
    }

    private void row(String label, long[] kib) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s", label));
        for (long v : kib) {
            sb.append(String.format(Locale.ROOT, " %11s", scale(v)));
        }
        out.print(sb.append('\n').toString());
    }

    private void json(long[] mem, long[] swap, long[] sum) {
        Json j = new Json().begin().put("unit", human ? "B" : unitName());
        String[] memKeys = wide
                ? new String[] {"total", "used", "free", "shared", "buffers", "cache", "available"}
                : new String[] {"total", "used", "free", "shared", "buff_cache", "available"};
        object(j, "mem", memKeys, mem);
        object(j, "swap", new String[] {"total", "used", "free"}, swap);
        if (total) {
            object(j, "total", new String[] {"total", "used", "free"}, sum);
        }
        out.print(j.end().line());
    }

    private void object(Json j, String name, String[] keys, long[] kib) {
        j.begin(name);
        for (int i = 0; i < keys.length; i++) {
            j.put(keys[i], human ? kib[i] * KIB : Long.parseLong(scale(kib[i])));
        }
        j.end();
    }

    private String unitName() {
        String[] bin = {"KiB", "B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        String[] dec = {"kB", "B", "kB", "MB", "GB", "TB", "PB"};
        return (si ? dec : bin)[exponent];
    }

    /** procps's scale_size: KiB to the chosen unit, or -h's three-significant-digit form. */
    private String scale(long kib) {
        double base = si ? 1000 : 1024;
        long bytes = kib * KIB;
        if (!human) {
            return switch (exponent) {
                case 0 -> Long.toString((long) (bytes / base));
                case 1 -> Long.toString(bytes);
                default -> Long.toString((long) (bytes / Math.pow(base, exponent - 1)));
            };
        }
        String s = bytes + "B";
        if (s.length() <= 4) {
            return s;
        }
        for (int i = 1; i < UP.length; i++) {
            float v = (float) (bytes / Math.pow(base, i));
            String suffix = si ? String.valueOf(UP[i]) : UP[i] + "i";
            int max = si ? 4 : 5;
            s = String.format(Locale.ROOT, "%.1f", v) + suffix;
            if (s.length() <= max) {
                return s;
            }
            s = (long) v + suffix;
            if (s.length() <= max) {
                return s;
            }
        }
        return s;
    }
}
