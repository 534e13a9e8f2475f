package miniunix.user.lib;

import java.time.LocalDate;
import java.util.List;

/**
 * A time zone as glibc's tzset makes one from TZ (time/tzset.c), for localtime and strftime:
 * the POSIX form {@code std offset [dst [offset] [,start[/time],end[/time]]]} (EST5EDT,
 * UTC0, JST-9, {@code <+0530>-5:30}, CET-1CEST,M3.5.0,M10.5.0/3), with glibc's defaults and
 * its way with bad input:
 * <ul>
 *   <li>TZ unset: /etc/localtime, which this system lacks, so UTC, named "UTC"; TZ empty:
 *       the file "Universal", which it lacks too, so the POSIX parse of "Universal" (a name
 *       with no offset: UTC named "Universal"); a leading ':' is dropped;
 *   <li>a name is 3 or more letters, or {@code <...>} of letters, digits, + and -; a name
 *       without an offset after it stays the zone's name at offset 0 (America/New_York is
 *       "America" here), a bad name leaves UTC with an empty name;
 *   <li>the offset is hours west of UTC ([+-]hh[:mm[:ss]], hours at most 24); DST is an hour
 *       ahead unless given; with no rules, the US ones (M3.2.0,M11.1.0) at 02:00.
 * </ul>
 * Simplified: no zoneinfo files are read (tzdata is not installed here, as the files say).
 */
public final class Tz {
    /** What no TZ gives on this system: UTC, named "UTC". */
    public static final Tz UTC = new Tz("UTC", 0, "UTC", 0, Rule.NONE, Rule.NONE);

    private static final int HOUR = 3600;
    private static final int DAY = 86400;

    /**
     * Standard time's name and offset (seconds east of UTC), then DST's, and the rules that
     * start and end DST (zeroed ones, {@link Rule#NONE}, where glibc leaves them so).
     */
    private final String stdName;
    private final int stdOffset;
    private final String dstName;
    private final int dstOffset;
    private final Rule start;
    private final Rule end;

    /**
     * A change between standard time and DST: Jn (day 1-365, February 29 not counted), n
     * (day 0-365) or Mm.w.d (day d of week w of month m, 5 the last), at secs local time.
     */
    private record Rule(char type, int m, int n, int d, int secs) {
        /** A rule glibc left zeroed: day 0 at 00:00 (which makes no DST when the offsets agree). */
        static final Rule NONE = new Rule('N', 0, 0, 0, 0);
    }

    private Tz(String stdName, int stdOffset, String dstName, int dstOffset, Rule start, Rule end) {
        this.stdName = stdName;
        this.stdOffset = stdOffset;
        this.dstName = dstName;
        this.dstOffset = dstOffset;
        this.start = start;
        this.end = end;
    }

    /** The zone TZ's value names (null: TZ unset). */
    public static Tz of(String tz) {
        if (tz == null) {
            return UTC;
        }
        String s = tz.isEmpty() ? "Universal" : tz.startsWith(":") ? tz.substring(1) : tz;
        return s.isEmpty() ? UTC : new Parser(s).zone();
    }

    /** The zone of a program's environment (its TZ=... entry, if any). */
    public static Tz ofEnv(List<String> envp) {
        String tz = null;
        for (String e : envp) {
            tz = e.startsWith("TZ=") ? e.substring(3) : tz;
        }
        return of(tz);
    }

    /** Whether the time sec (seconds since the epoch) is in DST (glibc's __tz_compute). */
    public boolean isDst(long sec) {
        int year = LocalDate.ofEpochDay(Math.floorDiv(sec, DAY)).getYear();
        long on = change(start, year, stdOffset);
        long off = change(end, year, dstOffset);
        return on > off ? sec < off || sec >= on : sec >= on && sec < off;
    }

    /** The offset from UTC at sec, in seconds east (tm_gmtoff). */
    public int offset(long sec) {
        return isDst(sec) ? dstOffset : stdOffset;
    }

    /** The zone's abbreviation at sec (tm_zone: tzname[isdst]). */
    public String name(long sec) {
        return isDst(sec) ? dstName : stdName;
    }

    /**
     * The time a local time (seconds since the epoch as if local were UTC) is, as mktime
     * finds it with tm_isdst -1: the offset of the standard time first, then the one in
     * force there.
     */
    public long utcOf(long local) {
        long t = local - stdOffset;
        long u = local - offset(t);
        return offset(u) == offset(t) ? u : local - offset(u);
    }

    /** When rule takes effect in year, in seconds since the epoch (glibc's compute_change). */
    private static long change(Rule r, int year, int offsetBefore) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        long day;
        if (r.type() == 'J') {
            day = r.d() - 1 + (jan1.isLeapYear() && r.d() >= 60 ? 1 : 0);
        } else if (r.type() == 'N') {
            day = r.d();
        } else {
            LocalDate first = LocalDate.of(year, r.m(), 1);
            int dow = first.getDayOfWeek().getValue() % 7;     // Sunday 0
            int d = r.d() - dow;
            d += d < 0 ? 7 : 0;
            for (int i = 1; i < r.n() && d + 7 < first.lengthOfMonth(); i++) {
                d += 7;
            }
            day = first.getDayOfYear() - 1 + d;
        }
        return jan1.toEpochDay() * DAY + day * DAY + r.secs() - offsetBefore;
    }

    /** glibc's __tzset_parse_tz over one TZ string. */
    private static final class Parser {
        private final String s;
        private int at;

        Parser(String s) {
            this.s = s;
        }

        Tz zone() {
            // Where a part is missing, what glibc has not set yet stays as memset left it:
            // empty names, offsets 0, zeroed rules (tzset.c's __tzset_parse_tz).
            String std = name();
            if (std == null) {
                return new Tz("", 0, "", 0, Rule.NONE, Rule.NONE);
            }
            Integer stdOff = offset();
            if (stdOff == null) {
                return new Tz(std, 0, "", 0, Rule.NONE, Rule.NONE);
            }
            if (at == s.length()) {
                return new Tz(std, stdOff, std, stdOff, Rule.NONE, Rule.NONE);   // no DST
            }
            String dst = name();
            if (dst == null) {
                return new Tz(std, stdOff, "", 0, Rule.NONE, Rule.NONE);
            }
            Integer dstOff = offset();
            int dstOffset = dstOff == null ? stdOff + HOUR : dstOff;
            Rule on = rule(true);
            Rule off = on == null ? Rule.NONE : rule(false);
            return new Tz(std, stdOff, dst, dstOffset, on == null ? Rule.NONE : on,
                    off == null ? Rule.NONE : off);
        }

        private char peek() {
            return at < s.length() ? s.charAt(at) : 0;
        }

        private static boolean letter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private static boolean digit(char c) {
            return c >= '0' && c <= '9';
        }

        /** parse_tzname: 3 or more letters, or <...>; null if there is none. */
        private String name() {
            int from = at;
            while (letter(peek())) {
                at++;
            }
            if (at - from >= 3) {
                return s.substring(from, at);
            }
            at = from;
            if (peek() != '<') {
                return null;
            }
            int open = ++at;
            while (letter(peek()) || digit(peek()) || peek() == '+' || peek() == '-') {
                at++;
            }
            if (peek() != '>' || at - open < 3) {
                at = from;
                return null;
            }
            return s.substring(open, at++);
        }

        /** parse_offset: [+-]hh[:mm[:ss]] west of UTC, as seconds east; null if none. */
        private Integer offset() {
            char c = peek();
            if (c != '+' && c != '-' && !digit(c)) {
                return null;
            }
            int sign = c == '-' ? 1 : -1;
            at += c == '+' || c == '-' ? 1 : 0;
            int[] hms = hms();
            if (hms == null) {
                return null;
            }
            return sign * (Math.min(hms[0], 24) * HOUR + Math.min(hms[1], 59) * 60
                    + Math.min(hms[2], 59));
        }

        /** hh[:mm[:ss]] as sscanf("%hu%n:%hu%n:%hu%n") reads it; null when hh is missing. */
        private int[] hms() {
            int[] v = new int[3];
            for (int i = 0; i < 3; i++) {
                int from = at;
                if (i > 0) {
                    if (peek() != ':') {
                        break;
                    }
                    at++;
                }
                int n = number();
                if (n < 0) {
                    at = from;
                    if (i == 0) {
                        return null;
                    }
                    break;
                }
                v[i] = n;
            }
            return v;
        }

        private int number() {
            int from = at;
            long n = 0;
            while (digit(peek()) && at - from < 9) {
                n = n * 10 + s.charAt(at++) - '0';
            }
            return at == from ? -1 : (int) (n & 0xffff);      // %hu
        }

        /** parse_rule: ,Jn ,n or ,Mm.w.d, then /time; the US rules when none is given. */
        private Rule rule(boolean first) {
            at += peek() == ',' ? 1 : 0;
            char c = peek();
            char type;
            int m = 0;
            int n = 0;
            int d;
            if (c == 'J' || digit(c)) {
                type = c == 'J' ? 'J' : 'N';
                at += c == 'J' ? 1 : 0;
                d = number();
                if (d < 0 || d > 365 || type == 'J' && d == 0) {
                    return null;
                }
            } else if (c == 'M') {
                at++;
                m = number();
                n = peek() == '.' && ++at > 0 ? number() : -1;
                d = peek() == '.' && ++at > 0 ? number() : -1;
                if (m < 1 || m > 12 || n < 1 || n > 5 || d < 0 || d > 6) {
                    return null;
                }
                type = 'M';
            } else if (c == 0) {
                type = 'M';
                m = first ? 3 : 11;
                n = first ? 2 : 1;
                d = 0;
            } else {
                return null;
            }
            int secs = 2 * HOUR;
            if (peek() == '/') {
                at++;
                if (peek() == 0) {
                    return null;
                }
                boolean negative = peek() == '-';
                at += negative ? 1 : 0;
                int[] hms = hms();
                int[] t = hms == null ? new int[] {2, 0, 0} : hms;
                secs = (negative ? -1 : 1) * (t[0] * HOUR + t[1] * 60 + t[2]);
            } else if (peek() != 0 && peek() != ',') {
                return null;
            }
            return new Rule(type, m, n, d, secs);
        }
    }

    /** For tests: the zone's standard and DST names and offsets, as tzname and timezone show them. */
    @Override
    public String toString() {
        return stdName + "/" + stdOffset + "/" + dstName + "/" + dstOffset + " " + start + " " + end;
    }
}
