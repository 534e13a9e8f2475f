package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.Out;

/**
 * Lays out ps columns as procps does: one space between columns, numbers right-aligned and
 * text left-aligned in each field's width, a value wider than its column pushing the rest of
 * the line right, the last column not padded, and a user name too long for its column cut to
 * width-1 characters and a '+' ("systemd+").
 */
final class PsTable {
    private final List<Ps.Column> columns;
    private final StringBuilder line = new StringBuilder(256);

    PsTable(List<Ps.Column> columns) {
        this.columns = columns;
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
        for (int i = 0; i < columns.size(); i++) {
            cell(i, columns.get(i).header());
        }
        out.print(line.append('\n').toString());
    }

    void row(Out out, PsRow r, PsField.Context ctx) {
        line.setLength(0);
        for (int i = 0; i < columns.size(); i++) {
            Ps.Column c = columns.get(i);
            String v = c.field().value(r, ctx);
            if (c.field() == PsField.USER && v.length() > c.width() && i + 1 < columns.size()) {
                v = v.substring(0, c.width() - 1) + "+";
            }
            cell(i, v);
        }
        out.print(line.append('\n').toString());
    }

    private void cell(int i, String v) {
        Ps.Column c = columns.get(i);
        if (i > 0) {
            line.append(' ');
        }
        int pad = c.width() - v.length();
        if (c.field().right) {
            pad(pad).append(v);
        } else {
            line.append(v);
            if (i + 1 < columns.size()) {
                pad(pad);
            }
        }
    }

    private StringBuilder pad(int n) {
        for (int k = 0; k < n; k++) {
            line.append(' ');
        }
        return line;
    }
}
