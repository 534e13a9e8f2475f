package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import miniunix.kernel.uapi.ProgramLoader.SeedFile;
import org.junit.jupiter.api.Test;

/** The userland on the real kernel: init's daemons, ps and pstree, pipelines, text tools. */
class BootTest {
    @Test
    void psAuxAtBoot() {
        for (String line : Machine.run("ps aux").split("\n")) {
            assertTrue(line.length() <= 80, "cut at the 80-column terminal: " + line);
        }
        String out = Machine.run("ps auxww");
        assertTrue(out.startsWith("USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n"), out);
        assertTrue(out.contains(" /sbin/init\n"), out);
        assertTrue(out.contains("[kthreadd]"), out);
        assertTrue(out.contains("/usr/local/bin/goserve -addr :8080\n"), out);
        assertTrue(out.contains("ps auxww\n"), out);
    }

    @Test
    void initNamesTheMachineFromEtcHostname() {
        assertEquals("miniunix\n", Machine.run("uname -n"));
        assertEquals("box.example\n", Machine.run("uname -n",
                new SeedFile("/etc/hostname", 0, 0644, "  box.example \n\n")));
        assertEquals("(none)\n", Machine.run("uname -n",
                new SeedFile("/etc/hostname", 0, 0644, "bad_name\n")), "a name hostname(1) refuses");
    }

    @Test
    void psEfAndPstree() {
        String ef = Machine.run("ps -ef");
        assertTrue(ef.startsWith("UID        PID  PPID  C STIME TTY          TIME CMD\n"), ef);
        if (System.getenv("SHOW") != null) {
            System.out.println(ef + Machine.run("ps aux") + Machine.run("pstree") + Machine.run("ps")
                    + Machine.run("ps -o pid,ppid,pgid,sid,tty,stat,ni,pri,%cpu,%mem,vsz,rss,time,etime,start,cmd"));
        }
        String tree = Machine.run("pstree -p");
        assertTrue(tree.startsWith("init(1)-+-cron("), tree);
    }

    @Test
    void psAuxPipedToGrepShowsGoAndGrep() {
        String out = Machine.run("ps aux | grep go");
        assertTrue(out.contains("goserve"), out);
        assertTrue(out.contains("grep go\n"), out);
    }

    @Test
    void yesPipedToHead() {
        assertEquals("y\ny\ny\n", Machine.run("yes | head -n 3"));
    }

    @Test
    void bytesWithoutNewlinesStillFlow() {
        assertEquals("100000\n", Machine.run("head -c 100000 /dev/zero | cat | wc -c"));
    }

    @Test
    void textToolsOnFiles() {
        SeedFile f = new SeedFile("/tmp/fruits.txt", 0, 0644, TextToolsTest.FRUITS);
        assertEquals(" 9  9 49 /tmp/fruits.txt\n", Machine.run("wc /tmp/fruits.txt", f));
        assertEquals("3\n", Machine.run("grep -c apple /tmp/fruits.txt", f));
        assertEquals("10\n9\n", Machine.run("cat /tmp/fruits.txt | tail -n 2", f));
        assertEquals("      2       2      13\n", Machine.run("head -n 2 /tmp/fruits.txt | wc", f));
    }

    @Test
    void loginStartsTheUsersShellWithItsEnvironment() {
        assertEquals("HOME=/home/user\nUSER=user\nLOGNAME=user\nSHELL=/bin/sh\n"
                + "PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin\n"
                + "TERM=linux\nPWD=/home/user\nMINIUNIX_FLAGS=\n", Machine.run(null));
    }

    @Test
    void envRunsACommandFoundInPath() {
        assertEquals("A=1\nPATH=/usr/bin:/bin\n", Machine.run("env -i A=1 PATH=/usr/bin:/bin env"));
        assertEquals("env: 'nosuch': No such file or directory\n", Machine.run("env nosuch"));
    }

    @Test
    void idAndWhoami() {
        assertEquals("uid=0(root) gid=0(root) groups=0(root)\nroot\n",
                Machine.run("id") + Machine.run("whoami"));
        assertEquals("uid=1000(user) gid=1000(user) groups=1000(user),100(users)\n",
                Machine.run("id user"));
        assertEquals("1000 100\n", Machine.run("id -G user"));
        assertEquals("id: \u2018nosuchuser\u2019: no such user\n", Machine.run("id nosuchuser"));
    }

    @Test
    void daemonsUseALittleCpuOverTime() {
        String out = Machine.run(
                "sleep 600 ; ps -o pid,time,etime,cmd -p 24 ; spin 50 ; ps -p 24 -o comm=");
        assertEquals("  PID     TIME     ELAPSED CMD\n"
                + "   24 00:00:05       10:00 /usr/local/bin/goserve -addr :8080\ngoserve\n", out);
    }
}
