package miniunix.user.lib;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

/**
 * strftime(3) as GNU date extends it, in the C locale: the conversions of date --help
 * (%a %b %d %H %M %S %Y %s %N %j %e %Z %z %T %D %F ...), the flags - _ 0 ^ # and a field
 * width ({@code %-d}, {@code %_H}, {@code %3N}). An unknown conversion is printed as written.
 * The time is shown in a zone ({@link Tz}: localtime's), UTC unless one is given.
 */
public final class Strftime {
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December");

    private Strftime() {
    }

    /** fmt applied to the time sec.nanos seconds after the epoch, in UTC. */
    public static String format(String fmt, long sec, int nanos) {
        return format(fmt, sec, nanos, Tz.UTC);
    }

    /** fmt applied to the time sec.nanos seconds after the epoch, in the zone tz. */
    public static String format(String fmt, long sec, int nanos, Tz tz) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(sec + tz.offset(sec), nanos, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 == fmt.length()) {
                b.append(c);
                continue;
            }
            int start = i++;
            char flag = 0;
            while (i < fmt.length() && "-_0^#".indexOf(fmt.charAt(i)) >= 0) {
                flag = fmt.charAt(i) == '^' || fmt.charAt(i) == '#' ? fmt.charAt(i) : flag;
                flag = "-_0".indexOf(fmt.charAt(i)) >= 0 ? fmt.charAt(i) : flag;
                i++;
            }
            int width = -1;
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                width = Math.max(0, width) * 10 + fmt.charAt(i++) - '0';
            }
            int colons = 0;
            while (i < fmt.length() && fmt.charAt(i) == ':') {
                colons++;
                i++;
            }
            i += i < fmt.length() && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O') ? 1 : 0;
            char conv = i < fmt.length() ? fmt.charAt(i) : 0;
            Field field = conv == 0 || colons > 0 && conv != 'z' ? null
                    : field(conv, t, sec, nanos, colons, width, tz);
            if (field == null) {
                String literal = fmt.substring(start, Math.min(i + 1, fmt.length()));
                b.append(" ".repeat(Math.max(0, width - literal.length()))).append(literal);
            } else {
                b.append(pad(field, conv, flag, width));
            }
        }
        return b.toString();
    }

    /** One conversion's value: text, or a number with its default pad character and width. */
    private record Field(String text, char pad, int width) {
        boolean isNumber() {
            return pad != 0;
        }
    }

    /** The conversion's value before padding, or null for an unknown conversion. */
    private static Field field(char c, LocalDateTime t, long sec, int nanos, int colons,
                                int width, Tz tz) {
        int h12 = (t.getHour() + 11) % 12 + 1;
        int wday = t.getDayOfWeek().getValue() % 7;
        int yday = t.getDayOfYear() - 1;
        switch (c) {
            case 'a': return text(DAYS.get(wday == 0 ? 6 : wday - 1).substring(0, 3));
            case 'A': return text(DAYS.get(wday == 0 ? 6 : wday - 1));
            case 'b': case 'h': return text(MONTHS.get(t.getMonthValue() - 1).substring(0, 3));
            case 'B': return text(MONTHS.get(t.getMonthValue() - 1));
            case 'c': return text(format("%a %b %e %H:%M:%S %Y", sec, nanos, tz));
            case 'C': return num(t.getYear() / 100, 2);
            case 'd': return num(t.getDayOfMonth(), 2);
            case 'D': case 'x': return text(format("%m/%d/%y", sec, nanos, tz));
            case 'e': return space(t.getDayOfMonth(), 2);
            case 'F': return text(format("%Y-%m-%d", sec, nanos, tz));
            case 'g': return num(t.get(IsoFields.WEEK_BASED_YEAR) % 100, 2);
            case 'G': return num(t.get(IsoFields.WEEK_BASED_YEAR), 1);
            case 'H': return num(t.getHour(), 2);
            case 'I': return num(h12, 2);
            case 'j': return num(t.getDayOfYear(), 3);
            case 'k': return space(t.getHour(), 2);
            case 'l': return space(h12, 2);
            case 'm': return num(t.getMonthValue(), 2);
            case 'M': return num(t.getMinute(), 2);
            case 'n': return text("\n");
            case 'N': return text(nanos(nanos, width));
            case 'p': return text(t.getHour() < 12 ? "AM" : "PM");
            case 'P': return text(t.getHour() < 12 ? "am" : "pm");
            case 'q': return num((t.getMonthValue() + 2) / 3, 1);
            case 'r': return text(format("%I:%M:%S %p", sec, nanos, tz));
            case 'R': return text(format("%H:%M", sec, nanos, tz));
            case 's': return num(sec, 1);
            case 'S': return num(t.getSecond(), 2);
            case 't': return text("\t");
            case 'T': case 'X': return text(format("%H:%M:%S", sec, nanos, tz));
            case 'u': return num(t.getDayOfWeek().getValue(), 1);
            case 'U': return num((yday + 7 - wday) / 7, 2);
            case 'V': return num(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case 'w': return num(wday, 1);
            case 'W': return num((yday + 7 - (wday + 6) % 7) / 7, 2);
            case 'y': return num(t.getYear() % 100, 2);
            case 'Y': return num(t.getYear(), 1);
            case 'z': return text(zone(tz.offset(sec), colons));
            case 'Z': return text(tz.name(sec));
            case '%': return text("%");
            default: return null;
        }
    }

    /**
     * %z: +hhmm east of UTC; GNU's %:z +hh:mm, %::z +hh:mm:ss, and %:::z as few of them as
     * the offset needs.
     */
    private static String zone(int offset, int colons) {
        int a = Math.abs(offset);
        String h = String.format(Locale.ROOT, "%s%02d", offset < 0 ? "-" : "+", a / 3600);
        String m = String.format(Locale.ROOT, "%02d", a / 60 % 60);
        String s = String.format(Locale.ROOT, "%02d", a % 60);
        return switch (colons) {
            case 0 -> h + m;
            case 1 -> h + ":" + m;
            case 2 -> h + ":" + m + ":" + s;
            default -> a % 60 != 0 ? h + ":" + m + ":" + s : a % 3600 != 0 ? h + ":" + m : h;
        };
    }

    private static Field text(String s) {
        return new Field(s, (char) 0, 0);
    }

    /** A number padded with zeros to width digits by default. */
    private static Field num(long v, int width) {
        return new Field(Long.toString(v), '0', width);
    }

    /** A number padded with spaces by default (%e %k %l). */
    private static Field space(long v, int width) {
        return new Field(Long.toString(v), ' ', width);
    }

    /** %N: nine digits, or the first width of them (GNU date's %3N). */
    private static String nanos(int nanos, int width) {
        String n = String.format(Locale.ROOT, "%09d", nanos);
        return width > 0 && width < 9 ? n.substring(0, width) : n;
    }

    /** Pads a field: numbers by their own default or the flag, text with spaces to the width. */
    private static String pad(Field field, char conv, char flag, int width) {
        if (field.isNumber()) {
            char padChar = flag == '_' ? ' ' : flag == '0' ? '0' : field.pad();
            int w = width >= 0 ? width : field.width();
            String digits = field.text();
            boolean neg = digits.startsWith("-");
            digits = neg ? digits.substring(1) : digits;
            if (flag != '-') {
                int fill = Math.max(0, w - digits.length() - (neg ? 1 : 0));
                String fillText = String.valueOf(padChar).repeat(fill);
                return padChar == '0' ? (neg ? "-" : "") + fillText + digits
                        : fillText + (neg ? "-" : "") + digits;
            }
            return (neg ? "-" : "") + digits;
        }
        String t = field.text();
        String s = flag == '^' ? t.toUpperCase(Locale.ROOT)
                : flag == '#' ? (conv == 'Z' || conv == 'p' ? t.toLowerCase(Locale.ROOT)
                : "aAbBh".indexOf(conv) >= 0 ? t.toUpperCase(Locale.ROOT) : t) : t;
        int fill = Math.max(0, width - s.length());
        return (flag == '0' ? "0" : " ").repeat(flag == '-' ? 0 : fill) + s;
    }
}
