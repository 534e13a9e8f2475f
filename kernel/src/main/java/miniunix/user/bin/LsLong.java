package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import miniunix.kernel.uapi.StatBuf;
import miniunix.user.lib.HumanSize;
import miniunix.user.lib.Passwd;
import miniunix.user.lib.Strftime;

/**
 * ls -l's table: {@code [inode] [blocks] mode nlink [user] [group] size date name}, each column
 * as wide as its widest value (numbers right-aligned, names left-aligned; -n's numeric ids
 * right-aligned), as coreutils lays it out. -g drops the user, -o the group; -h prints sizes
 * for people; the date is -c's ctime, -u's atime or the mtime, in the --time-style.
 */
final class LsLong {
    private enum Col { INODE, BLOCKS, MODE, NLINK, USER, GROUP, SIZE, DATE }

    private final LsOptions opts;
    private final List<Passwd> users;
    private final List<Passwd> groups;
    /** The time now, in ns since the epoch, to tell recent files from old ones. */
    private final long nowNs;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    /** The stat of each device row, in row order. */
    private final List<StatBuf> devices = new ArrayList<>();
    private final int[] width = new int[Col.values().length];
    /** Columns whose values are right-aligned (numbers). */
    private final boolean[] right = new boolean[Col.values().length];
    /** Widths of a device's major and minor numbers, which stand in the size column. */
    private int majorWidth;
    private int minorWidth;

    LsLong(LsOptions opts, List<Passwd> users, List<Passwd> groups, long nowNs) {
        this.opts = opts;
        this.users = users;
        this.groups = groups;
        this.nowNs = nowNs;
        right[Col.INODE.ordinal()] = true;
        right[Col.BLOCKS.ordinal()] = true;
        right[Col.NLINK.ordinal()] = true;
        right[Col.SIZE.ordinal()] = true;
    }

    /**
     * A row: the stat (null if it failed; link: it is a link, l?????????) and the name as
     * printed (colour, indicator).
     */
    void add(String name, int nameWidth, StatBuf st, boolean link) {
        String[] r = new String[Col.values().length];
        if (st == null) {
            r[Col.INODE.ordinal()] = "?";
            r[Col.BLOCKS.ordinal()] = "?";
            r[Col.MODE.ordinal()] = link ? "l?????????" : "??????????";
            r[Col.NLINK.ordinal()] = "?";
            r[Col.USER.ordinal()] = "?";
            r[Col.GROUP.ordinal()] = "?";
            r[Col.SIZE.ordinal()] = "?";
            r[Col.DATE.ordinal()] = "           ?";
        } else {
            r[Col.INODE.ordinal()] = Long.toString(st.ino);
            r[Col.BLOCKS.ordinal()] = Ls.blocks(st, opts.human);
            r[Col.MODE.ordinal()] = mode(st.mode);
            r[Col.NLINK.ordinal()] = Integer.toString(st.nlink);
            r[Col.USER.ordinal()] = id(users, st.uid, Col.USER);
            r[Col.GROUP.ordinal()] = id(groups, st.gid, Col.GROUP);
            r[Col.SIZE.ordinal()] = opts.human > 0 ? HumanSize.of(st.size, opts.human)
                    : Long.toString(st.size);
            r[Col.DATE.ordinal()] = date(Ls.time(st, opts.time));
        }
        if (st != null && st.isCharDevice()) {
            r[Col.SIZE.ordinal()] = null;
            majorWidth = Math.max(majorWidth, digits(st.rdevMajor()));
            minorWidth = Math.max(minorWidth, digits(st.rdevMinor()));
            devices.add(st);
        }
        for (int i = 0; i < r.length; i++) {
            if (r[i] != null) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        rows.add(r);
        names.add(name);
    }

    /** The user's or group's name, or with -n (or none known) its number, right-aligned. */
    private String id(List<Passwd> table, int id, Col col) {
        String name = opts.numeric ? Integer.toString(id) : Passwd.nameOf(table, id);
        if (name.equals(Integer.toString(id))) {
            right[col.ordinal()] = true;
        }
        return name;
    }

    private static int digits(int n) {
        return Integer.toString(n).length();
    }

    /** The rows, a line each. */
    String render() {
        StringBuilder out = new StringBuilder();
        // As coreutils: "1, 3" with majors and minors right-aligned, in a size column as wide
        // as the widest of the sizes and "major, minor".
        int size = Col.SIZE.ordinal();
        width[size] = Math.max(width[size], devices.isEmpty() ? 0 : majorWidth + 2 + minorWidth);
        int nextDevice = 0;
        for (int row = 0; row < rows.size(); row++) {
            String[] r = rows.get(row);
            if (r[size] == null) {
                StatBuf d = devices.get(nextDevice++);
                r[size] = String.format(Locale.ROOT, "%" + majorWidth + "d, %" + minorWidth + "d",
                        d.rdevMajor(), d.rdevMinor());
            }
            StringBuilder b = new StringBuilder();
            for (Col c : Col.values()) {
                if (shown(c)) {
                    int i = c.ordinal();
                    String spaces = c == Col.DATE ? "" : " ".repeat(width[i] - r[i].length());
                    b.append(right[i] ? spaces : "").append(r[i]).append(right[i] ? "" : spaces);
                    b.append(' ');
                }
            }
            out.append(b).append(names.get(row)).append('\n');
        }
        return out.toString();
    }

    private boolean shown(Col c) {
        return switch (c) {
            case INODE -> opts.inode;
            case BLOCKS -> opts.blocks;
            case USER -> opts.owner;
            case GROUP -> opts.group;
            case MODE, NLINK, SIZE, DATE -> true;
        };
    }

    /** "drwxr-xr-x": the file type and permission bits, with s/t for setuid, setgid, sticky. */
    static String mode(int mode) {
        int type = mode & StatBuf.S_IFMT;
        char t = type == StatBuf.S_IFDIR ? 'd' : type == StatBuf.S_IFCHR ? 'c'
                : type == StatBuf.S_IFIFO ? 'p' : type == StatBuf.S_IFLNK ? 'l' : '-';
        StringBuilder s = new StringBuilder().append(t);
        for (int shift = 6; shift >= 0; shift -= 3) {
            s.append((mode >> shift & 4) != 0 ? 'r' : '-');
            s.append((mode >> shift & 2) != 0 ? 'w' : '-');
            boolean x = (mode >> shift & 1) != 0;
            int special = shift == 6 ? 04000 : shift == 3 ? 02000 : 01000;
            char on = shift == 0 ? 't' : 's';
            s.append((mode & special) != 0 ? (x ? on : Character.toUpperCase(on)) : x ? 'x' : '-');
        }
        return s.toString();
    }

    /**
     * The time (ns since the epoch) in UTC, in the --time-style: by default "Nov 23 09:39", or
     * "Feb 29  2024" for a time more than six months old or in the future (half of 365.2425
     * days), as coreutils does; iso is "11-23 09:39" or "2024-02-29 " by the same rule.
     */
    private String date(long ns) {
        long sec = Math.floorDiv(ns, 1_000_000_000L);
        int nanos = (int) Math.floorMod(ns, 1_000_000_000L);
        long now = Math.floorDiv(nowNs, 1_000_000_000L);
        boolean recent = sec <= now && now - sec < 31556952 / 2;
        String fmt = switch (opts.timeStyle) {
            case LOCALE -> recent ? "%b %e %H:%M" : "%b %e  %Y";
            case ISO -> recent ? "%m-%d %H:%M" : "%Y-%m-%d ";
            case LONG_ISO -> "%Y-%m-%d %H:%M";
            case FULL_ISO -> "%Y-%m-%d %H:%M:%S.%N %z";
            case FORMAT -> recent ? opts.recentFormat : opts.oldFormat;
        };
        return Strftime.format(fmt, sec, nanos);
    }
}
