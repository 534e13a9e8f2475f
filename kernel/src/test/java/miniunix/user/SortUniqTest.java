package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sort and uniq against text-utils-sort-uniq-wc-head-tail-grep.txt and coreutils 9.1. */
class SortUniqTest {
    private static final String FRUITS = TextToolsTest.FRUITS;
    private static final String CSV = "carol:30:Paris\nalice:25:Lyon\nbob:30:Nice\ndave:4:Lille\n";
    private static final String DUPS = "a\na\nA\nb\nb\nb\nc\na\nB\nB\n";

    private FakeSys sys = new FakeSys().file("/f", FRUITS).file("/csv", CSV).file("/dups", DUPS);

    private int run(String... argv) {
        return sys.run(new Binaries().load("/bin/" + argv[0], List.of(argv), List.of()).program());
    }

    /** Runs argv with stdin and returns its stdout. */
    private String pipe(String stdin, String... argv) {
        sys = new FakeSys();
        sys.stdin = stdin.getBytes(StandardCharsets.UTF_8);
        run(argv);
        return sys.out();
    }

    @Test
    void sortIsBytewiseAndFallsBackToWholeLines() {
        assertEquals(0, run("sort", "/f"));
        assertEquals("10\n9\nDate\napple\napple\napple\nbanana\nbanana\ncherry\n", sys.out());
        assertEquals("Date\napple\napple\napple\nbanana\nbanana\ncherry\n9\n10\n",
                pipe(FRUITS, "sort", "-n"));
        assertEquals("cherry\nbanana\nbanana\napple\napple\napple\nDate\n9\n10\n",
                pipe(FRUITS, "sort", "-r"));
        assertEquals("10\n9\nDate\napple\nbanana\ncherry\n", pipe(FRUITS, "sort", "-u"));
        assertEquals("10\n9\napple\napple\napple\nbanana\nbanana\ncherry\nDate\n",
                pipe(FRUITS, "sort", "-f"));
    }

    @Test
    void sortRnOfUniqCountReversesTheLastResortToo() {
        String counts = "      1 10\n      1 9\n      1 Date\n      3 apple\n      2 banana\n"
                + "      1 cherry\n";
        assertEquals(counts, pipe(pipe(FRUITS, "sort"), "uniq", "-c"));
        assertEquals("      3 apple\n      2 banana\n      1 cherry\n      1 Date\n      1 9\n"
                + "      1 10\n", pipe(counts, "sort", "-rn"));
    }

    @Test
    void sortKeysAndSeparators() {
        assertEquals("dave:4:Lille\nalice:25:Lyon\ncarol:30:Paris\nbob:30:Nice\n",
                pipe(CSV, "sort", "-t:", "-k2,2n", "-k1,1r"));
        assertEquals("dave:4:Lille\nalice:25:Lyon\nbob:30:Nice\ncarol:30:Paris\n",
                pipe(CSV, "sort", "-t", ":", "-k", "3"));
        assertEquals("c 1\nb 2\na 10\n", pipe("b 2\na 10\nc 1\n", "sort", "-k2n"));
        assertEquals("a 10\nb 2\nc 1\n", pipe("b 2\na 10\nc 1\n", "sort", "-k2", "-n", "-r"));
        assertEquals("x a\nx  b\n", pipe("x  b\nx a\n", "sort", "-b", "-k2"));
        assertEquals("x  b\nx a\n", pipe("x  b\nx a\n", "sort", "-k2"));
        assertEquals("2 a\n2.5 a\n", pipe("2.5 a\n2 a\n", "sort", "-k2,2"));
        assertEquals("2.5 a\n2 a\n", pipe("2.5 a\n2 a\n", "sort", "-k2,2", "-s"));
        assertEquals("2.5 a\n", pipe("2.5 a\n2 a\n", "sort", "-k2,2", "-u"));
        assertEquals("-3\n-0\nx\n.5\n2\n", pipe("2\n.5\n-0\nx\n-3\n", "sort", "-n"));
    }

    @Test
    void sortErrorsAreStatusTwo() {
        assertEquals(2, run("sort", "-k", "0"));
        assertEquals("sort: field number is zero: invalid field specification \u20180\u2019\n",
                sys.err());
        sys = new FakeSys();
        assertEquals(2, run("sort", "-k", "1.x"));
        assertEquals("sort: invalid number after '.': invalid count at start of \u2018x\u2019\n",
                sys.err());
        sys = new FakeSys();
        assertEquals(2, run("sort", "-t", "ab"));
        assertEquals("sort: multi-character tab \u2018ab\u2019\n", sys.err());
        sys = new FakeSys().file("/f", FRUITS);
        assertEquals(2, run("sort", "/nosuch", "/f"));
        assertEquals("", sys.out());
        assertEquals("sort: cannot read: /nosuch: No such file or directory\n", sys.err());
        sys = new FakeSys();
        assertEquals(2, run("sort", "--rev=1"));
        assertEquals("sort: option '--reverse' doesn't allow an argument\n"
                + "Try 'sort --help' for more information.\n", sys.err());
    }

    @Test
    void uniqCountsRepeatsAndUniques() {
        assertEquals(0, run("uniq", "-c", "/dups"));
        assertEquals("      2 a\n      1 A\n      3 b\n      1 c\n      1 a\n      2 B\n",
                sys.out());
        assertEquals("a\nb\nB\n", pipe(DUPS, "uniq", "-i", "-d"));
        assertEquals("c\na\n", pipe(DUPS, "uniq", "-u", "-i"));
        assertEquals("      3 a\n      3 b\n      1 c\n      1 a\n      2 B\n",
                pipe(DUPS, "uniq", "-ci"));
        assertEquals("", pipe(FRUITS, "uniq", "-d"));
        assertEquals("      2 x a\n      1 z b\n", pipe("x a\ny a\nz b\n", "uniq", "-f1", "-c"));
        assertEquals("      2 ab1\n", pipe("ab1\nab2\n", "uniq", "-w2", "-c"));
        assertEquals("      2 a\n      1 b\n", pipe("a\na\nb", "uniq", "-c"));
    }

    @Test
    void uniqWritesToOutputAndReportsErrors() {
        assertEquals(0, run("uniq", "/dups", "/out"));
        assertEquals("a\nA\nb\nc\na\nB\n",
                new String(sys.files.get("/out"), StandardCharsets.UTF_8));
        assertEquals(1, run("uniq", "/dups", "/nonexistent/x"));
        assertEquals("uniq: /nonexistent/x: No such file or directory\n", sys.err());
        sys = new FakeSys();
        assertEquals(1, run("uniq", "a", "b", "c"));
        assertEquals("uniq: extra operand \u2018c\u2019\nTry 'uniq --help' for more information.\n",
                sys.err());
        sys = new FakeSys();
        assertEquals(1, run("uniq", "-w", "x"));
        assertEquals("uniq: x: invalid number of bytes to compare\n", sys.err());
    }
}
