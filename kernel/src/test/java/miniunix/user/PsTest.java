package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import miniunix.kernel.uapi.Program;
import org.junit.jupiter.api.Test;

/** ps against a /proc built like the reference machine's; expected lines are copied from it. */
class PsTest {
    private FakeSys sys = ProcFixture.scene();

    private int ps(String... args) {
        List<String> argv = new java.util.ArrayList<>(List.of("ps"));
        argv.addAll(List.of(args));
        Program p = new Binaries().load("/bin/ps", argv, List.of()).program();
        return sys.run(p);
    }

    @Test
    void aux() {
        assertEquals(0, ps("aux"));
        assertEquals(String.join("\n",
                "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
                "root           1  0.0  0.0   2344  1112 ?        Ss   09:39   0:00 /sbin/init",
                "root           8  0.0  0.0   4624  3644 pts/1    Ss   09:39   0:00 -bash",
                "root          13  0.0  0.0   6732  4356 pts/0    Ss   09:39   0:00 login -f",
                "alice         19  0.0  0.0   4624  3780 pts/0    S    09:39   0:00 -bash",
                "alice         22  0.0  0.0   2920  1824 pts/0    S    09:39   0:00 sleep 1001",
                "alice         23  0.0  0.0   2920  1812 pts/0    SN   09:39   0:00 sleep 1002",
                "root          32  0.0  0.0   2920  1788 pts/2    S<   09:39   0:00 sleep 1003",
                "root          33  0.0  0.0   2920  1792 pts/2    T    09:39   0:00 sleep 1004",
                "root          34  0.0  0.0   2920  1808 pts/2    S    09:39   0:00 sleep 1000",
                "root          35  0.0  0.0      0     0 pts/2    Z    09:39   0:00 [sleep] <defunct>",
                "root          37  0.0  0.0   2920  1812 ?        Ss   09:39   0:00 sleep 1005",
                "alice         40 99.5  0.0   2920  1692 ?        Rs   09:39   0:06 yes",
                "root          42  0.0  0.0   8548  4656 pts/1    R+   09:39   0:00 ps aux", ""),
                sys.out());
    }

    @Test
    void ef() {
        ps("-ef");
        String[] lines = sys.out().split("\n");
        assertEquals("UID          PID    PPID  C STIME TTY          TIME CMD", lines[0]);
        assertEquals("root           1       0  0 09:39 ?        00:00:00 /sbin/init", lines[1]);
        assertEquals("root          35      34  0 09:39 pts/2    00:00:00 [sleep] <defunct>", lines[10]);
        assertEquals("alice         40      39 99 09:39 ?        00:00:06 yes", lines[12]);
    }

    @Test
    void defaultSelectsOwnTtyAndUser() {
        ps();
        assertEquals("    PID TTY          TIME CMD\n      8 pts/1    00:00:00 bash\n"
                + "     42 pts/1    00:00:00 ps\n", sys.out());
    }

    @Test
    void customColumns() {
        ps("-o", "pid,ppid,pgid,sid,tty,stat,ni,pri,%cpu,%mem,vsz,rss,time,etime,start,cmd", "-p", "23");
        assertEquals("    PID    PPID    PGID     SID TT       STAT  NI PRI %CPU %MEM    VSZ   RSS"
                + "     TIME     ELAPSED  STARTED CMD\n"
                + "     23      19      23      13 pts/0    SN    10   9  0.0  0.0   2920  1812"
                + " 00:00:00       00:22 09:39:26 sleep 1002\n", sys.out());
    }

    @Test
    void headersCanBeRenamedOrSuppressed() {
        ps("-o", "pid=,ppid=", "-p", "8");
        assertEquals("      8       7\n", sys.out());
        sys.stdout.reset();
        ps("-p", "1", "-o", "pid=PROCESS,comm=NAME");
        assertEquals("PROCESS NAME\n      1 init\n", sys.out());
        sys.stdout.reset();
        ps("-o", "pid,comm,args", "-p", "19,35");
        assertEquals("    PID COMMAND         COMMAND\n     19 bash            -bash\n"
                + "     35 sleep           [sleep] <defunct>\n", sys.out());
    }

    @Test
    void missingPidPrintsHeaderOnly() {
        assertEquals(1, ps("-p", "99999"));
        assertEquals("    PID TTY          TIME CMD\n", sys.out());
    }

    @Test
    void badFieldIsAnError() {
        assertEquals(1, ps("-o", "pid,bogus"));
        assertEquals("error: unknown user-defined format specifier \"bogus\"\n",
                sys.err().substring(0, sys.err().indexOf('\n') + 1));
    }

    @Test
    void pidColumnsFollowPidMaxAndOverflowIsGivenBack() {
        sys.file("/proc/sys/kernel/pid_max", "32768\n");
        ProcFixture.proc(sys, 50, "goserve", 'S', 1, 50, 50, 0, -1, 0, 0, 40, 1233424, 7168, 0,
                "/usr/local/bin/goserve");
        ps("u", "-p", "1,50");
        assertEquals(String.join("\n",
                "USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
                "root         1  0.0  0.0   2344  1112 ?        Ss   09:39   0:00 /sbin/init",
                "root        50  0.0  0.0 1233424 7168 ?        Ss   09:39   0:00 /usr/local/bin/goserve",
                ""), sys.out());
    }

    @Test
    void longUserNamesAreCutWithAPlus() {
        sys.file("/etc/passwd", "systemd-timesync:x:0:0::/:/bin/false\n");
        ps("-o", "user,pid", "-p", "1");
        assertEquals("USER         PID\nsystemd+       1\n", sys.out());
    }

    @Test
    void selectsByUser() {
        ps("-fu", "alice");
        assertEquals(String.join("\n",
                "UID          PID    PPID  C STIME TTY          TIME CMD",
                "alice         19      13  0 09:39 pts/0    00:00:00 -bash",
                "alice         22      19  0 09:39 pts/0    00:00:00 sleep 1001",
                "alice         23      19  0 09:39 pts/0    00:00:00 sleep 1002",
                "alice         40      39 99 09:39 ?        00:00:06 yes", ""), sys.out());
    }
}
