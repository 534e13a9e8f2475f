package miniunix.user.bin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The edit script between two texts, found as diffutils 3.8 finds it, so that the hunks are
 * GNU's hunk for hunk:
 * <ol>
 * <li>the identical prefix and suffix are set aside, keeping HORIZON lines of each
 *     (io.c's find_identical_ends, byte by byte);
 * <li>each remaining line gets an equivalence class, equal lines (under -i, -b, -w) one class
 *     (find_and_hash_each_line); a last line without newline only equals another such line,
 *     unless -b or -w;
 * <li>lines that match nothing in the other file, and runs of lines that match very many,
 *     are marked changed and hidden from the comparison (analyze.c's
 *     discard_confusing_lines);
 * <li>Myers' O(ND) algorithm marks the rest: find the middle snake of the shortest edit
 *     script by searching from both ends at once, split there, repeat on both halves
 *     (gnulib's diffseq.h: diag and compareseq), giving up at the halfway point when the
 *     cost passes TOO_EXPENSIVE;
 * <li>runs of changes slide to join others and to line up with the other file's changes
 *     (shift_boundaries), and the flags become a list of {@link Change}s (build_script).
 * </ol>
 * Simplified: no --speed-large-files heuristic.
 */
final class DiffScript {
    /** A hunk of the script: deleted lines of file 0 at line0, inserted lines of file 1 at line1. */
    record Change(int line0, int line1, int deleted, int inserted) {
    }

    /** How white space counts when lines are compared (diffutils' DIFF_white_space, in order). */
    enum WhiteSpace { NONE, SPACE_CHANGE, ALL_SPACE }

    /** diffseq.h's SNAKE_LIMIT is for the heuristic we leave out; this is analyze.c's floor. */
    private static final int MIN_TOO_EXPENSIVE = 4096;

    private final DiffText[] t;
    private final WhiteSpace ws;
    private final boolean ignoreCase;
    // The middle part compared: lines [first[f], first[f] + len[f]) of each file.
    private final int[] first = new int[2];
    private final int[] len = new int[2];
    /** Equivalence class of each middle line. */
    private final int[][] equivs = new int[2][];
    /** changed[f][i + 1] for middle line i; [0] and [len + 1] stay false as sentinels. */
    private final boolean[][] changed = new boolean[2][];
    // The lines left after discarding, as classes, and their middle line numbers.
    private int[] xv;
    private int[] yv;
    private int[][] realIndex = new int[2][];
    private int[] fd;
    private int[] bd;
    private int diagOffset;
    private int tooExpensive;

    private DiffScript(DiffText t0, DiffText t1, WhiteSpace ws, boolean ignoreCase) {
        this.t = new DiffText[] {t0, t1};
        this.ws = ws;
        this.ignoreCase = ignoreCase;
    }

    /** The changes that turn t0 into t1, in order, in whole-file line numbers from 0. */
    static List<Change> diff(DiffText t0, DiffText t1, WhiteSpace ws, boolean ignoreCase,
            int horizon, boolean minimal) {
        DiffScript s = new DiffScript(t0, t1, ws, ignoreCase);
        s.identicalEnds(horizon);
        s.classify();
        s.discard(minimal);
        s.compare(minimal);
        s.shiftBoundaries();
        return s.script();
    }

    /** find_identical_ends: the middle part, between the common prefix and suffix. */
    private void identicalEnds(int horizon) {
        byte[] b0 = t[0].b;
        byte[] b1 = t[1].b;
        int n0 = t[0].n;
        int n1 = t[1].n;
        int p = 0;
        int min = Math.min(n0, n1);
        while (p < min && b0[p] == b1[p]) {
            p++;
        }
        int m0 = t[0].missingNewline ? 1 : 0;
        int m1 = t[1].missingNewline ? 1 : 0;
        // A newline that only one file really has is not part of the prefix.
        if ((n0 - m0 < p) != (n1 - m1 < p)) {
            p--;
        }
        int hor = horizon;
        while (p != 0 && (b0[p - 1] != '\n' || hor-- > 0)) {
            p--;
        }
        int prefixEnd = p;
        int s0 = n0;
        int s1 = n1;
        if (m0 == m1) {
            int beg0 = prefixEnd + (n0 < n1 ? 0 : n0 - n1);
            while (s0 != beg0) {
                if (b0[--s0] != b1[--s1]) {
                    s0++;
                    s1++;
                    beg0 = s0;
                    break;
                }
            }
            boolean atLineStart = (s0 == 0 || b0[s0 - 1] == '\n') && (s1 == 0 || b1[s1 - 1] == '\n');
            // Keep HORIZON lines of the suffix, and one more for shift_boundaries.
            long keep = (long) horizon + (atLineStart ? 0 : 1);
            while (keep-- > 0 && s0 != n0) {
                while (b0[s0++] != '\n') {
                    continue;
                }
            }
            s1 += s0 - beg0;
        }
        first[0] = t[0].lineAt(prefixEnd);
        first[1] = t[1].lineAt(prefixEnd);
        len[0] = t[0].lineAt(s0) - first[0];
        len[1] = t[1].lineAt(s1) - first[1];
    }

    /** find_and_hash_each_line: a class number per middle line, from 1, equal lines alike. */
    private void classify() {
        Map<String, Integer> classes = new HashMap<>();
        for (int f = 0; f < 2; f++) {
            equivs[f] = new int[len[f]];
            for (int i = 0; i < len[f]; i++) {
                String key = key(t[f], first[f] + i);
                Integer c = classes.get(key);
                if (c == null) {
                    c = classes.size() + 1;
                    classes.put(key, c);
                }
                equivs[f][i] = c;
            }
            changed[f] = new boolean[len[f] + 2];
        }
    }

    /**
     * The line as it compares: bytes as chars, white space dropped (-w) or squeezed to one
     * space and dropped at the end (-b), ASCII letters lowered (-i). A last line without
     * newline is kept apart (a NUL mark, which no line's key starts with after a '\n')
     * unless -b or -w, as diffutils puts it in its own bucket.
     */
    private String key(DiffText text, int line) {
        int s = text.start(line);
        int e = s + text.length(line);
        StringBuilder k = new StringBuilder(e - s + 1);
        if (text.incomplete(line) && ws == WhiteSpace.NONE) {
            k.append('\n');
        }
        for (int i = s; i < e; i++) {
            int c = text.b[i] & 0xff;
            if (ws != WhiteSpace.NONE && isSpace(c)) {
                int j = i;
                while (j < e && isSpace(text.b[j] & 0xff)) {
                    j++;
                }
                if (ws == WhiteSpace.SPACE_CHANGE && j < e) {
                    k.append(' ');
                }
                i = j - 1;
                continue;
            }
            k.append((char) (ignoreCase && c >= 'A' && c <= 'Z' ? c + 32 : c));
        }
        return k.toString();
    }

    /** isspace(3) in the C locale, newline aside. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == 0x0b || c == '\f';
    }

    /**
     * discard_confusing_lines: a line with no match in the other file is changed for sure;
     * one with very many matches is provisionally so, and really discarded only inside a run
     * of sure ones. The rest go to the comparison, with their middle line numbers.
     */
    private void discard(boolean minimal) {
        int max = 1;
        for (int f = 0; f < 2; f++) {
            for (int e : equivs[f]) {
                max = Math.max(max, e + 1);
            }
        }
        int[][] count = new int[2][max];
        for (int f = 0; f < 2; f++) {
            for (int e : equivs[f]) {
                count[f][e]++;
            }
        }
        byte[][] discards = new byte[2][];
        for (int f = 0; f < 2; f++) {
            int end = len[f];
            discards[f] = new byte[end];
            int many = 5;
            for (int tem = end / 64; (tem >>= 2) > 0; ) {
                many *= 2;
            }
            for (int i = 0; i < end; i++) {
                int nmatch = count[1 - f][equivs[f][i]];
                discards[f][i] = (byte) (nmatch == 0 ? 1 : nmatch > many ? 2 : 0);
            }
        }
        for (int f = 0; f < 2; f++) {
            settleProvisional(discards[f]);
        }
        int[][] kept = new int[2][];
        for (int f = 0; f < 2; f++) {
            int[] classes = new int[len[f]];
            int[] real = new int[len[f]];
            int j = 0;
            for (int i = 0; i < len[f]; i++) {
                if (minimal || discards[f][i] == 0) {
                    classes[j] = equivs[f][i];
                    real[j++] = i;
                } else {
                    changed[f][i + 1] = true;
                }
            }
            kept[f] = java.util.Arrays.copyOf(classes, j);
            realIndex[f] = java.util.Arrays.copyOf(real, j);
        }
        xv = kept[0];
        yv = kept[1];
    }

    /**
     * The second pass of discard_confusing_lines over one file: a provisional discard (2)
     * stands only within a run of discards that begins and ends with sure ones (1), where
     * provisionals are at most a quarter, not in a long subrun of their own, and not near
     * the run's ends before three sure ones in a row.
     */
    private static void settleProvisional(byte[] d) {
        int end = d.length;
        for (int i = 0; i < end; i++) {
            if (d[i] == 2) {
                d[i] = 0;
            } else if (d[i] != 0) {
                int provisional = 0;
                int j = i;
                for (; j < end && d[j] != 0; j++) {
                    provisional += d[j] == 2 ? 1 : 0;
                }
                while (j > i && d[j - 1] == 2) {
                    d[--j] = 0;
                    provisional--;
                }
                int length = j - i;
                if (provisional * 4 > length) {
                    while (j > i) {
                        if (d[--j] == 2) {
                            d[j] = 0;
                        }
                    }
                } else {
                    cancelLongSubruns(d, i, length);
                    cancelNearEnd(d, i, length, 1);
                    i += length - 1;
                    cancelNearEnd(d, i, length, -1);
                }
            }
        }
    }

    /** Cancels every subrun of provisionals as long as about the square root of length/4. */
    private static void cancelLongSubruns(byte[] d, int i, int length) {
        int minimum = 1;
        for (int tem = length >> 2; (tem >>= 2) > 0; ) {
            minimum <<= 1;
        }
        minimum++;
        int consec = 0;
        for (int j = 0; j < length; j++) {
            if (d[i + j] != 2) {
                consec = 0;
            } else if (minimum == ++consec) {
                j -= consec;
            } else if (minimum < consec) {
                d[i + j] = 0;
            }
        }
    }

    /**
     * From the run's end at i, going in direction dir: cancels provisionals until three sure
     * discards in a row, or a sure one at least 8 lines in.
     */
    private static void cancelNearEnd(byte[] d, int i, int length, int dir) {
        int consec = 0;
        for (int j = 0; j < length; j++) {
            int at = i + dir * j;
            if (j >= 8 && d[at] == 1) {
                break;
            }
            if (d[at] == 2) {
                consec = 0;
                d[at] = 0;
            } else if (d[at] == 0) {
                consec = 0;
            } else {
                consec++;
            }
            if (consec == 3) {
                break;
            }
        }
    }

    /** compareseq over the kept lines, with an explicit stack of subproblems. */
    private void compare(boolean minimal) {
        int nx = xv.length;
        int ny = yv.length;
        int diags = nx + ny + 3;
        fd = new int[diags];
        bd = new int[diags];
        diagOffset = ny + 1;
        int too = 1;
        for (int d = diags; d != 0; d >>= 2) {
            too <<= 1;
        }
        tooExpensive = minimal ? Integer.MAX_VALUE : Math.max(MIN_TOO_EXPENSIVE, too);
        List<int[]> stack = new ArrayList<>();
        stack.add(new int[] {0, nx, 0, ny, minimal ? 1 : 0});
        while (!stack.isEmpty()) {
            int[] p = stack.remove(stack.size() - 1);
            int xoff = p[0];
            int xlim = p[1];
            int yoff = p[2];
            int ylim = p[3];
            while (xoff < xlim && yoff < ylim && xv[xoff] == yv[yoff]) {
                xoff++;
                yoff++;
            }
            while (xoff < xlim && yoff < ylim && xv[xlim - 1] == yv[ylim - 1]) {
                xlim--;
                ylim--;
            }
            if (xoff == xlim) {
                for (int y = yoff; y < ylim; y++) {
                    changed[1][realIndex[1][y] + 1] = true;
                }
            } else if (yoff == ylim) {
                for (int x = xoff; x < xlim; x++) {
                    changed[0][realIndex[0][x] + 1] = true;
                }
            } else {
                int[] part = diag(xoff, xlim, yoff, ylim, p[4] == 1);
                stack.add(new int[] {part[0], xlim, part[1], ylim, part[3]});
                stack.add(new int[] {xoff, part[0], yoff, part[1], part[2]});
            }
        }
    }

    private int fd(int d) {
        return fd[d + diagOffset];
    }

    private int bd(int d) {
        return bd[d + diagOffset];
    }

    /**
     * diffseq.h's diag: the middle snake of [xoff, xlim) x [yoff, ylim), searching forward
     * from the top-left and backward from the bottom-right one edit at a time until the
     * searches overlap on a diagonal. Returns {xmid, ymid, loMinimal, hiMinimal}.
     */
    private int[] diag(int xoff, int xlim, int yoff, int ylim, boolean findMinimal) {
        int dmin = xoff - ylim;
        int dmax = xlim - yoff;
        int fmid = xoff - yoff;
        int bmid = xlim - ylim;
        int fmin = fmid;
        int fmax = fmid;
        int bmin = bmid;
        int bmax = bmid;
        boolean odd = ((fmid - bmid) & 1) != 0;
        int o = diagOffset;
        fd[fmid + o] = xoff;
        bd[bmid + o] = xlim;
        for (int c = 1;; c++) {
            if (fmin > dmin) {
                fd[--fmin - 1 + o] = -1;
            } else {
                fmin++;
            }
            if (fmax < dmax) {
                fd[++fmax + 1 + o] = -1;
            } else {
                fmax--;
            }
            for (int d = fmax; d >= fmin; d -= 2) {
                int tlo = fd(d - 1);
                int thi = fd(d + 1);
                int x = tlo < thi ? thi : tlo + 1;
                int y = x - d;
                while (x < xlim && y < ylim && xv[x] == yv[y]) {
                    x++;
                    y++;
                }
                fd[d + o] = x;
                if (odd && bmin <= d && d <= bmax && bd(d) <= x) {
                    return new int[] {x, y, 1, 1};
                }
            }
            if (bmin > dmin) {
                bd[--bmin - 1 + o] = Integer.MAX_VALUE;
            } else {
                bmin++;
            }
            if (bmax < dmax) {
                bd[++bmax + 1 + o] = Integer.MAX_VALUE;
            } else {
                bmax--;
            }
            for (int d = bmax; d >= bmin; d -= 2) {
                int tlo = bd(d - 1);
                int thi = bd(d + 1);
                int x = tlo < thi ? tlo : thi - 1;
                int y = x - d;
                while (xoff < x && yoff < y && xv[x - 1] == yv[y - 1]) {
                    x--;
                    y--;
                }
                bd[d + o] = x;
                if (!odd && fmin <= d && d <= fmax && x <= fd(d)) {
                    return new int[] {x, y, 1, 1};
                }
            }
            if (!findMinimal && c >= tooExpensive) {
                return halfway(xoff, xlim, yoff, ylim, fmin, fmax, bmin, bmax);
            }
        }
    }

    /** Too expensive: the furthest point either search reached, as diffseq.h gives up. */
    private int[] halfway(int xoff, int xlim, int yoff, int ylim, int fmin, int fmax, int bmin,
            int bmax) {
        long fxybest = -1;
        int fxbest = 0;
        for (int d = fmax; d >= fmin; d -= 2) {
            int x = Math.min(fd(d), xlim);
            int y = x - d;
            if (ylim < y) {
                x = ylim + d;
                y = ylim;
            }
            if (fxybest < x + y) {
                fxybest = x + y;
                fxbest = x;
            }
        }
        long bxybest = Long.MAX_VALUE;
        int bxbest = 0;
        for (int d = bmax; d >= bmin; d -= 2) {
            int x = Math.max(xoff, bd(d));
            int y = x - d;
            if (y < yoff) {
                x = yoff + d;
                y = yoff;
            }
            if (x + y < bxybest) {
                bxybest = x + y;
                bxbest = x;
            }
        }
        if ((xlim + ylim) - bxybest < fxybest - (xoff + yoff)) {
            return new int[] {fxbest, (int) (fxybest - fxbest), 1, 0};
        }
        return new int[] {bxbest, (int) (bxybest - bxbest), 0, 1};
    }

    /**
     * shift_boundaries: slides each run of changed lines back while the line before it equals
     * its last line (merging with earlier runs), then forward while its first line equals the
     * line after it, and at last back again to where it lines up with a run of changes in the
     * other file, if it passed one.
     */
    private void shiftBoundaries() {
        for (int f = 0; f < 2; f++) {
            boolean[] ch = changed[f];
            boolean[] other = changed[1 - f];
            int[] eq = equivs[f];
            int iEnd = len[f];
            int i = 0;
            int j = 0;
            while (true) {
                while (i < iEnd && !ch[i + 1]) {
                    while (other[1 + j++]) {
                        continue;
                    }
                    i++;
                }
                if (i == iEnd) {
                    break;
                }
                int start = i;
                while (ch[1 + ++i]) {
                    continue;
                }
                while (other[1 + j]) {
                    j++;
                }
                int runlength;
                int corresponding;
                do {
                    runlength = i - start;
                    while (start != 0 && eq[start - 1] == eq[i - 1]) {
                        ch[1 + --start] = true;
                        ch[1 + --i] = false;
                        while (ch[1 + start - 1]) {
                            start--;
                        }
                        while (other[1 + --j]) {
                            continue;
                        }
                    }
                    corresponding = other[1 + j - 1] ? i : iEnd;
                    while (i != iEnd && eq[start] == eq[i]) {
                        ch[1 + start++] = false;
                        ch[1 + i++] = true;
                        while (ch[1 + i]) {
                            i++;
                        }
                        while (other[1 + ++j]) {
                            corresponding = i;
                        }
                    }
                } while (runlength != i - start);
                while (corresponding < i) {
                    ch[1 + --start] = true;
                    ch[1 + --i] = false;
                    while (other[1 + --j]) {
                        continue;
                    }
                }
            }
        }
    }

    /** build_script: the runs of changed lines, paired up, in whole-file line numbers. */
    private List<Change> script() {
        List<Change> changes = new ArrayList<>();
        int i0 = 0;
        int i1 = 0;
        while (i0 < len[0] || i1 < len[1]) {
            if (changed[0][i0 + 1] || changed[1][i1 + 1]) {
                int line0 = i0;
                int line1 = i1;
                while (changed[0][i0 + 1]) {
                    i0++;
                }
                while (changed[1][i1 + 1]) {
                    i1++;
                }
                changes.add(new Change(first[0] + line0, first[1] + line1, i0 - line0, i1 - line1));
            }
            i0++;
            i1++;
        }
        return changes;
    }
}
