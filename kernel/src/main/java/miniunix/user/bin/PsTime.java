package miniunix.user.bin;

import java.time.LocalDate;
import java.util.List;

/**
 * The time columns of ps, as procps-ng computes them: %CPU and C are CPU time over the whole
 * life of the process in whole seconds (so a process younger than a second shows 0.0);
 * TIME, ELAPSED, STARTED and STIME follow ps/output.c's layouts. Dates are UTC.
 */
final class PsTime {
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun",
            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri",
            "Sat", "Sun");

    private PsTime() {
    }

    /** Whole seconds since the process started. */
    static long elapsed(PsRow r, PsField.Context c) {
        return Math.max(0, (c.uptimeTicks() - r.start()) / 100);
    }

    /** %CPU: tenths of a percent, "99.5"; above 99.9 (several CPUs) only the integer part. */
    static String pcpu(PsRow r, PsField.Context c) {
        return pcpu(new StringBuilder(4), r, c).toString();
    }

    /** %CPU appended to s. */
    static StringBuilder pcpu(StringBuilder s, PsRow r, PsField.Context c) {
        long secs = elapsed(r, c);
        long pc = secs > 0 ? (r.utime() + r.stime()) * 1000 / 100 / secs : 0;
        return pc > 999 ? s.append(pc / 10) : s.append(pc / 10).append('.').append(pc % 10);
    }

    /** C (ps -f): the same ratio in whole percent, at most 99. */
    static String c(PsRow r, PsField.Context c) {
        long secs = elapsed(r, c);
        long pc = secs > 0 ? (r.utime() + r.stime()) * 100 / 100 / secs : 0;
        return Long.toString(Math.min(99, pc));
    }

    /** TIME: [DD-]HH:MM:SS. */
    static String time(long secs) {
        return time(new StringBuilder(11), secs).toString();
    }

    /** TIME appended to s. */
    static StringBuilder time(StringBuilder s, long secs) {
        if (secs >= 86400) {
            s.append(secs / 86400).append('-');
        }
        return two(two(two(s, secs / 3600 % 24).append(':'), secs / 60 % 60).append(':'), secs % 60);
    }

    /** BSD TIME (ps aux): minutes:seconds, "0:06", "125:00". */
    static String bsdtime(long secs) {
        return bsdtime(new StringBuilder(8), secs).toString();
    }

    /** BSD TIME appended to s. */
    static StringBuilder bsdtime(StringBuilder s, long secs) {
        return two(s.append(secs / 60).append(':'), secs % 60);
    }

    /** ELAPSED: [[DD-]HH:]MM:SS. */
    static String etime(long secs) {
        return etime(new StringBuilder(11), secs).toString();
    }

    /** ELAPSED appended to s. */
    static StringBuilder etime(StringBuilder s, long secs) {
        if (secs >= 86400) {
            s.append(secs / 86400).append('-');
        }
        if (secs >= 3600) {
            two(s, secs / 3600 % 24).append(':');
        }
        return two(two(s, secs / 60 % 60).append(':'), secs % 60);
    }

    /** STARTED: HH:MM:SS within the last 24 hours, else "  Mon DD". */
    static String start(PsRow r, PsField.Context c) {
        return start(new StringBuilder(8), r, c).toString();
    }

    /** STARTED appended to s. */
    static StringBuilder start(StringBuilder s, PsRow r, PsField.Context c) {
        long t = startEpoch(r, c);
        if (t + 86400 > now(c)) {
            return clock(s, t, true);
        }
        LocalDate d = date(t);
        return two(s.append("  ").append(month(d.getMonthValue())).append(' '), d.getDayOfMonth());
    }

    /** STIME and START: HH:MM the same day, MonDD the same year, else the year. */
    static String stime(PsRow r, PsField.Context c) {
        return stime(new StringBuilder(5), r, c).toString();
    }

    /** STIME appended to s. */
    static StringBuilder stime(StringBuilder s, PsRow r, PsField.Context c) {
        long t = startEpoch(r, c);
        LocalDate d = date(t);
        LocalDate today = date(now(c));
        if (d.getYear() != today.getYear()) {
            return s.append(d.getYear());
        }
        if (d.getDayOfYear() != today.getDayOfYear()) {
            return two(s.append(month(d.getMonthValue())), d.getDayOfMonth());
        }
        return clock(s, t, false);
    }

    /** LSTART: the start as ctime(3) prints it, "Mon Nov 23 09:39:04 2026". */
    static String lstart(PsRow r, PsField.Context c) {
        long t = startEpoch(r, c);
        LocalDate d = date(t);
        String day = Integer.toString(d.getDayOfMonth());
        return WEEKDAYS.get(d.getDayOfWeek().getValue() - 1) + " " + month(d.getMonthValue())
                + (day.length() == 1 ? "  " : " ") + day + " " + clock(t, true) + " " + d.getYear();
    }

    /** The C locale's abbreviated month name of month 1..12. */
    static String month(int m) {
        return MONTHS.get(m - 1);
    }

    private static long startEpoch(PsRow r, PsField.Context c) {
        return c.btime() + r.start() / 100;
    }

    private static long now(PsField.Context c) {
        return c.btime() + c.uptimeTicks() / 100;
    }

    private static LocalDate date(long epoch) {
        return LocalDate.ofEpochDay(Math.floorDiv(epoch, 86400));
    }

    /** HH:MM[:SS] of a UTC time. */
    private static String clock(long epoch, boolean seconds) {
        return clock(new StringBuilder(8), epoch, seconds).toString();
    }

    /** HH:MM[:SS] of a UTC time, appended to b. */
    private static StringBuilder clock(StringBuilder b, long epoch, boolean seconds) {
        long s = Math.floorMod(epoch, 86400);
        two(two(b, s / 3600).append(':'), s / 60 % 60);
        return seconds ? two(b.append(':'), s % 60) : b;
    }

    private static StringBuilder two(StringBuilder s, long v) {
        return s.append((char) ('0' + v / 10 % 10)).append((char) ('0' + v % 10));
    }
}
