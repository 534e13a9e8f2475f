package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** touch, cp, mv and clear against coreutils 9.1 and ncurses. */
class FileToolsTest {
    private FakeSys sys = scene();

    private static FakeSys scene() {
        return new FakeSys().file("/home/user/a", "hello\n").file("/home/user/d/x", "")
                .file("/proc/stat", "btime 1795426740\n").file("/proc/uptime", "579.25 0.00\n");
    }

    private int run(String... argv) {
        return sys.run(new Binaries().load("/bin/" + argv[0], List.of(argv), List.of()).program());
    }

    private String content(String path) {
        return new String(sys.files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void touchCreatesAndSetsTheTime() {
        assertEquals(0, run("touch", "/home/user/new", "/home/user/a"));
        assertEquals("", content("/home/user/new"));
        assertEquals("hello\n", content("/home/user/a"));
        assertEquals(sys.now, sys.mtimes.get("/home/user/a"));
        assertEquals(0, run("touch", "-d", "@1795426741", "/home/user/a"));
        assertEquals(1795426741_000_000_000L, sys.mtimes.get("/home/user/a"), "stat's times are since the epoch");
        assertEquals(0, run("touch", "-r", "/home/user/a", "/home/user/new"));
        assertEquals(1795426741_000_000_000L, sys.mtimes.get("/home/user/new"));
        assertEquals(0, run("touch", "-c", "/home/user/none"));
        assertFalse(sys.files.containsKey("/home/user/none"));
    }

    @Test
    void touchErrors() {
        assertEquals(1, run("touch", "/nodir/x"));
        assertEquals("touch: cannot touch '/nodir/x': No such file or directory\n", sys.err());
        sys = scene();
        sys.unreadable.add("/home/user/a");
        assertEquals(1, run("touch", "-c", "/home/user/a"));
        assertEquals("touch: setting times of '/home/user/a': Permission denied\n", sys.err());
        sys = scene();
        assertEquals(1, run("touch", "-d", "foo", "/home/user/a"));
        assertEquals("touch: invalid date format \u2018foo\u2019\n", sys.err());
        sys = scene();
        assertEquals(1, run("touch", "-r", "/nope", "/home/user/a"));
        assertEquals("touch: failed to get attributes of '/nope': No such file or directory\n",
                sys.err());
        sys = scene();
        assertEquals(1, run("touch"));
        assertEquals("touch: missing file operand\nTry 'touch --help' for more information.\n",
                sys.err());
    }

    @Test
    void cpCopiesToAFileOrIntoADirectory() {
        assertEquals(0, run("cp", "-v", "/home/user/a", "/home/user/b"));
        assertEquals("hello\n", content("/home/user/b"));
        assertEquals("'/home/user/a' -> '/home/user/b'\n", sys.out());
        assertEquals(0, run("cp", "/home/user/a", "/home/user/b", "/home/user/d/"));
        assertEquals("hello\n", content("/home/user/d/a"));
        assertEquals("hello\n", content("/home/user/d/b"));
        sys.file("/home/user/c", "new\n");
        assertEquals(0, run("cp", "-n", "/home/user/c", "/home/user/a"));
        assertEquals("hello\n", content("/home/user/a"));
    }

    @Test
    void cpErrorsReadLikeCoreutils() {
        assertEquals(1, run("cp", "/home/user/nosuch", "/home/user/z"));
        assertEquals("cp: cannot stat '/home/user/nosuch': No such file or directory\n", sys.err());
        sys = scene();
        assertEquals(1, run("cp", "/home/user/d", "/home/user/z"));
        assertEquals("cp: -r not specified; omitting directory '/home/user/d'\n", sys.err());
        sys = scene();
        assertEquals(1, run("cp", "/home/user/a", "/home/user/a"));
        assertEquals("cp: '/home/user/a' and '/home/user/a' are the same file\n", sys.err());
        sys = scene();
        assertEquals(1, run("cp", "/home/user/a", "/x", "/y"));
        assertEquals("cp: target '/y': No such file or directory\n", sys.err());
        sys = scene();
        assertEquals(1, run("cp", "/home/user/a", "/nodir/x"));
        assertEquals("cp: cannot create regular file '/nodir/x': No such file or directory\n",
                sys.err());
        sys = scene();
        assertEquals(1, run("cp", "a"));
        assertEquals("cp: missing destination file operand after 'a'\n"
                + "Try 'cp --help' for more information.\n", sys.err());
    }

    @Test
    void mvRenamesAndMovesIntoDirectories() {
        assertEquals(0, run("mv", "-v", "/home/user/a", "/home/user/b"));
        assertEquals("renamed '/home/user/a' -> '/home/user/b'\n", sys.out());
        assertFalse(sys.files.containsKey("/home/user/a"));
        assertEquals(0, run("mv", "/home/user/b", "/home/user/d"));
        assertTrue(sys.files.containsKey("/home/user/d/b"));
        assertEquals(1, run("mv", "/home/user/nosuch", "/home/user/z"));
        assertEquals("mv: cannot stat '/home/user/nosuch': No such file or directory\n",
                sys.err());
        sys = scene();
        assertEquals(1, run("mv"));
        assertEquals("mv: missing file operand\nTry 'mv --help' for more information.\n",
                sys.err());
    }

    private String clear(List<String> env, String... argv) {
        sys = new FakeSys();
        List<String> a = new ArrayList<>(List.of("clear"));
        a.addAll(List.of(argv));
        sys.run(new Binaries().load("/bin/clear", a, env).program());
        return sys.out() + sys.err();
    }

    @Test
    void clearWritesTheTerminalsSequence() {
        assertEquals("\033[H\033[2J\033[3J", clear(List.of("TERM=xterm")));
        assertEquals("\033[H\033[2J", clear(List.of("TERM=xterm-256color"), "-x"));
        assertEquals("\033[H\033[J\033[3J", clear(List.of("TERM=linux")));
        assertEquals("\033[H\033[J", clear(List.of(), "-T", "vt100"));
        assertEquals("TERM environment variable not set.\n", clear(List.of()));
        assertEquals("'foo': unknown terminal type.\n", clear(List.of("TERM=foo")));
    }
}
