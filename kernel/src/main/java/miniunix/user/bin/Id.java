package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Group;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Passwd;
import miniunix.user.lib.Report;

/**
 * id(1) of coreutils: {@code uid=1000(user) gid=1000(user) groups=1000(user),100(users)} for
 * the caller (its uid from stat(2) on /proc/self, its groups getegid(2) and getgroups(2)) or a
 * named user (getgrouplist over /etc/group); -u, -g, -G print numbers only, -n names.
 * whoami(1) is {@code id -un}, built from the same class.
 * <pre>
 *   pw = getpwuid(geteuid()); n = getgroups(0, NULL); getgroups(n, list);
 *   printf("uid=%u(%s) gid=%u(%s) groups=...", ...);
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
    private List<Group> groupFile = List.of();
    /** The caller's effective gid and getgroups(2) list (null: not asked, a USER was named). */
    private int egid = -1;
    private int[] gidList;

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

    /** For the caller: getegid(), then getgroups(0, NULL) for the count, then the list. */
    @Override
    protected Trap first(int n) {
        if (who != null || n > 2 || n == 2 && gidList == null) {
            return null;
        }
        return n == 0 ? new Syscall.Getegid() : n == 1 ? Libc.getgroups(new int[0])
                : Libc.getgroups(gidList);
    }

    @Override
    protected void firstDone(int n, long ret) {
        if (n == 0) {
            egid = (int) ret;
        } else if (n == 1) {
            gidList = ret > 0 ? new int[(int) ret] : null;
        } else if (ret < 0) {
            gidList = null;
        }
    }

    @Override
    protected void got(Fetch f) {
        if (f.tag == SELF) {
            uid = f.error == 0 ? f.st.uid : -1;
        } else if (f.tag == PASSWD) {
            users = Passwd.parse(f.text());
        } else {
            groupFile = f.error == 0 ? Group.parse(f.text()) : List.of();
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
        int gid = who == null && egid >= 0 ? egid : entry != null ? entry.gid() : u;
        int[] gids = who == null ? Group.withFirst(gid, gidList == null ? new int[0] : gidList)
                : Group.grouplist(groupFile, name, gid);
        out.print(line(u, name, gid, gids)).print('\n');
        return 0;
    }

    private String line(int u, String name, int gid, int[] gids) {
        switch (only) {
            case 'u': return names ? name : Integer.toString(u);
            case 'g': return names ? group(gid) : Integer.toString(gid);
            case 'G': return join(gids, " ");
            default: return "uid=" + u + "(" + name + ") gid=" + gid + "(" + group(gid) + ")"
                    + " groups=" + join(gids, ",");
        }
    }

    /** The groups as id prints them: "1000(user),100(users)", or -G's "1000 100". */
    private String join(int[] gids, String sep) {
        StringBuilder b = new StringBuilder();
        for (int g : gids) {
            b.append(b.length() > 0 ? sep : "");
            b.append(only == 'G' && names ? group(g) : Integer.toString(g));
            b.append(only == 'G' ? "" : "(" + group(g) + ")");
        }
        return b.toString();
    }

    @Override
    protected void deepenReport() {
        gidList = gidList == null ? null : gidList.clone();
    }

    private String group(int gid) {
        return Group.nameOf(groupFile, gid);
    }
}
