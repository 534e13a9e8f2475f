package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** basename and dirname against seq-tee-yes-timeout-etc.txt and coreutils 9.1. */
class NamesTest {
    private FakeSys sys = new FakeSys();

    private int run(String... argv) {
        sys = new FakeSys();
        return sys.run(new Binaries().load("/bin/" + argv[0], List.of(argv), List.of()).program());
    }

    private String out(String... argv) {
        assertEquals(0, run(argv), sys.err());
        return sys.out();
    }

    @Test
    void basenameDropsDirectoriesAndASuffix() {
        assertEquals("sort\n", out("basename", "/usr/bin/sort"));
        assertEquals("stdio\n", out("basename", "include/stdio.h", ".h"));
        assertEquals(".c\n", out("basename", ".c", ".c"));
        assertEquals("b\n", out("basename", "/a/b.txt/", ".txt"));
        assertEquals("a\nb\n", out("basename", "-s", ".c", "a.c", "b.c"));
        assertEquals("y\nz\n", out("basename", "-a", "/x/y", "/z/"));
        List<String> odd = new ArrayList<>();
        for (String name : List.of("/", "//", "", "a//b/", "///x///")) {
            odd.add(out("basename", name));
        }
        assertEquals(List.of("/\n", "/\n", "\n", "b\n", "x\n"), odd);
    }

    @Test
    void dirnameKeepsTheDirectories() {
        assertEquals("/usr/bin\n", out("dirname", "/usr/bin/sort"));
        assertEquals("a\nc//d\n.\n/\n/\n/\n.\n//a\n",
                out("dirname", "a/b/", "c//d//e", "", "///", "//a", "/a", "a", "//a//b//"));
        assertEquals("a\0.\0", out("dirname", "-z", "a/b", "x"));
    }

    @Test
    void operandErrors() {
        assertEquals(1, run("basename"));
        assertEquals("basename: missing operand\nTry 'basename --help' for more information.\n",
                sys.err());
        assertEquals(1, run("basename", "a.c", ".c", "x"));
        assertEquals("basename: extra operand \u2018x\u2019\n"
                + "Try 'basename --help' for more information.\n", sys.err());
        assertEquals(1, run("dirname"));
        assertEquals("dirname: missing operand\nTry 'dirname --help' for more information.\n",
                sys.err());
    }
}
