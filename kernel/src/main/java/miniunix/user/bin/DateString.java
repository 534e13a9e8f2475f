package miniunix.user.bin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import miniunix.user.lib.Tz;

/**
 * The times date(1) understands, in a zone (a date and a time of day are local times, as
 * mktime takes them): -d's @SECONDS[.FRACTION], YYYY-MM-DD, a time of day
 * HH:MM[:SS] (today), both ("2024-02-29 13:05", or with a T), now, today, yesterday and
 * tomorrow; and the MMDDhhmm[[CC]YY][.ss] operand that would set the clock.
 * Simplified: gnulib's parse_datetime knows far more ("next friday", "2 days ago", zones).
 */
final class DateString {
    private static final Pattern DATE_TIME = Pattern.compile("(?:(\\d{1,4})-(\\d{1,2})-(\\d{1,2}))?"
            + "(?:(?:^|[ t])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern SETTING = Pattern.compile(
            "(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2}|\\d{4})?(?:\\.(\\d{2}))?");

    private DateString() {
    }

    /** {seconds, nanoseconds} of s, relative to now where it needs to be; null if invalid. */
    static long[] parse(String s, long now, int nanos, Tz zone) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("@")) {
            return epoch(t.substring(1));
        }
        switch (t) {
            case "now": return new long[] {now, nanos};
            case "today": case "": return new long[] {zone.utcOf(
                    Math.floorDiv(now + zone.offset(now), 86400) * 86400), 0};
            case "yesterday": return new long[] {now - 86400, nanos};
            case "tomorrow": return new long[] {now + 86400, nanos};
            default: return dateTime(t, now, zone);
        }
    }

    private static long[] epoch(String n) {
        if (!n.matches("[-+]?\\d{1,15}(\\.\\d*)?")) {
            return null;
        }
        BigDecimal v = new BigDecimal(n.startsWith("+") ? n.substring(1) : n);
        BigDecimal sec = v.setScale(0, RoundingMode.FLOOR);
        return new long[] {sec.longValue(), v.subtract(sec).movePointRight(9).intValue()};
    }

    private static long[] dateTime(String t, long now, Tz zone) {
        Matcher m = DATE_TIME.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            return null;
        }
        try {
            LocalDate d = m.group(1) == null
                    ? LocalDate.ofEpochDay(Math.floorDiv(now + zone.offset(now), 86400))
                    : LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return new long[] {zone.utcOf(LocalDateTime.of(d, time).toEpochSecond(ZoneOffset.UTC)), 0};
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** MMDDhhmm[[CC]YY][.ss]: {seconds}, the year defaulting to now's; null if invalid. */
    static long[] parseSetting(String s, long now, Tz zone) {
        Matcher m = SETTING.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int year = LocalDateTime.ofEpochSecond(now + zone.offset(now), 0, ZoneOffset.UTC).getYear();
        if (m.group(5) != null) {
            int y = Integer.parseInt(m.group(5));
            year = m.group(5).length() == 4 ? y : y < 69 ? 2000 + y : 1900 + y;
        }
        try {
            LocalDateTime t = LocalDateTime.of(year, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), m.group(6) == null ? 0
                            : Integer.parseInt(m.group(6)));
            return new long[] {zone.utcOf(t.toEpochSecond(ZoneOffset.UTC))};
        } catch (DateTimeException e) {
            return null;
        }
    }
}
