package miniunix.user.bin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ls -C's column layout. */
class LsColumnsTest {
    private static final List<String> NAMES = List.of("alpha", "beta", "gamma", "delta");

    @Test
    void asManyColumnsAsFitDownTheColumns() {
        assertEquals("alpha  beta  gamma  delta\n", LsColumns.layout(NAMES, 80));
        assertEquals("alpha  gamma\nbeta   delta\n", LsColumns.layout(NAMES, 13));
        assertEquals("alpha\nbeta\ngamma\ndelta\n", LsColumns.layout(NAMES, 12));
        assertEquals("", LsColumns.layout(List.of(), 80));
    }
}
