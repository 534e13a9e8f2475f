package miniunix.app.shell;

import miniunix.user.lib.Strftime;
import miniunix.user.lib.Tz;

/**
 * The backslash escapes of a prompt string (bash's decode_prompt_string), the first of the
 * two steps bash takes with PS4 (and PS1, PS2): {@code \\u} the user, {@code \h} and
 * {@code \H} the host name (up to its first dot, or all), {@code \w} and {@code \W} the
 * working directory (with ~ for $HOME, or its last component), {@code \$} '#' for root and
 * '$' for others, {@code \t \T \@ \A \d \D{FORMAT}} the time, {@code \j} the number of jobs,
 * {@code \l} the terminal's name, {@code \s} the shell's, {@code \v \V} bash's version,
 * {@code \# \!} the command and history numbers, {@code \a \e \n \r \\} and {@code \NNN}
 * (three octal digits) characters; {@code \[ \]} are dropped (there is no readline to tell
 * of invisible characters); any other backslash stays with its character.
 *
 * <p>The text is then expanded as in double quotes ({@link Prompts#tracePrefix}), so what the
 * escapes bring in (a directory named {@code $(x)}) is backslash-quoted first, as bash's
 * promptvars does, and {@code \$} is {@code \$} for others, which the expansion makes '$'.
 */
final class PromptString {
    /** bash's version as \v and \V say it: the release miniunix's shell models (Debian 12's). */
    static final String VERSION = "5.2";
    static final String RELEASE = "5.2.15";
    /** What bash calls a user getpwuid does not know. */
    static final String NO_NAME = "I have no name!";

    /**
     * What the escapes show; null for what is not known yet (the time, the terminal, the
     * user), which {@link #needs} tells a caller to find out first.
     */
    record Facts(String user, String host, String pwd, String home, String shellName, int jobs,
                 boolean root, Long now, String tty, int history, int command, Tz zone) {
    }

    private PromptString() {
    }

    /**
     * Whether ps uses an escape whose fact is missing from f: 't' for the time (clock_gettime),
     * 'l' for the terminal, 'u' for the user name; 0 when none is.
     */
    static char needs(String ps, Facts f) {
        for (int i = ps.indexOf('\\'); i >= 0 && i + 1 < ps.length(); i = ps.indexOf('\\', i + 2)) {
            char c = ps.charAt(i + 1);
            if (f.now() == null && "tT@Ad".indexOf(c) >= 0 || c == 'D' && f.now() == null
                    && i + 2 < ps.length() && ps.charAt(i + 2) == '{') {
                return 't';
            }
            if (c == 'l' && f.tty() == null) {
                return 'l';
            }
            if (c == 'u' && f.user() == null) {
                return 'u';
            }
        }
        return 0;
    }

    /** ps with its escapes replaced, ready for the double-quote expansion. */
    static String decode(String ps, Facts f) {
        StringBuilder out = new StringBuilder(ps.length() + 16);
        int i = 0;
        while (i < ps.length()) {
            char c = ps.charAt(i);
            if (c != '\\' || i + 1 == ps.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = ps.charAt(i + 1);
            i += 2;
            if (e >= '0' && e <= '7') {
                i = octal(ps, i - 1, out);
                continue;
            }
            if (e == 'D' && i < ps.length() && ps.charAt(i) == '{') {
                int close = ps.indexOf('}', i);
                if (close > 0) {
                    String fmt = ps.substring(i + 1, close);
                    out.append(quoted(time(fmt.isEmpty() ? "%X" : fmt, f)));
                    i = close + 1;
                    continue;
                }
            }
            String s = escape(e, f);
            out.append(s != null ? s : "\\" + e);
        }
        return out.toString();
    }

    /** One escape's text, or null when e is none (the backslash then stays). */
    private static String escape(char e, Facts f) {
        return switch (e) {
            case 'a' -> "\u0007";
            case 'e' -> "\u001b";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case '\\' -> "\\";
            case '"' -> "\"";               // what double quotes make of \" (bash expands after)
            case '[', ']' -> "";
            case '$' -> f.root() ? "#" : "\\$";
            case 'u' -> quoted(f.user() == null ? NO_NAME : f.user());
            case 'h' -> quoted(f.host().indexOf('.') >= 0
                    ? f.host().substring(0, f.host().indexOf('.')) : f.host());
            case 'H' -> quoted(f.host());
            case 'w' -> quoted(polite(f.pwd(), f.home()));
            case 'W' -> quoted(lastComponent(f.pwd(), f.home()));
            case 's' -> quoted(f.shellName().substring(f.shellName().lastIndexOf('/') + 1));
            case 'v' -> VERSION;
            case 'V' -> RELEASE;
            case 'j' -> Integer.toString(f.jobs());
            case 'l' -> quoted(f.tty() == null ? "tty" : f.tty());
            case '!' -> Integer.toString(f.history());
            case '#' -> Integer.toString(f.command());
            case 't' -> time("%H:%M:%S", f);
            case 'T' -> time("%I:%M:%S", f);
            case '@' -> time("%I:%M %p", f);
            case 'A' -> time("%H:%M", f);
            case 'd' -> time("%a %b %d", f);
            default -> null;
        };
    }

    /**
     * \NNN at ps[at..]: exactly three octal digits (fewer only at the end) make one character,
     * its value's low byte (none for 0); otherwise the backslash stays, followed by what comes
     * after it, as bash's read_octal fails. Returns where to go on.
     */
    private static int octal(String ps, int at, StringBuilder out) {
        int end = Math.min(ps.length(), at + 3);
        int n = 0;
        int digits = 0;
        while (at + digits < end && ps.charAt(at + digits) >= '0' && ps.charAt(at + digits) <= '7') {
            n = n * 8 + ps.charAt(at + digits) - '0';
            digits++;
        }
        if (at + digits < end) {
            out.append('\\');
            return at;
        }
        if ((n & 0xff) != 0) {
            out.append((char) (n & 0xff));
        }
        return end;
    }

    private static String time(String fmt, Facts f) {
        return Strftime.format(fmt, f.now() == null ? 0 : f.now(), 0, f.zone());
    }

    /** bash's polite_directory_format: $HOME at the start of dir is ~. */
    static String polite(String dir, String home) {
        if (home != null && home.length() > 1 && dir.startsWith(home)
                && (dir.length() == home.length() || dir.charAt(home.length()) == '/')) {
            return "~" + dir.substring(home.length());
        }
        return dir;
    }

    /** \W: ~ for $HOME itself, / for the root, else the last component. */
    private static String lastComponent(String dir, String home) {
        if (home != null && dir.equals(home)) {
            return polite(dir, home);
        }
        int slash = dir.lastIndexOf('/');
        return slash > 0 || slash == 0 && dir.length() > 1 ? dir.substring(slash + 1) : dir;
    }

    /**
     * bash's sh_backslash_quote_for_double_quotes, for what the expansion must leave alone:
     * $ ` and \ get a backslash (a quote stays as it is, as in the here-document reading).
     */
    private static String quoted(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '$' || c == '`' || c == '\\') {
                if (b == null) {
                    b = new StringBuilder(s.length() + 4).append(s, 0, i);
                }
                b.append('\\');
            }
            if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
