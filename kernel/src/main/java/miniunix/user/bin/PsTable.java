package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.Color;
import miniunix.user.lib.Out;

/**
 * Lays out ps columns as procps' show_one_proc() does. Each column has a width; numbers are
 * right-aligned in it, text starts at its left edge; columns are one space apart. The cursor
 * tracks where the line should be ("correct") and where it is ("actual"): a value wider than
 * its column pushes the line right, and the next columns give the excess back out of their
 * padding (so {@code 1233424  7168} becomes {@code 1233424 7168}), never less than one space.
 * A user name too long for its column is cut to width-1 characters and a '+' ("systemd+"),
 * a wait channel to the column's width. With --cols N every line is cut at N columns; a
 * forest's prefix goes before the command (args, cmd, comm).
 */
final class PsTable {
    private final List<Ps.Column> columns;
    private final StringBuilder line = new StringBuilder(256);

    /** --cols: the most columns a line has, 0 for no limit. */
    private final int width;
    /** Colour STAT and S by state (user.lib.Color); the escapes take no columns. */
    private final boolean color;
    /** Characters of the line so far that are colour escapes. */
    private int invisible;

    PsTable(List<Ps.Column> columns, int width, boolean color) {
        this.columns = columns;
        this.width = width;
        this.color = color;
    }

    /** False when every header is empty (-o pid=,ppid=): then no header line is printed. */
    boolean anyHeader() {
        for (Ps.Column c : columns) {
            if (!c.header().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    void header(Out out) {
        line.setLength(0);
        invisible = 0;
        int correct = 0;
        for (int i = 0; i < columns.size(); i++) {
            correct = cell(i, columns.get(i).header(), correct);
        }
        end(out);
    }

    void row(Out out, PsRow r, PsField.Context ctx, String prefix) {
        line.setLength(0);
        invisible = 0;
        int correct = 0;
        for (int i = 0; i < columns.size(); i++) {
            Ps.Column c = columns.get(i);
            String v = c.field().value(r, ctx);
            if (c.field() == PsField.USER && v.length() > c.width() && i + 1 < columns.size()) {
                v = v.substring(0, c.width() - 1) + "+";
            } else if (c.field() == PsField.WCHAN && v.length() > c.width()) {
                v = v.substring(0, c.width());      // "hrtime": procps cuts the symbol
            } else if (!prefix.isEmpty() && (c.field() == PsField.ARGS
                    || c.field() == PsField.CMD || c.field() == PsField.COMM)) {
                v = prefix + v;
            }
            correct = cell(i, v, correct);
            if (color && (c.field() == PsField.STAT || c.field() == PsField.STATE)) {
                paint(v);
            }
        }
        end(out);
    }

    /** Wraps the value just appended in its state's colour. */
    private void paint(String v) {
        String sgr = Color.ofState(v);
        if (sgr != null) {
            line.insert(line.length() - v.length(), sgr).append(Color.RESET);
            invisible += sgr.length() + Color.RESET.length();
        }
    }

    private void end(Out out) {
        if (width > 0 && line.length() - invisible > width) {
            line.setLength(width + invisible);
        }
        out.print(line.append('\n').toString());
    }

    /** Appends column i's value; returns where the next column should start. */
    private int cell(int i, String v, int correct) {
        Ps.Column c = columns.get(i);
        int leftpad = c.field().right ? Math.max(0, c.width() - v.length()) : 0;
        int space = correct - (line.length() - invisible) + leftpad;
        if (space < 1) {
            space = i > 0 ? 1 : 0;
        }
        for (int k = 0; k < space; k++) {
            line.append(' ');
        }
        line.append(v);
        return correct + c.width() + 1;
    }
}
