package miniunix.user.bin;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import miniunix.user.lib.CFormat;
import miniunix.user.lib.CNumber;
import miniunix.user.lib.Quote;

/**
 * seq's -f FORMAT (coreutils' long_double_format): text with exactly one floating conversion
 * {@code %[flags][width][.precision][L](e|f|g|a|E|F|G|A)}, and {@code %%} for a percent sign
 * anywhere else. The number is printed as printf(3) prints a long double ({@link CFormat}).
 * A format that breaks the rule is kept with seq's complaint instead.
 *
 * @param prefix the text before the conversion, %% already made %
 * @param spec   the conversion
 * @param suffix the text after it
 * @param error  seq's message without the program name ({@code format ‘x’ has no % directive}),
 *               or null
 */
record SeqFormat(String prefix, CFormat spec, String suffix, String error) {
    private static final String FLAGS = "-+ #0'";
    private static final String CONVERSIONS = "efgaEFGA";

    /** Parses FORMAT as seq does, checking in its order. */
    static SeqFormat parse(String fmt) {
        int i = directive(fmt, 0);
        if (i < 0) {
            return bad(fmt, "has no % directive");
        }
        String prefix = percents(fmt.substring(0, i));
        int at = i + 1;
        int flagsStart = at;
        while (at < fmt.length() && FLAGS.indexOf(fmt.charAt(at)) >= 0) {
            at++;
        }
        String flags = fmt.substring(flagsStart, at);
        int widthStart = at;
        while (at < fmt.length() && Character.isDigit(fmt.charAt(at))) {
            at++;
        }
        int width = number(fmt.substring(widthStart, at), 0);
        int precision = -1;
        if (at < fmt.length() && fmt.charAt(at) == '.') {
            int precisionStart = ++at;
            while (at < fmt.length() && Character.isDigit(fmt.charAt(at))) {
                at++;
            }
            precision = number(fmt.substring(precisionStart, at), 0);
        }
        at += at < fmt.length() && fmt.charAt(at) == 'L' ? 1 : 0;
        if (at == fmt.length()) {
            return bad(fmt, "ends in %");
        }
        char conv = fmt.charAt(at);
        if (CONVERSIONS.indexOf(conv) < 0) {
            return bad(fmt, "has unknown %" + conv + " directive");
        }
        if (directive(fmt, at + 1) >= 0) {
            return bad(fmt, "has too many % directives");
        }
        return new SeqFormat(prefix, new CFormat(flags, width, precision, conv),
                percents(fmt.substring(at + 1)), null);
    }

    /** The number x as the format prints it. */
    String format(BigDecimal x) {
        CNumber n = new CNumber(null, x.abs(), x.signum() < 0, CNumber.Kind.FINITE, 0, false, null);
        return prefix + new String(spec.real(n), StandardCharsets.US_ASCII) + suffix;
    }

    /** The index of the first '%' from 'from' that is not "%%", or -1. */
    private static int directive(String fmt, int from) {
        for (int i = from; i < fmt.length(); i++) {
            if (fmt.charAt(i) == '%') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '%') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Text outside the conversion as printf prints it: %% is %. */
    private static String percents(String s) {
        return s.replace("%%", "%");
    }

    /** Decimal digits as an int, saturated; dflt when there are none. */
    private static int number(String digits, int dflt) {
        if (digits.isEmpty()) {
            return dflt;
        }
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static SeqFormat bad(String fmt, String what) {
        return new SeqFormat(null, null, null, "format " + Quote.quote(fmt) + " " + what);
    }
}
