package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** uname, hostname and date against uname-a.txt and date-formats.txt. */
class SystemInfoTest {
    /** The clock of date-formats.txt: booted at 09:39:00, 579 s ago. */
    private FakeSys sys = machine();

    private static FakeSys machine() {
        return new FakeSys().file("/etc/hostname", "miniunix\n")
                .file("/proc/stat", "cpu  1 0 1 0 0 0 0 0 0 0\nbtime 1795426740\nprocesses 9\n")
                .file("/proc/uptime", "579.25 570.00\n");
    }

    private int run(String... argv) {
        sys = machine();
        return sys.run(new Binaries().load("/bin/" + argv[0], List.of(argv), List.of()).program());
    }

    private String out(String... argv) {
        assertEquals(0, run(argv), sys.err());
        return sys.out();
    }

    @Test
    void unameAsTheReferenceMachine() {
        assertEquals("Linux miniunix 6.18.44-fc-v657 #1 SMP PREEMPT_DYNAMIC @0 x86_64 GNU/Linux\n",
                out("uname", "-a"));
        assertEquals("Linux\n", out("uname"));
        assertEquals("miniunix\n", out("uname", "-n"));
        assertEquals("6.18.44-fc-v657\n", out("uname", "--kernel-release"));
        assertEquals("#1 SMP PREEMPT_DYNAMIC @0\n", out("uname", "-v"));
        assertEquals("x86_64 GNU/Linux\n", out("uname", "-om"));
        assertEquals("unknown unknown\n", out("uname", "-p", "-i"));
        assertEquals(1, run("uname", "a"));
        assertEquals("uname: extra operand \u2018a\u2019\n"
                + "Try 'uname --help' for more information.\n", sys.err());
    }

    @Test
    void hostnamePrintsAndSetsTheNodeNameThroughUnameAndSethostname() {
        assertEquals("miniunix\n", out("hostname"));
        sys = machine();
        sys.nodename = "web01.example".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, sys.run(new Binaries().load("/bin/hostname", List.of("hostname", "-s"),
                List.of()).program()));
        assertEquals("web01\n", sys.out());
        sys = machine();
        assertEquals(0, sys.run(new Binaries().load("/bin/hostname", List.of("hostname", " box "),
                List.of()).program()));
        assertEquals("box", new String(sys.nodename, java.nio.charset.StandardCharsets.UTF_8),
                "blanks around the name trimmed");
        assertEquals("miniunix\n", new String(sys.files.get("/etc/hostname"),
                java.nio.charset.StandardCharsets.UTF_8), "/etc/hostname is left alone");
        sys = machine();
        sys.root = false;
        assertEquals(1, sys.run(new Binaries().load("/bin/hostname", List.of("hostname", "box"),
                List.of()).program()));
        assertEquals("hostname: you must be root to change the host name\n", sys.err());
        sys = machine();
        assertEquals(1, sys.run(new Binaries().load("/bin/hostname", List.of("hostname", "a".repeat(65)),
                List.of()).program()));
        assertEquals("hostname: name too long\n", sys.err());
        for (String bad : List.of("box.", "box-", "a..b", "a.-b", "bad_name", " ")) {
            sys = machine();
            assertEquals(1, sys.run(new Binaries().load("/bin/hostname", List.of("hostname", bad),
                    List.of()).program()), bad);
            assertEquals("hostname: the specified hostname is invalid\n", sys.err(), bad);
        }
    }

    @Test
    void dateAsDateFormatsShowsIt() {
        assertEquals("Mon Nov 23 09:48:39 UTC 2026\n", out("date"));
        assertEquals("Mon Nov 23 09:48:39 UTC 2026\n", out("date", "-u"));
        assertEquals("Mon, 23 Nov 2026 09:48:39 +0000\n", out("date", "-R"));
        assertEquals("2026-11-23\n", out("date", "-I"));
        assertEquals("2026-11-23T09:48:39+00:00\n", out("date", "-Iseconds"));
        assertEquals("2026-11-23 09:48:39\n", out("date", "+%Y-%m-%d %H:%M:%S"));
        assertEquals("1795427319\n", out("date", "+%s"));
        assertEquals("Thu Jan  1 00:00:00 UTC 1970\n", out("date", "-d", "@0"));
        assertEquals("Thu Feb 29 13:05:00 UTC 2024\n",
                out("date", "-d", "2024-02-29 13:05", "+%a %b %e %H:%M:%S %Z %Y"));
        assertEquals("2026-11-23 09:48:39+00:00\n", out("date", "--rfc-3339=seconds"));
    }

    @Test
    void dateConversionsAndFlags() {
        assertEquals("09:48:39.25|250000000|Monday|NOV| 9|9|327|48|1|4\n",
                out("date", "+%T.%2N|%N|%A|%^b|%_H|%-H|%j|%V|%u|%q"));
        assertEquals("Sun Jan  4 03:05:09 2026|01/04/26|03:05:09 AM|01|00|01|2026|utc|JAN|%Q\n",
                out("date", "-d", "2026-01-04 03:05:09", "+%c|%x|%r|%U|%W|%V|%G|%#Z|%#b|%Q"));
    }

    @Test
    void dateErrors() {
        assertEquals(1, run("date", "-d", "foo"));
        assertEquals("date: invalid date \u2018foo\u2019\n", sys.err());
        assertEquals(1, run("date", "-R", "+%s"));
        assertEquals("date: multiple output formats specified\n", sys.err());
        assertEquals(1, run("date", "-d", "@0", "now"));
        assertEquals("date: the argument \u2018now\u2019 lacks a leading '+';\nwhen using an option"
                + " to specify date(s), any non-option\nargument must be a format string beginning"
                + " with '+'\nTry 'date --help' for more information.\n", sys.err());
        assertEquals(1, run("date", "11231000"));
        assertEquals("date: cannot set date: Operation not permitted\n", sys.err());
        assertEquals("Mon Nov 23 10:00:00 UTC 2026\n", sys.out());
    }
}
