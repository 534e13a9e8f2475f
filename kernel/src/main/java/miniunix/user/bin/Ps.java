package miniunix.user.bin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Color;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Passwd;
import miniunix.user.lib.Procps;
import miniunix.user.lib.Report;

/**
 * ps(1) of procps-ng 4.0: reads /proc through syscalls, as procps's readproc does, and prints
 * one line per selected process (with -L/-T, per task), in pid order unless --sort or a
 * forest orders them. Per pid it reads /proc/PID/stat, and only what the columns and the
 * selection need besides: /proc/PID/cmdline (args), stat(2) of /proc/PID (the effective
 * uid/gid), /proc/PID/status (the real ones), /proc/PID/wchan; with threads, the listing
 * of /proc/PID/task and each /proc/PID/task/TID/stat. Options: see {@link PsOptions}; columns:
 * {@link PsField}; layout: {@link PsTable}. No match: the header only, exit status 1.
 * As procps, ps reads one pid at a time and prints its row as soon as it is read, unless the
 * rows must be sorted, made a forest or put in one JSON document, which waits for them all.
 * <pre>
 *   for (dir in readdir("/proc")) if (isdigit(dir[0])) {
 *       read stat [cmdline, status...]; if (selected) print, or keep for the sort
 *   }
 *   [sort or make a forest; print]
 * </pre>
 */
public final class Ps extends Report implements Procps {
    private static final String USAGE = "\nUsage:\n ps [options]\n\n"
            + " Try 'ps --help <simple|list|output|threads|misc|all>'\n"
            + "  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\n"
            + "For more details see ps(1).\n";
    private static final int UPTIME = -1;
    private static final int STAT = -2;
    private static final int MEMINFO = -3;
    private static final int PASSWD = -4;
    private static final int SELF = -5;
    private static final int SELF_UID = -6;
    private static final int PROC = -7;
    private static final int PID_MAX = -8;
    private static final int GROUP = -9;
    /** Tags below this are the stat(2)s of -t's terminals, /dev/NAME, by index. */
    private static final int TTY_BASE = -100;
    private static final String VERSION = "ps from procps-ng 4.0.2\n";
    /** procps's screen when its size can't be learnt: 80x24; w widens to at least 132. */
    private static final int DEFAULT_COLS = 80;
    private static final int DEFAULT_ROWS = 24;
    private static final int WIDE_COLS = 132;
    /** Whose window ps asks for its size, in turn, as procps's set_screen_size. */
    private static final int[] WINSIZE_FDS = {1, 2, 0};
    /** Tags of per-pid fetches: (pid << PID_SHIFT) | (tid << TID_SHIFT) | what. */
    private static final int TID_SHIFT = 3;
    private static final int PID_SHIFT = 26;
    private static final int TID_MASK = (1 << (PID_SHIFT - TID_SHIFT)) - 1;
    private static final int STAT_OF = 0;
    private static final int CMDLINE_OF = 1;
    private static final int OWNER_OF = 2;
    private static final int STATUS_OF = 3;
    private static final int WCHAN_OF = 4;
    private static final int TASKS_OF = 5;

    /**
     * One output column: a field, its header (renamed by -o f=HDR) and its width (set by -o
     * f:W, else the field's, PID-like ones widened to pid_max's digits at report time). A
     * renamed header wider than the column widens it (-o wchan=WIDE-WCHAN-COLUMN), as in
     * procps; the field's own header does not (-o user:3 keeps USER over 3 columns).
     */
    record Column(PsField field, String header, int width, boolean fixedWidth) {
        Column sized(int pidWidth) {
            int w = !fixedWidth && field.pidLike() ? Math.max(width, pidWidth) : width;
            boolean renamed = !header.equals(field.header);
            return new Column(field, header, renamed ? Math.max(w, header.length()) : w,
                    fixedWidth);
        }
    }

    private final PsOptions opts;
    /** Colour the state columns (Color: forced, or stdout a terminal and no NO_COLOR). */
    private Color.When colorWhen = Color.When.AUTO;
    private boolean color;
    /** isatty(1): lines are cut at the screen's width only on a terminal (or when asked). */
    private boolean stdoutTty;
    /** The window's size from the first of WINSIZE_FDS that is a terminal; 0 while unknown. */
    private int winRows;
    private int winCols;
    private List<Column> columns = List.of();
    private final EnumSet<PsField.Need> needs = EnumSet.noneOf(PsField.Need.class);
    private int myUid = -1;
    private int myTty = -1;
    private long uptimeTicks;
    private long btime;
    private long memTotalKb;
    /** Digits of /proc/sys/kernel/pid_max: the width of PID columns. */
    private int pidWidth = 5;
    private List<Passwd> users = List.of();
    private List<Passwd> groups = List.of();
    /** The device numbers of -t's terminals, by the index of their name; -1 if missing. */
    private int[] ttyNrs = new int[0];
    /** The pids /proc listed, in its order; pids[nextPid] is the next whose files are read. */
    private int[] pids = new int[0];
    private int nextPid;
    /** The task whose files are being read; complete when the next one's stat comes, or null. */
    private PsRow reading;
    /** The layout, set up (and the header printed) once /proc is listed; null until then. */
    private PsTable table;
    private PsJson json;
    private PsField.Context ctx;
    private PsOptions.Ids ids;
    /** Rows are printed as they are read: no sort, forest or JSON waits for them all. */
    private boolean streamRows;
    private int printed;
    /** The selected rows kept for a sort, forest or JSON, the forest, the next to print. */
    private ArrayList<PsRow> chosen = new ArrayList<>();
    private PsForest forest;
    private int next;

    public Ps(List<String> argv, List<String> envp) {
        super(argv, envp);
        opts = PsOptions.parse(argv);
    }

    @Override
    protected int start() {
        colorWhen = Color.fromEnv(envp);
        color = colorWhen == Color.When.ALWAYS && !opts.json;
        if (opts.error != null) {
            err.print("error: ").print(opts.error).print('\n').print(USAGE);
            return 1;
        }
        if (opts.help) {
            out.print(USAGE.substring(1));
            return 0;
        }
        if (opts.version) {
            out.print(VERSION);
            return 0;
        }
        columns = opts.columns;
        for (Column c : columns) {
            needs.add(c.field().need);
        }
        for (PsOptions.SortKey k : opts.sort) {
            needs.add(k.field().need);
        }
        if (opts.selectsByOwner()) {
            needs.add(PsField.Need.OWNER);
        }
        if (opts.selectsByRealIds()) {
            needs.add(PsField.Need.STATUS);
        }
        fetch(Fetch.Kind.FILE, "/proc/sys/kernel/pid_max", PID_MAX);
        fetch(Fetch.Kind.FILE, "/proc/uptime", UPTIME);
        fetch(Fetch.Kind.FILE, "/proc/stat", STAT);
        fetch(Fetch.Kind.FILE, "/proc/meminfo", MEMINFO);
        fetch(Fetch.Kind.FILE, "/etc/passwd", PASSWD);
        if (opts.groups != null || opts.realGroups != null || needs.contains(PsField.Need.OWNER)
                || needs.contains(PsField.Need.STATUS)) {
            fetch(Fetch.Kind.FILE, "/etc/group", GROUP);
        }
        List<String> ttys = opts.ttys == null ? List.of() : opts.ttys;
        ttyNrs = new int[ttys.size()];
        for (int i = 0; i < ttys.size(); i++) {
            String t = ttys.get(i);
            ttyNrs[i] = -1;
            if (!t.equals("?") && !t.equals("-")) {
                fetch(Fetch.Kind.STAT, t.startsWith("/dev/") ? t : "/dev/" + t, TTY_BASE - i);
            }
        }
        fetch(Fetch.Kind.FILE, "/proc/self/stat", SELF);
        fetch(Fetch.Kind.STAT, "/proc/self", SELF_UID);
        fetch(Fetch.Kind.DIR, "/proc", PROC);
        return -1;
    }

    /**
     * Gives up the CPU once before reading /proc (sched_yield), for ps's start-up time: on
     * Linux, loading ps takes long enough that the other commands of its pipeline have exec'd
     * before it reads /proc, which is why {@code ps aux | grep go} shows the grep.
     */
    @Override
    protected Trap first() {
        return new Syscall.SchedYield();
    }

    /**
     * After the yield, isatty(1) (for colour and width), then TIOCGWINSZ on fds 1, 2 and 0 until
     * one gives a size, as procps's set_screen_size asks.
     * Simplified: procps tries /dev/tty last; here a terminal on none of the three fds is
     * 80x24 at once.
     */
    @Override
    protected Trap first(int n) {
        if (n == 0) {
            return first();
        }
        if (n == 1) {
            return Color.isatty(1);
        }
        if (winCols == 0 && n - 2 < WINSIZE_FDS.length) {
            return new Syscall.Ioctl(WINSIZE_FDS[n - 2], Syscall.Ioctl.TIOCGWINSZ, 0);
        }
        return null;
    }

    @Override
    protected void firstDone(int n, long ret) {
        if (n == 1) {
            stdoutTty = ret >= 0;
            color = colorWhen == Color.When.ALWAYS && !opts.json
                    || colorWhen == Color.When.AUTO && !opts.json && stdoutTty;
        } else if (n >= 2 && ret >= 0 && Syscall.Ioctl.rows(ret) > 0
                && Syscall.Ioctl.cols(ret) > 0) {
            winRows = Syscall.Ioctl.rows(ret);
            winCols = Syscall.Ioctl.cols(ret);
        }
    }

    /**
     * The screen's width as procps's set_screen_size and choose_dimensions settle it: the
     * window's (80 if unknown), unlimited when stdout is no terminal, COLUMNS if it is a
     * number from 1 to OUTBUF_SIZE - 1, --cols, then w (at least 132) or ww (unlimited).
     * Warns on stderr, as procps, when COLUMNS or LINES make the screen smaller than 9x2.
     */
    private int screenCols() {
        int cols = winCols > 0 ? winCols : DEFAULT_COLS;
        int rows = winRows > 0 ? winRows : DEFAULT_ROWS;
        if (!stdoutTty) {
            cols = PsTable.OUTBUF_SIZE;
        }
        cols = (int) envSize("COLUMNS", cols);
        rows = (int) envSize("LINES", rows);
        if (cols < 9 || rows < 2) {
            err.print("your " + cols + "x" + rows + " screen size is bogus. expect trouble\n");
        }
        if (opts.width > 0) {
            cols = opts.width;
        }
        if (opts.wide > 0 && cols < WIDE_COLS) {
            cols = WIDE_COLS;
        }
        return opts.wide > 1 ? PsTable.OUTBUF_SIZE : cols;
    }

    /** A size from the environment when it is a number procps takes, else otherwise. */
    private long envSize(String name, long otherwise) {
        String v = getenv(name);
        long n = v == null ? -1 : PsOptions.strtol(v);
        return n > 0 && n < PsTable.OUTBUF_SIZE ? n : otherwise;
    }

    @Override
    protected void got(Fetch f) {
        if (f.tag >= 0) {
            gotPid(f);
            return;
        }
        if (f.tag <= TTY_BASE) {
            ttyNrs[(int) (TTY_BASE - f.tag)] = f.error == 0 ? f.st.rdev : -1;
            return;
        }
        switch ((int) f.tag) {
            case UPTIME: uptimeTicks = centis(f.text()); break;
            case STAT: btime = field(f.text(), "btime "); break;
            case MEMINFO: memTotalKb = field(f.text(), "MemTotal:"); break;
            case PASSWD: users = Passwd.parse(f.text()); break;
            case GROUP: groups = f.error == 0 ? Passwd.parse(f.text()) : List.of(); break;
            case SELF: myTty = self(f); break;
            case SELF_UID: myUid = f.error == 0 ? f.st.uid : -1; break;
            case PID_MAX: pidWidth = f.error == 0 ? f.text().trim().length() : 5; break;
            default: listed(f); break;
        }
    }

    private int self(Fetch f) {
        PsRow r = PsRow.parse(f.data, f.length);
        return r == null ? 0 : r.ttyNr();
    }

    /**
     * /proc is listed: keeps its pids to read one at a time ({@link #fetchMore}), sets the
     * layout up and prints the header (everything else ps reads has been read by now).
     */
    private void listed(Fetch f) {
        int[] found = new int[f.names.size()];
        int n = 0;
        for (String name : f.names) {
            int pid = PsRow.pidOf(name);
            if (pid >= 0) {
                found[n++] = pid;
            }
        }
        pids = Arrays.copyOf(found, n);
        ctx = new PsField.Context(uptimeTicks, btime, memTotalKb, users, groups);
        ids = ids();
        if (ids == null) {
            pids = new int[0];
            return;
        }
        List<Column> sized = new ArrayList<>();
        for (Column c : columns) {
            sized.add(c.sized(pidWidth));
        }
        table = new PsTable(sized, screenCols(), color, err);
        json = opts.json ? new PsJson(sized) : null;
        streamRows = json == null && !opts.forest && opts.sort.isEmpty();
        if (opts.headers && table.anyHeader() && json == null) {
            table.header(out);
        }
    }

    /**
     * The last task's files are read: its row is printed (or kept); then asks for what the
     * next pid needs (with threads, its task list first).
     */
    @Override
    protected boolean fetchMore() {
        if (reading != null) {
            done(reading);
            reading = null;
        }
        if (nextPid == pids.length) {
            return false;
        }
        int pid = pids[nextPid++];
        String dir = "/proc/" + pid;
        if (opts.threads != PsOptions.Threads.NONE) {
            fetch(Fetch.Kind.DIR, dir + "/task", tag(pid, 0, TASKS_OF));
        } else {
            fetchTask(dir, pid, pid);
        }
        return true;
    }

    /** A task's row is complete: printed now if selected, or kept for the sort. */
    private void done(PsRow r) {
        if (!opts.selected(r, myUid, myTty, ids)) {
            return;
        }
        if (streamRows) {
            table.row(out, r, ctx, "");
            printed++;
        } else {
            chosen.add(r);
        }
    }

    private static long tag(long pid, long tid, int what) {
        return pid << PID_SHIFT | tid << TID_SHIFT | what;
    }

    /** The files of one task (dir is /proc/PID or /proc/PID/task/TID). */
    private void fetchTask(String dir, long pid, long tid) {
        fetch(Fetch.Kind.FILE, dir + "/stat", tag(pid, tid, STAT_OF));
        if (needs.contains(PsField.Need.ARGS)) {
            fetch(Fetch.Kind.FILE, dir + "/cmdline", tag(pid, tid, CMDLINE_OF));
        }
        if (needs.contains(PsField.Need.OWNER)) {
            fetch(Fetch.Kind.STAT, dir, tag(pid, tid, OWNER_OF));
        }
        if (needs.contains(PsField.Need.STATUS)) {
            fetch(Fetch.Kind.FILE, dir + "/status", tag(pid, tid, STATUS_OF));
        }
        if (needs.contains(PsField.Need.WCHAN)) {
            fetch(Fetch.Kind.FILE, dir + "/wchan", tag(pid, tid, WCHAN_OF));
        }
    }

    private void gotPid(Fetch f) {
        int pid = (int) (f.tag >>> PID_SHIFT);
        int tid = (int) (f.tag >>> TID_SHIFT & TID_MASK);
        int what = (int) (f.tag & ((1 << TID_SHIFT) - 1));
        if (f.error != 0) {
            return;
        }
        if (what == TASKS_OF) {
            for (String t : f.names) {
                int id = PsRow.pidOf(t);
                if (id > 0) {
                    fetchTask("/proc/" + pid + "/task/" + t, pid, id);
                }
            }
            return;
        }
        PsRow last = reading;
        if (what == STAT_OF) {
            PsRow r = PsRow.parse(f.data, f.length);
            if (r != null) {
                if (reading != null) {
                    done(reading);
                }
                reading = r.pid() == pid ? r : r.withTid(pid, r.pid());
            }
        } else if (last != null && last.pid() == pid && last.tid() == tid) {
            reading = switch (what) {
                case CMDLINE_OF -> last.withCmdline(PsRow.cmdline(f.data, f.length));
                case OWNER_OF -> last.withOwner(f.st.uid, f.st.gid);
                case STATUS_OF -> last.withReal(statusId(f.text(), "Uid:"),
                        statusId(f.text(), "Gid:"));
                default -> last.withWchan(f.text());
            };
        }
    }

    /** The first (real) id of a "Uid:\t1001\t1001\t1001\t1001" line of status, or -1. */
    static int statusId(String status, String key) {
        return status.startsWith(key) || status.contains("\n" + key) ? (int) field(status, key)
                : -1;
    }

    /**
     * Every pid is read: rows kept for a sort are sorted (or made a forest) for {@link #more}
     * to print. Status 1 when nothing was selected, or a selection's name was unknown.
     */
    @Override
    protected int report() {
        if (table == null) {
            return 1;
        }
        if (opts.forest) {
            forest = PsForest.of(chosen);
        } else if (!opts.sort.isEmpty()) {
            chosen.sort(new PsSort(opts.sort, ctx));
        }
        next = 0;
        return printed == 0 && chosen.isEmpty() ? 1 : 0;
    }

    /** Prints the next row (in JSON, keeps it); after the last, JSON's whole document. */
    @Override
    protected boolean more() {
        int n = forest != null ? forest.size() : chosen.size();
        if (next < n) {
            PsRow r = forest != null ? forest.row(next) : chosen.get(next);
            if (json != null) {
                json.row(r, ctx);
            } else {
                table.row(out, r, ctx, forest != null ? forest.prefix(next) : "");
            }
            next++;
            return true;
        }
        if (json != null && next == n) {
            json.print(out);
            next++;
        }
        return false;
    }

    /** The selection lists resolved to ids; null (after procps's message) for an unknown name. */
    private PsOptions.Ids ids() {
        List<Integer> uids = names(opts.users, users, "user name does not exist");
        List<Integer> ruids = names(opts.realUsers, users, "user name does not exist");
        List<Integer> gids = names(opts.groups, groups, "group name does not exist");
        List<Integer> rgids = names(opts.realGroups, groups, "group name does not exist");
        List<Integer> ttys = new ArrayList<>();
        List<String> names = opts.ttys == null ? List.of() : opts.ttys;
        for (int i = 0; i < names.size(); i++) {
            boolean none = names.get(i).equals("?") || names.get(i).equals("-");
            if (!none && ttyNrs[i] < 0) {
                err.print("error: TTY could not be found\n").print(USAGE);
                return null;
            }
            ttys.add(none ? 0 : ttyNrs[i]);
        }
        if (uids == null || ruids == null || gids == null || rgids == null) {
            return null;
        }
        return new PsOptions.Ids(uids, ruids, gids, rgids, ttys);
    }

    /** Names (or numbers) of users or groups as ids; null after printing error if one is unknown. */
    private List<Integer> names(List<String> given, List<Passwd> db, String error) {
        List<Integer> ids = new ArrayList<>();
        for (String u : given == null ? List.<String>of() : given) {
            Passwd p = Passwd.byName(db, u);
            if (p == null && PsRow.pidOf(u) < 0) {
                err.print("error: ").print(error).print('\n').print(USAGE);
                return null;
            }
            ids.add(p != null ? p.uid() : PsRow.pidOf(u));
        }
        return ids;
    }

    /** "512.95 654.87" (seconds with two decimals) as ticks. */
    static long centis(String uptime) {
        long v = 0;
        for (int i = 0; i < uptime.length() && uptime.charAt(i) != ' '; i++) {
            char c = uptime.charAt(i);
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
            }
        }
        return v;
    }

    /** The number after key at the start of a line ("btime 1795426412"), or 0. */
    static long field(String text, String key) {
        int at = text.startsWith(key) ? 0 : text.indexOf("\n" + key);
        if (at < 0) {
            return 0;
        }
        int i = text.indexOf(key, at) + key.length();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        long v = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            v = v * 10 + (text.charAt(i++) - '0');
        }
        return v;
    }

    @Override
    protected void deepenReport() {
        pids = pids.clone();
        chosen = new ArrayList<>(chosen);
        ttyNrs = ttyNrs.clone();
    }
}
