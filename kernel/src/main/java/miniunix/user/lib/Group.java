package miniunix.user.lib;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of /etc/group ({@code name:x:gid:member,member}), as getgrent(3) returns it, and
 * getgrouplist(3) over a whole file: the groups login(1) and su(1) give a user with
 * setgroups(2) (initgroups(3)), and id(1) prints for a named user.
 */
public record Group(String name, int gid, List<String> members) {

    /** Every well-formed line of a group file, in file order. */
    public static List<Group> parse(String text) {
        List<Group> list = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(":", -1);
            if (f.length < 3 || !f[2].matches("[0-9]{1,9}")) {
                continue;
            }
            List<String> members = f.length > 3 && !f[3].isEmpty() ? List.of(f[3].split(",")) : List.of();
            list.add(new Group(f[0], Integer.parseInt(f[2]), members));
        }
        return List.copyOf(list);
    }

    /**
     * getgrouplist(3): gid first, then each group of the file that lists user as a member, in
     * file order, each once.
     */
    public static int[] grouplist(List<Group> groups, String user, int gid) {
        List<Integer> gids = new ArrayList<>(List.of(gid));
        for (Group g : groups) {
            if (g.members.contains(user) && !gids.contains(g.gid)) {
                gids.add(g.gid);
            }
        }
        int[] a = new int[gids.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = gids.get(i);
        }
        return a;
    }

    /**
     * gnulib's mgetgroups for the calling process: gid first, then getgroups(2)'s list
     * without the repeats of it (the kernel keeps the list sorted, so gid may be inside it).
     */
    public static int[] withFirst(int gid, int[] list) {
        int[] g = new int[list.length + 1];
        int n = 0;
        g[n++] = gid;
        for (int x : list) {
            if (x != gid && x != g[n - 1]) {
                g[n++] = x;
            }
        }
        return java.util.Arrays.copyOf(g, n);
    }

    /** getgrgid(3)'s name for gid, or the number as text when there is none. */
    public static String nameOf(List<Group> groups, int gid) {
        for (Group g : groups) {
            if (g.gid == gid) {
                return g.name;
            }
        }
        return Integer.toString(gid);
    }
}
