package miniunix.user.bin;

import java.util.Arrays;

/**
 * The body of watch's screen, as procps-ng 4.0.2's run_command fills it: the command's output
 * read a character at a time into the window's rows, one cell per character, each cell with
 * its curses attributes. A newline ends a row (and is swallowed right after a row that was
 * full, so a line exactly as wide as the window takes one row), a tab moves to the next
 * multiple of 8, control characters are skipped, long lines wrap onto the next row (without
 * wrapping, the rest of the line is skipped). With {@code -c} the ANSI SGR sequences
 * ({@code ESC [ 1;31 m}) set the attributes of the cells that follow (bold, dim, italic,
 * underline, blink, reverse, colours 30-37, 40-47, 90-97, 100-107 and 38;5;N / 48;5;N for N
 * below 16), carried from row to row within a run and reset when a run starts (and at each
 * line without wrapping); other escape sequences are swallowed. Without -c an ESC is skipped
 * and the rest of the sequence shows, as in procps.
 *
 * <p>Cells are compared with the screen before for -d (changes in standout, and with
 * -d=permanent whatever had an attribute before), -g (any change) and -q (no change).
 *
 * <p>Simplified: every character takes one cell (no double-width characters).
 */
final class WatchGrid {
    /** curses's attribute bits, as ncurses's A_BOLD and friends name them. */
    static final int BOLD = 1;
    static final int DIM = 2;
    static final int ITALIC = 4;
    static final int UNDERLINE = 8;
    static final int BLINK = 16;
    static final int REVERSE = 32;
    /** -d's highlight (A_STANDOUT: reverse video on an xterm). */
    static final int STANDOUT = 64;
    /** Colours: 0 the terminal's default, 1-8 the standard eight, 9-16 the bright ones. */
    private static final int FG_SHIFT = 8;
    private static final int BG_SHIFT = 16;
    private static final int COLOR_MASK = 0x1f;
    private static final int FLAGS = 0xff;
    private static final int TAB = 8;
    /** procps's MAX_ANSIBUF: the longest sequence it reads before giving up. */
    private static final int MAX_ANSIBUF = 100;
    private static final int ESC = 27;

    final int rows;
    final int cols;
    final char[][] chars;
    final int[][] attrs;

    // The reader's state while a run's output is laid out (procps's statics).
    private String text = "";
    private int pos;
    /** The ANSI state (attributes, fg_col, bg_col) and the attribute cells get (curses's). */
    private int ansi;
    private int current;

    WatchGrid(int rows, int cols) {
        this.rows = Math.max(0, rows);
        this.cols = Math.max(0, cols);
        chars = new char[this.rows][this.cols];
        attrs = new int[this.rows][this.cols];
        for (char[] r : chars) {
            Arrays.fill(r, ' ');
        }
    }

    /**
     * Lays out a run's output. color: -c; wrap: not -w; moreColors: the terminal has 16
     * colours, so 90-97 are bright rather than the standard eight.
     */
    void fill(String output, boolean color, boolean wrap, boolean moreColors) {
        text = output;
        pos = 0;
        ansi = 0;
        boolean oldEol = true;
        for (int y = 0; y < rows; y++) {
            boolean eol = false;
            boolean tabPending = false;
            boolean tabWasPending = false;
            if (color) {
                current = ansi;
            }
            for (int x = 0; x < cols; x++) {
                int c = ' ';
                if (tabWasPending && color) {
                    current = ansi;
                }
                tabWasPending = false;
                if (!eol) {
                    if (!tabPending) {
                        do {
                            c = next();
                        } while (c >= 0 && !printable(c) && c != '\n' && c != '\t'
                                && (c != ESC || !color));
                    }
                    if (c == ESC && color) {
                        x--;
                        ansi(moreColors);
                        continue;
                    }
                    if (c == '\n') {
                        if (!oldEol && x == 0) {
                            x = -1;
                            continue;
                        }
                        eol = true;
                    } else if (c == '\t') {
                        tabPending = true;
                    }
                    if (c < 0 || c == '\n' || c == '\t') {
                        c = ' ';
                        if (color) {
                            current = 0;
                        }
                    }
                    if (tabPending && (x + 1) % TAB == 0) {
                        tabPending = false;
                        tabWasPending = true;
                    }
                }
                chars[y][x] = (char) c;
                attrs[y][x] = color ? current : 0;
            }
            oldEol = eol;
            if (!wrap) {
                ansi = 0;
                current = 0;
                skipLine();
            }
        }
        text = "";
    }

    private int next() {
        return pos < text.length() ? text.charAt(pos++) : -1;
    }

    private static boolean printable(int c) {
        return c >= ' ' && c != 127;
    }

    /** procps's find_eol: the rest of the line, without wrapping. */
    private void skipLine() {
        int c;
        do {
            c = next();
        } while (c >= 0 && c != '\n');
    }

    /** procps's process_ansi, after the ESC: an SGR sequence sets the attributes. */
    private void ansi(boolean moreColors) {
        int c = next();
        if (c == '(') {
            next();
            c = next();
        }
        if (c != '[') {
            if (c >= 0) {
                pos--;          // ungetc
            }
            return;
        }
        StringBuilder buf = new StringBuilder();
        for (int i = 0; ; i++) {
            c = next();
            if (c == 'm') {
                break;
            }
            if (i >= MAX_ANSIBUF || (c < '0' || c > '9') && c != ';') {
                return;
            }
            buf.append((char) c);
        }
        String b = buf.toString();
        if (b.isEmpty()) {
            set(0, null, moreColors);
        }
        int[] end = {0};
        for (int start = 0; end[0] < b.length(); start = end[0] + 1) {
            end[0] = start;
            int attrib = strtol(b, end);
            if (!set(attrib, new Cursor(b, end), moreColors)) {
                break;
            }
            if (start == end[0]) {
                set(0, null, moreColors);
            }
        }
    }

    /** A position in the sequence, which 38;5;N moves past N. */
    private record Cursor(String text, int[] at) {
    }

    /** strtol(s + at[0], &amp;end, 10) for digits only; at[0] moves past them. */
    private static int strtol(String s, int[] at) {
        int v = 0;
        int i = at[0];
        while (i < s.length() && Character.isDigit(s.charAt(i)) && v < 100_000) {
            v = v * 10 + (s.charAt(i++) - '0');
        }
        at[0] = i;
        return v;
    }

    /** procps's set_ansi_attribute: false for what it does not understand. */
    private boolean set(int attrib, Cursor seq, boolean moreColors) {
        int flags = ansi & FLAGS;
        int fg = ansi >> FG_SHIFT & COLOR_MASK;
        int bg = ansi >> BG_SHIFT & COLOR_MASK;
        switch (attrib) {
            case 0 -> { flags = 0; fg = 0; bg = 0; }
            case 1 -> flags |= BOLD;
            case 2 -> flags |= DIM;
            case 3 -> flags |= ITALIC;
            case 4 -> flags |= UNDERLINE;
            case 5 -> flags |= BLINK;
            case 7 -> flags |= REVERSE;
            case 21 -> flags &= ~BOLD;
            case 22 -> flags &= ~(BOLD | DIM);
            case 23 -> flags &= ~ITALIC;
            case 24 -> flags &= ~UNDERLINE;
            case 25 -> flags &= ~BLINK;
            case 27 -> flags &= ~REVERSE;
            case 38, 48 -> {
                int n = color256(seq, moreColors);
                if (attrib == 38) {
                    fg = n;
                } else {
                    bg = n;
                }
                if (n == 0) {
                    // procps stores the 0 and gives up before attr_set: the cells that follow
                    // keep their look, the next row starts without the colour.
                    ansi = flags | fg << FG_SHIFT | bg << BG_SHIFT;
                    return false;
                }
            }
            case 39 -> fg = 0;
            case 49 -> bg = 0;
            default -> {
                if (attrib >= 30 && attrib <= 37) {
                    fg = attrib - 30 + 1;
                } else if (attrib >= 40 && attrib <= 47) {
                    bg = attrib - 40 + 1;
                } else if (attrib >= 90 && attrib <= 97) {
                    fg = moreColors ? attrib - 90 + 9 : attrib - 90 + 1;
                } else if (attrib >= 100 && attrib <= 107) {
                    bg = moreColors ? attrib - 100 + 9 : attrib - 100 + 1;
                } else {
                    return false;
                }
            }
        }
        ansi = flags | fg << FG_SHIFT | bg << BG_SHIFT;
        current = ansi;
        return true;
    }

    /** procps's process_ansi_color_escape_sequence: ;5;N for N of 0-15, else 0. */
    private static int color256(Cursor seq, boolean moreColors) {
        if (seq == null) {
            return 0;
        }
        String s = seq.text();
        int i = seq.at()[0];
        if (!s.startsWith(";5;", i)) {
            return 0;
        }
        seq.at()[0] = i + 3;
        int n = strtol(s, seq.at());
        if (n <= 7) {
            return n + 1;
        }
        if (n <= 15) {
            return moreColors ? n + 1 : n - 8 + 1;
        }
        return 0;
    }

    // Comparisons with the screen before.

    /**
     * -g: whether any cell's character differs from before's. Nothing is compared on the
     * first screen, or the first after the window changed size (procps's first_screen).
     */
    boolean changedFrom(WatchGrid before) {
        return !first(before) && !sameChars(before);
    }

    /** -q: whether no cell's character changed; true on a first screen, as in procps. */
    boolean unchangedFrom(WatchGrid before) {
        return first(before) || sameChars(before);
    }

    private boolean first(WatchGrid before) {
        return before == null || before.rows != rows || before.cols != cols;
    }

    private boolean sameChars(WatchGrid before) {
        for (int y = 0; y < rows; y++) {
            if (!Arrays.equals(chars[y], before.chars[y])) {
                return false;
            }
        }
        return true;
    }

    /**
     * -d: a cell whose character changed is shown in standout; with permanent, also one that
     * had any attribute before (so a change stays highlighted).
     */
    void highlight(WatchGrid before, boolean permanent) {
        if (first(before)) {
            return;
        }
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (chars[y][x] != before.chars[y][x] || permanent && before.attrs[y][x] != 0) {
                    attrs[y][x] |= STANDOUT;
                }
            }
        }
    }

    // Drawing.

    /** The rows up to the last one with something to show. */
    int usedRows() {
        int n = rows;
        while (n > 0 && rowLength(n - 1) == 0) {
            n--;
        }
        return n;
    }

    /** Row y's cells up to the last that shows (a character or an attribute). */
    int rowLength(int y) {
        int n = cols;
        while (n > 0 && chars[y][n - 1] == ' ' && attrs[y][n - 1] == 0) {
            n--;
        }
        return n;
    }

    /** Row y as the terminal is sent it: the characters, and SGR where the attributes change. */
    void draw(StringBuilder b, int y) {
        int on = 0;
        int n = rowLength(y);
        for (int x = 0; x < n; x++) {
            int a = attrs[y][x];
            if (a != on) {
                b.append(sgr(a, on != 0));
                on = a;
            }
            b.append(chars[y][x]);
        }
        if (on != 0) {
            b.append("\033[m");
        }
    }

    /** The SGR sequence for attributes a: ESC [ m for none, else their codes (0 first if reset). */
    static String sgr(int a, boolean reset) {
        if (a == 0) {
            return "\033[m";
        }
        StringBuilder b = new StringBuilder("\033[");
        b.append(reset ? "0;" : "");
        int[] bits = {BOLD, DIM, ITALIC, UNDERLINE, BLINK, REVERSE | STANDOUT};
        String[] codes = {"1", "2", "3", "4", "5", "7"};
        for (int i = 0; i < bits.length; i++) {
            if ((a & bits[i]) != 0) {
                b.append(codes[i]).append(';');
            }
        }
        int fg = a >> FG_SHIFT & COLOR_MASK;
        int bg = a >> BG_SHIFT & COLOR_MASK;
        if (fg > 0) {
            b.append(fg <= 8 ? "3" + (fg - 1) : "9" + (fg - 9)).append(';');
        }
        if (bg > 0) {
            b.append(bg <= 8 ? "4" + (bg - 1) : "10" + (bg - 9)).append(';');
        }
        b.setLength(b.length() - 1);
        return b.append('m').toString();
    }

    WatchGrid copy() {
        WatchGrid g = new WatchGrid(rows, cols);
        for (int y = 0; y < rows; y++) {
            g.chars[y] = chars[y].clone();
            g.attrs[y] = attrs[y].clone();
        }
        return g;
    }
}
