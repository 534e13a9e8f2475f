package miniunix.kernel.tty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TtyTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReadReturnsOneLineAtATimeAndNothingBeforeTheNewline() {
        Tty t = new Tty("tty1", 1025);
        byte[] buf = new byte[100];
        t.type(b("ls"));
        assertEquals(-1, t.read(buf, 0, 100), "canonical mode: no line yet");
        t.type(b(" -l\necho hi\n"));
        assertEquals(6, t.read(buf, 0, 100));
        assertEquals("ls -l\n", new String(buf, 0, 6, StandardCharsets.UTF_8));
        assertEquals(8, t.read(buf, 0, 100));
        assertEquals(-1, t.read(buf, 0, 100));
    }

    @Test
    void ctrlDOnAnEmptyLineIsEndOfFileOnce() {
        Tty t = new Tty("tty1", 1025);
        byte[] buf = new byte[10];
        t.typeEof();
        assertEquals(0, t.read(buf, 0, 10));
        assertEquals(-1, t.read(buf, 0, 10));
    }

    @Test
    void aLongLineComesInPiecesAndIsScannedOnce() {
        Tty t = new Tty("tty1", 1025);
        byte[] line = new byte[1 << 20];
        java.util.Arrays.fill(line, (byte) 'x');
        line[line.length - 1] = '\n';
        t.type(line);
        byte[] buf = new byte[4096];
        int total = 0;
        int n;
        while ((n = t.read(buf, 0, buf.length)) > 0) {
            total += n;
        }
        assertEquals(line.length, total);
    }
}
