package miniunix.user.lib;

/**
 * The text of one printf conversion after its '%' (printf.c's checks in print_formatted):
 * flags, a width and a precision as digits or '*' (taken from the arguments), length
 * modifiers (ignored: integers are intmax_t and reals long double), and the conversion
 * letter. In coreutils' dialect a letter that the flags rule out ({@code %#s}, {@code %0c},
 * {@code %.3c}) or that isn't one of diouxXfFeEgGcs is an error; in bash's only a missing
 * letter is (printf.def leaves the rest to the letter's own check), and a precision may
 * start with '-' (then there is none).
 *
 * @param end the index of the conversion letter (or of the format's end, on an error)
 */
record CSpec(String flags, int width, boolean starWidth, int precision, boolean starPrecision,
             char conv, int end, boolean error) {
    private static final String CONVERSIONS = "cdeEfFgGiosuxX";

    /** Parses format[f..], just after a '%'. */
    static CSpec parse(byte[] format, int f, Dialect dialect) {
        boolean bash = dialect == Dialect.BASH;
        String ok = CONVERSIONS;
        StringBuilder flags = new StringBuilder();
        for (; f < format.length && (bash ? "'-+ #0" : "I'-+ #0").indexOf(format[f]) >= 0; f++) {
            char c = (char) format[f];
            flags.append(c);
            ok = c == 'I' || c == '\'' ? without(ok, "ceEosxX") : c == '#' ? without(ok, "cdisu")
                    : c == '0' ? without(ok, "cs") : ok;
        }
        boolean starWidth = f < format.length && format[f] == '*';
        int[] at = {f + (starWidth ? 1 : 0)};
        int width = starWidth ? 0 : digits(format, at);
        boolean starPrecision = false;
        int precision = -1;
        if (at[0] < format.length && format[at[0]] == '.') {
            at[0]++;
            ok = without(ok, "c");
            starPrecision = at[0] < format.length && format[at[0]] == '*';
            at[0] += starPrecision ? 1 : 0;
            boolean negative = bash && !starPrecision && at[0] < format.length
                    && format[at[0]] == '-';
            at[0] += negative ? 1 : 0;
            precision = starPrecision ? -1 : digits(format, at);
            precision = negative ? -1 : precision;
        }
        f = at[0];
        while (f < format.length && (bash ? "hjlLtz" : "lLhjtz").indexOf(format[f]) >= 0) {
            f++;
        }
        char conv = f < format.length ? (char) format[f] : 0;
        boolean error = conv == 0 || !bash && ok.indexOf(conv) < 0;
        return new CSpec(flags.toString(), width, starWidth, precision, starPrecision, conv,
                Math.min(f, format.length), error);
    }

    private static String without(String ok, String letters) {
        StringBuilder b = new StringBuilder();
        for (char c : ok.toCharArray()) {
            if (letters.indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Decimal digits at format[at[0]..], saturated; advances at[0]. */
    private static int digits(byte[] format, int[] at) {
        long v = 0;
        while (at[0] < format.length && format[at[0]] >= '0' && format[at[0]] <= '9') {
            v = Math.min(Integer.MAX_VALUE, v * 10 + format[at[0]++] - '0');
        }
        return (int) v;
    }
}
