package miniunix.user.lib;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of /etc/passwd ({@code name:x:uid:gid:gecos:home:shell}), as getpwent(3) returns it.
 * The same format serves /etc/group, whose lines parse with {@link #parse} too (uid is the gid).
 */
public record Passwd(String name, int uid, int gid, String gecos, String home, String shell) {

    /** Every well-formed line of a passwd (or group) file, in file order. */
    public static List<Passwd> parse(String text) {
        List<Passwd> list = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(":", -1);
            if (f.length < 3 || !f[2].matches("[0-9]{1,9}")) {
                continue;
            }
            int gid = f.length > 3 && f[3].matches("[0-9]{1,9}") ? Integer.parseInt(f[3]) : -1;
            int uid = Integer.parseInt(f[2]);
            list.add(new Passwd(f[0], uid, gid, field(f, 4), field(f, 5), field(f, 6)));
        }
        return List.copyOf(list);
    }

    private static String field(String[] f, int i) {
        return i < f.length ? f[i] : "";
    }

    /** getpwnam(3): the entry named name, or null. */
    public static Passwd byName(List<Passwd> list, String name) {
        for (Passwd p : list) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** getpwuid(3)'s name for uid, or the number as text when there is none (as ps prints it). */
    public static String nameOf(List<Passwd> list, int uid) {
        for (Passwd p : list) {
            if (p.uid == uid) {
                return p.name;
            }
        }
        return Integer.toString(uid);
    }
}
