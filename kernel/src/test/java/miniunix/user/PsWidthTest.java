package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Program;
import org.junit.jupiter.api.Test;

/**
 * ps's line width, as procps-ng 4.0.2 settles it (ps/global.c set_screen_size, ps/parser.c
 * choose_dimensions, ps/output.c check_header_width): cut at the window's width on a terminal,
 * unlimited on a pipe, COLUMNS and --cols override, w widens to 132 and ww to no limit. Only
 * text columns are cut, the last one to the room left on the line; the expected lines follow
 * what the host's ps 4.0.2 printed for the same columns.
 */
class PsWidthTest {
    private final FakeSys sys = ProcFixture.scene();

    private int ps(List<String> env, String... args) {
        List<String> argv = new ArrayList<>(List.of("ps"));
        argv.addAll(List.of(args));
        Program p = new Binaries().load("/bin/ps", argv, env).program();
        return sys.run(p);
    }

    private int ps(String... args) {
        return ps(List.of(), args);
    }

    private void onTerminal(int cols) {
        sys.tty = true;
        sys.cols = cols;
        sys.file("/proc/1/cmdline", "/sbin/init\0splash\0quiet\0nosmt\0");
    }

    @Test
    void onATerminalTheCommandIsCutAtTheWindowsEdgeButNotTheHeader() {
        onTerminal(12);
        ps("-o", "pid,args", "-p", "22");
        assertEquals("    PID COMMAND\n     22 slee\n", sys.out());
    }

    @Test
    void onAPipeLinesAreWhole() {
        ps("-o", "pid,args", "-p", "22");
        assertEquals("    PID COMMAND\n     22 sleep 1001\n", sys.out());
    }

    @Test
    void columnsInTheEnvironmentCutAPipeToo() {
        ps(List.of("COLUMNS=12"), "-o", "pid,args", "-p", "22");
        assertEquals("    PID COMMAND\n     22 slee\n", sys.out());
        sys.stdout.reset();
        ps(List.of("COLUMNS=0x0c"), "-o", "pid,args", "-p", "22");
        assertEquals("     22 slee", sys.out().split("\n")[1], "strtol's base 0");
        sys.stdout.reset();
        ps(List.of("COLUMNS=12x"), "-o", "pid,args", "-p", "22");
        assertEquals("     22 sleep 1001", sys.out().split("\n")[1], "not a number: ignored");
    }

    @Test
    void aLineTooWideForTheWindowGetsAWholeMultipleOfIt() {
        onTerminal(40);
        ps("aux");
        String[] lines = sys.out().split("\n");
        assertEquals("root           1  0.0  0.0   2344  1112 ?        Ss   09:39   0:00 /sbin/init sp",
                lines[1], "aux needs more than 40 columns: 80, twice 40");
    }

    @Test
    void wWidensTo132AndWwRemovesTheLimit() {
        onTerminal(40);
        sys.file("/proc/1/cmdline", "/sbin/init\0" + "x".repeat(200) + "\0");
        ps("auxw");
        assertEquals(132, sys.out().split("\n")[1].length());
        sys.stdout.reset();
        ps("-w", "-w", "-p", "1", "-o", "args");
        assertEquals(211, sys.out().split("\n")[1].length());
        sys.stdout.reset();
        ps("aux", "--cols", "20", "w");
        assertEquals(132, sys.out().split("\n")[1].length(), "w after --cols: at least 132");
    }

    @Test
    void colsOverridesTheTerminalAndTheEnvironment() {
        onTerminal(40);
        ps(List.of("COLUMNS=30"), "-o", "pid,args", "-p", "1", "--cols", "14");
        assertEquals("      1 /sbin/", sys.out().split("\n")[1]);
    }

    @Test
    void aCommandNotLastIsCutToItsWidth() {
        onTerminal(200);
        ps("-o", "args,pid", "-p", "1");
        assertEquals("COMMAND                         PID\n/sbin/init splash quiet nos       1\n",
                sys.out());
    }

    @Test
    void aBogusScreenIsSaidOnStderrAndATooWideOneOnEveryLine() {
        assertEquals(0, ps(List.of("COLUMNS=5"), "-p", "22"));
        assertEquals("your 5x24 screen size is bogus. expect trouble\n", sys.err());
        assertEquals("     22 pts/0    00:00:00 slee", sys.out().split("\n")[1],
                "29 columns of headers on a 5-column screen: 30");
        sys.stderr.reset();
        ps("--cols", "200000", "-p", "1,22");
        assertEquals("fix bigness error\n".repeat(3), sys.err());
    }

    @Test
    void colsMustBeAPositiveNumber() {
        assertEquals(1, ps("--cols", "0"));
        assertEquals("error: number of columns must follow --cols, --width, or --columns",
                sys.err().split("\n")[0]);
    }
}
