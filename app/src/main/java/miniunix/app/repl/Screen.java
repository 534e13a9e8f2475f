package miniunix.app.repl;

import miniunix.app.shell.Keymap;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;

/**
 * The host terminal as the console's screen. The tty does not echo, so the screen shows the
 * console's output as it comes; the line the cursor is on (often the shell's prompt, printed
 * by the simulated shell) is remembered so JLine can redraw it as its own prompt. Output that
 * arrives while JLine shows a prompt goes above it. Both threads print here, so every method
 * is synchronized; none calls into the kernel.
 *
 * <p>The shell's word to the line editor (its keymap after a bind, the line a bind -x command
 * left: {@link Keymap#SYNC_START}, {@link Keymap#LINE_START}) comes in private DCS sequences;
 * they are taken out here, never shown, and kept for the next line read.
 */
final class Screen {
    private final Terminal terminal;
    private final LineReader reader;
    private final Utf8Stream utf8 = new Utf8Stream();
    private String lineSoFar = "";
    /** The start of a DCS whose end has not come yet. */
    private String partial = "";
    /** The last keymap the shell sent, and the line a bind -x command left; null if none. */
    private String keymap;
    private String bindXLine;

    Screen(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    /** Prints console output where the cursor is. */
    synchronized void print(byte[] bytes) {
        String text = takeDcs(utf8.decode(bytes));
        if (text.isEmpty()) {
            return;
        }
        terminal.writer().write(text);
        terminal.flush();
        lineSoFar = cursorLine(lineSoFar, text);
    }

    /**
     * The text on the cursor's line after printing text on a line that held before. Escape
     * sequences that move the cursor or clear (a full-screen program's: top) are left out, and
     * so is what came before the last of them or the last carriage return: the line is what
     * the shell prints after them (its prompt).
     */
    static String cursorLine(String before, String text) {
        int nl = text.lastIndexOf('\n');
        String line = nl < 0 ? before + text : text.substring(nl + 1);
        int cut = Math.max(line.lastIndexOf('\r') + 1, afterLastControl(line));
        return cut > 0 ? line.substring(cut) : line;
    }

    /** Where the text after the last escape sequence other than SGR (colours) starts, or 0. */
    private static int afterLastControl(String line) {
        int after = 0;
        for (int i = line.indexOf('\033'); i >= 0; i = line.indexOf('\033', i + 1)) {
            int end = i + 1;
            if (end < line.length() && line.charAt(end) == '[') {
                end++;
                while (end < line.length() && (line.charAt(end) < '@' || line.charAt(end) > '~')) {
                    end++;
                }
                if (end < line.length() && line.charAt(end) == 'm') {
                    continue;
                }
            }
            after = Math.min(line.length(), end + 1);
        }
        return after;
    }

    /** Prints console output above the prompt JLine is showing. */
    synchronized void printAbove(byte[] bytes) {
        String text = takeDcs(utf8.decode(bytes));
        if (!text.isEmpty()) {
            reader.printAbove(text);
        }
    }

    /**
     * The text on the cursor's line, to become JLine's prompt; the cursor goes back to the
     * start of the line so JLine draws the prompt over it.
     */
    synchronized String takePrompt() {
        String prompt = lineSoFar;
        lineSoFar = "";
        if (!prompt.isEmpty()) {
            terminal.writer().write('\r');
            terminal.flush();
        }
        return prompt;
    }

    /**
     * Ctrl-C (or Ctrl-Z) ended JLine's line: shows it as a tty with ECHOCTL does, the
     * line as typed and then the key's echo ("^C"), with the cursor after it. JLine has
     * already moved to the next line, so the cursor goes back up over the rows the line took.
     * A terminal that can't move the cursor keeps JLine's fresh line.
     */
    synchronized void interrupted(String prompt, String partial, String echo) {
        String line = prompt + partial;
        int cols = terminal.getWidth();
        int width = new AttributedString(line).columnLength();
        int rows = cols <= 0 ? 1 : Math.max(1, (width + cols - 1) / cols);
        for (int i = 0; i < rows; i++) {
            if (!terminal.puts(Capability.cursor_up)) {
                return;
            }
        }
        terminal.writer().write("\r" + line + echo);
        terminal.flush();
        lineSoFar = line + echo;
    }

    /** Text without the shell's DCS sequences, which are kept ({@link #takeKeymap}). */
    private String takeDcs(String text) {
        String t = partial + text;
        partial = "";
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = t.indexOf("\033P"); i >= 0; i = t.indexOf("\033P", at)) {
            String start = t.startsWith(Keymap.SYNC_START, i) ? Keymap.SYNC_START
                    : t.startsWith(Keymap.LINE_START, i) ? Keymap.LINE_START : null;
            int end = t.indexOf(Keymap.SYNC_END, i);
            if (end < 0 && (start != null || isStartOfOurs(t.substring(i)))) {
                partial = t.substring(i);           // the rest comes with the next output
                t = t.substring(0, i);
                break;
            }
            if (start == null) {
                out.append(t, at, i + 2);           // someone else's: the host terminal's
                at = i + 2;
                continue;
            }
            if (start.equals(Keymap.SYNC_START)) {
                keymap = t.substring(i + start.length(), end);
            } else {
                bindXLine = t.substring(i + start.length(), end);
            }
            out.append(t, at, i);
            at = end + Keymap.SYNC_END.length();
        }
        return out.append(t.substring(Math.min(at, t.length()))).toString();
    }

    private static boolean isStartOfOurs(String tail) {
        return Keymap.SYNC_START.startsWith(tail) || Keymap.LINE_START.startsWith(tail);
    }

    /** The keymap the shell last sent (the text of {@link Keymap#sync}), taken; or null. */
    synchronized String takeKeymap() {
        String k = keymap;
        keymap = null;
        return k;
    }

    /** What a bind -x command left (Keymap.LINE_START's text), taken; or null. */
    synchronized String takeBindXLine() {
        String l = bindXLine;
        bindXLine = null;
        return l;
    }

    /**
     * A bind -x key ended JLine's line: the rows the prompt and line took are cleared and the
     * cursor goes to their start (readline's rl_clear_visible_line), for what the command
     * prints. JLine has moved to the next line. A terminal that can't move the cursor keeps
     * the fresh line.
     */
    synchronized void clearLine(String line) {
        int cols = terminal.getWidth();
        int width = new AttributedString(line).columnLength();
        int rows = cols <= 0 ? 1 : Math.max(1, (width + cols - 1) / cols);
        for (int i = 0; i < rows; i++) {
            if (!terminal.puts(Capability.cursor_up)) {
                return;
            }
        }
        terminal.writer().write('\r');
        terminal.puts(Capability.clr_eos);
        terminal.flush();
        lineSoFar = "";
    }

    /** Ends a line the console left open, as a terminal does before the host's prompt. */
    synchronized void finish() {
        if (!lineSoFar.isEmpty()) {
            terminal.writer().write('\n');
            lineSoFar = "";
        }
        terminal.flush();
    }
}
