package miniunix.user.bin;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import miniunix.user.lib.Opts;
import miniunix.user.lib.SessionReport;

/**
 * who(1) of coreutils 9.1 over the login sessions (SessionReport): {@code who [-H] [-q] [-u]
 * [am i]}: {@code alice    pts/4        2026-11-23 09:42}; -u adds the idle time ("." when
 * under a minute) and the login shell's pid; -q lists the names and counts them. Also users(1)
 * when invoked as users.
 */
public final class Who extends SessionReport {
    private static final String USAGE = "Usage: who [OPTION]... [ FILE | ARG1 ARG2 ]\n"
            + "Print information about users who are currently logged in.\n\n"
            + "  -H, --heading     print line of column headings\n"
            + "  -q, --count       all login names and number of users logged on\n"
            + "  -u, --users       list users logged in\n"
            + "      --help        display this help and exit\n";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final int MINUTE = 60;
    private static final int DAY = 24 * 60 * MINUTE;

    private boolean heading;
    private boolean count;
    private boolean idle;
    private boolean users;

    public Who(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        users = prog().endsWith("users");
        Opts o = Opts.parse(argv, users ? "" : "Hqu", users ? "" : "heading=H count=q users=u");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return status;
        }
        boolean amI = o.operands.size() == 2;
        if (users && !o.operands.isEmpty() || !amI && !o.operands.isEmpty()) {
            err.print(prog()).print(": extra operand '").print(o.operands.get(0)).print("'\n")
                    .print("Try '").print(prog()).print(" --help' for more information.\n");
            return 1;
        }
        heading = o.has('H');
        count = o.has('q');
        idle = o.has('u');
        fetchSessions();
        return -1;
    }

    @Override
    protected int report() {
        List<Session> sessions = sessions();
        if (users || count) {
            StringBuilder names = new StringBuilder();
            for (Session s : sessions) {
                names.append(names.length() == 0 ? "" : " ").append(s.user());
            }
            out.print(names.append('\n').toString());
            if (count) {
                out.print("# users=" + sessions.size() + "\n");
            }
            return 0;
        }
        if (heading) {
            out.print(idle ? "NAME     LINE         TIME             IDLE          PID COMMENT\n"
                    : "NAME     LINE         TIME             COMMENT\n");
        }
        for (Session s : sessions) {
            String at = LocalDateTime.ofEpochSecond(s.loginEpoch(), 0, ZoneOffset.UTC).format(TIME);
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s %-12s %s",
                    s.user(), s.line(), at));
            if (idle) {
                sb.append(String.format(Locale.ROOT, "   %-6s%9d", idleText(s.idleSec()),
                        s.pid()));
            }
            out.print(sb.append('\n').toString());
        }
        return 0;
    }

    /** coreutils' idle_string: "." under a minute, "old" past a day, else HH:MM. */
    private static String idleText(long sec) {
        if (sec < MINUTE) {
            return ".";
        }
        if (sec >= DAY) {
            return "old";
        }
        return String.format(Locale.ROOT, "%02d:%02d", sec / 3600, sec / MINUTE % 60);
    }
}
