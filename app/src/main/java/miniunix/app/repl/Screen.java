package miniunix.app.repl;

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
 */
final class Screen {
    private final Terminal terminal;
    private final LineReader reader;
    private final Utf8Stream utf8 = new Utf8Stream();
    private String lineSoFar = "";

    Screen(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    /** Prints console output where the cursor is. */
    synchronized void print(byte[] bytes) {
        String text = utf8.decode(bytes);
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
        String text = utf8.decode(bytes);
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

    /** Ends a line the console left open, as a terminal does before the host's prompt. */
    synchronized void finish() {
        if (!lineSoFar.isEmpty()) {
            terminal.writer().write('\n');
            lineSoFar = "";
        }
        terminal.flush();
    }
}
