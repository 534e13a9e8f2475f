package miniunix.user.lib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The x86-64 long double that coreutils printf converts its floating arguments to: a 64-bit
 * significand and exponents down to 2^-16445 (denormals included). {@link #round} gives the
 * exact value of the long double nearest a decimal, so that {@code printf '%.2f' 0.015}
 * prints 0.01 and {@code printf '%.25f' 0.1} prints 0.1000000000000000000013553, as on Linux.
 */
final class LongDouble {
    /** Scale exponents: value = m * 2^e with 2^63 &lt;= m &lt; 2^64 for normal numbers. */
    private static final int MIN_E = -16445;
    private static final int MAX_E = 16384 - 64;
    private static final BigDecimal TWO_63 = new BigDecimal(BigInteger.ONE.shiftLeft(63));
    private static final BigDecimal TWO_64 = new BigDecimal(BigInteger.ONE.shiftLeft(64));
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private LongDouble() {
    }

    /**
     * The long double nearest x &gt;= 0 (round half to even), exactly; null if x is too large
     * (strtold gives inf and ERANGE).
     */
    static BigDecimal round(BigDecimal x) {
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        double log2 = x.unscaledValue().bitLength() - 1 - x.scale() * 3.321928094887362;
        if (log2 > MAX_E + 66) {
            return null;
        }
        if (log2 < MIN_E - 2) {
            return BigDecimal.ZERO;
        }
        int e = (int) Math.max(MIN_E - 8, Math.floor(log2) - 63);
        BigDecimal q = times2(x, -e);
        while (q.compareTo(TWO_64) >= 0) {
            q = q.multiply(HALF);
            e++;
        }
        while (q.compareTo(TWO_63) < 0 && e > MIN_E) {
            q = q.multiply(TWO);
            e--;
        }
        if (e < MIN_E) {
            q = times2(q, e - MIN_E);
            e = MIN_E;
        }
        BigInteger m = q.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        if (m.bitLength() > 64) {
            m = m.shiftRight(1);
            e++;
        }
        return e > MAX_E ? null : times2(new BigDecimal(m), e);
    }

    /** Whether strtold reports ERANGE for x: it overflows, or underflows to zero or a denormal. */
    static boolean outOfRange(BigDecimal x) {
        BigDecimal r = round(x);
        return r == null || x.signum() != 0 && r.compareTo(times2(TWO_63, MIN_E)) < 0;
    }

    /**
     * The hex digits and binary exponent of glibc's %La for a long double x &gt; 0: the 64-bit
     * significand as 16 hex digits (the first, 8 to f, holds its top four bits) and the exponent
     * of 2 that goes with a point after the first digit, so 1 is {@code 8} and -3 (0x8p-3).
     */
    static String[] hex(BigDecimal x) {
        int e = x.unscaledValue().bitLength() - (int) Math.ceil(x.scale() * 3.321928094887362) - 64;
        BigDecimal q = times2(x, -e);
        while (q.compareTo(TWO_64) >= 0) {
            q = q.multiply(HALF);
            e++;
        }
        while (q.compareTo(TWO_63) < 0) {
            q = q.multiply(TWO);
            e--;
        }
        return new String[] {q.toBigInteger().toString(16), Integer.toString(e + 60)};
    }

    /** x * 2^n, exactly. */
    private static BigDecimal times2(BigDecimal x, int n) {
        if (n >= 0) {
            return x.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(n)));
        }
        return x.multiply(new BigDecimal(BigInteger.valueOf(5).pow(-n))).scaleByPowerOfTen(n);
    }
}
