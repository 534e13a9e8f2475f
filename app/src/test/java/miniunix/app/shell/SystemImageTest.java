package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import miniunix.app.SystemImage;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import org.junit.jupiter.api.Test;

/** The shell on the whole system image: init, login, the daemons and the real /bin. */
class SystemImageTest {

    private static String run(String script) {
        Kernel k = Kernel.boot(BootOptions.defaults(), new SystemImage());
        StringBuilder out = new StringBuilder();
        for (String line : script.split("(?<=\n)")) {
            k.runUntilInputWanted(100_000);
            out.append(new String(k.takeOutput(), StandardCharsets.UTF_8));
            k.typeInput(line.getBytes(StandardCharsets.UTF_8));
        }
        k.runUntilInputWanted(100_000);
        return out.append(new String(k.takeOutput(), StandardCharsets.UTF_8)).toString();
    }

    @Test
    void binShIsTheShellAndTheRestComesFromTheUserland() {
        SystemImage img = new SystemImage();
        assertTrue(img.paths().contains("/bin/sh"));
        assertTrue(img.paths().contains("/bin/ps"));
        assertEquals(900, img.load("/bin/sh", List.of("-sh"), List.of()).textKb());
        assertTrue(img.load("/bin/sh", List.of("-sh"), List.of()).program() instanceof Shell);
    }

    @Test
    void psAuxPipedToGrepGoShowsTheGrepProcessItself() {
        String out = run("ps aux | grep go\n");
        assertTrue(out.contains("goserve"), out);
        assertTrue(out.contains(" grep go\n"), out);
    }

    @Test
    void theLoginShellIsAChildOfLogin() {
        String out = run("pstree -p\n");
        assertTrue(out.matches("(?s).*login\\(\\d+\\)---sh\\(\\d+\\)---pstree\\(\\d+\\).*"), out);
    }

    @Test
    void aForkedShellIsShownByPsAndBecomesAZombieWhenKilled() {
        String out = run("fork > /dev/null\nkill $!\nps -o stat,cmd | grep defunct\n");
        assertTrue(out.contains("Z+   [sh] <defunct>"), out);
    }
    @Test
    void tabCompletionListsDirectoriesAsTheShellAtThePromptSeesThem() {
        Kernel k = Kernel.boot(BootOptions.defaults(), new SystemImage());
        k.runUntilInputWanted(100_000);
        k.typeInput("mkdir d; echo x > notes; cd /tmp; echo y > f\n".getBytes(StandardCharsets.UTF_8));
        k.runUntilInputWanted(100_000);
        assertEquals(List.of("f"), k.listDir("."));
        assertEquals(List.of("d/", "notes"), k.listDir("/home/user/"));
        assertEquals(List.of(), k.listDir("/root/"));           // mode 0700: not the user's
        assertEquals(List.of(), k.listDir("/etc/passwd"));      // not a directory
        assertEquals(List.of(), k.listDir("/nonexistent/"));
    }
}
