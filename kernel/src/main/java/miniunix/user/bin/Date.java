package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Quote;
import miniunix.user.lib.Report;
import miniunix.user.lib.Strftime;
import miniunix.user.lib.Tz;

/**
 * date(1) of coreutils: the simulated time of day, the boot time (btime of /proc/stat) plus
 * the time since boot (/proc/uptime), as {@code Mon Nov 23 09:40:12 UTC 2026} or +FORMAT
 * ({@link Strftime}), in the zone TZ names ({@link Tz}, glibc's rules; -u: UTC0); -d STRING
 * shows another time (@SECONDS, YYYY-MM-DD [HH:MM[:SS]], HH:MM[:SS], now, today, yesterday,
 * tomorrow; a date and time of day are local times), -R RFC 5322, -I[FMT] and
 * --rfc-3339=FMT ISO 8601.
 * <pre>
 *   clock_gettime(CLOCK_REALTIME, &amp;ts);
 *   strftime(buf, sizeof buf, format, localtime(&amp;ts.tv_sec)); puts(buf);
 * </pre>
 * Simplified: the clock can't be set: an MMDDhhmm operand
 * gets {@code date: cannot set date: Operation not permitted}, as for a user without
 * CAP_SYS_TIME; the simulated clock belongs to the kernel.
 */
public final class Date extends Report {
    private static final String USAGE = "Usage: date [OPTION]... [+FORMAT]\n"
            + "  or:  date [-u|--utc|--universal] [MMDDhhmm[[CC]YY][.ss]]\n"
            + "Display date and time in the given FORMAT.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "  -d, --date=STRING          display time described by STRING, not 'now'\n"
            + "  -I[FMT], --iso-8601[=FMT]  output date/time in ISO 8601 format.\n"
            + "                               FMT='date' for date only (the default),\n"
            + "                               'hours', 'minutes', 'seconds', or 'ns'\n"
            + "                               for date and time to the indicated precision.\n"
            + "  -R, --rfc-email            output date and time in RFC 5322 format.\n"
            + "      --rfc-3339=FMT         output date/time in RFC 3339 format.\n"
            + "                               FMT='date', 'seconds', or 'ns'\n"
            + "  -u, --utc, --universal     print or set Coordinated Universal Time (UTC)\n"
            + "      --help        display this help and exit\n\n"
            + "FORMAT controls the output.  Interpreted sequences are those of strftime(3):\n"
            + "  %a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %N %p %P\n"
            + "  %q %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %:z %Z %%,\n"
            + "with the flags - (no padding), _ (spaces), 0 (zeros), ^ (upper case)\n"
            + "and # (opposite case), and a field width.\n";
    private static final char RFC_3339 = '\u0080';
    private static final String LONG = "date=d iso-8601=I rfc-email=R rfc-3339=\u0080 utc=u"
            + " universal=u";
    private static final String DEFAULT = "%a %b %e %H:%M:%S %Z %Y";
    private static final long STAT = 0;

    private String format = DEFAULT;
    private String when;
    private String setting;
    private long btime;
    private long uptimeCentis;
    private Tz zone = Tz.UTC;

    public Date(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        Opts o = Opts.parse(argv, "d:I::Ru\u0080:", LONG);
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return status;
        }
        when = o.get('d', null);
        zone = o.has('u') ? Tz.of("UTC0") : Tz.ofEnv(envp);
        String problem = format(o);
        if (problem != null) {
            err.print(prog()).print(": ").print(problem).print('\n');
            return 1;
        }
        fetch(Fetch.Kind.FILE, "/proc/stat", STAT);
        fetch(Fetch.Kind.FILE, "/proc/uptime", STAT + 1);
        return -1;
    }

    /** Sets {@link #format} from the options and operands; returns date's complaint or null. */
    private String format(Opts o) {
        String problem = null;
        if (o.has('I')) {
            problem = iso(o.get('I', ""), List.of("hours", "minutes", "date", "seconds", "ns"),
                    List.of("%Y-%m-%dT%H%:z", "%Y-%m-%dT%H:%M%:z", "%Y-%m-%d",
                            "%Y-%m-%dT%H:%M:%S%:z", "%Y-%m-%dT%H:%M:%S,%N%:z"), "--iso-8601");
        } else if (o.has(RFC_3339)) {
            problem = iso(o.get(RFC_3339, ""), List.of("date", "seconds", "ns"),
                    List.of("%Y-%m-%d", "%Y-%m-%d %H:%M:%S%:z", "%Y-%m-%d %H:%M:%S.%N%:z"),
                    "--rfc-3339");
        } else if (o.has('R')) {
            format = "%a, %d %b %Y %H:%M:%S %z";
        }
        int formats = (o.has('I') ? 1 : 0) + (o.has('R') ? 1 : 0) + (o.has(RFC_3339) ? 1 : 0);
        List<String> ops = o.operands;
        if (problem != null || ops.isEmpty()) {
            return problem != null ? problem : formats > 1 ? "multiple output formats specified"
                    : null;
        }
        if (ops.size() > 1) {
            return "extra operand " + Quote.quote(ops.get(1)) + "\n" + Opts.tryHelp(prog());
        }
        if (ops.get(0).startsWith("+")) {
            format = ops.get(0).substring(1);
            return formats > 0 ? "multiple output formats specified" : null;
        }
        setting = ops.get(0);
        return when == null ? null : "the argument " + Quote.quote(setting) + " lacks a leading"
                + " '+';\nwhen using an option to specify date(s), any non-option\nargument"
                + " must be a format string beginning with '+'\n" + Opts.tryHelp(prog());
    }

    /** An -I or --rfc-3339 format, its word abbreviated or not (GNU XARGMATCH). */
    private String iso(String word, List<String> words, List<String> formats, String option) {
        String w = word.isEmpty() && option.equals("--iso-8601") ? "date" : word;
        int found = -1;
        for (int i = 0; i < words.size(); i++) {
            if (!w.isEmpty() && words.get(i).startsWith(w)) {
                found = found == -1 ? i : -2;
            }
        }
        if (found < 0) {
            StringBuilder valid = new StringBuilder();
            for (String v : words) {
                valid.append("\n  - ").append(Quote.quote(v));
            }
            return (found == -1 ? "invalid" : "ambiguous") + " argument " + Quote.quote(word)
                    + " for " + Quote.quote(option) + "\nValid arguments are:" + valid + "\n"
                    + Opts.tryHelp(prog());
        }
        format = formats.get(found);
        return null;
    }

    @Override
    protected void got(Fetch f) {
        if (f.tag == STAT) {
            btime = Ps.field(f.text(), "btime ");
        } else {
            uptimeCentis = Ps.centis(f.text());
        }
    }

    @Override
    protected int report() {
        long sec = btime + uptimeCentis / 100;
        int nanos = (int) (uptimeCentis % 100) * 10_000_000;
        if (setting != null) {
            return set(sec);
        }
        if (when != null) {
            long[] t = DateString.parse(when, sec, nanos, zone);
            if (t == null) {
                err.print(prog()).print(": invalid date ").print(Quote.quote(when)).print('\n');
                return 1;
            }
            sec = t[0];
            nanos = (int) t[1];
        }
        out.print(Strftime.format(format, sec, nanos, zone)).print('\n');
        return 0;
    }

    /** date MMDDhhmm[[CC]YY][.ss]: the time it names, which nobody may set here. */
    private int set(long now) {
        long[] t = DateString.parseSetting(setting, now, zone);
        if (t == null) {
            err.print(prog()).print(": invalid date ").print(Quote.quote(setting)).print('\n');
            return 1;
        }
        err.print(prog()).print(": cannot set date: Operation not permitted\n");
        out.print(Strftime.format(format, t[0], 0, zone)).print('\n');
        return 1;
    }
}
