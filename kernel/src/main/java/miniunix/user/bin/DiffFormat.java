package miniunix.user.bin;

import java.util.List;
import miniunix.user.bin.DiffScript.Change;
import miniunix.user.lib.Out;

/**
 * diff's output formats over an edit script (diffutils' normal.c, context.c and side.c):
 * normal ({@code 3c3}, {@code < }, {@code ---}, {@code > }), unified ({@code @@ -l,s +l,s @@}
 * hunks of changes less than 2*CONTEXT+1 lines apart), context ({@code ***}/{@code ---}
 * halves marked {@code ! + -}) and side by side (two columns and a gutter of
 * {@code | < > ( ) / \}). With -B a hunk whose lines are all blank is not shown
 * (analyze_hunk). {@link #header} (the {@code diff -r} line and the file labels) is printed
 * before the first hunk shown, and only then.
 */
final class DiffFormat {
    enum Style { NORMAL, UNIFIED, CONTEXT, SIDE_BY_SIDE }

    /** analyze_hunk's answer: which files a hunk has lines of (0: only ignorable ones). */
    private static final int OLD = 1;
    private static final int NEW = 2;
    private static final int CHANGED = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    private final Out out;
    private final DiffText[] t;
    private final List<Change> script;
    private final int context;
    /** -B: changes of blank lines only are ignorable; with -b or -w, white-space-only lines. */
    private final boolean ignoreBlank;
    private final boolean blankIfSpaces;
    private String header;
    // Side by side: the half width, where the right column starts, and what to leave out.
    private int halfWidth;
    private int column2;
    private boolean leftColumn;
    private boolean suppressCommon;

    DiffFormat(Out out, DiffText t0, DiffText t1, List<Change> script, int context,
            boolean ignoreBlank, boolean blankIfSpaces, String header) {
        this.out = out;
        this.t = new DiffText[] {t0, t1};
        this.script = script;
        this.context = context;
        this.ignoreBlank = ignoreBlank;
        this.blankIfSpaces = blankIfSpaces;
        this.header = header;
    }

    /** Any change that -B does not ignore: the files differ. */
    boolean differs() {
        for (int i = 0; i < script.size(); i++) {
            if (kind(script.subList(i, i + 1), null) != 0) {
                return true;
            }
        }
        return false;
    }

    void print(Style style) {
        switch (style) {
            case NORMAL -> {
                for (int i = 0; i < script.size(); i++) {
                    normalHunk(script.subList(i, i + 1));
                }
            }
            case UNIFIED, CONTEXT -> {
                int i = 0;
                while (i < script.size()) {
                    int end = hunkEnd(i);
                    if (style == Style.UNIFIED) {
                        unifiedHunk(script.subList(i, end));
                    } else {
                        contextHunk(script.subList(i, end));
                    }
                    i = end;
                }
            }
            case SIDE_BY_SIDE -> sideBySide();
        }
    }

    /** Before the first line of output: the header, once. */
    private void begin() {
        if (header != null) {
            out.print(header);
            header = null;
        }
    }

    /**
     * analyze_hunk: fills range with the hunk's first and last lines of each file (from 0;
     * last is first - 1 when it has none) and returns OLD | NEW for the files it has lines
     * of, or 0 when -B finds all its lines blank.
     */
    private int kind(List<Change> hunk, int[] range) {
        boolean trivial = ignoreBlank;
        int shown0 = 0;
        int shown1 = 0;
        for (Change c : hunk) {
            shown0 += c.deleted();
            shown1 += c.inserted();
            for (int i = 0; i < c.deleted() && trivial; i++) {
                trivial = blank(t[0], c.line0() + i);
            }
            for (int i = 0; i < c.inserted() && trivial; i++) {
                trivial = blank(t[1], c.line1() + i);
            }
        }
        if (range != null) {
            Change a = hunk.get(0);
            Change z = hunk.get(hunk.size() - 1);
            range[0] = a.line0();
            range[1] = z.line0() + z.deleted() - 1;
            range[2] = a.line1();
            range[3] = z.line1() + z.inserted() - 1;
        }
        return trivial ? 0 : (shown0 > 0 ? OLD : 0) | (shown1 > 0 ? NEW : 0);
    }

    private boolean blank(DiffText text, int line) {
        int s = text.start(line);
        int e = s + text.length(line);
        if (blankIfSpaces) {
            while (s < e && DiffScript.isSpace(text.b[s] & 0xff)) {
                s++;
            }
        }
        return s == e;
    }

    /** find_hunk: the end of the hunk from i, where 2*CONTEXT+1 unchanged lines follow. */
    private int hunkEnd(int i) {
        int end = i + 1;
        while (end < script.size()) {
            Change prev = script.get(end - 1);
            Change next = script.get(end);
            int gap = next.line0() - (prev.line0() + prev.deleted());
            boolean ignorable = ignoreBlank && kind(script.subList(end, end + 1), null) == 0;
            if (gap >= (ignorable ? context : 2 * context + 1)) {
                break;
            }
            end++;
        }
        return end;
    }

    private void normalHunk(List<Change> hunk) {
        int[] r = new int[4];
        int changes = kind(hunk, r);
        if (changes == 0) {
            return;
        }
        begin();
        range(r[0], r[1]);
        out.print("?dac".charAt(changes));
        range(r[2], r[3]);
        out.print('\n');
        if ((changes & OLD) != 0) {
            for (int i = r[0]; i <= r[1]; i++) {
                line("< ", 0, i);
            }
        }
        if (changes == CHANGED) {
            out.print("---\n");
        }
        if ((changes & NEW) != 0) {
            for (int i = r[2]; i <= r[3]; i++) {
                line("> ", 1, i);
            }
        }
    }

    /** print_number_range: "a,b" from 1, or the one number (the line before, if none). */
    private void range(int a, int b) {
        if (b > a) {
            out.print(a + 1).print(',').print(b + 1);
        } else {
            out.print(b + 1);
        }
    }

    /** A line after its flag, and {@code \ No newline at end of file} if the file ends in it. */
    private void line(String flag, int f, int i) {
        DiffText text = t[f];
        out.print(flag).write(text.b, text.start(i), text.length(i)).print('\n');
        if (text.incomplete(i)) {
            out.print(NO_NEWLINE);
        }
    }

    /** The hunk's range widened by CONTEXT lines each way, within the files. */
    private void widen(int[] r) {
        r[0] = Math.max(r[0] - context, 0);
        r[2] = Math.max(r[2] - context, 0);
        r[1] = Math.min(r[1] + context, t[0].lines - 1);
        r[3] = Math.min(r[3] + context, t[1].lines - 1);
    }

    private void unifiedHunk(List<Change> hunk) {
        int[] r = new int[4];
        if (kind(hunk, r) == 0) {
            return;
        }
        widen(r);
        begin();
        out.print("@@ -");
        unifiedRange(r[0], r[1]);
        out.print(" +");
        unifiedRange(r[2], r[3]);
        out.print(" @@\n");
        int i = r[0];
        int j = r[2];
        int next = 0;
        while (i <= r[1] || j <= r[3]) {
            Change c = next < hunk.size() ? hunk.get(next) : null;
            if (c == null || i < c.line0()) {
                line(" ", 0, i++);
                j++;
                continue;
            }
            for (int k = 0; k < c.deleted(); k++) {
                line("-", 0, i++);
            }
            for (int k = 0; k < c.inserted(); k++) {
                line("+", 1, j++);
            }
            next++;
        }
    }

    /** "l,s" (first line, count); "l" for one line; "l,0" for none, l the line before. */
    private void unifiedRange(int a, int b) {
        if (b <= a) {
            out.print(b + 1);
            if (b < a) {
                out.print(",0");
            }
        } else {
            out.print(a + 1).print(',').print(b - a + 1);
        }
    }

    private void contextHunk(List<Change> hunk) {
        int[] r = new int[4];
        int changes = kind(hunk, r);
        if (changes == 0) {
            return;
        }
        widen(r);
        begin();
        out.print("***************\n*** ");
        contextRange(r[0], r[1]);
        out.print(" ****\n");
        if ((changes & OLD) != 0) {
            contextHalf(hunk, 0, r[0], r[1]);
        }
        out.print("--- ");
        contextRange(r[2], r[3]);
        out.print(" ----\n");
        if ((changes & NEW) != 0) {
            contextHalf(hunk, 1, r[2], r[3]);
        }
    }

    /** One file's lines of a context hunk: "! " changed, "- " deleted or "+ " added, "  ". */
    private void contextHalf(List<Change> hunk, int f, int from, int to) {
        int next = 0;
        for (int i = from; i <= to; i++) {
            while (next < hunk.size() && start(hunk.get(next), f) + count(hunk.get(next), f) <= i) {
                next++;
            }
            String flag = "  ";
            if (next < hunk.size() && start(hunk.get(next), f) <= i) {
                flag = count(hunk.get(next), 1 - f) > 0 ? "! " : f == 0 ? "- " : "+ ";
            }
            line(flag, f, i);
        }
    }

    private static int start(Change c, int f) {
        return f == 0 ? c.line0() : c.line1();
    }

    private static int count(Change c, int f) {
        return f == 0 ? c.deleted() : c.inserted();
    }

    private void contextRange(int a, int b) {
        if (b <= a) {
            out.print(b + 1);
        } else {
            out.print(a + 1).print(',').print(b + 1);
        }
    }

    /**
     * -y: columns for a width of W print columns (diff.c: the half width and the right
     * column's offset, a tab stop, so that tabs line up), --left-column and
     * --suppress-common-lines.
     */
    DiffFormat sideBySide(int width, boolean left, boolean suppress) {
        int tabsize = 8;
        int tPlusG = tabsize + 3;
        int unaligned = (width >> 1) + (tPlusG >> 1) + (width & tPlusG & 1);
        int off = unaligned - unaligned % tabsize;
        halfWidth = off <= 3 || width <= off ? 0 : Math.min(off - 3, width - off);
        column2 = halfWidth != 0 ? off : width;
        leftColumn = left;
        suppressCommon = suppress;
        return this;
    }

    private void sideBySide() {
        begin();
        int[] next = new int[2];
        for (int h = 0; h < script.size(); h++) {
            int[] r = new int[4];
            int changes = kind(script.subList(h, h + 1), r);
            if (changes == 0) {
                continue;
            }
            common(next, r[0], r[2]);
            int i = r[0];
            int j = r[2];
            if (changes == CHANGED) {
                for (; i <= r[1] && j <= r[3]; i++, j++) {
                    sideLine(i, '|', j);
                }
                changes = (i <= r[1] ? OLD : 0) + (j <= r[3] ? NEW : 0);
                next[0] = i;
                next[1] = j;
            }
            if ((changes & NEW) != 0) {
                for (; j <= r[3]; j++) {
                    sideLine(-1, '>', j);
                }
                next[1] = j;
            }
            if ((changes & OLD) != 0) {
                for (; i <= r[1]; i++) {
                    sideLine(i, '<', -1);
                }
                next[0] = i;
            }
        }
        common(next, t[0].lines, t[1].lines);
    }

    /** print_sdiff_common_lines: the unchanged lines up to limit0 and limit1. */
    private void common(int[] next, int limit0, int limit1) {
        int i0 = next[0];
        int i1 = next[1];
        if (!suppressCommon && (i0 != limit0 || i1 != limit1)) {
            if (!leftColumn) {
                while (i0 != limit0 && i1 != limit1) {
                    sideLine(i0++, ' ', i1++);
                }
                while (i1 != limit1) {
                    sideLine(-1, ')', i1++);
                }
            }
            while (i0 != limit0) {
                sideLine(i0++, '(', -1);
            }
        }
        next[0] = limit0;
        next[1] = limit1;
    }

    /** print_1sdiff_line: left half, the gutter's mark, right half (a line of -1: none). */
    private void sideLine(int left, char sep, int right) {
        int col = 0;
        boolean newline = false;
        if (left >= 0) {
            newline = !t[0].incomplete(left);
            col = halfLine(t[0], left, 0);
        }
        if (sep != ' ') {
            col = tabTo(col, (halfWidth + column2 - 1) / 2) + 1;
            if (sep == '|' && newline != !t[1].incomplete(right)) {
                sep = newline ? '/' : '\\';
            }
            out.print(sep);
        }
        if (right >= 0) {
            newline |= !t[1].incomplete(right);
            if (t[1].length(right) > 0 || t[1].incomplete(right)) {
                col = tabTo(col, column2);
                halfLine(t[1], right, col);
            }
        }
        if (newline) {
            out.print('\n');
        }
    }

    /** tab_from_to: tabs, then spaces, from column from to column to. */
    private int tabTo(int from, int to) {
        for (int tab = from + 8 - from % 8; tab <= to; tab += 8) {
            out.print('\t');
            from = tab;
        }
        while (from++ < to) {
            out.print(' ');
        }
        return to;
    }

    /**
     * print_half_line: the line cut at the half width, tabs kept where they line up; a
     * UTF-8 character is one column, other control characters none. Returns the column
     * written to.
     */
    private int halfLine(DiffText text, int line, int indent) {
        int in = 0;
        int outPos = 0;
        int bound = halfWidth;
        int s = text.start(line);
        int e = s + text.length(line);
        for (int p = s; p < e; p++) {
            int c = text.b[p] & 0xff;
            if (c == '\t') {
                int spaces = 8 - in % 8;
                if (in == outPos && outPos + spaces < bound) {
                    outPos += spaces;
                    out.print('\t');
                }
                in += spaces;
            } else if (c == '\r') {
                out.print('\r');
                tabTo(0, indent);
                in = 0;
                outPos = 0;
            } else if (c == '\b') {
                if (in != 0 && --in < bound) {
                    if (outPos <= in) {
                        for (; outPos < in; outPos++) {
                            out.print(' ');
                        }
                    } else {
                        outPos = in;
                        out.print('\b');
                    }
                }
            } else if (c >= 0xc0 || c >= ' ' && c < 0x7f) {
                int n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
                n = Math.min(n, e - p);
                if (in++ < bound) {
                    outPos = in;
                    out.write(text.b, p, n);
                }
                p += n - 1;
            } else if (c == '\f' || c == 0x0b || c >= 0x80) {
                if (in < bound) {
                    out.write(text.b, p, 1);
                }
            } else if (in <= bound) {
                out.write(text.b, p, 1);
            }
        }
        return outPos;
    }
}
