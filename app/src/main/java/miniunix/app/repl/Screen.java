package miniunix.app.repl;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;

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
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer carry = ByteBuffer.allocate(0);
    private String lineSoFar = "";

    Screen(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    /** Prints console output where the cursor is. */
    synchronized void print(byte[] bytes) {
        String text = decode(bytes);
        if (text.isEmpty()) {
            return;
        }
        terminal.writer().write(text);
        terminal.flush();
        int nl = text.lastIndexOf('\n');
        lineSoFar = nl < 0 ? lineSoFar + text : text.substring(nl + 1);
    }

    /** Prints console output above the prompt JLine is showing. */
    synchronized void printAbove(byte[] bytes) {
        String text = decode(bytes);
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

    /** After JLine left the line (Ctrl-C): the prompt is to be drawn again on the new line. */
    synchronized void keepPrompt(String prompt) {
        lineSoFar = prompt;
    }

    /** Ends a line the console left open, as a terminal does before the host's prompt. */
    synchronized void finish() {
        if (!lineSoFar.isEmpty()) {
            terminal.writer().write('\n');
            lineSoFar = "";
        }
        terminal.flush();
    }

    private String decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.allocate(carry.remaining() + bytes.length);
        in.put(carry).put(bytes).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining());
        decoder.decode(in, out, false);            // keeps a split UTF-8 sequence for later
        carry = in.slice();
        return out.flip().toString();
    }
}
