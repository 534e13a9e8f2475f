package miniunix.user.bin;

/**
 * One sort key, {@code -k POS1[,POS2]} (GNU sort.c's struct keyfield): the text from field
 * sword, character schar, to field eword, character echar (0: the end of the field), compared
 * as bytes, case-folded (-f) or as numbers (-n), perhaps reversed. Fields and characters count
 * from 0 here; {@link #WHOLE} marks a key that starts at the line's start or runs to its end.
 * Lines are bytes and blanks are C's isblank, space and tab.
 */
record SortKey(long sword, long schar, long eword, long echar, boolean skipStart,
               boolean skipEnd, boolean fold, boolean numeric, boolean reverse) {
    static final long WHOLE = Long.MAX_VALUE;
    /** The tab argument when there is no -t: fields begin at a blank after a non-blank. */
    static final int BLANKS = -1;

    /** The key made of the whole line with the global options, as sort.c's gkey. */
    static SortKey global(boolean blanks, boolean fold, boolean numeric, boolean reverse) {
        return new SortKey(WHOLE, 0, WHOLE, 0, blanks, blanks, fold, numeric, reverse);
    }

    /** Whether the key has its own ordering options (if not, it takes the global ones). */
    boolean hasOptions() {
        return skipStart || skipEnd || fold || numeric || reverse;
    }

    SortKey withOptions(SortKey g) {
        return new SortKey(sword, schar, eword, echar, g.skipStart, g.skipEnd, g.fold, g.numeric,
                g.reverse);
    }

    /**
     * Parses F[.C][OPTS][,F[.C][OPTS]] with OPTS among b, f, n, r. Returns the key, or throws
     * IllegalArgumentException with sort's message ("field number is zero: invalid field
     * specification ‘0’").
     */
    static SortKey parse(String spec) {
        int[] at = {0};
        long sword = count(spec, at, "invalid number at field start");
        if (sword == 0) {
            throw bad("field number is zero", spec);
        }
        long schar = 1;
        if (at[0] < spec.length() && spec.charAt(at[0]) == '.') {
            at[0]++;
            schar = count(spec, at, "invalid number after '.'");
            if (schar == 0) {
                throw bad("character offset is zero", spec);
            }
        }
        boolean[] o = new boolean[5];
        ordering(spec, at, o, true);
        long eword = WHOLE;
        long echar = 0;
        if (at[0] < spec.length() && spec.charAt(at[0]) == ',') {
            at[0]++;
            eword = count(spec, at, "invalid number after ','");
            if (eword-- == 0) {
                throw bad("field number is zero", spec);
            }
            if (at[0] < spec.length() && spec.charAt(at[0]) == '.') {
                at[0]++;
                echar = count(spec, at, "invalid number after '.'");
            }
            ordering(spec, at, o, false);
        }
        if (at[0] < spec.length()) {
            throw bad("stray character in field spec", spec);
        }
        boolean whole = sword == 1 && schar == 1;
        return new SortKey(whole ? WHOLE : sword - 1, schar - 1, eword, echar, o[0], o[1], o[2],
                o[3], o[4]);
    }

    /** The decimal number at spec[at..] (sort.c parse_field_count), huge ones saturated. */
    private static long count(String spec, int[] at, String what) {
        int i = at[0];
        long n = 0;
        while (i < spec.length() && spec.charAt(i) >= '0' && spec.charAt(i) <= '9') {
            n = Math.min(WHOLE / 10 - 1, n * 10 + spec.charAt(i++) - '0');
        }
        if (i == at[0]) {
            throw new IllegalArgumentException(what + ": invalid count at start of \u2018"
                    + spec.substring(i) + "\u2019");
        }
        at[0] = i;
        return n;
    }

    /** The letters b f n r after a position: o = {skipStart, skipEnd, fold, numeric, reverse}. */
    private static void ordering(String spec, int[] at, boolean[] o, boolean start) {
        for (; at[0] < spec.length(); at[0]++) {
            int which = "bfnr".indexOf(spec.charAt(at[0]));
            if (which < 0) {
                return;
            }
            o[which == 0 ? (start ? 0 : 1) : which + 1] = true;
        }
    }

    private static IllegalArgumentException bad(String what, String spec) {
        return new IllegalArgumentException(what + ": invalid field specification \u2018" + spec
                + "\u2019");
    }

    /** Compares this key of lines a and b; tab is the -t byte or {@link #BLANKS}. */
    int compare(byte[] a, byte[] b, int tab) {
        int a0 = begin(a, tab);
        int a1 = Math.max(a0, limit(a, tab));
        int b0 = begin(b, tab);
        int b1 = Math.max(b0, limit(b, tab));
        int diff = numeric ? SortNumber.compare(a, a0, a1, b, b0, b1)
                : bytes(a, a0, a1, b, b0, b1);
        return reverse ? -diff : diff;
    }

    private int bytes(byte[] a, int a0, int a1, byte[] b, int b0, int b1) {
        int n = Math.min(a1 - a0, b1 - b0);
        for (int i = 0; i < n; i++) {
            int x = a[a0 + i] & 0xff;
            int y = b[b0 + i] & 0xff;
            if (fold) {
                x = x >= 'a' && x <= 'z' ? x - 32 : x;
                y = y >= 'a' && y <= 'z' ? y - 32 : y;
            }
            if (x != y) {
                return x - y;
            }
        }
        return Integer.compare(a1 - a0, b1 - b0);
    }

    /** Where the key starts in line (sort.c begfield). */
    private int begin(byte[] line, int tab) {
        if (sword == WHOLE) {
            return 0;
        }
        int lim = line.length;
        int p = skipFields(line, sword, tab, true);
        if (skipStart) {
            while (p < lim && isBlank(line[p])) {
                p++;
            }
        }
        return (int) Math.min(lim, p + schar);
    }

    /** Where the key ends in line (sort.c limfield). */
    private int limit(byte[] line, int tab) {
        if (eword == WHOLE) {
            return line.length;
        }
        int lim = line.length;
        int p = skipFields(line, echar == 0 ? eword + 1 : eword, tab, echar != 0);
        if (echar != 0) {
            if (skipEnd) {
                while (p < lim && isBlank(line[p])) {
                    p++;
                }
            }
            p = (int) Math.min(lim, p + echar);
        }
        return p;
    }

    /** Skips n fields; with a tab, stepping over the last tab only if overLastTab. */
    private static int skipFields(byte[] line, long n, int tab, boolean overLastTab) {
        int p = 0;
        int lim = line.length;
        while (p < lim && n-- > 0) {
            if (tab != BLANKS) {
                while (p < lim && (line[p] & 0xff) != tab) {
                    p++;
                }
                if (p < lim && (n > 0 || overLastTab)) {
                    p++;
                }
            } else {
                while (p < lim && isBlank(line[p])) {
                    p++;
                }
                while (p < lim && !isBlank(line[p])) {
                    p++;
                }
            }
        }
        return p;
    }

    static boolean isBlank(byte c) {
        return c == ' ' || c == '\t';
    }
}
