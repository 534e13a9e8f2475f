package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * bind in an interactive shell on the real kernel: no warning there (nor in its subshells),
 * the keymap it changed goes to the terminal before the next prompt, and a bind -x request
 * from the terminal runs the command on the line sent, whose result goes back in place of a
 * prompt. The front end's side: ReplTest.
 */
class BindTest {

    @Test
    void anInteractiveShellAndItsSubshellsEditLinesSoBindDoesNotWarn() {
        String out = ShellTest.run("i", "PS1=\nbind -q kill-line; (bind -q kill-line)\n");
        assertEquals(2, out.split("kill-line can be invoked via \"\\\\C-k\".\n", -1).length - 1, out);
        assertFalse(out.contains("warning"), out);
    }

    @Test
    void theChangedKeymapGoesToTheTerminalBeforeTheNextPrompt() {
        String out = ShellTest.run("i", "PS1='$ '\nbind '\"\\C-t\": kill-line'\ntrue\n");
        int start = out.indexOf(Keymap.SYNC_START);
        assertTrue(start >= 0, out);
        int end = out.indexOf(Keymap.SYNC_END, start);
        assertTrue(out.startsWith("$ ", end + Keymap.SYNC_END.length()), out);
        Keymap k = Keymap.fromSync(out.substring(start + Keymap.SYNC_START.length(), end));
        assertEquals(ReadlineFunction.KILL_LINE, k.get("\024").function());
        assertEquals(1, out.split(Keymap.SYNC_START.replace("[", "\\["), -1).length - 1, out);  // once
    }

    @Test
    void aBindXRequestRunsTheCommandAndAnswersWithTheLineItLeft() {
        String out = ShellTest.run("i", "PS1='$ '\nbind -x '\"\\C-t\": echo \"<$READLINE_LINE>\"; "
                + "READLINE_LINE=x$READLINE_LINE; READLINE_POINT=9'\n"
                + Keymap.xRequest("\024", 1, "ab") + "echo ${READLINE_POINT-gone}\n");
        String answer = Keymap.LINE_START + "3;" + Keymap.hex("xab") + Keymap.SYNC_END;
        assertTrue(out.contains("<ab>\n" + answer + "gone\n"), out);    // no prompt between
    }
}
