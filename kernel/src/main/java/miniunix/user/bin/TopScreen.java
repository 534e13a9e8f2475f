package miniunix.user.bin;

import java.util.List;

/**
 * What top's full-screen mode writes to its terminal: the same lines as a batch frame, cut to
 * the window (TopFrame lays them out at the window's width; here they are cut to its height),
 * with the escape sequences procps-ng top sends through terminfo on an xterm: the cursor home
 * and hidden while a frame is drawn, each line ended by clear-to-end-of-line, the summary's
 * numbers bold, the column header in reverse video and padded to the width, running tasks'
 * rows bold (procps's 'y' highlight, on by default), the sort column too with 'x', and
 * clear-to-end-of-screen when the frame is shorter than the window. What each part starts
 * with ({@link TopLook}) follows 'z' (colour), 'b' (bold or reverse) and 'B' (no bold).
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
    private static final String NORMAL = "\033[m";

    private TopScreen() {
    }

    /**
     * One frame: summary lines, the (blank) message line, the header and as many task rows
     * as fit in rows; running says which task rows are of running tasks, sort where the sort
     * column is in a row (its start and end; start -1 for none), for 'x'.
     */
    static String frame(List<String> summary, String header, List<String> tasks,
                        List<Boolean> running, int rows, int cols, boolean first, TopLook look,
                        int[] sort) {
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
            String l = summary.get(i);
            b.append(i == 0 ? l : look.special(TopLook.marked(l), cols)).append(EOL);
        }
        if (line < rows) {
            newline(b, line++);
            b.append(EOL);
        }
        if (line < rows) {
            newline(b, line++);
            b.append(look.header()).append(pad(header, cols)).append(TopLook.OFF).append(EOL);
        }
        for (int i = 0; i < tasks.size() && line < rows; i++, line++) {
            newline(b, line);
            boolean high = running.get(i) && look.hiRows;
            b.append(high ? look.rowHigh() : look.rowNorm());
            String row = pad(tasks.get(i), cols);
            if (look.hiCols && !high && sort[0] >= 0 && sort[0] < row.length()) {
                int end = Math.min(sort[1], row.length());
                b.append(row, 0, sort[0]).append(look.rowHigh()).append(row, sort[0], end)
                        .append(look.rowNorm()).append(row, end, row.length());
            } else {
                b.append(row);
            }
            b.append(TopLook.OFF).append(EOL);
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

    private static String pad(String s, int cols) {
        return s.length() >= cols ? s.substring(0, cols) : s + " ".repeat(cols - s.length());
    }

    /** A prompt on row (1-based), bold, with the cursor shown after it for the answer. */
    static String prompt(int row, String text, TopLook look) {
        return "\033[" + row + ";1H" + look.prompt() + text + "\033[?12;25h" + TopLook.OFF + EOL;
    }

    /** procps's show_msg: the message in reverse video on row. */
    static String message(int row, String text, TopLook look) {
        return "\033[" + row + ";1H" + look.message() + " " + text + " " + TopLook.OFF + EOL;
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
            "  x,y     . Toggle highlights: 'x' sort field; 'y' running tasks",
            "  z,b     . Toggle: 'z' color/mono; 'b' bold/reverse (only if 'x' or 'y')",
            "  Z,B       Global: 'Z' colors; 'B' bold",
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

    /**
     * procps's 'Z' screen (COLOR_custom_fmt), with show_special's ~N marks: the sample lines
     * show the look being chosen.
     */
    static String colorHelp(TopLook look, char target, int color) {
        String win = "1:Def";
        return "Help for color mapping~2 - \"Current Window\" = ~1 " + win + " ~6\n"
                + "\n"
                + "   color - 04:25:44 up 8 days, 50 min,  7 users,  load average:\n"
                + "   Tasks:~3  64 ~2total,~3   2 ~3running,~3  62 ~2sleeping,~3   0 ~2stopped,~3\n"
                + "   %Cpu(s):~3  76.5 ~2user,~3  11.2 ~2system,~3   0.0 ~2nice,~3  12.3 ~2idle~3\n"
                + "   ~1 Nasty Message! ~4  -or-  ~1Input Prompt~5\n"
                + "   ~1  PID TTY     PR  NI %CPU    TIME+   VIRT SWAP S COMMAND    ~6\n"
                + "   17284 ~8pts/2  ~7  8   0  0.0   0:00.75  1380    0 S /bin/bash   ~8\n"
                + "   ~1 8601 pts/1    7 -10  0.4   0:00.03   916    0 R color -b -z~7\n"
                + "   11005 ~8?      ~7  9   0  0.0   0:02.50  2852 1008 S amor -sessi~8\n"
                + "   available toggles: ~1B~2 =disable bold globally (~1" + onOff(look.noBold)
                + "~2),\n"
                + "       ~1z~2 =color/mono (~1" + onOff(look.colors) + "~2), ~1b~2 =tasks \"bold\""
                + "/reverse (~1" + onOff(look.hiBold) + "~2)\n"
                + "\n"
                + "1) Select a ~1target~2 as an upper case letter, ~1current target~2 is ~1 "
                + target + " ~4:\n"
                + "   S~2 = Summary Data,~1  M~2 = Messages/Prompts,\n"
                + "   H~2 = Column Heads,~1  T~2 = Task Information\n"
                + "2) Select a ~1color~2 as a number or use the up/down arrow keys\n"
                + "   to raise/lower the " + TopLook.COLORS
                + " colors value, ~1current color~2 is ~1 "
                + color + " ~4:\n"
                + "   0~2 = black,~1  1~2 = red,    ~1  2~2 = green,~1  3~2 = yellow,\n"
                + "   4~2 = blue, ~1  5~2 = magenta,~1  6~2 = cyan, ~1  7~2 = white\n"
                + "\n"
                + "3) Then use these keys when finished:\n"
                + "   'q' or <Esc> to abort changes to window '~1" + win + "~2'\n"
                + "   'a' or 'w' to commit & change another, <Enter> to commit and end ";
    }

    private static String onOff(boolean on) {
        return on ? "On" : "Off";
    }
}
