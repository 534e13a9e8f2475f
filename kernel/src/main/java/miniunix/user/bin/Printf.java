package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * printf(1) of coreutils: FORMAT with its escapes (\n \t \\ \NNN \xHH ... ; \c ends all
 * output) and conversions ({@link CFormat}; %b prints an argument with escapes, %q quoted for
 * the shell, %% a percent sign), reused while arguments remain; a missing argument is "" or 0.
 * A numeric argument that isn't one is reported ({@code printf: ‘x’: expected a numeric
 * value}) and the exit status is 1, but printing goes on; an invalid conversion ends it.
 * <pre>
 *   do { used = print_formatted(format, argc, argv); argc -= used; argv += used; }
 *   while (used &gt; 0 &amp;&amp; argc &gt; 0);
 * </pre>
 * Simplified: no %a (hexadecimal floating point).
 */
public final class Printf extends Proc {
    private static final String USAGE = "Usage: printf FORMAT [ARGUMENT]...\n"
            + "  or:  printf OPTION\n"
            + "Print ARGUMENT(s) according to FORMAT, or execute according to OPTION:\n\n"
            + "      --help        display this help and exit\n\n"
            + "FORMAT controls the output as in C printf.  Interpreted sequences are:\n\n"
            + "  \\\"      double quote\n  \\\\      backslash\n  \\a      alert (BEL)\n"
            + "  \\b      backspace\n  \\c      produce no further output\n  \\e      escape\n"
            + "  \\f      form feed\n  \\n      new line\n  \\r      carriage return\n"
            + "  \\t      horizontal tab\n  \\v      vertical tab\n"
            + "  \\NNN    byte with octal value NNN (1 to 3 digits)\n"
            + "  \\xHH    byte with hexadecimal value HH (1 to 2 digits)\n"
            + "  %%      a single %\n"
            + "  %b      ARGUMENT as a string with '\\' escapes interpreted,\n"
            + "          except that octal escapes are of the form \\0 or \\0NNN\n"
            + "  %q      ARGUMENT is printed in a format that can be reused as shell input,\n"
            + "          escaping non-printable characters with the proposed POSIX $'' syntax.\n\n"
            + "and all C format specifications ending with one of diouxXfeEgGcs, with\n"
            + "ARGUMENTs converted to proper type first.  Variable widths are handled.\n";

    private byte[] format = new byte[0];
    private List<String> args = List.of();
    private int next;
    private int status;
    /** \c or an invalid conversion: nothing more is printed. */
    private boolean stopped;

    public Printf(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (argv.size() == 2 && argv.get(1).equals("--help")) {
            out.print(USAGE);
            return exit(0);
        }
        int first = argv.size() > 1 && argv.get(1).equals("--") ? 2 : 1;
        if (argv.size() <= first) {
            return fail(1, "missing operand\n" + Opts.tryHelp(prog()));
        }
        format = argv.get(first).getBytes(StandardCharsets.UTF_8);
        args = argv.subList(first + 1, argv.size());
        int used;
        do {
            int before = next;
            formatOnce();
            used = next - before;
        } while (!stopped && used > 0 && next < args.size());
        if (!stopped && next < args.size()) {
            err.print(prog()).print(": warning: ignoring excess arguments, starting with ");
            err.print(Quote.quote(args.get(next))).print('\n');
        }
        return exit(status);
    }

    /** One pass over the format (printf.c print_formatted). */
    private void formatOnce() {
        for (int f = 0; f < format.length && !stopped; f++) {
            if (format[f] == '\\') {
                f = escape(format, f, false);
            } else if (format[f] == '%') {
                f = directive(f);
            } else {
                out.write(format, f, 1);
            }
        }
    }

    /** The conversion at format[f] ('%'); returns the index of its last byte. */
    private int directive(int f) {
        int start = f++;
        char c = f < format.length ? (char) format[f] : 0;
        if (c == '%') {
            out.print('%');
            return f;
        }
        if (c == 'b' || c == 'q') {
            String arg = nextArg(null);
            if (c == 'b' && arg != null) {
                byte[] a = arg.getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < a.length && !stopped; i++) {
                    i = a[i] == '\\' ? escape(a, i, true) : write(a, i);
                }
            } else if (arg != null) {
                out.print(Quote.shell(arg));
            }
            return f;
        }
        CSpec spec = CSpec.parse(format, f);
        if (spec.error()) {
            stopped = true;
            status = 1;
            err.print(prog()).print(": ");
            err.write(format, start, Math.min(format.length, spec.end() + 1) - start);
            err.print(": invalid conversion specification\n");
            return format.length;
        }
        int width = spec.starWidth() ? (int) number(nextArg("0"), true).integer().longValue()
                : spec.width();
        int precision = spec.starPrecision()
                ? (int) Math.max(-1, number(nextArg("0"), true).integer().longValue())
                : spec.precision();
        String flags = width < 0 ? spec.flags() + "-" : spec.flags();
        CFormat cf = new CFormat(flags, Math.abs(width), precision, spec.conv());
        print(cf, nextArg(""));
        return spec.end();
    }

    private void print(CFormat cf, String arg) {
        byte[] b;
        switch (cf.conv()) {
            case 'd': case 'i': b = cf.integer(number(arg, true).integer()); break;
            case 'o': case 'u': case 'x': case 'X':
                b = cf.integer(number(arg, false).integer());
                break;
            case 's': b = cf.string(arg.getBytes(StandardCharsets.UTF_8)); break;
            case 'c': b = cf.character(arg.getBytes(StandardCharsets.UTF_8)); break;
            default: b = cf.real(real(arg)); break;
        }
        out.write(b, 0, b.length);
    }

    /** The next argument (and counts it used), or dflt when they have run out. */
    private String nextArg(String dflt) {
        return next < args.size() ? args.get(next++) : dflt;
    }

    /** An integer argument, with printf's complaints (printf.c verify_numeric). */
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
        if (n.ignored() != null) {
            err.print(prog()).print(": warning: ").print(n.ignored());
            err.print(": character(s) following character constant have been ignored\n");
        } else if (range) {
            err.print(prog()).print(": ").print(Quote.quote(arg));
            err.print(": Numerical result out of range\n");
            status = 1;
        } else if (n.end() < arg.length()) {
            err.print(prog()).print(": ").print(Quote.quote(arg)).print(n.end() == 0
                    ? ": expected a numeric value\n" : ": value not completely converted\n");
            status = 1;
        }
    }

    /** \\uHHHH or \\UHHHHHHHH at s[p]: the character, in UTF-8. */
    private int unicode(byte[] s, int p, int n) {
        int v = 0;
        for (int k = 1; k <= n; k++) {
            int d = p + k < s.length ? Character.digit(s[p + k], 16) : -1;
            if (d < 0) {
                err.print(prog()).print(": missing hexadecimal number in escape\n");
                stopped = true;
                status = 1;
                return s.length;
            }
            v = v * 16 + d;
        }
        out.print(Character.isValidCodePoint(v) ? new String(Character.toChars(v)) : "?");
        return p + n;
    }

    private int write(byte[] s, int i) {
        out.write(s, i, 1);
        return i;
    }

    /**
     * The escape at s[i] ('\\'); returns the index of its last byte. In %b (octal0) an octal
     * escape is \0NNN; in the format, \NNN (printf.c print_esc).
     */
    private int escape(byte[] s, int i, boolean octal0) {
        int p = i + 1;
        int c = p < s.length ? s[p] : 0;
        if (c == 'x') {
            return hex(s, p + 1);
        }
        if (c >= '0' && c <= '7') {
            return octal(s, p + (octal0 && c == '0' ? 1 : 0));
        }
        if (c == 'u' || c == 'U') {
            return unicode(s, p, c == 'u' ? 4 : 8);
        }
        int at = "\"\\abcefnrtv".indexOf(c);
        if (c != 0 && at >= 0) {
            if (c == 'c') {
                stopped = true;
                status = 0;
                return s.length;
            }
            out.print("\"\\\u0007\b_\u001b\f\n\r\t\u000b".charAt(at));
            return p;
        }
        out.print('\\');
        return c == 0 ? i : write(s, p);
    }

    /** \\xHH: one or two hex digits from s[p]; returns the index of the last. */
    private int hex(byte[] s, int p) {
        int v = 0;
        int n = 0;
        for (; n < 2 && p < s.length && Character.digit(s[p], 16) >= 0; n++, p++) {
            v = v * 16 + Character.digit(s[p], 16);
        }
        if (n == 0) {
            err.print(prog()).print(": missing hexadecimal number in escape\n");
            stopped = true;
            status = 1;
            return s.length;
        }
        out.write(new byte[] {(byte) v}, 0, 1);
        return p - 1;
    }

    /** Up to three octal digits from s[p]; returns the index of the last. */
    private int octal(byte[] s, int p) {
        int v = 0;
        for (int n = 0; n < 3 && p < s.length && s[p] >= '0' && s[p] <= '7'; n++, p++) {
            v = v * 8 + s[p] - '0';
        }
        out.write(new byte[] {(byte) v}, 0, 1);
        return p - 1;
    }
}
