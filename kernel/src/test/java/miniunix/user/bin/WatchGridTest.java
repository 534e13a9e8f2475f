package miniunix.user.bin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** watch's screen body, laid out as procps-ng 4.0.2's run_command lays it out. */
class WatchGridTest {
    private static WatchGrid grid(String output, int rows, int cols, boolean color, boolean wrap) {
        WatchGrid g = new WatchGrid(rows, cols);
        g.fill(output, color, wrap, false);
        return g;
    }

    private static String row(WatchGrid g, int y) {
        return new String(g.chars[y]);
    }

    private static String drawn(WatchGrid g, int y) {
        StringBuilder b = new StringBuilder();
        g.draw(b, y);
        return b.toString();
    }

    @Test
    void longLinesWrapAndALineAsWideAsTheWindowTakesOneRow() {
        WatchGrid g = grid("abcdefgh\nabcd\nxy\n", 4, 4, false, true);
        assertEquals("abcd", row(g, 0));
        assertEquals("efgh", row(g, 1));
        assertEquals("abcd", row(g, 2), "the newline after a full row is swallowed");
        assertEquals("xy  ", row(g, 3));
    }

    @Test
    void withoutWrapTheRestOfALineIsSkipped() {
        WatchGrid g = grid("abcdefgh\nxy\n", 3, 4, false, false);
        assertEquals("abcd", row(g, 0));
        assertEquals("xy  ", row(g, 1));
        assertEquals(2, g.usedRows());
    }

    @Test
    void tabsGoToTheNextMultipleOfEightAndControlsAreSkipped() {
        WatchGrid g = grid("a\tb\u0007c\n", 1, 12, false, true);
        assertEquals("a       bc  ", row(g, 0));
    }

    @Test
    void withoutColorTheEscapeIsDroppedAndTheRestShows() {
        WatchGrid g = grid("\033[31mred\n", 1, 10, false, true);
        assertEquals("[31mred   ", row(g, 0));
        assertEquals("[31mred", drawn(g, 0));
    }

    @Test
    void colorSequencesSetTheAttributesOfTheCellsThatFollow() {
        WatchGrid g = grid("\033[1;31mred\033[m \033[4;44mu\033[0m\n", 1, 10, true, true);
        assertEquals("red u     ", row(g, 0));
        assertEquals("\033[1;31mred\033[m \033[4;44mu\033[m", drawn(g, 0));
    }

    @Test
    void attributesCarryToTheNextLineButNotIntoTheBlankAfterALine() {
        WatchGrid g = grid("\033[7ma\nb\033[m\n", 2, 3, true, true);
        assertEquals("\033[7ma\033[m", drawn(g, 0), "the padding after the newline is plain");
        assertEquals("\033[7mb\033[m", drawn(g, 1));
        WatchGrid again = new WatchGrid(2, 3);
        again.fill("\033[7ma\n", true, true, false);
        again.fill("b\n", true, true, false);
        assertEquals("b", drawn(again, 0), "each run starts plain");
    }

    @Test
    void eightBitColoursBelowSixteenAndOtherSequencesSwallowed() {
        WatchGrid g = grid("\033[38;5;2mg\033[38;5;9mb\033[38;5;200mx\033[2Jy\033(Bz\n", 1, 8, true, true);
        assertEquals("gbxyz   ", row(g, 0));
        assertEquals("\033[32mg\033[0;31mbxyz\033[m", drawn(g, 0),
                "9 is bright red, red on 8 colours; 200 is not understood, so x keeps red");
        WatchGrid bright = new WatchGrid(1, 2);
        bright.fill("\033[91mb\n", true, true, true);
        assertEquals("\033[91mb\033[m", drawn(bright, 0), "bright red on 16 colours");
    }

    @Test
    void differencesAreComparedCellByCell() {
        WatchGrid before = grid("two\n", 1, 10, false, true);
        WatchGrid after = grid("three four\n", 1, 10, false, true);
        assertTrue(after.changedFrom(before));
        assertFalse(after.unchangedFrom(before));
        after.highlight(before, false);
        assertEquals("t\033[7mhree\033[m \033[7mfour\033[m", drawn(after, 0),
                "the blank at 5 was a blank before");
        WatchGrid same = grid("three four\n", 1, 10, false, true);
        same.highlight(after, true);
        assertEquals(drawn(after, 0), drawn(same, 0), "-d=permanent keeps what was highlighted");
        assertTrue(same.unchangedFrom(after));
        assertTrue(same.unchangedFrom(null), "the first screen counts as unchanged for -q");
        assertFalse(same.changedFrom(null));
        assertArrayEquals(after.chars[0], same.chars[0]);
    }
}
