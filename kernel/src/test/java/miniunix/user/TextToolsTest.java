package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.Syscall;
import org.junit.jupiter.api.Test;

/** The line filters and small programs against the coreutils captures in shared/reference. */
class TextToolsTest {
    static final String FRUITS = "banana\napple\ncherry\napple\nbanana\napple\nDate\n10\n9\n";
    static final String WORDS = "one two three\nfour five\n\nsix\n";

    private FakeSys sys = new FakeSys().file("/home/user/fruits.txt", FRUITS)
            .file("/home/user/words.txt", WORDS);

    private int run(String... argv) {
        Program p = new Binaries().load("/bin/" + argv[0], List.of(argv), List.of()).program();
        return sys.run(p);
    }

    private String f(String name) {
        return "/home/user/" + name;
    }

    @Test
    void wcColumnsFollowGnu() {
        assertEquals(0, run("wc", f("fruits.txt")));
        assertEquals(" 9  9 49 /home/user/fruits.txt\n", sys.out());
        sys = new FakeSys().file("/a", FRUITS).file("/b", WORDS);
        run("wc", "/a", "/b");
        assertEquals(" 9  9 49 /a\n 4  6 29 /b\n13 15 78 total\n", sys.out());
        sys = new FakeSys();
        sys.stdin = "a b\n".getBytes(StandardCharsets.UTF_8);
        run("wc");
        assertEquals("      1       2       4\n", sys.out());
        sys = new FakeSys();
        sys.stdin = "a b\n".getBytes(StandardCharsets.UTF_8);
        run("wc", "-l");
        assertEquals("1\n", sys.out());
    }

    @Test
    void wcMissingFile() {
        assertEquals(1, run("wc", "nosuchfile"));
        assertEquals("wc: nosuchfile: No such file or directory\n", sys.err());
    }

    @Test
    void grepWithSeveralPatternsSelectsALineMatchingAny() {
        assertEquals(0, run("grep", "-e", "cherry", "-e", "^9", f("fruits.txt")));
        assertEquals("cherry\n9\n", sys.out());
        sys.stdout.reset();
        assertEquals(0, run("grep", "-E", "-c", "cherry|Date", f("fruits.txt")));
        assertEquals("2\n", sys.out());
        assertEquals(2, run("grep", "-e"));
        assertEquals("grep: option requires an argument -- 'e'\n"
                + "Try 'grep --help' for more information.\n", sys.err());
    }

    @Test
    void grepQuietListWholeLineAndWord() {
        assertEquals(0, run("grep", "-q", "apple", f("fruits.txt")));
        assertEquals("", sys.out());
        assertEquals(1, run("grep", "-q", "kiwi", f("fruits.txt")));
        assertEquals(0, run("grep", "-l", "one", f("fruits.txt"), f("words.txt")));
        assertEquals("/home/user/words.txt\n", sys.out());
        sys.stdout.reset();
        run("grep", "-x", "-E", "apple|9", f("fruits.txt"));
        assertEquals("apple\napple\napple\n9\n", sys.out());
        sys.stdout.reset();
        // In a basic regular expression '|' is a plain character (GNU: "\|" alternates).
        assertEquals(1, run("grep", "-x", "apple|9", f("fruits.txt")));
        run("grep", "-x", "apple\\|9", f("fruits.txt"));
        assertEquals("apple\napple\napple\n9\n", sys.out());
        sys.stdout.reset();
        run("grep", "-w", "-c", "on", f("words.txt"));
        assertEquals("0\n", sys.out());
    }

    @Test
    void grepOptionsAndStatus() {
        assertEquals(0, run("grep", "-n", "an", f("fruits.txt")));
        assertEquals("1:banana\n5:banana\n", sys.out());
        sys.stdout.reset();
        run("grep", "-v", "a", f("fruits.txt"));
        assertEquals("cherry\n10\n9\n", sys.out());
        sys.stdout.reset();
        run("grep", "-ic", "DATE", f("fruits.txt"), f("words.txt"));
        assertEquals("/home/user/fruits.txt:1\n/home/user/words.txt:0\n", sys.out());
        assertEquals(1, run("grep", "kiwi", f("fruits.txt")));
        assertEquals(2, run("grep", "kiwi", "nosuchfile"));
        assertEquals("grep: nosuchfile: No such file or directory\n", sys.err());
    }

    @Test
    void grepBadOptionIsStatusTwo() {
        assertEquals(2, run("grep", "-z", "x"));
        assertEquals("grep: invalid option -- 'z'\nTry 'grep --help' for more information.\n",
                sys.err());
    }

    @Test
    void headAndTail() {
        run("head", "-3", f("fruits.txt"));
        assertEquals("banana\napple\ncherry\n", sys.out());
        sys.stdout.reset();
        run("head", "-n", "2", f("fruits.txt"), f("words.txt"));
        assertEquals("==> /home/user/fruits.txt <==\nbanana\napple\n\n"
                + "==> /home/user/words.txt <==\none two three\nfour five\n", sys.out());
        sys.stdout.reset();
        run("head", "-c", "10", f("fruits.txt"));
        assertEquals("banana\napp", sys.out());
        sys.stdout.reset();
        run("tail", "-n", "2", f("fruits.txt"));
        assertEquals("10\n9\n", sys.out());
        sys.stdout.reset();
        run("tail", "-n", "+8", f("fruits.txt"));
        assertEquals("10\n9\n", sys.out());
    }

    @Test
    void catCopiesAndReportsMissingFiles() {
        sys.maxWrite = 3;
        assertEquals(1, run("cat", f("words.txt"), "nope"));
        assertEquals(WORDS, sys.out());
        assertEquals("cat: nope: No such file or directory\n", sys.err());
    }

    @Test
    void stdoutAndStderrArriveInTheOrderPrinted() {
        sys.maxWrite = 5;
        assertEquals(1, run("cat", f("words.txt"), "nope", f("fruits.txt")));
        assertEquals(WORDS + "cat: nope: No such file or directory\n" + FRUITS,
                sys.both.toString(StandardCharsets.UTF_8));
    }

    @Test
    void echoAndSleep() {
        run("echo", "-n", "a", "b");
        assertEquals("a b", sys.out());
        sys.stdout.reset();
        run("echo", "-e", "x\\ty\\c", "z");
        assertEquals("x\ty", sys.out());
        assertEquals(0, run("sleep", "1.5"));
        assertEquals(1_500_000_000L, sys.slept);
        assertEquals(1, run("sleep", "x"));
        assertEquals("sleep: invalid time interval \u2018x\u2019\nTry 'sleep --help' for more information.\n",
                sys.err());
    }

    @Test
    void yesWritesUntilTheWriteFails() {
        Program yes = new Binaries().load("/bin/yes", List.of("yes"), List.of()).program();
        FakeMemory mem = new FakeMemory();
        Syscall.Write w = (Syscall.Write) yes.resume(0, mem);
        assertEquals(8192, w.len());
        assertEquals("y\ny\n", new String(mem.bytes(w.buf(), 4), StandardCharsets.UTF_8));
        w = (Syscall.Write) yes.resume(100, mem);
        assertEquals(8192 - 100, w.len());
        assertEquals("y\ny\n", new String(mem.bytes(w.buf(), 4), StandardCharsets.UTF_8));
        w = (Syscall.Write) yes.resume(-32, mem);
        assertEquals(2, w.fd());
        assertEquals("yes: standard output: Broken pipe\n",
                new String(mem.bytes(w.buf(), w.len()), StandardCharsets.UTF_8));
    }
}
