package miniunix.user.bin;

import java.util.Arrays;
import java.util.List;

/**
 * ls's layouts of names without -l: down the columns (-C, the default on a terminal), across
 * them (-x), separated by commas (-m) or one per line (-1). Coreutils' calculate_columns()
 * rule: the most columns whose line stays shorter than the line width (0: no limit), each
 * column as wide as its widest cell plus two (the last unpadded), padded with tabs where a
 * tab stop (every tabsize columns, 0: none) is passed, spaces after it, as coreutils' indent().
 */
final class LsColumns {
    /** Coreutils' narrowest column: a one-character name and two spaces. */
    private static final int MIN_COLUMN_WIDTH = 3;

    /** What one entry prints: its text (maybe with colour sequences) and its width on screen. */
    record Cell(String text, int width) {
    }

    private final int lineWidth;
    private final int tabsize;

    /** As coreutils, a line of no limit (-w 0) is padded with spaces only. */
    LsColumns(int lineWidth, int tabsize) {
        this.lineWidth = lineWidth;
        this.tabsize = lineWidth == 0 ? 0 : tabsize;
    }

    /** One cell a line. */
    static String onePerLine(List<Cell> cells) {
        StringBuilder b = new StringBuilder();
        for (Cell c : cells) {
            b.append(c.text()).append('\n');
        }
        return b.toString();
    }

    /** -C (across false) or -x (across true). */
    String columns(List<Cell> cells, boolean across) {
        int n = cells.size();
        if (n == 0) {
            return "";
        }
        int most = lineWidth == 0 ? n : Math.max(1, Math.min(n, lineWidth / MIN_COLUMN_WIDTH));
        for (int cols = most; cols > 1; cols--) {
            int[] widths = widths(cells, cols, across);
            if (widths != null) {
                return across ? across(cells, widths) : down(cells, widths);
            }
        }
        return onePerLine(cells);
    }

    /**
     * Column widths for cols columns, or null if a line would not fit. As coreutils, every
     * column starts MIN_COLUMN_WIDTH wide, even one left empty.
     */
    private int[] widths(List<Cell> cells, int cols, boolean across) {
        int rows = (cells.size() + cols - 1) / cols;
        int[] w = new int[cols];
        Arrays.fill(w, MIN_COLUMN_WIDTH);
        long total = (long) cols * MIN_COLUMN_WIDTH;
        for (int i = 0; i < cells.size(); i++) {
            int col = across ? i % cols : i / rows;
            int len = cells.get(i).width() + (col == cols - 1 ? 0 : 2);
            if (len > w[col]) {
                total += len - w[col];
                w[col] = len;
                if (lineWidth != 0 && total >= lineWidth) {
                    return null;
                }
            }
        }
        return lineWidth == 0 || total < lineWidth ? w : null;
    }

    private String down(List<Cell> cells, int[] widths) {
        int rows = (cells.size() + widths.length - 1) / widths.length;
        StringBuilder b = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            int pos = 0;
            for (int i = row, col = 0; i < cells.size(); i += rows, col++) {
                Cell c = cells.get(i);
                b.append(c.text());
                if (i + rows >= cells.size()) {
                    break;
                }
                indent(b, pos + c.width(), pos + widths[col]);
                pos += widths[col];
            }
            b.append('\n');
        }
        return b.toString();
    }

    private String across(List<Cell> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (int i = 0; i < cells.size(); i++) {
            int col = i % widths.length;
            if (i > 0 && col == 0) {
                b.append('\n');
                pos = 0;
            } else if (i > 0) {
                Cell prev = cells.get(i - 1);
                indent(b, pos + prev.width(), pos + widths[col - 1]);
                pos += widths[col - 1];
            }
            b.append(cells.get(i).text());
        }
        return b.append('\n').toString();
    }

    /** Pads from column from to column to: tabs while a tab stop lies ahead, then spaces. */
    private void indent(StringBuilder b, int from, int to) {
        while (from < to) {
            if (tabsize != 0 && to / tabsize > (from + 1) / tabsize) {
                b.append('\t');
                from += tabsize - from % tabsize;
            } else {
                b.append(' ');
                from++;
            }
        }
    }

    /** -m: "a, b, c", a line broken after the comma before a name that would not fit. */
    String commas(List<Cell> cells) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (i > 0) {
                if (lineWidth == 0 || pos + c.width() + 2 < lineWidth) {
                    b.append(", ");
                    pos += 2;
                } else {
                    b.append(",\n");
                    pos = 0;
                }
            }
            b.append(c.text());
            pos += c.width();
        }
        return cells.isEmpty() ? "" : b.append('\n').toString();
    }
}
