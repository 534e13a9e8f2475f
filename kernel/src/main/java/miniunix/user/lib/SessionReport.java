package miniunix.user.lib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report on who is logged in (uptime, w, who, users): a login session is what login records
 * in /var/run/utmp (top counts those records), found here as a login shell (argv[0] starting
 * with '-') on a terminal, with its processes.
 * Reads /proc/uptime, /proc/loadavg, /proc/stat (btime), /etc/passwd, each /proc/PID's owner,
 * stat and cmdline, and the terminals' last input (their mtime).
 *
 * <p>Per session, as procps's w computes it: JCPU is the CPU time of every process on the
 * terminal, PCPU that of the "best" one (the newest process in the terminal's foreground
 * group, else the login shell), WHAT its command line.
 */
public abstract class SessionReport extends Report {
    /** One process. cpuTicks is utime + stime; startTicks is since boot. */
    public record Task(int pid, int uid, int tty, int pgid, int tpgid, long cpuTicks,
                       long startTicks, String comm, String args) {
    }

    /** One login session. Times are seconds (epoch for loginEpoch), CPU in ticks. */
    public record Session(String user, String line, long loginEpoch, long idleSec,
                          long jcpuTicks, long pcpuTicks, String what, int pid) {
    }

    public static final int HZ = 100;
    private static final long UPTIME = -2;
    private static final long LOADAVG = -3;
    private static final long STAT = -4;
    private static final long PASSWD = -5;
    private static final long PROC = -1;
    /** Tags of per-pid fetches: pid * KINDS + kind. Tags below TTY_TAG are terminals. */
    private static final int KINDS = 3;
    private static final long TTY_TAG = -1000;

    /** Seconds since boot, the load averages' text, boot time (epoch seconds). */
    protected double uptimeSec;
    protected String loadavg = "0.00 0.00 0.00";
    protected long btime;
    protected List<Passwd> users = List.of();
    private Map<Integer, int[]> owners = new HashMap<>();
    private Map<Integer, Task> tasks = new HashMap<>();
    private Map<Integer, String> stats = new HashMap<>();
    /** Terminal device number to its last input tick. */
    private Map<Integer, Long> ttyInput = new HashMap<>();

    protected SessionReport(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    /** Queues the reads; call from start(). */
    protected final void fetchSessions() {
        fetch(Fetch.Kind.FILE, "/proc/uptime", UPTIME);
        fetch(Fetch.Kind.FILE, "/proc/loadavg", LOADAVG);
        fetch(Fetch.Kind.FILE, "/proc/stat", STAT);
        fetch(Fetch.Kind.FILE, "/etc/passwd", PASSWD);
        fetch(Fetch.Kind.DIR, "/proc", PROC);
    }

    @Override
    protected final void got(Fetch f) {
        if (f.tag <= TTY_TAG) {
            if (f.error == 0) {
                ttyInput.put((int) (TTY_TAG - f.tag), f.st.mtimeNs);
            }
            return;
        }
        if (f.tag < 0) {
            gotSystem(f);
            return;
        }
        int pid = (int) (f.tag / KINDS);
        if (f.error != 0) {
            return;
        }
        switch ((int) (f.tag % KINDS)) {
            case 0 -> owners.put(pid, new int[] {f.st.uid});
            case 1 -> stats.put(pid, f.text());
            default -> gotCmdline(pid, f.text());
        }
    }

    private void gotSystem(Fetch f) {
        if (f.error != 0) {
            return;
        }
        if (f.tag == PROC) {
            for (String name : f.names) {
                if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)
                        && name.length() < 10) {
                    long base = Long.parseLong(name) * KINDS;
                    fetch(Fetch.Kind.STAT, "/proc/" + name, base);
                    fetch(Fetch.Kind.FILE, "/proc/" + name + "/stat", base + 1);
                    fetch(Fetch.Kind.FILE, "/proc/" + name + "/cmdline", base + 2);
                }
            }
        } else if (f.tag == UPTIME) {
            uptimeSec = Double.parseDouble(f.text().trim().split(" ")[0]);
        } else if (f.tag == LOADAVG) {
            String[] l = f.text().trim().split(" ");
            loadavg = l[0] + " " + l[1] + " " + l[2];
        } else if (f.tag == STAT) {
            btime = StatFile.parse(f.text()).btime();
        } else {
            users = Passwd.parse(f.text());
        }
    }

    /** /proc/PID/stat's fields after "(comm)", and the task; a login shell's tty is looked at. */
    private void gotCmdline(int pid, String cmdline) {
        String stat = stats.remove(pid);
        int[] owner = owners.remove(pid);
        if (stat == null || owner == null) {
            return;
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        String comm = stat.substring(open + 1, close);
        String[] f = stat.substring(close + 2).trim().split(" ");
        // f[0] is field 3 (state): field n is f[n - 3].
        int tty = Integer.parseInt(f[4]);
        String args = cmdline.isEmpty() ? "[" + comm + "]"
                : cmdline.replace('\0', ' ').trim();
        Task t = new Task(pid, owner[0], tty, Integer.parseInt(f[2]), Integer.parseInt(f[5]),
                Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[19]), comm, args);
        tasks.put(pid, t);
        if (isLogin(t) && !ttyInput.containsKey(tty)) {
            ttyInput.put(tty, -1L);
            fetch(Fetch.Kind.STAT, "/dev/" + ttyName(tty), TTY_TAG - tty);
        }
    }

    private static boolean isLogin(Task t) {
        return t.tty() != 0 && t.args().startsWith("-");
    }

    /** The name of terminal device number dev: tty1, pts/3, or "?" for none. */
    public static String ttyName(int dev) {
        int major = dev >> 8;
        int minor = dev & 0xff;
        if (dev == 0) {
            return "?";
        }
        return major == 4 ? "tty" + minor : major == 136 ? "pts/" + minor : "?";
    }

    /** The login sessions, by login shell pid. */
    protected final List<Session> sessions() {
        List<Task> all = new ArrayList<>(tasks.values());
        all.sort((a, b) -> Integer.compare(a.pid(), b.pid()));
        List<Session> out = new ArrayList<>();
        long nowTicks = (long) (uptimeSec * HZ);
        for (Task login : all) {
            if (!isLogin(login)) {
                continue;
            }
            long jcpu = 0;
            Task best = login;
            for (Task t : all) {
                if (t.tty() != login.tty()) {
                    continue;
                }
                jcpu += t.cpuTicks();
                boolean foreground = t.pgid() == t.tpgid();
                boolean bestIsFg = best.pgid() == best.tpgid() && best != login;
                if (foreground && (!bestIsFg || t.startTicks() >= best.startTicks())) {
                    best = t;
                }
            }
            long input = ttyInput.getOrDefault(login.tty(), -1L);
            // The terminal's mtime (its last input) is since the epoch, as now is (btime + uptime).
            long nowNs = btime * 1_000_000_000L + nowTicks * (1_000_000_000L / HZ);
            long idle = input < 0 ? nowTicks / HZ : Math.max(0, nowNs - input) / 1_000_000_000L;
            out.add(new Session(Passwd.nameOf(users, login.uid()), ttyName(login.tty()),
                    btime + login.startTicks() / HZ, idle, jcpu, best.cpuTicks(), best.args(),
                    login.pid()));
        }
        return out;
    }

    @Override
    protected void deepenReport() {
        owners = new HashMap<>(owners);
        tasks = new HashMap<>(tasks);
        stats = new HashMap<>(stats);
        ttyInput = new HashMap<>(ttyInput);
    }
}
