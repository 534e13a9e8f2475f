package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import miniunix.kernel.uapi.Program;
import miniunix.user.lib.Color;
import org.junit.jupiter.api.Test;

/**
 * ps colours process states for a person (stdout a terminal) and for nobody else: not into a
 * pipe or file, not with NO_COLOR, always with CLICOLOR_FORCE; the colours take no columns.
 */
class ColorTest {
    private FakeSys sys;

    private String ps(boolean tty, String... env) {
        sys = ProcFixture.scene();
        sys.tty = tty;
        Program p = new Binaries().load("/bin/ps", List.of("ps", "-o", "pid,stat,comm", "-p",
                "33,35,40,22"), List.of(env)).program();
        assertEquals(0, sys.run(p), sys.err());
        return sys.out();
    }

    private static String plain(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    @Test
    void statesAreColouredOnATerminalOnly() {
        String tty = ps(true);
        assertTrue(tty.contains(Color.YELLOW + "T" + Color.RESET), tty);
        assertTrue(tty.contains(Color.RED + "Z" + Color.RESET), tty);
        assertTrue(tty.contains(Color.GREEN + "Rs" + Color.RESET), tty);
        assertTrue(tty.contains("   22 S    sleep"), "S stays plain: " + tty);
        String pipe = ps(false);
        assertEquals(pipe, plain(tty), "the same columns, colours aside");
        assertEquals(-1, pipe.indexOf('\u001b'));
    }

    @Test
    void noColorWinsAndClicolorForceForces() {
        assertEquals(-1, ps(true, "NO_COLOR=1").indexOf('\u001b'));
        assertTrue(ps(false, "CLICOLOR_FORCE=1").contains(Color.RED + "Z"));
        assertEquals(-1, ps(false, "CLICOLOR_FORCE=0").indexOf('\u001b'));
        assertEquals(-1, ps(true, "NO_COLOR=1", "CLICOLOR_FORCE=1").indexOf('\u001b'));
    }
}
