package miniunix.user.bin;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import miniunix.kernel.uapi.StatBuf;
import miniunix.user.lib.Out;
import miniunix.user.lib.Passwd;

/**
 * ls -l's table: {@code mode nlink user group size date name}, each column as wide as its
 * widest value (numbers right-aligned, names left-aligned), as coreutils lays it out.
 */
final class LsLong {
    private final List<Passwd> users;
    private final List<Passwd> groups;
    private final long btime;
    /** The time now, in ticks since boot, to tell recent files from old ones. */
    private final long nowTicks;
    private final List<String[]> rows = new ArrayList<>();
    /** The stat of each device row, in row order. */
    private final List<StatBuf> devices = new ArrayList<>();
    private final int[] width = new int[7];
    /** Widths of a device's major and minor numbers, which stand in the size column. */
    private int majorWidth;
    private int minorWidth;
    private long blocks;

    LsLong(List<Passwd> users, List<Passwd> groups, long btime, long nowTicks) {
        this.users = users;
        this.groups = groups;
        this.btime = btime;
        this.nowTicks = nowTicks;
    }

    void add(String name, StatBuf st) {
        String[] r = st == null
                ? new String[] {"??????????", "?", "?", "?", "?", "            ", name}
                : new String[] {mode(st.mode), Integer.toString(st.nlink),
                    Passwd.nameOf(users, st.uid), Passwd.nameOf(groups, st.gid),
                    Long.toString(st.size), date(st.mtimeTicks), name};
        if (st != null && st.isCharDevice()) {
            r[4] = null;
            majorWidth = Math.max(majorWidth, digits(st.rdevMajor()));
            minorWidth = Math.max(minorWidth, digits(st.rdevMinor()));
            devices.add(st);
        }
        for (int i = 0; i < r.length; i++) {
            if (r[i] == null) {
                continue;
            }
            width[i] = Math.max(width[i], r[i].length());
        }
        blocks += st == null ? 0 : (st.size + 4095) / 4096 * 4;
        rows.add(r);
    }

    /** The "total" line's number: 1 KiB blocks, 4 KiB allocation units. */
    long blocks() {
        return blocks;
    }

    private static int digits(int n) {
        return Integer.toString(n).length();
    }

    void print(Out out) {
        // As coreutils: "1, 3" with majors and minors right-aligned, in a size column as wide
        // as the widest of the sizes and "major, minor".
        width[4] = Math.max(width[4], devices.isEmpty() ? 0 : majorWidth + 2 + minorWidth);
        int nextDevice = 0;
        for (String[] r : rows) {
            if (r[4] == null) {
                StatBuf d = devices.get(nextDevice++);
                r[4] = String.format(Locale.ROOT, "%" + majorWidth + "d, %" + minorWidth + "d",
                        d.rdevMajor(), d.rdevMinor());
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                boolean right = i == 1 || i == 4;
                int pad = i == r.length - 1 ? 0 : width[i] - r[i].length();
                String spaces = " ".repeat(pad);
                b.append(right ? spaces : "").append(r[i]).append(right ? "" : spaces);
                b.append(i == r.length - 1 ? '\n' : ' ');
            }
            out.print(b.toString());
        }
    }

    /** "drwxr-xr-x": the file type and permission bits, with s/t for setuid, setgid, sticky. */
    static String mode(int mode) {
        int type = mode & StatBuf.S_IFMT;
        char t = type == StatBuf.S_IFDIR ? 'd' : type == StatBuf.S_IFCHR ? 'c'
                : type == StatBuf.S_IFIFO ? 'p' : '-';
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
     * "Nov 23 09:39": mtime (ticks since boot) in UTC; "Feb 29  2024" for a time more than
     * six months old or in the future, as coreutils does (half of 365.2425 days).
     */
    private String date(long mtimeTicks) {
        long sec = btime + Math.floorDiv(mtimeTicks, 100);
        LocalDateTime t = LocalDateTime.ofEpochSecond(sec, 0, ZoneOffset.UTC);
        long now = btime + nowTicks / 100;
        boolean recent = sec <= now && now - sec < 31556952 / 2;
        String month = PsTime.month(t.getMonthValue());
        return recent ? String.format(Locale.ROOT, "%s %2d %02d:%02d", month, t.getDayOfMonth(),
                t.getHour(), t.getMinute())
                : String.format(Locale.ROOT, "%s %2d  %d", month, t.getDayOfMonth(), t.getYear());
    }
}
