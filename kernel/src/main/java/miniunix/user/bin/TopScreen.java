package miniunix.user.bin;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What top's full-screen mode writes to its terminal: the same lines as a batch frame, cut to
 * the window (TopFrame lays them out at the window's width; here they are cut to its height),
 * with the escape sequences procps-ng top sends through terminfo on an xterm: the cursor home
 * and hidden while a frame is drawn, each line ended by clear-to-end-of-line, the summary's
 * numbers bold, the column header in reverse video and padded to the width, running tasks'
 * rows bold (procps's 'y' highlight, on by default), and clear-to-end-of-screen when the
 * frame is shorter than the window.
 *
 * <p>Rejected: drawing with JLine's Display on the front end's side. A /bin program speaks
 * only through syscalls; like procps top, it owns its screen by writing to its terminal, so it
 * works on any terminal the front end shows (a host xterm, tmux, a test's stream).
 */
final class TopScreen {
    /** Keypad mode on (smkx), then the cursor hidden and the screen cleared. */
    static final String START = "\033[?1h\033=";
    private static final String HIDE_CURSOR = "\033[?25l";
    private static final String HOME = "\033[H";
    private static final String CLEAR = "\033[2J";
    private static final String EOL = "\033[K";
    private static final String EOS = "\033[J";
    private static final String BOLD = "\033[1m";
    private static final String REVERSE = "\033[7m";
    private static final String NORMAL = "\033[m";
    /** A number in the summary, with the blanks either side that procps prints bold. */
    private static final Pattern NUMBER = Pattern.compile("(?<=[:,.])( *[0-9][0-9.]* )");

    private TopScreen() {
    }

    /**
     * One frame: summary lines, the (blank) message line, the header and as many task rows
     * as fit in rows; running says which task rows are of running tasks.
     */
    static String frame(List<String> summary, String header, List<String> tasks,
                        List<Boolean> running, int rows, int cols, boolean first) {
        StringBuilder b = new StringBuilder(cols * rows + 64 * rows);
        if (first) {
            b.append(START);
        }
        b.append(HIDE_CURSOR).append(HOME);
        if (first) {
            b.append(CLEAR);
        }
        int line = 0;
        for (int i = 0; i < summary.size() && line < rows; i++, line++) {
            newline(b, line);
            b.append(i == 0 ? summary.get(i) : bold(summary.get(i))).append(EOL);
        }
        if (line < rows) {
            newline(b, line++);
            b.append(EOL);
        }
        if (line < rows) {
            newline(b, line++);
            b.append(REVERSE).append(pad(header, cols)).append(NORMAL).append(EOL);
        }
        for (int i = 0; i < tasks.size() && line < rows; i++, line++) {
            newline(b, line);
            String row = pad(tasks.get(i), cols);
            b.append(running.get(i) ? BOLD + row + NORMAL : row).append(EOL);
        }
        if (line < rows) {
            b.append(EOS);
        }
        return b.toString();
    }

    private static void newline(StringBuilder b, int line) {
        if (line > 0) {
            b.append("\r\n");
        }
    }

    /** The summary's numbers bold, as procps shows them. */
    static String bold(String line) {
        Matcher m = NUMBER.matcher(line);
        return m.replaceAll(BOLD + "$1" + NORMAL);
    }

    private static String pad(String s, int cols) {
        return s.length() >= cols ? s.substring(0, cols) : s + " ".repeat(cols - s.length());
    }

    /** A prompt on row (1-based), bold, with the cursor shown after it for the answer. */
    static String prompt(int row, String text) {
        return "\033[" + row + ";1H" + BOLD + text + "\033[?12;25h" + NORMAL + EOL;
    }

    /** procps's show_msg: the message in reverse video on row. */
    static String message(int row, String text) {
        return "\033[" + row + ";1H" + REVERSE + " " + text + " " + NORMAL + EOL;
    }

    /** The help screen (procps-ng 4.0.2's, with the commands this top has). */
    static String help(String delay, int cols, int rows) {
        String[] lines = {
            BOLD + "Help for Interactive Commands" + NORMAL + " - procps-ng 4.0.2",
            "Window 1:Def: Cumulative mode Off.  System: Delay " + delay
                    + " secs; Secure mode Off.",
            "",
            "  1         Toggle: '1' cpu views",
            "  P,M,T,N . Sort by: 'P' %CPU; 'M' %MEM; 'T' TIME+; 'N' PID",
            "  R,H,c,i . Toggle: 'R' Sort; 'H' Threads; 'c' Cmd name/line; 'i' Idle",
            "",
            "  d,k,r     'd' set delay; 'k' kill; 'r' renice",
            "  q         Quit",
            "          ( commands shown with '.' require a visible task display window ) ",
            "Type 'q' or <Esc> to continue ",
        };
        StringBuilder b = new StringBuilder(HOME).append(CLEAR);
        for (int i = 0; i < lines.length && i < rows; i++) {
            newline(b, i);
            String l = lines[i];
            b.append(i == 0 || l.length() <= cols ? l : l.substring(0, cols));
            b.append(EOL);
        }
        return b.toString();
    }
}
