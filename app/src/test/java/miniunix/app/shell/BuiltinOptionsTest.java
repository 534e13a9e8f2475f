package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BuiltinOptions reads words as bash's internal_getopt: what each call returns, and the operands. */
class BuiltinOptionsTest {
    /** Each next() as "c" or "c=ARG", END as "|" and then the operands; BAD as "?". */
    private static String read(String spec, String... words) {
        List<String> argv = new ArrayList<>(List.of("b"));
        argv.addAll(List.of(words));
        BuiltinOptions o = new BuiltinOptions(null, argv, spec, "");
        StringBuilder sb = new StringBuilder();
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                return sb.append('?').toString();
            }
            sb.append((char) c).append(o.arg() == null ? "" : "=" + o.arg()).append(' ');
        }
        return sb.append("| ").append(String.join(" ", o.operands())).toString().trim();
    }

    @Test
    void lettersGroupAndEndAtTheFirstOperand() {
        assertEquals("l p r | x -s", read("lpr", "-lp", "-r", "x", "-s"));
        assertEquals("| - x", read("l", "-", "x"));
        assertEquals("l | -z", read("l", "-l", "--", "-z"));
        assertEquals("|", read("l", "--"));
        assertEquals("l ?", read("l", "-lz"));
        assertEquals("l ?", read("l", "-l-"));
        assertEquals("?", read("l:", "-:"));
    }

    @Test
    void anArgumentIsTheRestOfTheWordOrTheNextWord() {
        assertEquals("c d=5 | x", read("cd:", "-cd5", "x"));
        assertEquals("d=-c | x", read("cd:", "-d", "-c", "x"));
        assertEquals("c ?", read("cd:", "-c", "-d"));
    }

    @Test
    void anOptionalArgumentIsNotAnOption() {
        assertEquals("S n=5 | x", read("Sn;", "-Sn5", "x"));
        assertEquals("n S |", read("Sn;", "-n", "-S"));
        assertEquals("n=100 |", read("Sn;", "-n", "100"));
        assertEquals("n |", read("Sn;", "-n"));
    }
}
