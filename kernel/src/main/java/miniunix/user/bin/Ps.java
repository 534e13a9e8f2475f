package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Passwd;
import miniunix.user.lib.Report;

/**
 * ps(1) of procps-ng: reads /proc (one stat, cmdline and stat(2) per pid) and /etc/passwd
 * through syscalls and prints one line per selected process, in pid order.
 * <ul>
 *   <li>Selection: default, the caller's processes on its tty; -e/-A every process; BSD a (all
 *       with a tty), x (also without one), ax (all); -p PID[,PID] and -u USER[,USER] (no
 *       match: header only, exit 1).</li>
 *   <li>Format: default {@code PID TTY TIME CMD}; -f {@code UID PID PPID C STIME TTY TIME CMD};
 *       u {@code USER PID %CPU %MEM VSZ RSS TTY STAT START TIME COMMAND}; BSD without u
 *       {@code PID TTY STAT TIME COMMAND}; -o name[=header],... (see {@link PsField}).</li>
 * </ul>
 * <pre>
 *   for (dir in readdir("/proc")) if (isdigit(dir[0])) { read stat, cmdline; if (selected) print; }
 * </pre>
 */
public final class Ps extends Report {
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

    /**
     * One output column: a field, its header (renamed by -o f=HDR) and its width (set by -o
     * f:W, else the field's, PID-like ones widened to pid_max's digits at report time).
     */
    record Column(PsField field, String header, int width, boolean fixedWidth) {
        Column sized(int pidWidth) {
            int w = !fixedWidth && field.pidLike() ? Math.max(width, pidWidth) : width;
            return new Column(field, header, Math.max(w, header.length()), fixedWidth);
        }
    }

    private final PsOptions opts;
    private List<Column> columns = List.of();
    private boolean needArgs;
    private boolean needUid;
    private boolean needWchan;
    private int myUid = -1;
    private int myTty = -1;
    private long uptimeTicks;
    private long btime;
    private long memTotalKb;
    /** Digits of /proc/sys/kernel/pid_max: the width of PID columns. */
    private int pidWidth = 5;
    private List<Passwd> users = List.of();
    private ArrayList<PsRow> rows = new ArrayList<>();

    public Ps(List<String> argv, List<String> envp) {
        super(argv, envp);
        opts = PsOptions.parse(argv);
    }

    @Override
    protected int start() {
        if (opts.error != null) {
            err.print("error: ").print(opts.error).print('\n').print(USAGE);
            return 1;
        }
        if (opts.help) {
            out.print(USAGE.substring(1));
            return 0;
        }
        columns = opts.columns;
        for (Column c : columns) {
            needArgs |= c.field() == PsField.CMD || c.field() == PsField.ARGS;
            needUid |= c.field() == PsField.USER || c.field() == PsField.UID;
            needWchan |= c.field() == PsField.WCHAN;
        }
        needUid |= opts.selectsByUser();
        fetch(Fetch.Kind.FILE, "/proc/sys/kernel/pid_max", PID_MAX);
        fetch(Fetch.Kind.FILE, "/proc/uptime", UPTIME);
        fetch(Fetch.Kind.FILE, "/proc/stat", STAT);
        fetch(Fetch.Kind.FILE, "/proc/meminfo", MEMINFO);
        fetch(Fetch.Kind.FILE, "/etc/passwd", PASSWD);
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

    @Override
    protected void got(Fetch f) {
        if (f.tag >= 0) {
            gotPid(f, (int) (f.tag >> 2));
            return;
        }
        switch ((int) f.tag) {
            case UPTIME: uptimeTicks = centis(f.text()); break;
            case STAT: btime = field(f.text(), "btime "); break;
            case MEMINFO: memTotalKb = field(f.text(), "MemTotal:"); break;
            case PASSWD: users = Passwd.parse(f.text()); break;
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

    /** /proc is listed: ask for what every pid needs. */
    private void listed(Fetch f) {
        for (int i = 0; i < f.names.size(); i++) {
            String name = f.names.get(i);
            long pid = PsRow.pidOf(name);
            if (pid < 0) {
                continue;
            }
            fetch(Fetch.Kind.FILE, "/proc/" + name + "/stat", pid << 2);
            if (needArgs) {
                fetch(Fetch.Kind.FILE, "/proc/" + name + "/cmdline", pid << 2 | 1);
            }
            if (needUid) {
                fetch(Fetch.Kind.STAT, "/proc/" + name, pid << 2 | 2);
            }
            if (needWchan) {
                fetch(Fetch.Kind.FILE, "/proc/" + name + "/wchan", pid << 2 | 3);
            }
        }
    }

    private void gotPid(Fetch f, int pid) {
        int which = (int) (f.tag & 3);
        PsRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (f.error != 0) {
            return;
        }
        if (which == 0) {
            PsRow r = PsRow.parse(f.data, f.length);
            if (r != null) {
                rows.add(r);
            }
        } else if (last != null && last.pid() == pid) {
            rows.set(rows.size() - 1, switch (which) {
                case 1 -> last.withCmdline(PsRow.cmdline(f.data, f.length));
                case 2 -> last.withUid(f.st.uid);
                default -> last.withWchan(f.text());
            });
        }
    }

    @Override
    protected int report() {
        PsField.Context ctx = new PsField.Context(uptimeTicks, btime, memTotalKb, users);
        List<Column> sized = new ArrayList<>();
        for (Column c : columns) {
            sized.add(c.sized(pidWidth));
        }
        PsTable table = new PsTable(sized);
        if (opts.headers && table.anyHeader()) {
            table.header(out);
        }
        List<Integer> uids = uids();
        int printed = 0;
        for (PsRow r : rows) {
            if (opts.selected(r, myUid, myTty, uids)) {
                table.row(out, r, ctx);
                printed++;
            }
        }
        return printed > 0 ? 0 : 1;
    }

    /** The uids -u names: user names from /etc/passwd, or numbers. */
    private List<Integer> uids() {
        List<Integer> uids = new ArrayList<>();
        for (String u : opts.users == null ? List.<String>of() : opts.users) {
            Passwd p = Passwd.byName(users, u);
            if (p != null || u.matches("[0-9]{1,9}")) {
                uids.add(p != null ? p.uid() : Integer.parseInt(u));
            }
        }
        return uids;
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
        while (i < text.length() && text.charAt(i) == ' ') {
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
        rows = new ArrayList<>(rows);
    }
}
