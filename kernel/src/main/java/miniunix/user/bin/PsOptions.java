package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;

/**
 * ps's command line, parsed once and then read-only: UNIX options (-e -A -f -p PIDS -u USERS
 * -o FIELDS,
 * clustered as in -ef or -eo pid,cmd), BSD options without a dash (a u x, as in aux), and
 * --no-headers, --help. {@link #error} holds procps' message for a bad command line.
 */
final class PsOptions {
    String error;
    boolean help;
    boolean headers = true;
    private boolean all;
    private boolean full;
    private boolean bsd;
    private boolean bsdAll;
    private boolean bsdNoTty;
    private boolean bsdUser;
    private List<Integer> pids;
    /** -u/-U: user names or uids, resolved against /etc/passwd by {@link Ps}. */
    List<String> users;
    private String format;
    /** The output columns (null when the command line is bad). */
    List<Ps.Column> columns;

    private PsOptions() {
    }

    static PsOptions parse(List<String> argv) {
        PsOptions o = new PsOptions();
        for (int i = 1; i < argv.size() && o.error == null; i++) {
            String a = argv.get(i);
            if (a.startsWith("--")) {
                o.longOption(a);
            } else if (a.startsWith("-")) {
                i = o.unix(argv, i);
            } else {
                o.bsd(a);
            }
        }
        if (o.pids != null) {
            o.pids = List.copyOf(o.pids);
        }
        if (o.users != null) {
            o.users = List.copyOf(o.users);
        }
        o.columns = o.error == null ? o.columns() : null;
        return o;
    }

    private void longOption(String a) {
        if (a.equals("--no-headers") || a.equals("--no-header")) {
            headers = false;
        } else if (a.equals("--help")) {
            help = true;
        } else {
            error = "unknown gnu long option";
        }
    }

    /** A -cluster at argv[i]; returns the index of the last argument used. */
    private int unix(List<String> argv, int i) {
        String a = argv.get(i);
        for (int k = 1; k < a.length(); k++) {
            char c = a.charAt(k);
            if (c == 'e' || c == 'A') {
                all = true;
            } else if (c == 'f') {
                full = true;
            } else if (c == 'p' || c == 'o' || c == 'u' || c == 'U') {
                String arg = k + 1 < a.length() ? a.substring(k + 1)
                        : i + 1 < argv.size() ? argv.get(++i) : null;
                if (arg == null) {
                    String what = c == 'p' ? "process IDs" : c == 'o' ? "fields" : "users";
                    error = "list of " + what + " must follow -" + c;
                } else if (c == 'p') {
                    pidList(arg);
                } else if (c != 'o') {
                    users = users == null ? new ArrayList<>() : users;
                    users.addAll(List.of(arg.split("[, ]+")));
                } else {
                    format = format == null ? arg : format + "," + arg;
                }
                return i;
            } else {
                error = "unsupported SysV option";
                return i;
            }
        }
        return i;
    }

    private void bsd(String a) {
        bsd = true;
        for (char c : a.toCharArray()) {
            if (c == 'a') {
                bsdAll = true;
            } else if (c == 'x') {
                bsdNoTty = true;
            } else if (c == 'u') {
                bsdUser = true;
            } else if (c != 'w') {
                error = "unsupported option (BSD syntax)";
                return;
            }
        }
    }

    private void pidList(String arg) {
        if (pids == null) {
            pids = new ArrayList<>();
        }
        for (String p : arg.split("[, ]+")) {
            if (!p.matches("[0-9]{1,9}") || Integer.parseInt(p) == 0) {
                error = "process ID list syntax error";
                return;
            }
            pids.add(Integer.parseInt(p));
        }
    }

    /** The output columns, or null with {@link #error} set for a bad -o list. */
    private List<Ps.Column> columns() {
        String spec = format != null ? format
                : bsdUser ? "user,pid,%cpu,%mem,vsz,rss,tname,stat,start_time=START,bsdtime,args"
                : full ? "user=UID,pid,ppid,c,stime,tname,time,args=CMD"
                : bsd ? "pid,tname,stat,bsdtime,args"
                : "pid,tname,time,comm=CMD";
        List<Ps.Column> cols = new ArrayList<>();
        for (String item : spec.split("[, ]+")) {
            Ps.Column c = column(item);
            if (c == null) {
                error = "unknown user-defined format specifier \"" + item + "\"";
                return null;
            }
            cols.add(c);
        }
        return List.copyOf(cols);
    }

    /** name[:width][=header]. */
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

    /** Does the selection look at the owner (so ps must stat each /proc/PID)? */
    boolean selectsByUser() {
        return users != null
                || !all && !(bsdAll && bsdNoTty) && (pids == null || bsdAll || bsdNoTty);
    }

    /**
     * procps' selection: -p PIDs, -u users (uids: their uids), -e all, BSD a (any user) and x
     * (no tty needed) add to each other; with none of them, the caller's processes on its tty
     * (BSD: on any tty).
     */
    boolean selected(PsRow r, int myUid, int myTty, List<Integer> uids) {
        if (all || pids != null && pids.contains(r.pid()) || uids.contains(r.uid())) {
            return true;
        }
        if (bsdAll || bsdNoTty) {
            return (bsdAll || r.uid() == myUid) && (bsdNoTty || r.ttyNr() != 0);
        }
        if (pids != null || users != null) {
            return false;
        }
        return r.uid() == myUid && (bsd ? r.ttyNr() != 0 : r.ttyNr() == myTty);
    }
}
