package miniunix.user.bin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.user.bin.DiffScript.Change;
import miniunix.user.bin.DiffScript.WhiteSpace;
import org.junit.jupiter.api.Test;

/** The edit scripts GNU diff 3.8 prints for small cases (its answers, taken from the host). */
class DiffScriptTest {
    private static List<Change> diff(String a, String b, WhiteSpace ws, boolean ignoreCase) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return DiffScript.diff(new DiffText(x, x.length), new DiffText(y, y.length), ws,
                ignoreCase, 0, false);
    }

    private static List<Change> diff(String a, String b) {
        return diff(a, b, WhiteSpace.NONE, false);
    }

    @Test
    void anInsertedRepeatSlidesToTheEnd() {
        // 3a4,5: shift_boundaries moves the run down past the lines it repeats.
        assertEquals(List.of(new Change(3, 3, 0, 2)), diff("a\nb\nc\n", "a\nb\nc\nb\nc\n"));
        assertEquals(List.of(new Change(3, 3, 0, 2)), diff("x\n\ny\n", "x\n\ny\n\nz\n"));
    }

    @Test
    void swappedPairsAreADeleteAChangeAndAnAdd() {
        // 1d0, 3c2, 4a4: the tie-breaks of the middle-snake search.
        assertEquals(List.of(new Change(0, 0, 1, 0), new Change(2, 1, 1, 1), new Change(4, 3, 0, 1)),
                diff("a\nb\nc\nd\n", "b\na\nd\nc\n"));
    }

    @Test
    void aLastLineWithoutNewlineDiffersFromOneWith() {
        assertEquals(List.of(new Change(1, 1, 1, 1)), diff("a\nb", "a\nb\n"));
        assertEquals(List.of(), diff("a\nb", "a\nb"));
        assertEquals(List.of(), diff("a  b", "a b\n", WhiteSpace.SPACE_CHANGE, false));
    }

    @Test
    void caseAndWhiteSpaceCanBeIgnored() {
        assertEquals(List.of(), diff("A\nb\n", "a\nb\n", WhiteSpace.NONE, true));
        assertEquals(List.of(), diff("a  b\n", "a b \n", WhiteSpace.SPACE_CHANGE, false));
        assertEquals(List.of(new Change(0, 0, 1, 1)),
                diff("a  b\n", "ab\n", WhiteSpace.SPACE_CHANGE, false));
        assertEquals(List.of(), diff("a  b\n", "ab\n", WhiteSpace.ALL_SPACE, false));
    }

    @Test
    void emptyFiles() {
        assertEquals(List.of(new Change(0, 0, 0, 2)), diff("", "a\nb\n"));
        assertEquals(List.of(new Change(0, 0, 2, 0)), diff("a\nb\n", ""));
        assertEquals(List.of(), diff("", ""));
    }
}
