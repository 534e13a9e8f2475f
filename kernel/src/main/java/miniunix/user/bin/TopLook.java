package miniunix.user.bin;

/**
 * How top's window looks, procps-ng 4.0.2's window flags and capsmk(): colour or mono ('z'),
 * the sort column highlighted ('x'), running tasks highlighted ('y', on by default), those
 * highlights bold or in reverse video ('b'), bold disabled everywhere ('B'), and the four
 * colours 'Z' maps (summary, messages and prompts, column heads, tasks: the Def window's red,
 * red, yellow, red). From them come the terminfo strings each part of the screen starts with,
 * as an xterm's terminfo spells them (setaf is ESC [ 3 N m, sgr0 ESC [ m, op ESC [ 39;49 m).
 *
 * <p>With no colours to show (NO_COLOR set, procps's max_colors of 0) 'z' changes nothing
 * on the screen and 'Z' says "No colors to map!".
 */
final class TopLook {
    static final String NORM = "\033[m";
    static final String BOLD = "\033[1m";
    static final String REVERSE = "\033[7m";
    private static final String ORIG_PAIR = "\033[39;49m";
    /** procps's Caps_off: every attribute and colour off. */
    static final String OFF = NORM + ORIG_PAIR;
    static final int COLORS = 8;

    /** The colours of the Def window, as 'Z' sets them (0 black .. 7 white). */
    int summaryColor = 1;
    int messageColor = 1;
    int headColor = 3;
    int taskColor = 1;
    boolean colors;
    boolean hiCols;
    boolean hiRows = true;
    boolean hiBold = true;
    boolean noBold;
    /** The terminal shows no colours (NO_COLOR): procps's max_colors is 0. */
    final boolean colorless;

    TopLook(boolean colorless) {
        this.colorless = colorless;
    }

    private boolean inColor() {
        return colors && !colorless;
    }

    private static String fg(int color) {
        return "\033[3" + color + "m";
    }

    /** cap_bold: bold, unless 'B' turned bold off. */
    String bold() {
        return noBold ? NORM : BOLD;
    }

    /** capclr_sum: the summary's text (its numbers are bold). */
    String summary() {
        return inColor() ? fg(summaryColor) : "";
    }

    /** capclr_msg: a message. */
    String message() {
        return inColor() ? fg(messageColor) + REVERSE : REVERSE;
    }

    /** capclr_pmt: a prompt. */
    String prompt() {
        return inColor() ? fg(messageColor) + bold() : bold();
    }

    /** capclr_hdr: the column heads. */
    String header() {
        return inColor() ? fg(headColor) + REVERSE : REVERSE;
    }

    /** capclr_rownorm: a task's row. */
    String rowNorm() {
        return inColor() ? OFF + fg(taskColor) : NORM;
    }

    /** capclr_rowhigh: a highlighted row or sort column ('y', 'x'), bold or reverse ('b'). */
    String rowHigh() {
        return rowNorm() + (hiBold ? bold() : REVERSE);
    }

    /** show_special's captab: what text ended by ~N starts with (0 and 1 plain). */
    private String cap(int n) {
        return switch (n) {
            case 2 -> bold();
            case 3 -> summary();
            case 4 -> message();
            case 5 -> prompt();
            case 6 -> header();
            case 7 -> rowHigh();
            case 8 -> rowNorm();
            default -> NORM;
        };
    }

    /**
     * procps's show_special for one line: each piece of text ended by a "~N" mark is shown with
     * captab[N] and ended by OFF; text after the last mark is plain. At most cols columns of
     * text are shown (the marks and escapes take none).
     */
    String special(String line, int cols) {
        StringBuilder b = new StringBuilder(line.length() + 64);
        int room = cols;
        int start = 0;
        for (int i = 0; i <= line.length() && room > 0; i++) {
            boolean mark = i + 1 < line.length() && line.charAt(i) == '~'
                    && line.charAt(i + 1) >= '1' && line.charAt(i + 1) <= '8';
            if (!mark && i < line.length()) {
                continue;
            }
            String text = line.substring(start, i);
            int n = mark ? line.charAt(i + 1) - '0' : 0;
            b.append(cap(n)).append(text, 0, Math.min(text.length(), room)).append(OFF);
            room -= text.length();
            start = i + 2;
            i++;
        }
        return b.toString();
    }

    /** The summary line with procps's marks: its label text ~3 and its numbers ~2. */
    static String marked(String line) {
        return line.replaceAll("(?<=[:,.])( *[0-9][0-9.]* )", "~3$1~2") + "~3";
    }

    TopLook copy() {
        TopLook t = new TopLook(colorless);
        t.summaryColor = summaryColor;
        t.messageColor = messageColor;
        t.headColor = headColor;
        t.taskColor = taskColor;
        t.colors = colors;
        t.hiCols = hiCols;
        t.hiRows = hiRows;
        t.hiBold = hiBold;
        t.noBold = noBold;
        return t;
    }
}
