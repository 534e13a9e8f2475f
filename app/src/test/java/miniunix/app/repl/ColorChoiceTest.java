package miniunix.app.repl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import miniunix.app.Main;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** --color, the prompt's colours and the command line's highlighting. */
class ColorChoiceTest {
    @Test
    void colorIsTakenFromTheLaunchersOptionsOnly() {
        ColorChoice c = ColorChoice.take(new String[] {"--seed", "5", "--color=never", "-c", "ps",
            "--color=always"});
        assertEquals(ColorChoice.When.NEVER, c.when());
        assertArrayEquals(new String[] {"--seed", "5", "-c", "ps", "--color=always"}, c.rest());
        c = ColorChoice.take(new String[] {"demo.sh", "--color"});
        assertEquals(ColorChoice.When.AUTO, c.when(), "a script's own argument");
        assertEquals(ColorChoice.When.ALWAYS, ColorChoice.take(new String[] {"--color"}).when());
        assertTrue(ColorChoice.take(new String[] {"--color=pink"}).error().contains("'pink'"));
        assertNull(ColorChoice.take(new String[] {"--color=auto"}).error());
        assertEquals(List.of("NO_COLOR=1"), ColorChoice.take(new String[] {"--color=never"})
                .env(null));
        assertEquals(List.of("NO_COLOR=x"), ColorChoice.take(new String[0]).env("x"));
        assertEquals(false, ColorChoice.take(new String[0]).colorsTerminal("1"));
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return status + ":" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void alwaysColoursIntoAPipeAndNeverNowhere() {
        String always = run("--color=always", "-c", "ps -o stat | head -n 3");
        assertTrue(always.contains("\u001b[32mR+\u001b[0m"), always);
        String never = run("--color=never", "-c", "CLICOLOR_FORCE=1 ps -o stat");
        assertEquals(-1, never.indexOf('\u001b'), never);
        String auto = run("-c", "ps -o stat");
        assertEquals(-1, auto.indexOf('\u001b'), "not a terminal: " + auto);
        assertTrue(run("--color=pink", "-c", "true").startsWith("2:miniunix: Invalid value"));
    }

    @Test
    void thePromptIsDebiansColourPrompt() {
        assertEquals("\u001b[01;32muser@miniunix\u001b[00m:\u001b[01;34m~/src\u001b[00m$ ",
                PromptColor.paint("user@miniunix:~/src$ "));
        assertEquals("> ", PromptColor.paint("> "));
    }

    @Test
    void theCommandLineIsHighlightedAsTyped() {
        ShellHighlighter h = new ShellHighlighter(Set.of("ps", "grep", "echo"));
        AttributedString s = h.highlight(null, "ps aux | grep 'go x' > f; nosuch $HOME # c");
        assertEquals("ps aux | grep 'go x' > f; nosuch $HOME # c", s.toString(), "text unchanged");
        String ansi = s.toAnsi();
        assertTrue(ansi.contains("32mps") || ansi.contains("32;1mps") || ansi.contains("1;32mps"),
                ansi);
        assertTrue(ansi.contains("31mnosuch") || ansi.contains("1;31mnosuch")
                || ansi.contains("31;1mnosuch"), ansi);
        assertTrue(ansi.contains("33m'go x'"), ansi);
        assertTrue(ansi.contains("36m$HOME"), ansi);
    }
}
