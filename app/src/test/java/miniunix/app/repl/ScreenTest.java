package miniunix.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

class ScreenTest {
    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();

    /** What the terminal shows; the dumb terminal turns "\n" into "\r\n", as a tty does. */
    private String shown() {
        return shown.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private Screen screen() throws IOException {
        Terminal t = TerminalBuilder.builder().system(false).dumb(true)
                .streams(new ByteArrayInputStream(new byte[0]), shown)
                .encoding(StandardCharsets.UTF_8).build();
        return new Screen(t, LineReaderBuilder.builder().terminal(t).build());
    }

    @Test
    void theShellsPromptIsTheLineTheCursorIsOn() throws IOException {
        Screen s = screen();
        s.print("out\nuser@miniunix:~$ ".getBytes(StandardCharsets.UTF_8));
        assertEquals("user@miniunix:~$ ", s.takePrompt());
        assertEquals("out\nuser@miniunix:~$ \r", shown());
        assertEquals("", s.takePrompt());
    }

    @Test
    void aCharacterSplitBetweenTwoChunksIsDecodedWhole() {
        Utf8Stream u = new Utf8Stream();
        byte[] e = "é\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("", u.decode(new byte[] {e[0]}));
        assertEquals("é\n", u.decode(new byte[] {e[1], e[2]}));
        assertEquals("\ufffd", u.decode(new byte[] {(byte) 0xff}));
    }
}
