package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import miniunix.user.lib.Tz;
import org.junit.jupiter.api.Test;

/** bash's decode_prompt_string, checked against what bash 5.2 printed for the same PS4s. */
class PromptStringTest {
    /** 2026-12-06 18:35:08 UTC. */
    private static final long NOW = 1796582108L;

    private static PromptString.Facts facts(boolean root, String pwd) {
        return new PromptString.Facts("user", "box.example.org", pwd, "/home/user", "-sh", 2, root,
                NOW, "tty1", 1, 7, Tz.UTC);
    }

    private static String decode(String ps) {
        return PromptString.decode(ps, facts(false, "/home/user/src"));
    }

    @Test
    void namesAndPlacesAreTheFactsBackslashQuotedForTheExpansion() {
        assertEquals("user@box box.example.org ~/src src -sh 2 tty1 1 7", decode("\\u@\\h \\H \\w \\W \\s \\j \\l \\! \\#"));
        assertEquals("~ ~", PromptString.decode("\\w \\W", facts(false, "/home/user")));
        assertEquals("/ /", PromptString.decode("\\w \\W", facts(false, "/")));
        assertEquals("/home/username", PromptString.decode("\\w", facts(false, "/home/username")));
        assertEquals("/tmp/\\$x", PromptString.decode("\\w", facts(false, "/tmp/$x")));
    }

    @Test
    void dollarIsHashForRootAndAQuotedDollarForOthers() {
        assertEquals("\\$ ", decode("\\$ "));
        assertEquals("# ", PromptString.decode("\\$ ", facts(true, "/")));
    }

    @Test
    void characterEscapesAndOctalNeedingThreeDigits() {
        assertEquals("\\|\u0007|\u001b|\n|\r|A|\u001b[1m", decode("\\\\|\\a|\\e|\\n|\\r|\\101|\\[\\033[1m\\]"));
        assertEquals("\\0 \\08 \\18 \u00ff", decode("\\0 \\08 \\18 \\777"));
        assertEquals("", decode("\\400"));
        assertEquals("\\z \\Dx \" a\\", decode("\\z \\Dx \\\" a\\"));
    }

    @Test
    void timesAreTheClocksInStrftimeFormats() {
        assertEquals("18:35:08 06:35:08 06:35 PM 18:35 Sun Dec 06", decode("\\t \\T \\@ \\A \\d"));
        assertEquals("2026 % 18:35:08", decode("\\D{%Y %%} \\D{}"));
    }

    @Test
    void missingFactsAreAskedFor() {
        PromptString.Facts none = new PromptString.Facts(null, "h", "/", "/", "sh", 0, false, null, null, 1, 1,
                Tz.UTC);
        assertEquals('t', PromptString.needs("\\h \\t", none));
        assertEquals('t', PromptString.needs("\\D{%s}", none));
        assertEquals(0, PromptString.needs("\\D \\h \\w", none));
        assertEquals('l', PromptString.needs("\\l", none));
        assertEquals('u', PromptString.needs("\\u", none));
        assertEquals(0, PromptString.needs("\\\\u", none));
    }
}
