package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Passwd;
import miniunix.user.lib.Report;

/**
 * id(1) of coreutils: {@code uid=1000(user) gid=1000(user) groups=1000(user),100(users)} for
 * the caller (its uid from stat(2) on /proc/self) or a named user; -u, -g, -G print numbers
 * only, -n names. whoami(1) is {@code id -un}, built from the same class.
 * <pre>
 *   pw = getpwuid(geteuid()); printf("uid=%u(%s) gid=%u(%s) groups=...", ...);
 * </pre>
 */
public final class Id extends Report {
    private static final String USAGE = "Usage: id [OPTION]... [USER]...\n"
            + "Print user and group information for each specified USER,\n"
            + "or (when USER omitted) for the current process.\n"
            + "  -g   print only the effective group ID\n"
            + "  -G   print all group IDs\n"
            + "  -n   print a name instead of a number, for -u, -g, -G\n"
            + "  -u   print only the effective user ID\n";
    private static final long SELF = 0;
    private static final long PASSWD = 1;
    private static final long GROUP = 2;

    private final boolean whoami;
    private char only;
    private boolean names;
    private String who;
    private int uid = -1;
    private List<Passwd> users = List.of();
    private List<String> groupLines = List.of();

    public Id(List<String> argv, List<String> envp, boolean whoami) {
        super(argv, envp);
        this.whoami = whoami;
    }

    @Override
    protected int start() {
        Opts o = Opts.parse(argv, whoami ? "" : "ugGn");
        int status = checkOpts(o, whoami ? "Usage: whoami\nPrint the user name of the current"
                + " effective user ID.\n" : USAGE, 1);
        if (status >= 0) {
            return status;
        }
        only = whoami ? 'u' : o.has('u') ? 'u' : o.has('g') ? 'g' : o.has('G') ? 'G' : 0;
        names = whoami || o.has('n');
        who = o.operands.isEmpty() || whoami ? null : o.operands.get(0);
        fetch(Fetch.Kind.STAT, "/proc/self", SELF);
        fetch(Fetch.Kind.FILE, "/etc/passwd", PASSWD);
        fetch(Fetch.Kind.FILE, "/etc/group", GROUP);
        return -1;
    }

    @Override
    protected void got(Fetch f) {
        if (f.tag == SELF) {
            uid = f.error == 0 ? f.st.uid : -1;
        } else if (f.tag == PASSWD) {
            users = Passwd.parse(f.text());
        } else {
            groupLines = List.of(f.text().split("\n"));
        }
    }

    @Override
    protected int report() {
        Passwd pw = who != null ? Passwd.byName(users, who) : null;
        if (who != null && pw == null) {
            err.print(prog()).print(": \u2018").print(who).print("\u2019: no such user\n");
            return 1;
        }
        int u = pw != null ? pw.uid() : uid;
        String name = Passwd.nameOf(users, u);
        Passwd entry = Passwd.byName(users, name);
        int gid = entry != null ? entry.gid() : u;
        List<Integer> gids = groups(name, gid);
        out.print(line(u, name, gid, gids)).print('\n');
        return 0;
    }

    private String line(int u, String name, int gid, List<Integer> gids) {
        switch (only) {
            case 'u': return names ? name : Integer.toString(u);
            case 'g': return names ? group(gid) : Integer.toString(gid);
            case 'G': return join(gids, " ");
            default: return "uid=" + u + "(" + name + ") gid=" + gid + "(" + group(gid) + ")"
                    + " groups=" + join(gids, ",");
        }
    }

    /** The groups as id prints them: "1000(user),100(users)", or -G's "1000 100". */
    private String join(List<Integer> gids, String sep) {
        StringBuilder b = new StringBuilder();
        for (int g : gids) {
            b.append(b.length() > 0 ? sep : "");
            b.append(only == 'G' && names ? group(g) : Integer.toString(g));
            b.append(only == 'G' ? "" : "(" + group(g) + ")");
        }
        return b.toString();
    }

    /** The primary group, then every group of /etc/group that lists the user as a member. */
    private List<Integer> groups(String name, int gid) {
        List<Integer> gids = new ArrayList<>(List.of(gid));
        for (String l : groupLines) {
            String[] f = l.split(":", -1);
            boolean member = f.length == 4 && List.of(f[3].split(",")).contains(name);
            if (member && f[2].matches("[0-9]{1,9}")) {
                gids.add(Integer.parseInt(f[2]));
            }
        }
        return gids;
    }

    private String group(int gid) {
        for (String l : groupLines) {
            String[] f = l.split(":", -1);
            if (f.length >= 3 && f[2].equals(Integer.toString(gid))) {
                return f[0];
            }
        }
        return Integer.toString(gid);
    }
}
