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
 *
 * <p>Width (procps's check_header_width and max_rightward): the line may be as wide as the
 * smallest multiple of the screen's columns that holds every column's width (the last one, if
 * it is a command, counted as 3), so {@code COLUMNS=40 ps aux} gets 80. Only text columns are
 * cut: a command (args, cmd, comm; after a forest's prefix, whole 4-column pieces of it) or a
 * wait channel to its width, or when last to the room left on the line; a user or group name
 * too long for that to width-1 characters and a '+' ("systemd+"). Headers are never cut.
 */
final class PsTable {
    /** procps's output buffer: the widest line, and the screen's width when unlimited. */
    static final int OUTBUF_SIZE = 2 * 64 * 1024;
    /** The columns a command counts for when last, in working out the line's width. */
    private static final int LAST_COMMAND_WIDTH = 3;

    private final List<Ps.Column> columns;
    private final StringBuilder line = new StringBuilder(256);
    /** The value of the column being laid out (scratch, one row at a time). */
    private final StringBuilder cell = new StringBuilder(64);

    /** The widest a line may be: a multiple of the screen's columns (active_cols). */
    private final int activeCols;
    /** Colour STAT and S by state (user.lib.Color); the escapes take no columns. */
    private final boolean color;
    /** Characters of the line so far that are colour escapes. */
    private int invisible;
    /** Where procps's complaint about a line too wide for its buffer goes (see tooWide). */
    private final Out err;

    /**
     * screenCols is ps's idea of the screen's width: the terminal's, COLUMNS, --cols, w or
     * OUTBUF_SIZE for no limit.
     */
    PsTable(List<Ps.Column> columns, int screenCols, boolean color, Out err) {
        this.columns = columns;
        this.err = err;
        this.activeCols = activeCols(columns, screenCols);
        this.color = color;
    }

    /** procps's check_header_width: screenCols times the least i that holds every column. */
    private static int activeCols(List<Ps.Column> columns, int screenCols) {
        long total = 0;
        for (int i = 0; i < columns.size(); i++) {
            Ps.Column c = columns.get(i);
            boolean lastCommand = i == columns.size() - 1 && isCommand(c.field());
            total += (lastCommand ? LAST_COMMAND_WIDTH : c.width()) + (i > 0 ? 1 : 0);
        }
        long active = screenCols;
        for (int i = 2; active < total && (long) screenCols * (i - 1) < OUTBUF_SIZE / 2; i++) {
            active = (long) screenCols * i;
        }
        return (int) Math.min(active, Integer.MAX_VALUE);
    }

    /** The columns procps calls UNLIMITED: a command line or name. */
    private static boolean isCommand(PsField f) {
        return f == PsField.ARGS || f == PsField.CMD || f == PsField.COMM;
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
            String h = columns.get(i).header();
            if (i == columns.size() - 1 && isCommand(columns.get(i).field())
                    && room(i, correct) < 1 && h.length() > 1) {
                h = h.substring(0, 1);      // "oops, we (mostly) lose this column"
            }
            correct = cell(i, h, correct);
        }
        end(out);
    }

    void row(Out out, PsRow r, PsField.Context ctx, String prefix) {
        line.setLength(0);
        invisible = 0;
        int correct = 0;
        for (int i = 0; i < columns.size(); i++) {
            PsField f = columns.get(i).field();
            cell.setLength(0);
            fit(f, r, ctx, room(i, correct), prefix);
            correct = cell(i, cell, correct);
            if (color && (f == PsField.STAT || f == PsField.STATE)) {
                paint(cell);
            }
        }
        end(out);
    }

    /**
     * procps's max_rightward for column i: its width, or for the last column the columns left
     * between where its text starts and the end of the line.
     */
    private int room(int i, int correct) {
        if (i + 1 < columns.size()) {
            return columns.get(i).width();
        }
        int actual = line.length() - invisible;
        int start = Math.max(correct, actual + (i > 0 ? 1 : 0));
        return Math.max(0, Math.min(activeCols - start, OUTBUF_SIZE - 1));
    }

    /**
     * Field f of row r in {@link #cell}, cut to room columns as its printer cuts it; other
     * fields are whole. A command comes after as many whole 4-column pieces of a forest's
     * prefix as fit.
     */
    private void fit(PsField f, PsRow r, PsField.Context ctx, int room, String prefix) {
        if (isCommand(f)) {
            int pieces = Math.min(prefix.length() / 4, room / 4);
            cell.append(prefix, 0, pieces * 4);
            f.append(cell, r, ctx);
            cell.setLength(Math.min(cell.length(), room));
            return;
        }
        f.append(cell, r, ctx);
        if (f == PsField.WCHAN) {
            cell.setLength(Math.min(cell.length(), room));  // "hrtime": the symbol cut
        } else if ((f == PsField.USER || f == PsField.RUSER || f == PsField.GROUP
                || f == PsField.RGROUP) && cell.length() > room && room >= 1) {
            cell.setLength(room - 1);
            cell.append('+');
        }
    }

    /** Wraps the value just appended in its state's colour. */
    private void paint(CharSequence v) {
        String sgr = Color.ofState(v);
        if (sgr != null) {
            line.insert(line.length() - v.length(), sgr).append(Color.RESET);
            invisible += sgr.length() + Color.RESET.length();
        }
    }

    /** Ends the line; procps complains once per line when --cols is wider than its buffer. */
    private void end(Out out) {
        if (activeCols > OUTBUF_SIZE) {
            err.print("fix bigness error\n");
        }
        out.print(line.append('\n'));
    }

    /** Appends column i's value; returns where the next column should start. */
    private int cell(int i, CharSequence v, int correct) {
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
