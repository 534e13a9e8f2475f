package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kill and ls against the procps and coreutils captures. */
class SmallProgramsTest {
    private final FakeSys sys = ProcFixture.scene();

    private int run(String... argv) {
        return sys.run(new Binaries().load("/bin/" + argv[0], List.of(argv), List.of()).program());
    }

    @Test
    void killSendsAndReportsLikeProcps() {
        assertEquals(1, run("kill", "-9", "8", "999"));
        assertEquals(List.of("8:9", "999:9"), sys.kills);
        assertEquals("kill: (999): No such process\n", sys.err());
        sys.kills.clear();
        run("kill", "--", "-8");
        assertEquals(List.of("-8:15"), sys.kills);
    }

    @Test
    void killLists() {
        run("kill", "-l");
        assertEquals("HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT\n"
                + "CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH POLL PWR SYS\n",
                sys.out());
        sys.stdout.reset();
        run("kill", "-l", "9");
        assertEquals("KILL\n", sys.out());
        sys.stdout.reset();
        run("kill", "-L");
        assertTrue(sys.out().startsWith(" 1 HUP      2 INT      3 QUIT     4 ILL      5 TRAP"
                + "     6 ABRT     7 BUS\n 8 FPE      9 KILL    10 USR1"), sys.out());
    }

    @Test
    void killUsageErrors() {
        assertEquals(1, run("kill", "-FOO", "1"));
        assertTrue(sys.err().startsWith("kill: invalid argument F\n\nUsage:\n kill [options] <pid> [...]\n"));
        assertEquals(1, run("kill", "x"));
        assertTrue(sys.err().endsWith("kill: failed to parse argument: 'x'\n"), sys.err());
    }

    @Test
    void lsListsSortedAndLong() {
        sys.file("/home/user/b.txt", "hello\n").file("/home/user/a.txt", "").file("/home/user/.hid", "");
        sys.uids.put("/home/user/b.txt", 1001);
        run("ls", "/home/user");
        assertEquals("a.txt\nb.txt\n", sys.out());
        sys.stdout.reset();
        sys.tty = true;
        run("ls", "/home/user");
        assertEquals("a.txt  b.txt\n", sys.out());
        sys.stdout.reset();
        run("ls", "-1", "/home/user");
        assertEquals("a.txt\nb.txt\n", sys.out());
        sys.tty = false;
        sys.stdout.reset();
        run("ls", "-l", "/home/user/b.txt", "/home/user");
        List<String> lines = new ArrayList<>(List.of(sys.out().split("\n")));
        assertEquals("-rw-r--r-- 1 alice 0 6 Nov 23 09:39 /home/user/b.txt", lines.get(0));
        assertEquals("/home/user:", lines.get(2));
        assertEquals("total 4", lines.get(3));
        assertEquals("-rw-r--r-- 1 root  0 0 Nov 23 09:39 a.txt", lines.get(4));
        assertEquals(2, run("ls", "/nope"));
        assertTrue(sys.err().endsWith("ls: cannot access '/nope': No such file or directory\n"));
    }

    @Test
    void lsReportsADirectoryItCannotOpen() {
        sys.file("/root/.profile", "");
        sys.unreadable.add("/root");
        assertEquals(2, run("ls", "/root"));
        assertEquals("", sys.out());
        assertEquals("ls: cannot open directory '/root': Permission denied\n", sys.err());
    }

    @Test
    void mkdirAndRmReportEachFailure() {
        assertEquals(1, run("mkdir", "/tmp/d", "/tmp/d"));
        assertEquals("mkdir: cannot create directory \u2018/tmp/d\u2019: File exists\n", sys.err());
        sys.file("/tmp/d/f", "x");
        assertEquals(1, run("rm", "/tmp/d/f", "/tmp/d/g", "/tmp/d"));
        assertTrue(sys.err().endsWith("rm: cannot remove '/tmp/d/g': No such file or directory\n"
                + "rm: cannot remove '/tmp/d': Is a directory\n"), sys.err());
        assertEquals(0, run("rm", "-f", "/tmp/nope"));
    }

    @Test
    void mkdirDashPMakesParentsAndMindsNoExistingDirectory() {
        assertEquals(0, run("mkdir", "-p", "/tmp/a//b/c/"));
        assertEquals(0, run("mkdir", "-p", "/tmp/a/b", "/tmp"));
        assertEquals("", sys.err());
        assertEquals(1, run("mkdir", "/tmp/a/b"));
    }
}
