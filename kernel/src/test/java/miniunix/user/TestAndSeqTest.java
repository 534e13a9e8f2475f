package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** test, [ and seq against bash 5.2 and coreutils 9.1 (shared/reference). */
class TestAndSeqTest {
    private FakeSys sys = new FakeSys().file("/home/user/notes", "hello\n").file("/home/user/empty", "")
            .file("/home/user/run.sh", "echo\n").file("/proc/1/stat", "1 (x)\n");

    private int run(String... argv) {
        String path = "/bin/" + argv[0];
        return sys.run(new Binaries().load(path, List.of(argv), List.of()).program());
    }

    /** The status of `[ ARGS ]`, stderr cleared between calls. */
    private int bracket(String... args) {
        List<String> argv = new ArrayList<>(List.of("["));
        argv.addAll(List.of(args));
        argv.add("]");
        sys.stderr.reset();
        return run(argv.toArray(new String[0]));
    }

    @Test
    void stringTestsByArgumentCount() {
        assertEquals(1, bracket());
        assertEquals(0, bracket("x"));
        assertEquals(1, bracket(""));
        assertEquals(0, bracket("-n", "x"));
        assertEquals(0, bracket("-z", ""));
        assertEquals(1, bracket("!", "x"));
        assertEquals(0, bracket("a", "=", "a"));
        assertEquals(0, bracket("a", "==", "a"));
        assertEquals(0, bracket("a", "!=", "b"));
        assertEquals(0, bracket("=", "=", "="));
        assertEquals(0, bracket("-n"));
        assertEquals(0, bracket("a", "<", "b"));
    }

    @Test
    void integerComparisons() {
        assertEquals(0, bracket("3", "-lt", "10"));
        assertEquals(1, bracket("10", "-le", "3"));
        assertEquals(0, bracket(" 7 ", "-eq", "+7"));
        assertEquals(0, bracket("-2", "-ge", "-3"));
        assertEquals(0, bracket("2", "-gt", "1", "-a", "1", "-ne", "2"));
    }

    @Test
    void notAndOrAndParentheses() {
        assertEquals(0, bracket("!", "a", "=", "b"));
        assertEquals(0, bracket("", "-o", "x"));
        assertEquals(1, bracket("", "-a", "x"));
        assertEquals(0, bracket("(", "a", "=", "b", ")", "-o", "(", "1", "-eq", "1", ")"));
        assertEquals(0, bracket("!", "(", "a", "=", "b", ")"));
        assertEquals(0, bracket("!", "!", "x"));
        assertEquals(0, bracket("x", "-a", "y", "-o", "", "-a", ""));
    }

    @Test
    void errorsReadAsBashsAndGiveStatusTwo() {
        assertEquals(2, bracket("a", "-lt", "1"));
        assertEquals("[: a: integer expression expected\n", sys.err());
        assertEquals(2, bracket("a", "b", "c"));
        assertEquals("[: b: binary operator expected\n", sys.err());
        assertEquals(2, bracket("a", "b"));
        assertEquals("[: a: unary operator expected\n", sys.err());
        assertEquals(2, bracket("(", "a", "b", "c", "d"));
        assertEquals("[: `)' expected, found b\n", sys.err());
        assertEquals(2, bracket("a", "=", "b", "c", "d"));
        assertEquals("[: too many arguments\n", sys.err());
        assertEquals(2, bracket("1", "-eq", "99999999999999999999"));
        assertEquals("[: 99999999999999999999: integer expression expected\n", sys.err());
        sys.stderr.reset();
        assertEquals(2, run("[", "x"));
        assertEquals("[: missing `]'\n", sys.err());
    }

    @Test
    void fileTestsUseStat() {
        assertEquals(0, bracket("-e", "/home/user/notes"));
        assertEquals(0, bracket("-f", "/home/user/notes"));
        assertEquals(1, bracket("-d", "/home/user/notes"));
        assertEquals(0, bracket("-d", "/home/user"));
        assertEquals(0, bracket("-s", "/home/user/notes"));
        assertEquals(1, bracket("-s", "/home/user/empty"));
        assertEquals(1, bracket("-e", "/nope"));
        assertEquals(1, bracket("-f", "/nope", "-o", "-d", "/nope"));
        assertEquals(0, bracket("!", "-e", "/nope", "-a", "-f", "/home/user/empty"));
    }

    @Test
    void permissionTestsFollowTheOwnerGroupOtherBits() {
        sys.uids.put("/proc/1", 1000);
        sys.gids.put("/proc/1", 1000);
        sys.uids.put("/home/user/run.sh", 1000);
        sys.modes.put("/home/user/run.sh", 0700);
        sys.modes.put("/home/user/empty", 0600);
        assertEquals(0, bracket("-x", "/home/user/run.sh"));
        assertEquals(0, bracket("-w", "/home/user/run.sh"));
        assertEquals(1, bracket("-x", "/home/user/notes"));
        assertEquals(0, bracket("-r", "/home/user/notes"));
        assertEquals(1, bracket("-w", "/home/user/notes"));
        assertEquals(1, bracket("-r", "/home/user/empty"));
        assertEquals(0, bracket("-O", "/home/user/run.sh"));
    }

    @Test
    void rootMayReadAndWriteAnythingButRunsOnlyWhatHasAnXBit() {
        sys.modes.put("/home/user/empty", 0);
        assertEquals(0, bracket("-r", "/home/user/empty"));
        assertEquals(0, bracket("-w", "/home/user/empty"));
        assertEquals(1, bracket("-x", "/home/user/empty"));
        assertEquals(0, bracket("-x", "/home/user"));
    }

    @Test
    void testIsTheSameWithoutTheBracket() {
        assertEquals(0, run("test", "-f", "/home/user/notes"));
        assertEquals(1, run("test"));
        assertEquals(2, run("test", "1", "-gt"));
        assertEquals("test: 1: unary operator expected\n", sys.err());
    }

    @Test
    void deepParenthesesAreAnErrorNotACrash() {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            args.add("(");
        }
        assertEquals(2, bracket(args.toArray(new String[0])));
        assertEquals("[: expression nested too deeply\n", sys.err());
    }

    @Test
    void seqCountsLikeCoreutils() {
        assertEquals(0, run("seq", "5"));
        assertEquals("1\n2\n3\n4\n5\n", sys.out());
        sys.stdout.reset();
        run("seq", "2", "4");
        assertEquals("2\n3\n4\n", sys.out());
        sys.stdout.reset();
        run("seq", "0", "5", "20");
        assertEquals("0\n5\n10\n15\n20\n", sys.out());
        sys.stdout.reset();
        run("seq", "-w", "8", "11");
        assertEquals("08\n09\n10\n11\n", sys.out());
        sys.stdout.reset();
        run("seq", "-s", " ", "5");
        assertEquals("1 2 3 4 5\n", sys.out());
        sys.stdout.reset();
        run("seq", "1.5", "0.5", "3");
        assertEquals("1.5\n2.0\n2.5\n3.0\n", sys.out());
    }

    @Test
    void seqDownwardsAndNegative() {
        run("seq", "3", "-1", "1");
        assertEquals("3\n2\n1\n", sys.out());
        sys.stdout.reset();
        run("seq", "-2", "0");
        assertEquals("-2\n-1\n0\n", sys.out());
        sys.stdout.reset();
        run("seq", "-w", "-1", "1");
        assertEquals("-1\n00\n01\n", sys.out());
        sys.stdout.reset();
        assertEquals(0, run("seq", "5", "1"));
        assertEquals("", sys.out());
        run("seq", "-s,", "3");
        assertEquals("1,2,3\n", sys.out());
    }

    @Test
    void seqErrors() {
        assertEquals(1, run("seq", "x"));
        assertEquals("seq: invalid floating point argument: 'x'\nTry 'seq --help' for more information.\n",
                sys.err());
        sys.stderr.reset();
        assertEquals(1, run("seq"));
        assertEquals("seq: missing operand\nTry 'seq --help' for more information.\n", sys.err());
        sys.stderr.reset();
        assertEquals(1, run("seq", "1", "2", "3", "4"));
        assertEquals("seq: extra operand '4'\nTry 'seq --help' for more information.\n", sys.err());
        sys.stderr.reset();
        assertEquals(1, run("seq", "1", "0", "3"));
        assertTrue(sys.err().startsWith("seq: invalid Zero increment value: '0'\n"), sys.err());
    }

    @Test
    void seqWritesALongSequenceInChunks() {
        sys.maxWrite = 1000;
        assertEquals(0, run("seq", "100000"));
        String out = sys.out();
        assertTrue(out.startsWith("1\n2\n"));
        assertTrue(out.endsWith("\n99999\n100000\n"));
        assertEquals(100000, out.split("\n").length);
    }
}
