package miniunix.user.bin;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Procps;
import miniunix.user.lib.SessionReport;

/**
 * w(1) of procps-ng 4.0.2: {@code w [-h] [-s] [-f] [-i] [USER]}: uptime's line, then a line per
 * login session: USER TTY FROM LOGIN@ IDLE JCPU PCPU WHAT (see SessionReport for what JCPU,
 * PCPU and WHAT are). IDLE is the time since the terminal's last keyboard input. FROM is "-"
 * (every session is local) and -f leaves it out; -s leaves out LOGIN@, JCPU and PCPU; -h the
 * two header lines.
 */
public final class W extends SessionReport implements Procps {
    private static final String USAGE = "\nUsage:\n w [options] [user]\n\nOptions:\n"
            + " -h, --no-header     do not print header\n"
            + " -u, --no-current    ignore current process username\n"
            + " -s, --short         short format\n"
            + " -f, --from          show remote hostname field\n"
            + " -o, --old-style     old style output\n"
            + " -i, --ip-addr       display IP address instead of hostname (if possible)\n"
            + "\n     --help     display this help and exit\n"
            + " -V, --version  output version information and exit\n"
            + "\nFor more details see w(1).\n";
    private static final int MINUTE = 60;
    private static final int HOUR = 60 * MINUTE;
    private static final int TWO_DAYS = 48 * HOUR;

    private boolean header = true;
    private boolean shortFormat;
    private boolean from = true;
    private String user;

    public W(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        Opts o = Opts.parse(argv, "husfoiV", "no-header=h no-current=u short=s from=f "
                + "old-style=o ip-addr=i version=V");
        int status = checkProcpsOpts(o, USAGE);
        if (status >= 0) {
            return status;
        }
        if (o.operands.size() > 1) {
            err.print(USAGE);
            return 1;
        }
        header = !o.has('h');
        shortFormat = o.has('s');
        from = !o.has('f');
        user = o.operands.isEmpty() ? null : o.operands.get(0);
        fetchSessions();
        return -1;
    }

    @Override
    protected int report() {
        List<Session> sessions = sessions();
        if (header) {
            long up = (long) uptimeSec;
            out.print(Uptime.line(btime + up, up, sessions.size(), loadavg)).print('\n');
            // As procps lays them out (w-who-misc.txt): LOGIN@ sits one column further left
            // after FROM than after TTY.
            out.print("USER     TTY      ").print(from ? "FROM            " : "")
                    .print(shortFormat ? "  IDLE WHAT\n" : from ? " LOGIN@   IDLE   JCPU   PCPU WHAT\n"
                            : "  LOGIN@   IDLE   JCPU   PCPU WHAT\n");
        }
        for (Session s : sessions) {
            if (user != null && !user.equals(s.user())) {
                continue;
            }
            StringBuilder sb = new StringBuilder(80);
            sb.append(String.format(Locale.ROOT, "%-8.8s %-8.8s ", s.user(), s.line()));
            if (from) {
                sb.append(String.format(Locale.ROOT, "%-16s", "-"));
            }
            if (!shortFormat) {
                LocalDateTime at = LocalDateTime.ofEpochSecond(s.loginEpoch(), 0, ZoneOffset.UTC);
                sb.append(String.format(Locale.ROOT, " %02d:%02d  ", at.getHour(), at.getMinute()));
            }
            sb.append(interval(s.idleSec(), 0));
            if (!shortFormat) {
                sb.append(interval(s.jcpuTicks() / HZ, s.jcpuTicks() % HZ));
                sb.append(interval(s.pcpuTicks() / HZ, s.pcpuTicks() % HZ));
            }
            out.print(sb.append(' ').append(s.what()).append('\n').toString());
        }
        return 0;
    }

    /** procps's print_time_ival7: seconds in seven columns (" 14.00s", "  1:07m", " 3days"). */
    static String interval(long t, long centis) {
        if (t >= TWO_DAYS) {
            return String.format(Locale.ROOT, " %2ddays", t / (24 * HOUR));
        }
        if (t >= HOUR) {
            return String.format(Locale.ROOT, " %2d:%02dm", t / HOUR, t / MINUTE % 60);
        }
        if (t > MINUTE) {
            return String.format(Locale.ROOT, " %2d:%02d ", t / MINUTE, t % MINUTE);
        }
        return String.format(Locale.ROOT, " %2d.%02ds", t, centis);
    }
}
