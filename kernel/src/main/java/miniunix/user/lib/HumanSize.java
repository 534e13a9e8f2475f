package miniunix.user.lib;

/**
 * Sizes for people, as gnulib's human_readable prints them for {@code ls -h}, {@code df -h}
 * and their {@code --si} forms (human_autoscale | human_ceiling | human_SI): a number under
 * the base as it is, else scaled by the largest power of the base that leaves it under the
 * base, rounded up, with one decimal while it is under 10 ("4.0K", "1.1K", "11K", "32M").
 * Powers of 1024 are K M G T P E; of 1000, k M G T P E.
 */
public final class HumanSize {
    /** Powers of 1024, as -h. */
    public static final int IEC = 1024;
    /** Powers of 1000, as -H and --si. */
    public static final int SI = 1000;
    private static final String LETTERS = "KMGTPE";
    private static final int TENTHS = 10;

    private HumanSize() {
    }

    /** n (0 <= n < 2^59) scaled to base, rounded up. */
    public static String of(long n, int base) {
        if (n < base) {
            return Long.toString(n);
        }
        int power = 1;
        long unit = base;
        while (power < LETTERS.length() && n / unit >= base) {
            unit *= base;
            power++;
        }
        while (true) {
            long tenths = ceilDiv(n * TENTHS, unit);
            if (tenths < TENTHS * TENTHS) {
                return tenths / TENTHS + "." + tenths % TENTHS + letter(power, base);
            }
            long whole = ceilDiv(n, unit);
            if (whole < base || power == LETTERS.length()) {
                return whole + letter(power, base);
            }
            unit *= base;
            power++;
        }
    }

    /** n / d rounded up. */
    private static long ceilDiv(long n, long d) {
        return (n + d - 1) / d;
    }

    private static String letter(int power, int base) {
        return base == SI && power == 1 ? "k" : String.valueOf(LETTERS.charAt(power - 1));
    }
}
