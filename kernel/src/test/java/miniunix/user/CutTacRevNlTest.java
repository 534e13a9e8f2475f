package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** cut, tac, rev, nl and tail -c against coreutils 9.1 and util-linux 2.38 on Debian 12. */
class CutTacRevNlTest {
    private FakeSys sys = new FakeSys().file("/f", "a:b:c\nnone\n\n1:2\n")
            .file("/g", "a:b:c\nlast:line");

    private int run(String... argv) {
        return sys.run(new Binaries().load("/bin/" + argv[0], List.of(argv), List.of()).program());
    }

    private String out(String... argv) {
        sys = new FakeSys().file("/f", "a:b:c\nnone\n\n1:2\n").file("/g", "a:b:c\nlast:line");
        run(argv);
        return sys.out() + sys.err();
    }

    @Test
    void cutSelectsFieldsAndPrintsLinesWithoutTheDelimiterWhole() {
        assertEquals("b\nnone\n\n2\n", out("cut", "-d:", "-f2", "/f"));
        assertEquals("b\n2\n", out("cut", "-d:", "-f2", "-s", "/f"));
        assertEquals("a:c\nnone\n\n1\n", out("cut", "-d:", "--complement", "-f2", "/f"));
        assertEquals("a|c\nnone\n\n1\n", out("cut", "-d:", "-f1,3-", "--output-delimiter=|", "/f"));
    }

    @Test
    void cutSelectsBytesAndKeepsRangesApartWithAnOutputDelimiter() {
        assertEquals("ab\nnn\n\n12\n", out("cut", "-b1,3", "/f"));
        assertEquals("a|:\nl|a\n", out("cut", "-b1,2", "--output-delimiter=|", "/g"));
        assertEquals("b:c\nst:line\n", out("cut", "-c3-", "/g"));
    }

    @Test
    void cutRefusesBadListsWithCoreutilsWords() {
        assertEquals("cut: you must specify a list of bytes, characters, or fields\n"
                + "Try 'cut --help' for more information.\n", out("cut", "/f"));
        assertEquals(1, run("cut", "-f0"));
        assertEquals("cut: fields are numbered from 1\n"
                + "Try 'cut --help' for more information.\n", out("cut", "-f0"));
        assertEquals("cut: invalid decreasing range\n"
                + "Try 'cut --help' for more information.\n", out("cut", "-b3-1"));
        assertEquals("cut: only one list may be specified\n"
                + "Try 'cut --help' for more information.\n", out("cut", "-b1", "-f1"));
        assertEquals("cut: the delimiter must be a single character\n"
                + "Try 'cut --help' for more information.\n", out("cut", "-d", "ab", "-f1"));
        assertEquals("cut: invalid field value \u2018x\u2019\n"
                + "Try 'cut --help' for more information.\n", out("cut", "-fx"));
        assertEquals("cut: /nope: No such file or directory\n", out("cut", "-f1", "/nope"));
    }

    @Test
    void tacReversesRecordsAndKeepsAnUnterminatedLastOne() {
        assertEquals("1:2\n\nnone\na:b:c\n", out("tac", "/f"));
        assertEquals("last:linea:b:c\n", out("tac", "/g"));
        assertEquals("linec\nlast:b:a:", out("tac", "-s", ":", "/g"));
        assertEquals(":line:c\nlast:ba", out("tac", "-b", "-s", ":", "/g"));
        assertEquals("tac: failed to open '/nope' for reading: No such file or directory\n",
                out("tac", "/nope"));
    }

    @Test
    void revReversesCharactersNotBytes() {
        sys = new FakeSys().file("/u", "h\u00e9llo\nab");
        assertEquals(0, run("rev", "/u"));
        assertEquals("oll\u00e9h\nba", sys.out());
        assertEquals("rev: cannot open /nope: No such file or directory\n", out("rev", "/nope"));
    }

    @Test
    void nlNumbersNonEmptyLinesByDefault() {
        assertEquals("     1\ta:b:c\n     2\tnone\n       \n     3\t1:2\n", out("nl", "/f"));
        assertEquals("1  :a:b:c\n2  :last:line\n", out("nl", "-ba", "-nln", "-w3", "-s:", "/g"));
        assertEquals("000005\ta:b:c\n000007\tlast:line\n", out("nl", "-nrz", "-v5", "-i2", "/g"));
        assertEquals("nl: invalid body numbering style: \u2018x\u2019\n"
                + "Try 'nl --help' for more information.\n", out("nl", "-bx"));
        assertEquals("nl: invalid line number field width: \u20180\u2019: "
                + "Numerical result out of range\n", out("nl", "-w0"));
    }

    @Test
    void tailCountsBytesWithMinusC() {
        assertEquals("\n1:2\n", out("tail", "-c", "5", "/f"));
        assertEquals(":b:c\nlast:line", out("tail", "-c", "+2", "/g"));
        assertEquals("", out("tail", "-c", "0", "/g"));
        assertEquals("tail: invalid number of bytes: \u2018x\u2019\n", out("tail", "-c", "x"));
    }
}
