package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** tr and tee against the captures and coreutils 9.1. */
class TrTeeTest {
    private FakeSys sys = new FakeSys();

    private int run(String stdin, String... argv) {
        sys = new FakeSys();
        sys.stdin = stdin.getBytes(StandardCharsets.UTF_8);
        return sys.run(new Binaries().load("/bin/" + argv[0], List.of(argv), List.of()).program());
    }

    private String tr(String stdin, String... sets) {
        String[] argv = new String[sets.length + 1];
        argv[0] = "tr";
        System.arraycopy(sets, 0, argv, 1, sets.length);
        assertEquals(0, run(stdin, argv), sys.err());
        return sys.out();
    }

    @Test
    void trTranslatesRangesAndClasses() {
        assertEquals("ONE TWO THREE\nFOUR FIVE\n\nSIX\n", tr(TextToolsTest.WORDS, "a-z", "A-Z"));
        assertEquals("ABC\n", tr("abc\n", "[:lower:]", "[:upper:]"));
        assertEquals("aBc\n", tr("AbC\n", "[:upper:][:lower:]", "[:lower:][:upper:]"));
        assertEquals("xyydef\n", tr("abcdef\n", "abc", "xy"));
        assertEquals("xycdef\n", tr("abcdef\n", "-t", "abc", "xy"));
        assertEquals("a#b#\n", tr("a1b2\n", "[:digit:]", "#"));
        assertEquals("tab:x\n", tr("tab\tx\n", "\\t", ":"));
        assertEquals("xxyy\n", tr("abcd\n", "a-d", "[x*2]y"));
        assertEquals("xxx\n", tr("ABC\n", "\\101-\\103", "x"));
    }

    @Test
    void trDeletesSqueezesAndComplements() {
        assertEquals("helo world\n", tr("hello world\n", "-s", "lo"));
        assertEquals("HelloWorld\n", tr("Hello World 123\n", "-cd", "[:alpha:]\\n"));
        assertEquals("Hello_World_", tr("Hello World\n", "-c", "[:alnum:]", "_"));
        assertEquals("a_b\n", tr("a  b\n", "-s", " ", "_"));
        assertEquals("bc\n", tr("aabbcc\n", "-ds", "a", "bc"));
        assertEquals("one\ntwo\nthree\nfour\nfive\nsix\n",
                tr(TextToolsTest.WORDS, "-cs", "[:alpha:]", "\\n"));
    }

    @Test
    void trOperandErrorsReadLikeCoreutils() {
        assertEquals(1, run("", "tr"));
        assertEquals("tr: missing operand\nTry 'tr --help' for more information.\n", sys.err());
        assertEquals(1, run("", "tr", "a-z"));
        assertEquals("tr: missing operand after \u2018a-z\u2019\nTwo strings must be given when"
                + " translating.\nTry 'tr --help' for more information.\n", sys.err());
        assertEquals(1, run("", "tr", "-d", "a", "b"));
        assertEquals("tr: extra operand \u2018b\u2019\nOnly one string may be given when deleting"
                + " without squeezing repeats.\nTry 'tr --help' for more information.\n",
                sys.err());
        assertEquals(1, run("", "tr", "z-a", "x"));
        assertEquals("tr: range-endpoints of 'z-a' are in reverse collating sequence order\n",
                sys.err());
        assertEquals(1, run("", "tr", "[:foo:]", "x"));
        assertEquals("tr: invalid character class \u2018foo\u2019\n", sys.err());
        assertEquals(1, run("", "tr", "a", "[:upper:]"));
        assertEquals("tr: misaligned [:upper:] and/or [:lower:] construct\n", sys.err());
        assertEquals(1, run("", "tr", "[a*]", "x"));
        assertEquals("tr: the [c*] repeat construct may not appear in string1\n", sys.err());
    }

    @Test
    void teeCopiesToStdoutAndEachFile() {
        assertEquals(0, run("hello\n", "tee", "/out1"));
        assertEquals("hello\n", sys.out());
        assertEquals("hello\n", new String(sys.files.get("/out1"), StandardCharsets.UTF_8));
        sys = new FakeSys().file("/out1", "hello\n");
        sys.stdin = "again\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(0, sys.run(new Binaries().load("/bin/tee", List.of("tee", "-ai", "/out1"),
                List.of()).program()));
        assertEquals("hello\nagain\n", new String(sys.files.get("/out1"), StandardCharsets.UTF_8));
        assertEquals(List.of("rt_sigaction(2, SIG_IGN)"), sys.sigactions);
    }

    @Test
    void teeReportsAFileItCannotOpenAndGoesOn() {
        assertEquals(1, run("x\n", "tee", "/nonexistent/f", "/b"));
        assertEquals("tee: /nonexistent/f: No such file or directory\n", sys.err());
        assertEquals("x\n", sys.out());
        assertEquals("x\n", new String(sys.files.get("/b"), StandardCharsets.UTF_8));
        assertEquals(1, run("x\n", "tee", "/no such/f"));
        assertEquals("tee: '/no such/f': No such file or directory\n", sys.err());
    }
}
