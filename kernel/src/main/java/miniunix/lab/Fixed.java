package miniunix.lab;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * printf's {@code %.Nf} as C and Python do it: the double's exact binary value rounded half
 * to even, so 28.125 prints as 28.12 (Java's String.format would give 28.13).
 */
public final class Fixed {
    private Fixed() {
    }

    /** d with the given number of decimals. */
    public static String format(double d, int decimals) {
        return new BigDecimal(d).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
