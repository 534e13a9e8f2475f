package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;

/**
 * ps's command line, parsed once and then read-only, in procps-ng's three families:
 * <ul>
 *   <li>UNIX, with a dash, clustered ({@code -ef}, {@code -eo pid,cmd}): -e -A -a -d -N -f -F
 *       -l -y -j -L -T -H, and lists -p -u -U -g -G -s -t -C -o (attached or as the next
 *       argument);</li>
 *   <li>BSD, without a dash ({@code aux}, {@code axjf}, {@code axo pid,comm}): a x u j l f r
 *       w, o FORMAT and k SORT;</li>
 *   <li>GNU, long: --sort --forest --ppid --pid --format --no-headers --cols/--columns/--width
 *       --deselect --user --User --group --Group --sid --tty --help --version.</li>
 * </ul>
 * {@link #error} holds procps's message for a bad command line (ps prints it with the usage
 * hint and exits 1). Lists are separated by commas or blanks.
 */
final class PsOptions {
    /** Thread display: none, -L (LWP column), -T (SPID column). */
    enum Threads { NONE, LWP, SPID }

    /** One --sort key: a field, descending when written with '-'. */
    record SortKey(PsField field, boolean descending) {
    }

    String error;
    boolean help;
    boolean version;
    boolean headers = true;
    /** --cols N: the screen's width in columns, overriding the terminal's; 0 if not given. */
    int width;
    /** How many times w or -w was given: once widens to 132 columns, twice unlimited. */
    int wide;
    boolean forest;
    /** --json (miniunix): the rows as one JSON object (PsJson) instead of the table. */
    boolean json;
    Threads threads = Threads.NONE;
    List<SortKey> sort = List.of();
    /** The output columns (null when the command line is bad). */
    List<Ps.Column> columns;
    /** Selection lists as given: user and group names are resolved by {@link Ps}. */
    List<String> users;
    List<String> realUsers;
    List<String> groups;
    List<String> realGroups;
    List<String> ttys;
    List<String> commands;

    private boolean all;
    private boolean allWithTty;
    private boolean allButLeaders;
    private boolean negate;
    private boolean full;
    private boolean extraFull;
    private boolean longFormat;
    private boolean yFormat;
    private boolean jobs;
    private boolean bsd;
    private boolean bsdAll;
    private boolean bsdNoTty;
    private boolean bsdUser;
    private boolean bsdJobs;
    private boolean bsdLong;
    private boolean running;
    private List<Integer> pids;
    private List<Integer> ppids;
    private List<Integer> sessions;
    private String format;

    private PsOptions() {
    }

    static PsOptions parse(List<String> argv) {
        PsOptions o = new PsOptions();
        for (int i = 1; i < argv.size() && o.error == null; i++) {
            String a = argv.get(i);
            if (a.startsWith("--")) {
                i = o.longOption(argv, i);
            } else if (a.startsWith("-")) {
                i = o.unix(argv, i);
            } else {
                i = o.bsd(argv, i);
            }
        }
        if (o.error == null && o.yFormat && !o.longFormat) {
            o.error = "modifier -y without format -l makes no sense";
        }
        o.columns = o.error == null ? o.columns() : null;
        return o;
    }

    /** The argument of option at argv[i] (after '=' or the next word), or null. */
    private static String value(List<String> argv, int i, String name) {
        String a = argv.get(i);
        if (a.length() > name.length() && a.charAt(name.length()) == '=') {
            return a.substring(name.length() + 1);
        }
        return i + 1 < argv.size() ? argv.get(i + 1) : null;
    }

    /** A --long option at argv[i]; returns the index of the last argument used. */
    private int longOption(List<String> argv, int i) {
        String a = argv.get(i);
        int eq = a.indexOf('=');
        String name = eq < 0 ? a : a.substring(0, eq);
        switch (name) {
            case "--no-headers": case "--no-header": case "--noheaders": case "--noheader":
                headers = false;
                return i;
            case "--headers": case "--header":
                return i;
            case "--forest":
                forest = true;
                return i;
            case "--json":
                json = true;
                return i;
            case "--deselect":
                negate = true;
                return i;
            case "--help":
                help = true;
                return i;
            case "--version": case "--info":
                version = true;
                return i;
            default:
                break;
        }
        String v = value(argv, i, name);
        int used = eq < 0 ? i + 1 : i;
        if (v == null) {
            error = switch (name) {
                case "--sort" -> "long sort specification must follow --sort";
                case "--format" -> "format specification must follow --format";
                case "--cols", "--columns", "--width" ->
                        "number of columns must follow --cols, --width, or --columns";
                case "--ppid", "--pid", "--sid" -> "list of process IDs must follow " + name;
                case "--user", "--User", "--group", "--Group", "--tty" -> "list must follow " + name;
                default -> "unknown gnu long option";
            };
            return used;
        }
        switch (name) {
            case "--sort": sortList(v); break;
            case "--format": addFormat(v); break;
            case "--cols": case "--columns": case "--width": columns(v); break;
            case "--ppid": ppids = pidList(ppids, v); break;
            case "--pid": pids = pidList(pids, v); break;
            case "--sid": sessions = pidList(sessions, v); break;
            case "--user": users = words(users, v); break;
            case "--User": realUsers = words(realUsers, v); break;
            case "--group": groups = words(groups, v); break;
            case "--Group": realGroups = words(realGroups, v); break;
            case "--tty": ttys = words(ttys, v); break;
            default: error = "unknown gnu long option"; break;
        }
        return used;
    }

    /** --cols N: strtol(N, 0) as procps reads it (0x50 is 80), between 1 and 1999999999. */
    private void columns(String v) {
        long n = strtol(v);
        if (n <= 0 || n >= 2_000_000_000L) {
            error = "number of columns must follow --cols, --width, or --columns";
            return;
        }
        width = (int) n;
    }

    /**
     * strtol(s, &end, 0) of a whole string, as procps checks COLUMNS, LINES and --cols:
     * leading blanks, a sign, then decimal, 0x hex or 0 octal digits and nothing after them;
     * -1 when s is not such a number or is too long to matter.
     */
    static long strtol(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean negative = i < s.length() && s.charAt(i) == '-';
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int radix = 10;
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
            radix = 16;
            i += 2;
        } else if (s.startsWith("0", i)) {
            radix = 8;
        }
        String digits = s.substring(i);
        if (digits.isEmpty() || digits.length() > 15
                || Character.digit(digits.charAt(0), radix) < 0) {
            return -1;
        }
        try {
            long n = Long.parseLong(digits, radix);
            return negative ? -n : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A -cluster at argv[i]; returns the index of the last argument used. */
    private int unix(List<String> argv, int i) {
        String a = argv.get(i);
        for (int k = 1; k < a.length(); k++) {
            char c = a.charAt(k);
            switch (c) {
                case 'e': case 'A': all = true; break;
                case 'a': allWithTty = true; break;
                case 'd': allButLeaders = true; break;
                case 'N': negate = true; break;
                case 'f': full = true; break;
                case 'F': extraFull = true; break;
                case 'l': longFormat = true; break;
                case 'y': yFormat = true; break;
                case 'j': jobs = true; break;
                case 'H': forest = true; break;
                case 'L': threads = Threads.LWP; break;
                case 'T': threads = Threads.SPID; break;
                case 'w': wide++; break;
                case 'V': version = true; break;
                case 'p': case 'o': case 'u': case 'U': case 'g': case 'G': case 's': case 't':
                case 'C': case 'q': {
                    String arg = k + 1 < a.length() ? a.substring(k + 1)
                            : i + 1 < argv.size() ? argv.get(++i) : null;
                    unixList(c, arg);
                    return i;
                }
                default:
                    error = "unsupported SysV option";
                    return i;
            }
        }
        return i;
    }

    private void unixList(char c, String arg) {
        if (arg == null) {
            error = switch (c) {
                case 'p' -> "list of process IDs must follow -p";
                case 'q' -> "List of process IDs must follow -q.";
                case 'o' -> "format specification must follow -o";
                case 'u' -> "list of users must follow -u";
                case 'U' -> "list of real users must follow -U";
                case 'g' -> "list of session leaders OR effective group names must follow -g";
                case 'G' -> "list of real groups must follow -G";
                case 's' -> "list of session IDs must follow -s";
                case 't' -> "list of terminals (pty, tty...) must follow -t";
                default -> "list of command names must follow -C";
            };
            return;
        }
        switch (c) {
            case 'p': case 'q': pids = pidList(pids, arg); break;
            case 'o': addFormat(arg); break;
            case 'u': users = words(users, arg); break;
            case 'U': realUsers = words(realUsers, arg); break;
            case 'G': realGroups = words(realGroups, arg); break;
            case 's': sessions = pidList(sessions, arg); break;
            case 't': ttys = words(ttys, arg); break;
            case 'C': commands = words(commands, arg); break;
            default: sessionsOrGroups(arg); break;
        }
    }

    /** -g: numbers are sessions, names effective groups (procps's "session OR group"). */
    private void sessionsOrGroups(String arg) {
        for (String w : words(null, arg)) {
            if (w.matches("[0-9]{1,9}")) {
                sessions = sessions == null ? new ArrayList<>() : sessions;
                sessions.add(Integer.parseInt(w));
            } else if (w.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                groups = words(groups, w);
            } else {
                error = "list of session leaders OR effective group IDs was invalid";
                return;
            }
        }
    }

    /** A BSD cluster at argv[i]; returns the index of the last argument used. */
    private int bsd(List<String> argv, int i) {
        String a = argv.get(i);
        bsd = true;
        for (int k = 0; k < a.length(); k++) {
            char c = a.charAt(k);
            switch (c) {
                case 'a': bsdAll = true; break;
                case 'x': bsdNoTty = true; break;
                case 'u': bsdUser = true; break;
                case 'j': bsdJobs = true; break;
                case 'l': bsdLong = true; break;
                case 'f': forest = true; break;
                case 'r': running = true; break;
                case 'w': wide++; break;
                case 'o': case 'O': case 'k': {
                    String arg = k + 1 < a.length() ? a.substring(k + 1)
                            : i + 1 < argv.size() ? argv.get(++i) : null;
                    if (arg == null) {
                        error = c == 'k' ? "long sort specification must follow 'k'"
                                : "format specification must follow " + c;
                    } else if (c == 'k') {
                        sortList(arg);
                    } else {
                        addFormat(arg);
                    }
                    return i;
                }
                default:
                    error = a.matches("[0-9,]+") ? null : "unsupported option (BSD syntax)";
                    if (error == null) {
                        pids = pidList(pids, a);     // "ps 1,7": a bare pid list
                    }
                    return i;
            }
        }
        return i;
    }

    private void addFormat(String f) {
        format = format == null ? f : format + "," + f;
    }

    /** Words of a list separated by commas or blanks, added to list. */
    private static List<String> words(List<String> list, String arg) {
        List<String> l = list == null ? new ArrayList<>() : list;
        for (String w : arg.split("[, ]+")) {
            if (!w.isEmpty()) {
                l.add(w);
            }
        }
        return l;
    }

    private List<Integer> pidList(List<Integer> list, String arg) {
        List<Integer> l = list == null ? new ArrayList<>() : list;
        for (String p : arg.split("[, ]+")) {
            if (!p.matches("[0-9]{1,9}")) {
                error = "process ID list syntax error";
                return l;
            }
            if (Integer.parseInt(p) == 0) {
                error = "process ID out of range";
                return l;
            }
            l.add(Integer.parseInt(p));
        }
        return l;
    }

    private void sortList(String arg) {
        List<SortKey> keys = new ArrayList<>(sort);
        for (String k : arg.split(",", -1)) {
            boolean desc = k.startsWith("-");
            String name = k.startsWith("-") || k.startsWith("+") ? k.substring(1) : k;
            PsField.Named f = PsField.lookup(name);
            if (f == null) {
                error = "unknown sort specifier";
                return;
            }
            keys.add(new SortKey(f.field(), desc));
        }
        sort = List.copyOf(keys);
    }

    /** The -o list, or the format the options name, in procps's precedence. */
    private String spec() {
        if (format != null) {
            return format;
        }
        String cmd = full || extraFull ? "args=CMD" : "ucmd=CMD";
        String lwp = threads == Threads.SPID ? "spid," : threads == Threads.LWP ? "lwp," : "";
        String nlwp = threads != Threads.NONE && (full || extraFull) ? "nlwp," : "";
        if (bsdUser) {
            return "user,pid,%cpu,%mem,vsz,rss,tname,stat,start_time=START,bsdtime,args";
        }
        if (bsdJobs) {
            return "ppid,pid,pgid,sid,tname,tpgid,stat,uid,bsdtime=TIME,args";
        }
        if (bsdLong) {
            return "f,uid,pid,ppid,priority,ni,vsz,rss,wchan,stat,tname,bsdtime=TIME,args";
        }
        if (longFormat) {
            String owner = full ? "user=UID" : "uid";
            String start = full ? "stime," : "";
            return (yFormat ? "s," : "f,s,") + owner + ",pid,ppid," + lwp + "c,opri=PRI,ni,"
                    + (yFormat ? "rss," : "addr_1,") + "sz,wchan," + start + "tname,time," + cmd;
        }
        if (extraFull) {
            return "user=UID,pid,ppid," + lwp + "c," + nlwp + "sz,rss,psr,stime,tname,time,"
                    + cmd;
        }
        if (full) {
            return "user=UID,pid,ppid," + lwp + "c," + nlwp + "stime,tname,time," + cmd;
        }
        if (jobs) {
            return "pid,pgid,sid," + lwp + "tname,time," + cmd;
        }
        if (bsd) {
            return "pid,tname,stat,bsdtime,args";
        }
        return "pid," + lwp + "tname,time," + cmd;
    }

    /** The output columns, or null with {@link #error} set for a bad -o list. */
    private List<Ps.Column> columns() {
        String spec = spec();
        if (spec.startsWith(",") || spec.endsWith(",") || spec.contains(",,")) {
            error = "improper format list";
            return null;
        }
        List<Ps.Column> cols = new ArrayList<>();
        for (String item : format != null ? items(spec) : List.of(spec.split(","))) {
            String bad = check(item);
            if (bad != null) {
                error = bad;
                return null;
            }
            cols.add(column(item));
        }
        return List.copyOf(cols);
    }

    /**
     * The items of a -o list: split at commas and blanks, except that a header (after '=')
     * runs to the end of its -o argument, as procps has it ("-o pid,comm=NAME OF IT").
     */
    private static List<String> items(String spec) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < spec.length()) {
            int end = i;
            while (end < spec.length() && spec.charAt(end) != ',' && spec.charAt(end) != ' '
                    && spec.charAt(end) != '=') {
                end++;
            }
            if (end < spec.length() && spec.charAt(end) == '=') {
                int comma = spec.indexOf(',', end);
                end = comma < 0 ? spec.length() : comma;
            }
            if (end > i) {
                out.add(spec.substring(i, end));
            }
            i = end + 1;
        }
        return out;
    }

    /** procps's message for a bad item, or null. */
    private static String check(String item) {
        int eq = item.indexOf('=');
        String name = eq < 0 ? item : item.substring(0, eq);
        int colon = name.indexOf(':');
        if (colon >= 0 && !name.substring(colon + 1).matches("[0-9]{1,3}")) {
            return "column widths must be unsigned decimal numbers";
        }
        String bare = colon < 0 ? name : name.substring(0, colon);
        return PsField.lookup(bare) == null
                ? "unknown user-defined format specifier \"" + bare + "\"" : null;
    }

    /** name[:width][=header], already checked. */
    static Ps.Column column(String item) {
        int eq = item.indexOf('=');
        String name = eq < 0 ? item : item.substring(0, eq);
        int colon = name.indexOf(':');
        String width = colon < 0 ? "" : name.substring(colon + 1);
        PsField.Named f = PsField.lookup(colon < 0 ? name : name.substring(0, colon));
        if (f == null || !width.matches("[0-9]{0,3}")) {
            return null;
        }
        String header = eq < 0 ? f.header() : item.substring(eq + 1);
        int w = width.isEmpty() ? f.field().width : Integer.parseInt(width);
        return new Ps.Column(f.field(), header, w, !width.isEmpty());
    }

    /** Does the selection look at the effective owner (so ps must stat each /proc/PID)? */
    boolean selectsByOwner() {
        return users != null || groups != null || !all && !(bsdAll && bsdNoTty);
    }

    /** Does the selection look at the real ids (so ps must read /proc/PID/status)? */
    boolean selectsByRealIds() {
        return realUsers != null || realGroups != null;
    }

    /** The resolved selection lists: uids, gids, tty numbers of the names given. */
    record Ids(List<Integer> uids, List<Integer> ruids, List<Integer> gids, List<Integer> rgids,
               List<Integer> ttys) {
    }

    /**
     * procps's selection: every criterion given (-p, --ppid, -u, -U, -g, -G, -s, -t, -C, -e, -a,
     * -d, BSD a and x) adds to the others; with none of them, the caller's processes on its tty
     * (BSD: on any tty). -N inverts the result; BSD r keeps only running processes.
     */
    boolean selected(PsRow r, int myUid, int myTty, Ids ids) {
        boolean s = chosen(r, myUid, myTty, ids) != negate;
        return s && (!running || r.state() == 'R');
    }

    private boolean chosen(PsRow r, int myUid, int myTty, Ids ids) {
        if (all || pids != null && pids.contains(r.pid())
                || ppids != null && ppids.contains(r.ppid())
                || sessions != null && sessions.contains(r.sid())
                || ids.uids().contains(r.uid()) || ids.ruids().contains(r.ruid())
                || ids.gids().contains(r.gid()) || ids.rgids().contains(r.rgid())
                || ids.ttys().contains(r.ttyNr())
                || commands != null && commands.contains(r.comm())
                || allWithTty && r.ttyNr() != 0 && r.sid() != r.pid()
                || allButLeaders && r.sid() != r.pid()) {
            return true;
        }
        if (bsdAll || bsdNoTty) {
            return (bsdAll || r.uid() == myUid) && (bsdNoTty || r.ttyNr() != 0);
        }
        if (anyList() || allWithTty || allButLeaders) {
            return false;
        }
        return r.uid() == myUid && (bsd ? r.ttyNr() != 0 : r.ttyNr() == myTty);
    }

    private boolean anyList() {
        return pids != null || ppids != null || sessions != null || users != null
                || realUsers != null || groups != null || realGroups != null || ttys != null
                || commands != null;
    }
}
