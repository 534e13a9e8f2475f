package miniunix.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScreenTest {
    @Test
    void theShellsPromptIsTheTextOnTheCursorsLine() {
        assertEquals("user@miniunix:~$ ", Screen.cursorLine("", "out\nuser@miniunix:~$ "));
        assertEquals("50% user@miniunix:~$ ", Screen.cursorLine("50% ", "user@miniunix:~$ "));
        assertEquals("", Screen.cursorLine("abc", "def\n"));
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
