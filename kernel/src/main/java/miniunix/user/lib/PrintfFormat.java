package miniunix.user.lib;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * printf's format applied to its arguments, shared by /bin/printf (coreutils 9.1's printf.c)
 * and the shell's printf builtin (bash 5.2's printf.def), each in its {@link Dialect}: the
 * format's escapes (\n \t \\ \NNN \xHH ...), its conversions ({@link CSpec}, printed by
 * {@link CFormat}; %b prints an argument with escapes, %q quoted for the shell, %% a percent
 * sign), reused while arguments remain; a missing argument is "" or 0.
 * <pre>
 *   do { used = print_formatted(format, argc, argv); argc -= used; argv += used; }
 *   while (used &gt; 0 &amp;&amp; argc &gt; 0);
 * </pre>
 * A numeric argument that isn't one is reported (coreutils: {@code ‘x’: expected a numeric
 * value}; bash: {@code x: invalid number}), the status becomes 1 and printing goes on with
 * what was read of it; an invalid conversion ends the output. The dialects also differ in
 * that bash has %q with backslashes, %Q, %n, %(FMT)T, \E and \' in the format, and no \c
 * there; coreutils warns about excess arguments and a character constant's extra characters.
 * Simplified: bash's %n and %(FMT)T need the shell ({@link Sink}).
 */
public final class PrintfFormat {
    /** Where the output and the complaints go, in the order printf makes them. */
    public interface Sink {
        /** Bytes of output. */
        void out(byte[] b, int off, int n);

        /** A complaint, without the program's name and newline ({@code x: invalid number}). */
        void error(String msg);

        /**
         * bash's %n: NAME is to hold the number of bytes printed so far; false if NAME can't
         * (printf then stops, as bash does). By default %n is refused.
         */
        default boolean count(String name, long n) {
            return false;
        }

        /** bash's %(FMT)T: the time of SECONDS (-1 now, -2 the shell's start) by strftime. */
        default String strftime(String fmt, long seconds) {
            return "";
        }
    }

    private final Dialect dialect;
    private final byte[] format;
    private final List<String> args;
    private final Sink sink;
    private int next;
    private int status;
    /** Bytes printed so far (bash's %n). */
    private long written;
    /** \c or an invalid conversion: nothing more is printed. */
    private boolean stopped;
    /** The status when this pass over the format began: bash's at a %b's \c. */
    private int passStatus;

    private PrintfFormat(Dialect dialect, String format, List<String> args, Sink sink) {
        this.dialect = dialect;
        this.format = format.getBytes(StandardCharsets.UTF_8);
        this.args = args;
        this.sink = sink;
    }

    /** printf FORMAT ARGS... to sink; returns the exit status (0, or 1 after a complaint). */
    public static int run(Dialect dialect, String format, List<String> args, Sink sink) {
        PrintfFormat p = new PrintfFormat(dialect, format, args, sink);
        int used;
        do {
            int before = p.next;
            p.formatOnce();
            used = p.next - before;
        } while (!p.stopped && used > 0 && p.next < args.size());
        if (!p.stopped && p.next < args.size() && dialect == Dialect.COREUTILS) {
            sink.error("warning: ignoring excess arguments, starting with "
                    + Quote.quote(args.get(p.next)));
        }
        return p.status;
    }

    private boolean bash() {
        return dialect == Dialect.BASH;
    }

    /** One pass over the format (printf.c print_formatted). */
    private void formatOnce() {
        passStatus = status;
        for (int f = 0; f < format.length && !stopped; f++) {
            if (format[f] == '\\') {
                f = escape(format, f, false);
            } else if (format[f] == '%') {
                f = directive(f);
            } else {
                write(format, f, 1);
            }
        }
    }

    private void write(byte[] b, int off, int n) {
        sink.out(b, off, n);
        written += n;
    }

    private void write(byte[] b) {
        write(b, 0, b.length);
    }

    private void write(String s) {
        write(s.getBytes(StandardCharsets.UTF_8));
    }

    private void fail(String msg) {
        sink.error(msg);
        status = 1;
    }

    /** The conversion at format[f] ('%'); returns the index of its last byte. */
    private int directive(int f) {
        int start = f++;
        char c = f < format.length ? (char) format[f] : 0;
        if (c == '%') {
            write("%");
            return f;
        }
        if (!bash() && (c == 'b' || c == 'q')) {
            String arg = nextArg(null);
            if (c == 'b' && arg != null) {
                escaped(arg, new CFormat("", 0, -1, 's'));
            } else if (arg != null) {
                write(Quote.shell(arg));
            }
            return f;
        }
        CSpec spec = CSpec.parse(format, f, dialect);
        if (spec.error()) {
            stopped = true;
            String text = new String(format, start, Math.min(format.length, spec.end() + 1) - start,
                    StandardCharsets.UTF_8);
            fail(bash() ? "`" + text + "': missing format character"
                    : text + ": invalid conversion specification");
            return format.length;
        }
        int width = spec.starWidth() ? star(nextArg(null)) : spec.width();
        int precision = spec.starPrecision() ? Math.max(-1, star(nextArg(null))) : spec.precision();
        String flags = width < 0 ? spec.flags() + "-" : spec.flags();
        CFormat cf = new CFormat(flags, Math.abs(width), precision, spec.conv());
        if (bash()) {
            return bashConversion(cf, start, spec.end());
        }
        print(cf, nextArg(""));
        return spec.end();
    }

    /** A width or precision from the arguments ('*'): an int, clamped as bash's getint does. */
    private int star(String arg) {
        if (arg == null) {
            return 0;
        }
        long v = number(arg, true).integer().longValue();
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    private void print(CFormat cf, String arg) {
        switch (cf.conv()) {
            case 'd': case 'i': write(cf.integer(number(arg, true).integer())); break;
            case 'o': case 'u': case 'x': case 'X':
                write(cf.integer(number(arg, false).integer()));
                break;
            case 's': write(cf.string(arg.getBytes(StandardCharsets.UTF_8))); break;
            case 'c': write(cf.character(arg.getBytes(StandardCharsets.UTF_8))); break;
            default: write(cf.real(real(arg))); break;
        }
    }

    /**
     * bash's conversion letters (printf.def's switch): the common ones, and %b %q %Q (with
     * the width and precision), %n and %(FMT)T. Returns the index of the last byte used.
     */
    private int bashConversion(CFormat cf, int start, int end) {
        char conv = cf.conv();
        if ("diouxXeEfFgGaAcs".indexOf(conv) >= 0) {
            print(cf, nextArg(""));
        } else if (conv == 'b') {
            escaped(nextArg(""), cf);
        } else if (conv == 'q' || conv == 'Q') {
            String arg = nextArg("");
            if (conv == 'Q' && cf.precision() >= 0) {
                arg = new String(new CFormat("", 0, cf.precision(), 's').string(
                        arg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            }
            int precision = conv == 'Q' ? -1 : cf.precision();
            CFormat unlimited = new CFormat(cf.flags(), cf.width(), precision, 's');
            write(unlimited.string(bashQuote(arg).getBytes(StandardCharsets.UTF_8)));
        } else if (conv == 'n') {
            String name = nextArg("");
            if (!name.isEmpty() && !sink.count(name, written)) {
                fail("`" + name + "': not a valid identifier");
                stopped = true;
            }
        } else if (conv == '(') {
            return time(cf, start, end);
        } else {
            fail("`" + conv + "': invalid format character");
            stopped = true;
        }
        return end;
    }

    /**
     * %(FMT)T: FMT (nested parentheses balanced; empty is %X) by strftime, of the argument's
     * seconds, printed as %s with the width and precision. Without a T after the ')', bash
     * warns and prints the '%' as it is, going on after it.
     */
    private int time(CFormat cf, int start, int open) {
        int depth = 1;
        int f = open + 1;
        for (; f < format.length; f++) {
            depth += format[f] == '(' ? 1 : format[f] == ')' ? -1 : 0;
            if (depth == 0) {
                break;
            }
        }
        char t = f + 1 < format.length ? (char) format[f + 1] : 0;
        if (depth != 0 || t != 'T') {
            String letter = depth != 0 ? "" : String.valueOf(t);
            sink.error("warning: `" + letter + "': invalid time format specification");
            write(format, start, 1);
            return start;
        }
        String fmt = new String(format, open + 1, f - open - 1, StandardCharsets.UTF_8);
        String arg = nextArg(null);
        long secs = arg == null ? -1 : number(arg, true).integer().longValue();
        String s = sink.strftime(fmt.isEmpty() ? "%X" : fmt, secs);
        CFormat asString = new CFormat(cf.flags(), cf.width(), cf.precision(), 's');
        write(asString.string(s.getBytes(StandardCharsets.UTF_8)));
        return f + 1;
    }

    /**
     * %q in bash (sh_quote_reusable): '' for an empty word, $'...' when it holds a control
     * character, else a backslash before each character special to the shell, before a
     * leading #, and before a ~ that starts the word or follows : or =.
     */
    static String bashQuote(String s) {
        if (s.isEmpty()) {
            return "''";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == 0x7f || c >= 0x80 && c < 0xa0) {
                return Quote.ansiC(s);
            }
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean tilde = c == '~'
                    && (i == 0 || s.charAt(i - 1) == ':' || s.charAt(i - 1) == '=');
            if (" \t\n!\"$&'()*,;<>?[\\]^`{|}".indexOf(c) >= 0 || c == '#' && i == 0 || tilde) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** %b: arg with its escapes done, as a %s of cf; \c ends all output. */
    private void escaped(String arg, CFormat cf) {
        byte[] a = arg.getBytes(StandardCharsets.UTF_8);
        Escaped e = new Escaped(a.length);
        for (int i = 0; i < a.length && !stopped; i++) {
            i = a[i] == '\\' ? e.escape(a, i, true) : e.add(a, i);
        }
        byte[] body = Arrays.copyOf(e.buf, e.len);
        if (cf.width() == 0 && cf.precision() < 0) {
            write(body);
        } else {
            write(cf.string(body));
        }
    }

    /** The next argument (and counts it used), or dflt when they have run out. */
    private String nextArg(String dflt) {
        return next < args.size() ? args.get(next++) : dflt;
    }

    /** An integer argument, with printf's complaints (verify_numeric; bash's getintmax). */
    private CNumber number(String arg, boolean signed) {
        CNumber n = CNumber.integer(arg, signed);
        verify(arg, n, n.range());
        return n;
    }

    private CNumber real(String arg) {
        CNumber n = CNumber.real(arg);
        verify(arg, n, n.kind() == CNumber.Kind.FINITE && LongDouble.outOfRange(n.real().abs()));
        return n;
    }

    private void verify(String arg, CNumber n, boolean range) {
        if (bash()) {
            if (n.end() < arg.length() && n.ignored() == null) {
                boolean octal = arg.length() > 1 && arg.charAt(0) == '0'
                        && Character.isDigit(arg.charAt(1));
                fail(arg + ": " + (octal ? "invalid octal number"
                        : arg.startsWith("0x") ? "invalid hex number" : "invalid number"));
            } else if (range) {
                sink.error("warning: " + arg + ": Numerical result out of range");
            }
        } else if (n.ignored() != null) {
            sink.error("warning: " + n.ignored()
                    + ": character(s) following character constant have been ignored");
        } else if (range) {
            fail(Quote.quote(arg) + ": Numerical result out of range");
        } else if (n.end() < arg.length()) {
            fail(Quote.quote(arg) + (n.end() == 0 ? ": expected a numeric value"
                    : ": value not completely converted"));
        }
    }

    /** Output of an escape in the format, or a %b argument's bytes as its escapes make them. */
    private int escape(byte[] s, int i, boolean octal0) {
        Escaped e = new Escaped(4);
        int end = e.escape(s, i, octal0);
        write(e.buf, 0, e.len);
        return end;
    }

    /** Bytes made by escapes (printf.c print_esc, bash's tescape and bexpand). */
    private final class Escaped {
        byte[] buf;
        int len;

        Escaped(int size) {
            buf = new byte[Math.max(4, size)];
        }

        int add(byte[] s, int i) {
            put(s[i]);
            return i;
        }

        void put(int b) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, 2 * len);
            }
            buf[len++] = (byte) b;
        }

        void put(String chars) {
            for (byte b : chars.getBytes(StandardCharsets.UTF_8)) {
                put(b);
            }
        }

        /**
         * The escape at s[i] ('\\'); returns the index of its last byte. In %b (octal0) an
         * octal escape is \0NNN (bash also takes \NNN); in the format, \NNN. \c ends all output
         * in %b, and in coreutils' format too; bash's format prints it as it is.
         */
        int escape(byte[] s, int i, boolean octal0) {
            int p = i + 1;
            int c = p < s.length ? s[p] : 0;
            if (c == 'x') {
                return hex(s, p + 1);
            }
            if (c >= '0' && c <= '7') {
                int max = octal0 && c == '0' ? 4 : 3;
                return octal(s, p, c == '0' && octal0 && !bash() ? 1 : 0, max);
            }
            if (c == 'u' || c == 'U') {
                return unicode(s, p, c == 'u' ? 4 : 8);
            }
            int at = "\"\\abcefnrtv".indexOf(c);
            boolean bashOnly = bash() && (c == 'E' || !octal0 && (c == '\'' || c == '?'));
            if (c != 0 && (at >= 0 || bashOnly)) {
                if (c == 'c' && (octal0 || !bash())) {
                    stopped = true;
                    status = bash() ? passStatus : 0;      // coreutils: exit (EXIT_SUCCESS)
                    return s.length;
                }
                if (c == '"' && bash() && octal0) {
                    put('\\');
                }
                if (c != 'c' || !bash()) {
                    String escaped = "\"\\\u0007\b_\u001b\f\n\r\t\u000b";
                    put(c == 'E' ? "\u001b" : at >= 0 ? String.valueOf(escaped.charAt(at))
                            : String.valueOf((char) c));
                    return p;
                }
            }
            put('\\');
            return c == 0 ? i : add(s, p);
        }

        /** \\xHH: one or two hex digits from s[p]; returns the index of the last. */
        private int hex(byte[] s, int p) {
            int v = 0;
            int n = 0;
            for (; n < 2 && p < s.length && Character.digit(s[p], 16) >= 0; n++, p++) {
                v = v * 16 + Character.digit(s[p], 16);
            }
            if (n == 0) {
                return missing(s, p - 1, bash() ? "missing hex digit for \\x" : null);
            }
            put(v);
            return p - 1;
        }

        /**
         * Up to max octal digits from s[p] (skip of them not counted in the value: coreutils'
         * \0 before a %b's NNN); returns the index of the last.
         */
        private int octal(byte[] s, int p, int skip, int max) {
            int v = 0;
            p += skip;
            for (int n = skip; n < max && p < s.length && s[p] >= '0' && s[p] <= '7'; n++, p++) {
                v = v * 8 + s[p] - '0';
            }
            put(v);
            return p - 1;
        }

        /** \\uHHHH or \\UHHHHHHHH at s[p]: the character, in UTF-8. */
        private int unicode(byte[] s, int p, int n) {
            int v = 0;
            int k = 1;
            for (; k <= n && p + k < s.length && Character.digit(s[p + k], 16) >= 0; k++) {
                v = v * 16 + Character.digit(s[p + k], 16);
            }
            if (k == 1 || !bash() && k <= n) {
                return missing(s, p, bash() ? "missing unicode digit for \\" + (char) s[p] : null);
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            EchoArgs.utf8(v, b);
            for (byte x : b.toByteArray()) {
                put(x);
            }
            return p + k - 1;
        }

        /**
         * An escape without its digits: bash warns and prints it as it is (its letter at s[p]);
         * coreutils stops, with status 1.
         */
        private int missing(byte[] s, int p, String bashMessage) {
            if (bashMessage != null) {
                sink.error(bashMessage);
                put('\\');
                return p - 1;
            }
            fail("missing hexadecimal number in escape");
            stopped = true;
            return s.length;
        }
    }
}
