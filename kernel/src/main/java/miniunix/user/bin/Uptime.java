package miniunix.user.bin;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import miniunix.user.lib.Json;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Procps;
import miniunix.user.lib.SessionReport;

/**
 * uptime(1) of procps-ng 4.0.2: {@code uptime [-p|-s] [--json]}:
 * {@code " 09:42:05 up 8 min,  0 user,  load average: 1.11, 0.91, 0.44"}, the time of day
 * (UTC: btime + /proc/uptime), the time since boot, the login sessions (see SessionReport)
 * and /proc/loadavg's three averages. -p says "up 1 hour, 17 minutes"; -s the boot time.
 */
public final class Uptime extends SessionReport implements Procps {
    private static final String USAGE = "\nUsage:\n uptime [options]\n\nOptions:\n"
            + " -p, --pretty   show uptime in pretty format\n"
            + " -h, --help     display this help and exit\n"
            + " -s, --since    system up since\n"
            + " -V, --version  output version information and exit\n"
            + "     --json     the same as one JSON object (miniunix)\n"
            + "\nFor more details see uptime(1).\n";
    private static final DateTimeFormatter SINCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int MINUTE = 60;
    private static final int HOUR = 60 * MINUTE;
    private static final int DAY = 24 * HOUR;
    private static final int WEEK = 7 * DAY;
    private static final int YEAR = 365 * DAY;

    private enum Mode { PLAIN, PRETTY, SINCE, JSON }

    private Mode mode = Mode.PLAIN;

    public Uptime(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        Opts o = Opts.parse(argv, "hpsV\u0080", "pretty=p help=h since=s version=V json=\u0080");
        if (o.has('h')) {
            out.print(USAGE);
            return 0;
        }
        int status = checkProcpsOpts(o, USAGE);
        if (status >= 0) {
            return status;
        }
        if (!o.operands.isEmpty()) {
            err.print(USAGE);
            return 1;
        }
        mode = o.has('\u0080') ? Mode.JSON : o.has('p') ? Mode.PRETTY : o.has('s') ? Mode.SINCE
                : Mode.PLAIN;
        fetchSessions();
        return -1;
    }

    @Override
    protected int report() {
        long up = (long) uptimeSec;
        long now = btime + up;
        switch (mode) {
            case PRETTY -> out.print(pretty(up)).print('\n');
            case SINCE -> out.print(LocalDateTime.ofEpochSecond(now - up, 0, ZoneOffset.UTC)
                    .format(SINCE)).print('\n');
            case JSON -> {
                Json j = new Json().begin().put("time", clock(now))
                        .putCentis("uptime", Math.round(uptimeSec * SessionReport.HZ))
                        .put("users", sessions().size()).beginArray("load_average");
                for (String l : loadavg.split(" ")) {
                    j.valueCentis(Long.parseLong(l.replace(".", "")));
                }
                out.print(j.endArray().end().line());
            }
            default -> out.print(line(now, up, sessions().size(), loadavg)).print('\n');
        }
        return 0;
    }

    private static String clock(long epoch) {
        return LocalDateTime.ofEpochSecond(epoch, 0, ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT));
    }

    /** procps's sprint_uptime: the line uptime and w print first. */
    public static String line(long nowEpoch, long up, int users, String loadavg) {
        StringBuilder sb = new StringBuilder(" ").append(clock(nowEpoch)).append(" up ");
        long days = up / DAY;
        if (days > 0) {
            sb.append(days).append(days != 1 ? " days, " : " day, ");
        }
        long minutes = up / MINUTE % 60;
        long hours = up / HOUR % 24;
        if (hours > 0) {
            sb.append(String.format(Locale.ROOT, "%2d:%02d, ", hours, minutes));
        } else {
            sb.append(minutes).append(" min, ");
        }
        sb.append(String.format(Locale.ROOT, "%2d %s,  ", users, users > 1 ? "users" : "user"));
        String[] l = loadavg.split(" ");
        return sb.append("load average: ").append(l[0]).append(", ").append(l[1]).append(", ")
                .append(l[2]).toString();
    }

    /** procps's sprint_uptime_pretty: "up 1 hour, 17 minutes". */
    static String pretty(long up) {
        long[] amounts = {up / YEAR, up % YEAR / WEEK, up % YEAR % WEEK / DAY, up % DAY / HOUR,
            up % HOUR / MINUTE};
        String[] names = {"year", "week", "day", "hour", "minute"};
        StringBuilder sb = new StringBuilder("up ");
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] > 0) {
                sb.append(sb.length() > 3 ? ", " : "").append(amounts[i]).append(' ')
                        .append(names[i]).append(amounts[i] != 1 ? "s" : "");
            }
        }
        return sb.length() > 3 ? sb.toString() : "up 0 minutes";
    }
}
