package miniunix.user.lib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * printf's numeric arguments as C reads them: strtoimax/strtoumax with base 0 (10, 0x1F, 017)
 * and strtold (decimal or hex, inf, nan), after leading white space and a sign; or 'c, the
 * character's code. A number records how far the parse got ({@link #end}) and whether it
 * overflowed (ERANGE), for printf's three complaints: "expected a numeric value", "value not
 * completely converted" and "Numerical result out of range".
 *
 * @param integer  the value of an integer conversion (saturated on overflow, as C does)
 * @param real     the exact value of a floating conversion, before rounding to long double
 * @param negative the sign, kept apart so that -0 prints as "-0.000000"
 * @param kind     FINITE, INF or NAN
 * @param end      where the parse stopped in the argument (0: nothing was a number)
 * @param range    the value was out of range (ERANGE)
 * @param ignored  for 'c: the characters after the first, which GNU warns about, or null
 */
public record CNumber(BigInteger integer, BigDecimal real, boolean negative, Kind kind, int end,
               boolean range, String ignored) {
    public enum Kind { FINITE, INF, NAN }

    private static final BigInteger INTMAX_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger INTMAX_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger UINTMAX_MAX =
            BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** strtoimax (signed) or strtoumax (unsigned, where -1 is UINTMAX_MAX) with base 0. */
    public static CNumber integer(String s, boolean signed) {
        CNumber c = character(s);
        if (c != null) {
            return c;
        }
        int i = skipSpace(s);
        boolean neg = i < s.length() && s.charAt(i) == '-';
        i += i < s.length() && (neg || s.charAt(i) == '+') ? 1 : 0;
        int radix = 10;
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
            radix = i + 2 < s.length() && Character.digit(s.charAt(i + 2), 16) >= 0 ? 16 : 8;
            i += radix == 16 ? 2 : 0;
        } else if (s.startsWith("0", i)) {
            radix = 8;
        }
        int start = i;
        while (i < s.length() && s.charAt(i) < 0x80 && Character.digit(s.charAt(i), radix) >= 0) {
            i++;
        }
        if (i == start) {
            return new CNumber(BigInteger.ZERO, null, false, Kind.FINITE, 0, false, null);
        }
        BigInteger v = new BigInteger(s.substring(start, i), radix);
        v = neg ? v.negate() : v;
        BigInteger min = signed ? INTMAX_MIN : UINTMAX_MAX.negate();
        BigInteger max = signed ? INTMAX_MAX : UINTMAX_MAX;
        boolean range = v.compareTo(min) < 0 || v.compareTo(max) > 0;
        v = range ? (signed && neg ? INTMAX_MIN : max) : v;
        v = !signed && v.signum() < 0 ? v.add(UINTMAX_MAX).add(BigInteger.ONE) : v;
        return new CNumber(v, null, neg, Kind.FINITE, i, range, null);
    }

    /** strtold in the C locale: the exact value of what was written (LongDouble rounds it). */
    public static CNumber real(String s) {
        CNumber c = character(s);
        if (c != null) {
            return new CNumber(null, new BigDecimal(c.integer), false, Kind.FINITE, c.end, false,
                    c.ignored);
        }
        int i = skipSpace(s);
        boolean neg = i < s.length() && s.charAt(i) == '-';
        i += i < s.length() && (neg || s.charAt(i) == '+') ? 1 : 0;
        String rest = s.substring(i).toLowerCase(Locale.ROOT);
        if (rest.startsWith("inf") || rest.startsWith("nan")) {
            int n = rest.startsWith("infinity") ? 8 : 3;
            Kind k = rest.startsWith("inf") ? Kind.INF : Kind.NAN;
            return new CNumber(null, BigDecimal.ZERO, neg, k, i + n, false, null);
        }
        boolean hex = rest.matches("0x[.]?[0-9a-f].*");
        int[] at = {hex ? i + 2 : i};
        String mant = digits(s, at, hex ? 16 : 10);
        if (mant.equals(".") || mant.isEmpty()) {
            return new CNumber(null, BigDecimal.ZERO, false, Kind.FINITE, 0, false, null);
        }
        long exp = exponent(s, at, hex ? 'p' : 'e');
        BigDecimal v = hex ? hexValue(mant, exp) : new BigDecimal(mant.startsWith(".") ? "0"
                + mant : mant).scaleByPowerOfTen((int) Math.max(-100_000, Math.min(100_000, exp)));
        return new CNumber(null, v, neg, Kind.FINITE, at[0], false, null);
    }

    /** 'c or "c: the code of the character after the quote. */
    private static CNumber character(String s) {
        if (s.length() < 2 || s.charAt(0) != '\'' && s.charAt(0) != '"') {
            return null;
        }
        int cp = s.codePointAt(1);
        int after = 1 + Character.charCount(cp);
        String ignored = after < s.length() ? s.substring(after) : null;
        return new CNumber(BigInteger.valueOf(cp), null, false, Kind.FINITE, s.length(), false,
                ignored);
    }

    private static int skipSpace(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** C's isspace in the C locale. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Digits with at most one '.', from at[0]; advances at[0]. */
    private static String digits(String s, int[] at, int radix) {
        StringBuilder b = new StringBuilder();
        boolean dot = false;
        for (int i = at[0]; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c >= 0x80 || Character.digit(c, radix) < 0) {
                break;
            }
            b.append(c);
        }
        at[0] += b.length();
        return b.toString();
    }

    /** An exponent after the mantissa ("e-5", "p3"), if digits follow the letter; else 0. */
    private static long exponent(String s, int[] at, char letter) {
        int i = at[0];
        if (i >= s.length() || Character.toLowerCase(s.charAt(i)) != letter) {
            return 0;
        }
        int j = i + 1 + (i + 1 < s.length() && "+-".indexOf(s.charAt(i + 1)) >= 0 ? 1 : 0);
        int k = j;
        while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
        }
        if (k == j) {
            return 0;
        }
        at[0] = k;
        long e = k - j > 9 ? 1_000_000_000L : Long.parseLong(s.substring(j, k));
        return s.charAt(i + 1) == '-' ? -e : e;
    }

    /** The exact value of hex digits (with a '.') times 2^exp. */
    private static BigDecimal hexValue(String mant, long exp) {
        int dot = mant.indexOf('.');
        String digits = mant.replace(".", "");
        long shift = exp - (dot < 0 ? 0 : 4L * (mant.length() - dot - 1));
        shift = Math.max(-100_000, Math.min(100_000, shift));
        BigDecimal m = new BigDecimal(new BigInteger(digits.isEmpty() ? "0" : digits, 16));
        return shift >= 0 ? m.multiply(new BigDecimal(BigInteger.TWO.pow((int) shift)))
                : m.divide(new BigDecimal(BigInteger.TWO.pow((int) -shift)));
    }
}
