package miniunix.user.bin;

/**
 * sort -n's comparison (gnulib strnumcmp in the C locale): an optional run of blanks, an
 * optional '-', digits, and an optional '.' with more digits; anything else ends the number,
 * and text without digits counts as zero. Numbers of any length compare exactly, digit by
 * digit, as GNU sort does without converting them.
 */
final class SortNumber {
    private SortNumber() {
    }

    /** Compares the numbers at the start of a[a0..a1) and b[b0..b1). */
    static int compare(byte[] a, int a0, int a1, byte[] b, int b0, int b1) {
        int[] x = parse(a, a0, a1);
        int[] y = parse(b, b0, b1);
        int sx = sign(x);
        int sy = sign(y);
        if (sx != sy) {
            return Integer.compare(sx, sy);
        }
        int diff = magnitude(a, x, b, y);
        return sx < 0 ? -diff : diff;
    }

    /**
     * Finds the parts of a number: {negative, intStart, intEnd, fracStart, fracEnd}, with the
     * integer's leading zeros and the fraction's trailing zeros left out.
     */
    private static int[] parse(byte[] s, int p, int lim) {
        while (p < lim && SortKey.isBlank(s[p])) {
            p++;
        }
        int negative = p < lim && s[p] == '-' ? 1 : 0;
        p += negative;
        while (p < lim && s[p] == '0') {
            p++;
        }
        int intStart = p;
        while (p < lim && isDigit(s[p])) {
            p++;
        }
        int intEnd = p;
        int fracStart = p;
        if (p < lim && s[p] == '.') {
            fracStart = ++p;
            while (p < lim && isDigit(s[p])) {
                p++;
            }
        }
        int fracEnd = p;
        while (fracEnd > fracStart && s[fracEnd - 1] == '0') {
            fracEnd--;
        }
        return new int[] {negative, intStart, intEnd, fracStart, fracEnd};
    }

    /** -1, 0 or 1; minus zero is zero. */
    private static int sign(int[] n) {
        boolean zero = n[1] == n[2] && n[3] == n[4];
        return zero ? 0 : n[0] == 1 ? -1 : 1;
    }

    private static int magnitude(byte[] a, int[] x, byte[] b, int[] y) {
        int lx = x[2] - x[1];
        int ly = y[2] - y[1];
        if (lx != ly) {
            return Integer.compare(lx, ly);
        }
        for (int i = 0; i < lx; i++) {
            if (a[x[1] + i] != b[y[1] + i]) {
                return Integer.compare(a[x[1] + i], b[y[1] + i]);
            }
        }
        int fx = x[4] - x[3];
        int fy = y[4] - y[3];
        for (int i = 0; i < Math.min(fx, fy); i++) {
            if (a[x[3] + i] != b[y[3] + i]) {
                return Integer.compare(a[x[3] + i], b[y[3] + i]);
            }
        }
        return Integer.compare(fx, fy);
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
