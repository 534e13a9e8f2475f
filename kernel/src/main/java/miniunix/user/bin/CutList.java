package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.user.lib.Quote;

/**
 * cut's LIST ({@code 1,3-5,7-}): ranges of positions counted from 1, sorted, overlapping ones
 * merged (adjacent ones stay apart, as coreutils 9.1 keeps them: {@code -b1,2
 * --output-delimiter=:} prints {@code a:b}), and complemented for --complement.
 */
final class CutList {
    /** Past every line: the end of an open range ({@code 3-}). */
    static final long END = Long.MAX_VALUE;

    /** The ranges as [lo, hi] pairs, lo &lt;= hi, sorted and disjoint. */
    private final long[] lo;
    private final long[] hi;
    /** Set when the list could not be parsed: coreutils' message. */
    final String error;

    private CutList(List<long[]> ranges, String error) {
        this.lo = new long[ranges.size()];
        this.hi = new long[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            lo[i] = ranges.get(i)[0];
            hi[i] = ranges.get(i)[1];
        }
        this.error = error;
    }

    /** Parses LIST; fields chooses the wording of the errors (field vs byte/character). */
    static CutList parse(String list, boolean fields, boolean complement) {
        List<long[]> ranges = new ArrayList<>();
        for (String part : list.split("[, ]", -1)) {
            String problem = range(part, fields, ranges);
            if (problem != null) {
                return new CutList(List.of(), problem);
            }
        }
        ranges.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] r : ranges) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        return new CutList(complement ? complement(merged) : merged, null);
    }

    /** Adds the range in part ("N", "N-", "-M", "N-M"); returns coreutils' complaint or null. */
    private static String range(String part, boolean fields, List<long[]> ranges) {
        String what = fields ? "field value" : "byte/character position";
        int dash = part.indexOf('-');
        if (dash >= 0 && part.indexOf('-', dash + 1) >= 0) {
            return fields ? "invalid field range" : "invalid byte or character range";
        }
        if (part.isEmpty()) {
            return fields ? "fields are numbered from 1"
                    : "byte/character positions are numbered from 1";
        }
        if (part.equals("-")) {
            return "invalid range with no endpoint: -";
        }
        String a = dash < 0 ? part : part.substring(0, dash);
        String b = dash < 0 ? part : part.substring(dash + 1);
        long from = a.isEmpty() && dash >= 0 ? 1 : number(a);
        long to = b.isEmpty() && dash >= 0 ? END : number(b);
        if (from == -2 || to == -2) {
            return (fields ? "field number " : "byte/character offset ")
                    + Quote.quote(from == -2 ? a : b) + " is too large";
        }
        if (from < 0 || to < 0) {
            return "invalid " + what + " " + Quote.quote(part);
        }
        if (from == 0 || to == 0) {
            return fields ? "fields are numbered from 1"
                    : "byte/character positions are numbered from 1";
        }
        if (to < from) {
            return "invalid decreasing range";
        }
        ranges.add(new long[] {from, to});
        return null;
    }

    /** A decimal position, -1 if it is not one, -2 if it is too large. */
    private static long number(String s) {
        if (!s.matches("[0-9]+")) {
            return -1;
        }
        String digits = s.replaceFirst("^0+(?=.)", "");
        return digits.length() > 18 ? -2 : Long.parseLong(digits);
    }

    private static List<long[]> complement(List<long[]> ranges) {
        List<long[]> gaps = new ArrayList<>();
        long next = 1;
        for (long[] r : ranges) {
            if (r[0] > next) {
                gaps.add(new long[] {next, r[0] - 1});
            }
            next = r[1] == END ? END : r[1] + 1;
        }
        if (next != END) {
            gaps.add(new long[] {next, END});
        }
        return gaps;
    }

    /** The range that holds position pos (from 1), or -1 if none does. */
    int rangeOf(long pos) {
        for (int i = 0; i < lo.length && lo[i] <= pos; i++) {
            if (pos <= hi[i]) {
                return i;
            }
        }
        return -1;
    }
}
