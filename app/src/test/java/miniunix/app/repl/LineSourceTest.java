package miniunix.app.repl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LineSourceTest {
    private static LineSource of(byte[] b) {
        return new LineSource(new ByteArrayInputStream(b));
    }

    private static String next(LineSource s) throws IOException {
        byte[] b = s.next();
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void linesKeepTheirNewlineAndTheLastGetsOne() throws IOException {
        LineSource s = of("a\n\nbc".getBytes(StandardCharsets.UTF_8));
        assertEquals("a\n", next(s));
        assertEquals("\n", next(s));
        assertEquals("bc\n", next(s));
        assertNull(next(s));
        assertNull(next(s));
    }

    @Test
    void aMegabyteLineComesWholeAndBinaryBytesPassThrough() throws IOException {
        byte[] big = new byte[1 << 20];
        Arrays.fill(big, (byte) 0xff);
        big[big.length - 1] = '\n';
        LineSource s = of(big);
        assertArrayEquals(big, s.next());
        assertNull(s.next());
    }
}
