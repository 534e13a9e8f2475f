package miniunix.user.bin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Color;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Passwd;
import miniunix.user.lib.Procps;
import miniunix.user.lib.Report;

/**
 * top(1) of procps-ng in batch mode ({@code -b}): every {@code -d} seconds of simulated time
 * it reads /proc (uptime, loadavg, stat, meminfo, and per process stat, statm and stat(2)
 * for the owner) and prints a frame: the summary area and one row per task, sorted by
 * {@code -o} (default %CPU, high to low). Frames are separated by a blank line; {@code -n}
 * frames are printed, then top exits 0.
 *
 * <p>As procps does, top first takes a sample and waits a tenth of a second before its first
 * frame, so that frame's %CPU covers that short interval; each later frame covers the delay.
 * A task's %CPU is the utime + stime it gained since the previous sample over the ticks that
 * passed; the CPU states come from /proc/stat's deltas the same way.
 *
 * <p>{@code --json} (a miniunix addition, batch mode implied) prints each frame as one JSON
 * object on one line instead (see {@link TopJson}).
 *
 * <p>Without -b, top takes the terminal on fd 0 and draws full frames on it, cut to the
 * window, reading keys between them ({@link TopLive}, {@link TopScreen}); fd 0 that is no
 * terminal gives procps's {@code top: failed tty get}.
 *
 * <pre>
 *   sample(); sleep(0.1);
 *   for (n = 0; n &lt; iterations; n++) { sample(); print(frame(now - before)); sleep(delay); }
 * </pre>
 */
public final class Top extends Report implements Procps {
    private static final int PID_MAX = -1;
    private static final int PASSWD = -2;
    private static final int UPTIME = -3;
    private static final int LOADAVG = -4;
    private static final int STAT = -5;
    private static final int MEMINFO = -6;
    private static final int UTMP = -7;
    private static final int PROC = -8;
    /** Per-pid tags: pid << 2 | which file. */
    private static final int PID_STAT = 0;
    private static final int PID_STATM = 1;
    private static final int PID_OWNER = 2;
    private static final int PID_CMDLINE = 3;
    /** The first frame's interval: procps's LIB_USLEEP, 0.1 s. */
    private static final long PRIME_NANOS = 100_000_000L;
    private static final long NANOS_PER_TICK = 10_000_000L;
    /** Batch mode's width when no -w is given. */
    static final int BATCH_WIDTH = 80;
    private static final int PAGE_KB = 4;

    private TopOptions opts;
    /** The full-screen mode's terminal and keys; null in batch mode. */
    private TopLive live;
    /** The wait in flight between frames is the first frame's priming one. */
    private boolean priming;
    private int pidWidth = 5;
    private List<Passwd> users = List.of();
    private TopSample now = new TopSample();
    private TopSample before;
    /** This sample's processes, in /proc order, and their SHR pages. */
    private ArrayList<PsRow> rows = new ArrayList<>();
    private long[] shr = new long[64];
    /** CPU ticks (utime + stime) of each pid at the previous sample. */
    private HashMap<Integer, Long> lastTicks = new HashMap<>();
    private int frames;

    public Top(List<String> argv, List<String> envp) {
        super(argv, envp);
        opts = TopOptions.parse(argv);
        live = opts.batch || opts.json ? null
                : new TopLive(Color.fromEnv(envp) == Color.When.NEVER);
    }

    @Override
    protected int start() {
        if (opts.error != null) {
            err.print("top: ").print(opts.error).print('\n');
            return 1;
        }
        if (opts.help) {
            out.print("  procps-ng 4.0.2\nUsage:\n  top").print(TopOptions.USAGE).print('\n');
            return 0;
        }
        fetch(Fetch.Kind.FILE, "/proc/sys/kernel/pid_max", PID_MAX);
        fetch(Fetch.Kind.FILE, "/etc/passwd", PASSWD);
        sample();
        return -1;
    }

    /** Full screen: the terminal is taken (TopLive's setup) before the first sample. */
    @Override
    protected Trap first(int n) {
        return live == null ? null : live.setup(n);
    }

    @Override
    protected void firstDone(int n, long ret) {
        live.setupDone(n, ret);
    }

    @Override
    public Trap handleSignal(long handler, SigInfo info) {
        return live.handleSignal(handler, info);
    }

    /** Queues the reads of one sample. */
    private void sample() {
        now = new TopSample();
        rows = new ArrayList<>();
        fetch(Fetch.Kind.FILE, "/proc/uptime", UPTIME);
        fetch(Fetch.Kind.FILE, "/proc/loadavg", LOADAVG);
        fetch(Fetch.Kind.FILE, "/proc/stat", STAT);
        fetch(Fetch.Kind.FILE, "/proc/meminfo", MEMINFO);
        fetch(Fetch.Kind.FILE, "/var/run/utmp", UTMP);
        fetch(Fetch.Kind.DIR, "/proc", PROC);
    }

    @Override
    protected void got(Fetch f) {
        if (f.tag >= 0) {
            gotPid(f, (int) (f.tag >> 2), (int) (f.tag & 3));
            return;
        }
        if (f.error != 0) {
            return;
        }
        switch ((int) f.tag) {
            case PID_MAX -> pidWidth = Math.max(pidWidth, f.text().trim().length());
            case PASSWD -> users = Passwd.parse(f.text());
            case UPTIME -> now.uptime(f.text());
            case LOADAVG -> now.loadavg(f.text());
            case STAT -> now.stat(f.text());
            case MEMINFO -> now.meminfo(f.text());
            case UTMP -> now.utmp(f.data, f.length);
            default -> listed(f);
        }
    }

    /** /proc is listed: ask for each pid's files. */
    private void listed(Fetch f) {
        for (int i = 0; i < f.names.size(); i++) {
            String name = f.names.get(i);
            long pid = PsRow.pidOf(name);
            if (pid < 0) {
                continue;
            }
            String dir = "/proc/" + name;
            fetch(Fetch.Kind.FILE, dir + "/stat", pid << 2 | PID_STAT);
            fetch(Fetch.Kind.FILE, dir + "/statm", pid << 2 | PID_STATM);
            fetch(Fetch.Kind.STAT, dir, pid << 2 | PID_OWNER);
            if (opts.cmdline) {
                fetch(Fetch.Kind.FILE, dir + "/cmdline", pid << 2 | PID_CMDLINE);
            }
        }
    }

    private void gotPid(Fetch f, int pid, int which) {
        if (f.error != 0) {
            return;
        }
        if (which == PID_STAT) {
            PsRow r = PsRow.parse(f.data, f.length);
            if (r != null) {
                rows.add(r);
                if (rows.size() > shr.length) {
                    shr = java.util.Arrays.copyOf(shr, shr.length * 2);
                }
                shr[rows.size() - 1] = 0;
            }
            return;
        }
        int last = rows.size() - 1;
        if (last < 0 || rows.get(last).pid() != pid) {
            return;
        }
        switch (which) {
            case PID_STATM -> shr[last] = statmShared(f.data, f.length);
            case PID_OWNER -> rows.set(last, rows.get(last).withOwner(f.st.uid, f.st.gid));
            default -> rows.set(last, rows.get(last).withCmdline(PsRow.cmdline(f.data, f.length)));
        }
    }

    /** The third number of /proc/PID/statm: shared pages. */
    private static long statmShared(byte[] b, int len) {
        int field = 0;
        long v = 0;
        for (int i = 0; i < len; i++) {
            if (b[i] == ' ') {
                if (++field == 3) {
                    return v;
                }
                v = 0;
            } else if (b[i] >= '0' && b[i] <= '9') {
                v = v * 10 + (b[i] - '0');
            }
        }
        return field == 2 ? v : 0;
    }

    @Override
    protected int report() {
        if (live != null && live.savedLflag < 0) {
            err.print("top: failed tty get\n");
            return 1;
        }
        if (before == null) {
            if (opts.user != null && uid(opts.user) < 0) {
                err.print("top: Invalid user\n");
                return 1;
            }
            remember();
            return -1;
        }
        List<TopTask> tasks = tasks();
        if (live != null) {
            out.print(renderLive(tasks));
            frames++;
            remember();
            live.ending |= opts.iterations > 0 && frames >= opts.iterations;
            return -1;
        }
        if (opts.json) {
            out.print(TopJson.frame(now, before, TopFrame.Counts.of(tasks), shown(tasks),
                    opts.threads, opts.perCpu));
        } else {
            if (frames > 0) {
                out.print("\n");
            }
            out.print(render(tasks));
        }
        frames++;
        remember();
        return opts.iterations > 0 && frames >= opts.iterations ? 0 : -1;
    }

    /** The wait before the next sample: the priming tenth of a second, then -d. */
    @Override
    protected Trap between() {
        priming = frames == 0;
        if (live != null && !priming) {
            return live.between(out, opts.delayTicks);
        }
        return new Syscall.Nanosleep(priming ? PRIME_NANOS : opts.delayTicks * NANOS_PER_TICK);
    }

    /** Batch: the delay is over. Full screen: the keys' calls, until a frame is due. */
    @Override
    protected Trap resumed(long ret) {
        Trap t = live == null || priming ? null : live.resumed(ret, out, opts);
        if (t == null) {
            sample();
        }
        return t;
    }

    /** Keeps this sample as the base of the next frame's deltas. */
    private void remember() {
        before = now;
        HashMap<Integer, Long> ticks = new HashMap<>(rows.size() * 2);
        for (PsRow r : rows) {
            ticks.put(r.pid(), r.utime() + r.stime());
        }
        lastTicks = ticks;
    }

    /** Every process of this sample as a task row, with its CPU ticks over the interval. */
    private List<TopTask> tasks() {
        List<TopTask> tasks = new ArrayList<>(rows.size());
        Map<Integer, String> names = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            PsRow r = rows.get(i);
            long ticks = r.utime() + r.stime();
            Long was = lastTicks.get(r.pid());
            String user = names.computeIfAbsent(r.uid(), u -> Passwd.nameOf(users, u));
            tasks.add(new TopTask(r.pid(), user, r.uid(), r.priority(), r.nice(),
                    r.vsize() / 1024, r.rss() * PAGE_KB, shr[i] * PAGE_KB, r.state(),
                    Math.max(0, ticks - (was == null ? 0 : was)), ticks, command(r)));
        }
        return tasks;
    }

    /** COMMAND: the name, or with -c the command line ([name] for those without one). */
    private String command(PsRow r) {
        if (!opts.cmdline) {
            return r.comm();
        }
        if (r.cmdline() == null || r.cmdline().isEmpty()) {
            return "[" + r.comm() + "]" + (r.state() == 'Z' ? " <defunct>" : "");
        }
        return r.cmdline();
    }

    /** The frame as text: summary, blank line, header, the selected tasks in order. */
    String render(List<TopTask> tasks) {
        int width = opts.width > 0 ? opts.width : BATCH_WIDTH;
        TopFrame frame = new TopFrame(width, pidWidth);
        StringBuilder b = new StringBuilder(128 * (tasks.size() + 8));
        frame.summary(b, now, before, TopFrame.Counts.of(tasks), opts.threads, opts.perCpu);
        b.append('\n');
        frame.header(b);
        long elapsed = now.uptimeTicks - before.uptimeTicks;
        for (TopTask t : shown(tasks)) {
            frame.row(b, t, elapsed, now.memTotal);
        }
        return b.toString();
    }

    /**
     * The frame for the terminal: the summary, the message line, the header and the rows
     * that fit in the window, at its width (TopScreen adds the escape sequences).
     */
    private String renderLive(List<TopTask> tasks) {
        TopFrame frame = new TopFrame(live.cols, pidWidth);
        StringBuilder b = new StringBuilder(256);
        frame.summary(b, now, before, TopFrame.Counts.of(tasks), opts.threads, opts.perCpu);
        List<String> summary = List.of(b.toString().split("\n"));
        b.setLength(0);
        frame.header(b);
        String header = b.substring(0, b.length() - 1);
        List<TopTask> shown = shown(tasks);
        int room = Math.max(0, Math.min(shown.size(), live.rows - summary.size() - 2));
        List<String> rowLines = new ArrayList<>(room);
        List<Boolean> running = new ArrayList<>(room);
        long elapsed = now.uptimeTicks - before.uptimeTicks;
        for (int i = 0; i < room; i++) {
            b.setLength(0);
            frame.row(b, shown.get(i), elapsed, now.memTotal);
            rowLines.add(b.substring(0, b.length() - 1));
            running.add(shown.get(i).state() == 'R');
        }
        live.firstPid = shown.isEmpty() ? 0 : shown.get(0).pid();
        live.summaryRows = summary.size();
        boolean clear = live.clear;
        live.clear = false;
        return TopScreen.frame(summary, header, rowLines, running, live.rows, live.cols, clear,
                live.look, frame.span(opts.sort));
    }

    /** The tasks to show, in the order -o chose. */
    private List<TopTask> shown(List<TopTask> tasks) {
        List<TopTask> shown = selected(tasks);
        Comparator<TopTask> order = opts.sortAscending ? opts.sort.order : opts.sort.order.reversed();
        shown.sort(order);
        return shown;
    }

    /** The tasks -p, -u and -i let through, in /proc order. */
    private List<TopTask> selected(List<TopTask> tasks) {
        int uid = opts.user == null ? -1 : uid(opts.user);
        List<TopTask> shown = new ArrayList<>(tasks.size());
        for (TopTask t : tasks) {
            if (!opts.pids.isEmpty() && !opts.pids.contains(t.pid())) {
                continue;
            }
            if (uid >= 0 && t.uid() != uid) {
                continue;
            }
            if (!opts.idle && t.cpuDelta() == 0 && (t.state() == 'S' || t.state() == 'I')) {
                continue;
            }
            shown.add(t);
        }
        return shown;
    }

    /** A user name or number as a uid, or -1 if /etc/passwd has no such user. */
    private int uid(String user) {
        Passwd p = Passwd.byName(users, user);
        if (p != null) {
            return p.uid();
        }
        if (user.matches("[0-9]{1,9}")) {
            return Integer.parseInt(user);
        }
        return -1;
    }

    @Override
    protected void deepenReport() {
        opts = opts.copy();
        live = live == null ? null : live.copy();
        rows = new ArrayList<>(rows);
        shr = shr.clone();
        lastTicks = new HashMap<>(lastTicks);
    }
}
