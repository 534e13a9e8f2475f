package miniunix.user.bin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ls -C, -x and -m's layouts. */
class LsColumnsTest {
    private static final List<LsColumns.Cell> NAMES = cells("alpha", "beta", "gamma", "delta");

    private static List<LsColumns.Cell> cells(String... names) {
        List<LsColumns.Cell> l = new ArrayList<>();
        for (String n : names) {
            l.add(new LsColumns.Cell(n, n.length()));
        }
        return l;
    }

    private static String down(List<LsColumns.Cell> cells, int width) {
        return new LsColumns(width, 8).columns(cells, false);
    }

    @Test
    void asManyColumnsAsFitDownTheColumns() {
        assertEquals("alpha  beta  gamma  delta\n", down(NAMES, 80));
        assertEquals("alpha  gamma\nbeta   delta\n", down(NAMES, 13));
        assertEquals("alpha\nbeta\ngamma\ndelta\n", down(NAMES, 12));
        assertEquals("", down(List.of(), 80));
    }

    @Test
    void acrossFillsRowsFirst() {
        assertEquals("alpha  beta\ngamma  delta\n", new LsColumns(13, 8).columns(NAMES, true));
    }

    @Test
    void paddingUsesTabsPastATabStop() {
        List<LsColumns.Cell> c = cells("a", "longer_name", "b");
        assertEquals("a  longer_name\tb\n", down(c, 80));
        assertEquals("a  longer_name  b\n", new LsColumns(80, 0).columns(c, false));
    }

    @Test
    void commasBreakTheLineBeforeANameThatWouldNotFit() {
        assertEquals("alpha, beta,\ngamma, delta\n", new LsColumns(14, 8).commas(NAMES));
        assertEquals("alpha, beta, gamma, delta\n", new LsColumns(0, 8).commas(NAMES));
    }
}
