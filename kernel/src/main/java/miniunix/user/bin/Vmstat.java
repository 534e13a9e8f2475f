package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.Counters;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Procps;
import miniunix.user.lib.Sampler;
import miniunix.user.lib.StatFile;

/**
 * vmstat(8) of procps-ng 4.0.2: {@code vmstat [-a] [-f] [-n] [-s] [-t] [-w] [-y] [-S UNIT]
 * [--json] [--plot=COLUMN] [DELAY [COUNT]]}, read from /proc/stat, /proc/meminfo,
 * /proc/vmstat and /proc/uptime at each sample.
 *
 * <pre>
 *   header(); print(since boot);
 *   for (i = 1; i &lt; count; i++) { sleep(delay); if (i % height == 0) header(); print(deltas); }
 * </pre>
 *
 * <p>The first line averages since boot as procps computes it: rates are events times HZ over
 * the ticks of every CPU added up (so per CPU-second on a machine with several CPUs), and the
 * CPU columns shares of those ticks. Each later line covers DELAY seconds: events over DELAY,
 * CPU columns as shares of the ticks that passed. r and b are procs_running and
 * procs_blocked (vmstat itself is one of the running). The header comes again every 21 lines
 * (a 24-line screen less 3) unless -n. The renderers live in {@link VmstatLine}.
 */
public final class Vmstat extends Sampler implements Procps {
    static final String USAGE = "\nUsage:\n vmstat [options] [delay [count]]\n\nOptions:\n"
            + " -a, --active           active/inactive memory\n"
            + " -f, --forks            number of forks since boot\n"
            + " -n, --one-header       do not redisplay header\n"
            + " -s, --stats            event counter statistics\n"
            + " -S, --unit <char>      define display unit\n"
            + " -w, --wide             wide output\n"
            + " -t, --timestamp        show timestamp\n"
            + " -y, --no-first         skips first line of output\n"
            + "     --json             one JSON object per line (miniunix)\n"
            + "     --plot <column>    draw a column as a bar per sample (miniunix)\n"
            + "\n -h, --help     display this help and exit\n"
            + " -V, --version  output version information and exit\n"
            + "\nFor more details see vmstat(8).\n";
    private static final String OPTSTRING = "afnsS:wtyV\u0080\u0081:";
    private static final String LONGOPTS = "active=a forks=f one-header=n stats=s unit=S "
            + "wide=w timestamp=t no-first=y version=V json=\u0080 plot=\u0081";
    private static final List<String> FILES = List.of("/proc/stat", "/proc/meminfo",
            "/proc/vmstat", "/proc/uptime");
    /** Lines between headers: procps's window height (24 when not a terminal) less 3. */
    static final int HEIGHT = 21;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int EXIT_FAILURE = 1;

    private VmstatLine.Options opt;
    private boolean stats;
    private boolean forks;
    private boolean oneHeader;
    private boolean noFirst;
    private long delay = 1;
    private long count = 1;
    private boolean forever;
    /** The previous sample, for the deltas; null before the first. */
    private VmstatLine.Sample last;
    /** --plot's full scale so far (a column that is not a percentage). */
    private long[] plotMax = new long[1];

    public Vmstat(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        Opts o = Opts.parse(argv, OPTSTRING, LONGOPTS);
        int status = checkProcpsOpts(o, USAGE);
        if (status >= 0) {
            return status;
        }
        long unit = VmstatLine.KIB;
        char unitChar = 'K';
        if (o.has('S')) {
            String s = o.get('S', "");
            unitChar = s.isEmpty() ? ' ' : s.charAt(0);
            unit = switch (unitChar) {
                case 'b', 'B' -> 1;
                case 'k' -> 1000;
                case 'K' -> VmstatLine.KIB;
                case 'm' -> 1_000_000;
                case 'M' -> VmstatLine.KIB * VmstatLine.KIB;
                default -> -1;
            };
            if (unit < 0) {
                return fail1("-S requires k, K, m or M (default is KiB)");
            }
        }
        VmstatLine.Column plot = null;
        if (o.has('\u0081')) {
            plot = VmstatLine.Column.byName(o.get('\u0081', ""));
            if (plot == null) {
                return fail1("--plot: unknown column '" + o.get('\u0081', "") + "'");
            }
        }
        opt = new VmstatLine.Options(o.has('a'), o.has('w'), o.has('t'), unit, unitChar,
                o.has('\u0080'), plot);
        stats = o.has('s');
        forks = o.has('f');
        oneHeader = o.has('n');
        noFirst = o.has('y');
        return operands(o.operands);
    }

    /** DELAY and COUNT as procps checks them; -1 to go on. */
    private int operands(List<String> ops) {
        if (ops.size() > 2) {
            err.print(USAGE);
            return EXIT_FAILURE;
        }
        if (!ops.isEmpty()) {
            Long d = number(ops.get(0));
            if (d == null) {
                return fail1("failed to parse argument: '" + ops.get(0) + "'");
            }
            if (d < 1) {
                return fail1("delay must be positive integer");
            }
            if (d > 0xFFFF_FFFFL) {
                return fail1("too large delay value");
            }
            delay = d;
            forever = true;
        }
        if (ops.size() == 2) {
            Long c = number(ops.get(1));
            if (c == null) {
                return fail1("failed to parse argument: '" + ops.get(1) + "'");
            }
            count = c;
            forever = false;
        }
        if (noFirst && !forever) {
            count++;
        }
        return -1;
    }

    /** strtol_or_err: a whole decimal number, or null. */
    private static Long number(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int fail1(String msg) {
        err.print(prog()).print(": ").print(msg).print('\n');
        return EXIT_FAILURE;
    }

    @Override
    protected List<String> files() {
        return FILES;
    }

    @Override
    protected long intervalNanos() {
        return delay * NANOS_PER_SECOND;
    }

    @Override
    protected boolean sample(int n, String[] texts) {
        for (String t : texts) {
            if (t == null) {
                err.print(prog()).print(": Unable to read /proc\n");
                failed = true;
                return false;
            }
        }
        StatFile st = StatFile.parse(texts[0]);
        Counters mem = Counters.parse(texts[1]);
        Counters vm = Counters.parse(texts[2]);
        long uptimeSec = (long) Double.parseDouble(texts[3].trim().split(" ")[0]);
        if (forks) {
            out.print(String.format("%13d forks\n", st.processes()));
            return false;
        }
        if (stats) {
            VmstatLine.stats(out, opt, st, mem, vm);
            return false;
        }
        VmstatLine.Sample now = new VmstatLine.Sample(st, mem, vm, st.btime() + uptimeSec);
        if (n == 0) {
            if (!opt.json() && opt.plot() == null) {
                VmstatLine.header(out, opt);
            }
            if (!noFirst) {
                VmstatLine.print(out, opt, now, null, delay, plotMax);
            }
        } else {
            if (!opt.json() && opt.plot() == null && !oneHeader && n % HEIGHT == 0) {
                VmstatLine.header(out, opt);
            }
            VmstatLine.print(out, opt, now, last, delay, plotMax);
        }
        last = now;
        return forever || n + 1 < count;
    }

    private boolean failed;

    @Override
    protected void deepenSampler() {
        plotMax = plotMax.clone();
    }

    @Override
    protected int status() {
        return failed ? EXIT_FAILURE : 0;
    }
}
