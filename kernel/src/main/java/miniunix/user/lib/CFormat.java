package miniunix.user.lib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One printf(3) conversion, {@code %[flags][width][.precision]conv}, as glibc prints it in the
 * C locale: flags - + space 0 #, a width and precision (-1 when absent), and d i o u x X
 * (intmax_t), f F e E g G a A (long double), c and s. The result is bytes, padded to the width.
 */
public record CFormat(String flags, int width, int precision, char conv) {
    private boolean has(char f) {
        return flags.indexOf(f) >= 0;
    }

    /** %d %i (v signed) or %o %u %x %X (v in 0..2^64-1). */
    public byte[] integer(BigInteger v) {
        int radix = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
        String digits = v.abs().toString(radix);
        digits = conv == 'X' ? digits.toUpperCase(Locale.ROOT) : digits;
        if (precision == 0 && v.signum() == 0) {
            digits = "";
        }
        if (precision > digits.length()) {
            digits = "0".repeat(precision - digits.length()) + digits;
        }
        String lead = "";
        if (conv == 'o' && has('#') && !digits.startsWith("0")) {
            digits = "0" + digits;
        } else if (radix == 16 && has('#') && v.signum() != 0) {
            lead = conv == 'x' ? "0x" : "0X";
        } else if (conv == 'd' || conv == 'i') {
            lead = v.signum() < 0 ? "-" : has('+') ? "+" : has(' ') ? " " : "";
        }
        return pad(lead, ascii(digits), has('0') && precision < 0);
    }

    /** %f %e %g and their capitals, of a long double. */
    public byte[] real(CNumber n) {
        String sign = n.negative() ? "-" : has('+') ? "+" : has(' ') ? " " : "";
        BigDecimal x = n.kind() == CNumber.Kind.FINITE ? LongDouble.round(n.real().abs()) : null;
        if (x == null) {
            String s = n.kind() == CNumber.Kind.NAN ? "nan" : "inf";
            return pad(sign, ascii(Character.isUpperCase(conv) ? s.toUpperCase(Locale.ROOT) : s),
                    false);
        }
        if (Character.toLowerCase(conv) == 'a') {
            return hexReal(sign, x);
        }
        int p = precision < 0 ? 6 : precision;
        String body;
        switch (Character.toLowerCase(conv)) {
            case 'f': body = fixed(x, p); break;
            case 'e': body = exponential(x, p); break;
            default: body = general(x, p); break;
        }
        return pad(sign, ascii(Character.isUpperCase(conv) ? body.toUpperCase(Locale.ROOT) : body),
                has('0'));
    }

    private String fixed(BigDecimal x, int p) {
        String s = x.setScale(p, RoundingMode.HALF_EVEN).toPlainString();
        return p == 0 && has('#') ? s + "." : s;
    }

    private String exponential(BigDecimal x, int p) {
        String digits = "0".repeat(p + 1);
        int e = 0;
        if (x.signum() != 0) {
            BigDecimal r = x.round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
            e = r.precision() - r.scale() - 1;
            digits = (r.unscaledValue().toString() + digits).substring(0, p + 1);
        }
        String mantissa = digits.charAt(0) + (p > 0 || has('#') ? "." : "") + digits.substring(1);
        int a = Math.abs(e);
        return mantissa + "e" + (e < 0 ? "-" : "+") + (a < 10 ? "0" : "") + a;
    }

    /**
     * %a: glibc's hex form of a long double, {@code 0x8p-3} for 1; the digits after the point
     * are as many as the precision (rounded half to even), or all but trailing zeros. Zeros of
     * the 0 flag go after the "0x".
     */
    private byte[] hexReal(String sign, BigDecimal x) {
        String digits = "0";
        int exp = 0;
        if (x.signum() != 0) {
            String[] h = LongDouble.hex(x);
            digits = h[0];
            exp = Integer.parseInt(h[1]);
        }
        if (precision >= 0 && precision < digits.length() - 1) {
            BigInteger m = new BigInteger(digits, 16);
            BigInteger unit = BigInteger.ONE.shiftLeft(4 * (digits.length() - 1 - precision));
            BigInteger[] qr = m.divideAndRemainder(unit);
            int half = qr[1].shiftLeft(1).compareTo(unit);
            BigInteger r = half > 0 || half == 0 && qr[0].testBit(0) ? qr[0].add(BigInteger.ONE) : qr[0];
            digits = r.toString(16);
            if (digits.length() > precision + 1) {
                // The first digit carried over f: 0x10 is 0x1 with four more in the exponent.
                digits = digits.substring(0, precision + 1);
                exp += 4;
            }
        } else {
            String frac = digits.substring(1).replaceAll("0+$", "");
            int p = Math.max(precision, frac.length());
            digits = digits.charAt(0) + frac + "0".repeat(p - frac.length());
        }
        String body = digits.charAt(0) + (digits.length() > 1 || has('#') ? "." : "")
                + digits.substring(1) + "p" + (exp < 0 ? "-" : "+") + Math.abs(exp);
        boolean upper = conv == 'A';
        return pad(sign + (upper ? "0X" : "0x"),
                ascii(upper ? body.toUpperCase(Locale.ROOT) : body), has('0'));
    }

    /** %g: %e if the exponent is below -4 or at least the precision, else %f; no trailing 0s. */
    private String general(BigDecimal x, int p) {
        int sig = p == 0 ? 1 : p;
        int e = 0;
        if (x.signum() != 0) {
            BigDecimal r = x.round(new MathContext(sig, RoundingMode.HALF_EVEN));
            e = r.precision() - r.scale() - 1;
        }
        String s = sig > e && e >= -4 ? fixed(x, sig - 1 - e) : exponential(x, sig - 1);
        if (has('#') || s.indexOf('.') < 0) {
            return s;
        }
        int end = s.indexOf('e') < 0 ? s.length() : s.indexOf('e');
        int cut = end;
        while (s.charAt(cut - 1) == '0') {
            cut--;
        }
        cut -= s.charAt(cut - 1) == '.' ? 1 : 0;
        return s.substring(0, cut) + s.substring(end);
    }

    /** %s: the argument's bytes, cut to the precision. */
    public byte[] string(byte[] s) {
        int n = precision >= 0 ? Math.min(precision, s.length) : s.length;
        return pad("", Arrays.copyOf(s, n), false);
    }

    /** %c: the argument's first byte (a NUL for an empty one). */
    public byte[] character(byte[] s) {
        return pad("", new byte[] {s.length > 0 ? s[0] : 0}, false);
    }

    /** lead + body, padded to the width: spaces before (or after, with -) or zeros between. */
    private byte[] pad(String lead, byte[] body, boolean zeros) {
        int fill = Math.max(0, width - lead.length() - body.length);
        String before = has('-') || zeros ? "" : " ".repeat(fill);
        String between = !has('-') && zeros ? "0".repeat(fill) : "";
        String after = has('-') ? " ".repeat(fill) : "";
        byte[] head = ascii(before + lead + between);
        byte[] out = Arrays.copyOf(head, head.length + body.length + after.length());
        System.arraycopy(body, 0, out, head.length, body.length);
        System.arraycopy(ascii(after), 0, out, head.length + body.length, after.length());
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
