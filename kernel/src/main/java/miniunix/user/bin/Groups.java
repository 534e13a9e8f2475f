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
 * groups(1) of coreutils: the names of the caller's groups (its real gid, its effective one
 * if it differs, then getgroups(2)'s list), or {@code USER : GROUP...} for each USER named,
 * from /etc/passwd and /etc/group (getgrouplist).
 * <pre>
 *   print_group(getgid()); n = getgroups(0, NULL); getgroups(n, list); for (...) print_group(list[i]);
 * </pre>
 */
public final class Groups extends Report {
    private static final String USAGE = "Usage: groups [OPTION]... [USERNAME]...\n"
            + "Print group memberships for each USERNAME or, if no USERNAME is specified, for\n"
            + "the current process (which may differ if the groups database has changed).\n"
            + "      --help        display this help and exit\n";
    private static final long PASSWD = 1;
    private static final long GROUP = 2;
    /** The calls made for the caller, in order (getgroups twice: its count, then the list). */
    private static final int GETGID = 0;
    private static final int GETEGID = 1;
    private static final int COUNT = 2;
    private static final int LIST = 3;

    private List<String> names = List.of();
    private List<Passwd> users = List.of();
    private List<Group> groupFile = List.of();
    private int rgid = -1;
    private int egid = -1;
    private int[] gidList = new int[0];

    public Groups(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        Opts o = Opts.parse(argv, "");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return status;
        }
        names = o.operands;
        fetch(Fetch.Kind.FILE, "/etc/passwd", PASSWD);
        fetch(Fetch.Kind.FILE, "/etc/group", GROUP);
        return -1;
    }

    @Override
    protected Trap first(int n) {
        if (!names.isEmpty() || n > LIST || n == LIST && gidList.length == 0) {
            return null;
        }
        return switch (n) {
            case GETGID -> new Syscall.Getgid();
            case GETEGID -> new Syscall.Getegid();
            case COUNT -> Libc.getgroups(new int[0]);
            default -> Libc.getgroups(gidList);
        };
    }

    @Override
    protected void firstDone(int n, long ret) {
        switch (n) {
            case GETGID -> rgid = (int) ret;
            case GETEGID -> egid = (int) ret;
            case COUNT -> gidList = new int[ret > 0 ? (int) ret : 0];
            default -> gidList = ret < 0 ? new int[0] : gidList;
        }
    }

    @Override
    protected void got(Fetch f) {
        if (f.tag == PASSWD) {
            users = f.error == 0 ? Passwd.parse(f.text()) : List.of();
        } else {
            groupFile = f.error == 0 ? Group.parse(f.text()) : List.of();
        }
    }

    @Override
    protected int report() {
        if (names.isEmpty()) {
            return list(rgid, egid, Group.withFirst(egid, gidList)) ? 0 : 1;
        }
        int status = 0;
        for (String name : names) {
            Passwd pw = Passwd.byName(users, name);
            if (pw == null) {
                err.print(prog()).print(": \u2018").print(name).print("\u2019: no such user\n");
                status = 1;
                continue;
            }
            out.print(name).print(" : ");
            status |= list(pw.gid(), pw.gid(), Group.grouplist(groupFile, name, pw.gid())) ? 0 : 1;
        }
        return status;
    }

    /**
     * coreutils' print_group_list: the real gid, the effective one if it differs, then the
     * others; false when a group has no name (its number is printed, with an error).
     */
    private boolean list(int real, int effective, int[] gids) {
        boolean ok = group(real, false);
        if (effective != real) {
            ok &= group(effective, true);
        }
        for (int g : gids) {
            if (g != real && g != effective) {
                ok &= group(g, true);
            }
        }
        out.print('\n');
        return ok;
    }

    private boolean group(int gid, boolean space) {
        out.print(space ? " " : "").print(Group.nameOf(groupFile, gid));
        for (Group g : groupFile) {
            if (g.gid() == gid) {
                return true;
            }
        }
        err.print(prog()).print(": cannot find name for group ID " + gid + "\n");
        return false;
    }

    @Override
    protected void deepenReport() {
        gidList = gidList.clone();
    }
}
