package miniunix.user.bin;

import java.util.List;

/**
 * ls's layout on a terminal (-C): names down the columns, as many columns as fit, each column
 * as wide as its longest name plus two spaces (the last column unpadded). Coreutils'
 * calculate_columns() rule: the most columns whose line stays shorter than the line width.
 */
final class LsColumns {
    private LsColumns() {
    }

    /** The names laid out in columns, a newline after each row. */
    static String layout(List<String> names, int lineWidth) {
        int n = names.size();
        for (int cols = Math.max(1, Math.min(n, lineWidth / 3)); cols > 1; cols--) {
            int[] widths = widths(names, cols, lineWidth);
            if (widths != null) {
                return rows(names, widths, (n + cols - 1) / cols);
            }
        }
        return rows(names, new int[] {0}, n);
    }

    /** Column widths for cols columns, or null if a line would not fit. */
    private static int[] widths(List<String> names, int cols, int lineWidth) {
        int rows = (names.size() + cols - 1) / cols;
        int[] w = new int[cols];
        int total = 0;
        for (int i = 0; i < names.size(); i++) {
            int col = i / rows;
            int len = names.get(i).length() + (col == cols - 1 ? 0 : 2);
            total += Math.max(0, len - w[col]);
            w[col] = Math.max(w[col], len);
        }
        return total < lineWidth ? w : null;
    }

    private static String rows(List<String> names, int[] widths, int rows) {
        StringBuilder b = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            for (int i = row, col = 0; i < names.size(); i += rows, col++) {
                String name = names.get(i);
                b.append(name);
                if (i + rows < names.size()) {
                    b.append(" ".repeat(widths[col] - name.length()));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }
}
