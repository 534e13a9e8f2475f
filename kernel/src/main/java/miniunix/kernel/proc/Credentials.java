package miniunix.kernel.proc;

import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.Errno;

/**
 * Changing a process's user and group ids (Linux kernel/sys.c: __sys_setuid, __sys_setresuid
 * and their gid twins). A process has a real id (who it is), an effective id (what it may
 * do: {@code Proc.uid}/{@code Proc.gid}) and a saved id (what it may go back to).
 *
 * <p>Invariant: only an effective uid of 0 (CAP_SETUID / CAP_SETGID) may take ids it does not
 * already hold in one of its three slots. Every call checks everything before it changes
 * anything. Simplified: capabilities are "euid is 0"; no fsuid. Supplementary groups
 * (setgroups, Linux kernel/groups.c) are kept ascending, as groups_sort leaves them.
 */
public final class Credentials {
    /** An id argument meaning "leave this one as it is" (setresuid's -1). */
    private static final int KEEP = -1;

    private Credentials() {
    }

    /** setuid(2): root sets all three; others set the effective uid to their real or saved. */
    public static void setuid(Proc p, int uid) {
        checkId(uid);
        if (p.uid == 0) {
            p.ruid = p.uid = p.suid = uid;
        } else if (uid == p.ruid || uid == p.suid) {
            p.uid = uid;
        } else {
            throw new SyscallError(Errno.EPERM);
        }
    }

    /** setgid(2): as setuid, for the group ids (privilege is still the effective uid's). */
    public static void setgid(Proc p, int gid) {
        checkId(gid);
        if (p.uid == 0) {
            p.rgid = p.gid = p.sgid = gid;
        } else if (gid == p.rgid || gid == p.sgid) {
            p.gid = gid;
        } else {
            throw new SyscallError(Errno.EPERM);
        }
    }

    /** setresuid(2): each of the three, or KEEP; unprivileged, only ids it already has. */
    public static void setresuid(Proc p, int r, int e, int s) {
        if (p.uid != 0 && !(mayTake(r, p.ruid, p.uid, p.suid) && mayTake(e, p.ruid, p.uid, p.suid)
                && mayTake(s, p.ruid, p.uid, p.suid))) {
            throw new SyscallError(Errno.EPERM);
        }
        checkKeepOrId(r);
        checkKeepOrId(e);
        checkKeepOrId(s);
        p.ruid = r == KEEP ? p.ruid : r;
        p.uid = e == KEEP ? p.uid : e;
        p.suid = s == KEEP ? p.suid : s;
    }

    /** setresgid(2): as setresuid, for the group ids. */
    public static void setresgid(Proc p, int r, int e, int s) {
        if (p.uid != 0 && !(mayTake(r, p.rgid, p.gid, p.sgid) && mayTake(e, p.rgid, p.gid, p.sgid)
                && mayTake(s, p.rgid, p.gid, p.sgid))) {
            throw new SyscallError(Errno.EPERM);
        }
        checkKeepOrId(r);
        checkKeepOrId(e);
        checkKeepOrId(s);
        p.rgid = r == KEEP ? p.rgid : r;
        p.gid = e == KEEP ? p.gid : e;
        p.sgid = s == KEEP ? p.sgid : s;
    }

    /**
     * setgroups(2): gids become p's supplementary groups, sorted. Only euid 0 may (EPERM),
     * and every gid must be a valid id (EINVAL), checked before anything changes.
     */
    public static void setgroups(Proc p, int[] gids) {
        if (p.uid != 0) {
            throw new SyscallError(Errno.EPERM);
        }
        for (int g : gids) {
            checkId(g);
        }
        int[] sorted = gids.clone();
        java.util.Arrays.sort(sorted);
        p.groups = sorted;
    }

    /**
     * Linux's in_group_p: gid is p's effective gid or one of its supplementary groups, so p
     * gets a file's group permissions.
     */
    public static boolean inGroup(Proc p, int gid) {
        if (p.gid == gid) {
            return true;
        }
        return java.util.Arrays.binarySearch(p.groups, gid) >= 0;    // sorted by setgroups
    }

    private static boolean mayTake(int id, int real, int eff, int saved) {
        return id == KEEP || id == real || id == eff || id == saved;
    }

    /** Linux: an id that does not map into the namespace (here: a negative one) is EINVAL. */
    private static void checkId(int id) {
        if (id < 0) {
            throw new SyscallError(Errno.EINVAL);
        }
    }

    private static void checkKeepOrId(int id) {
        if (id != KEEP) {
            checkId(id);
        }
    }
}
