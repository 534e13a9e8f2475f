package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * fc in an interactive shell, on the real kernel. The expected texts are the host's bash 5.2
 * given the same lines after `set -o history` (its "bash: line N:" read as an interactive
 * shell's "miniunix:"), which numbers and finds history entries as an interactive bash does.
 */
class FcTest {

    /** The lines typed at an interactive shell, after PS1= (no prompts): what it printed. */
    private static String interactive(String lines) {
        String out = ShellTest.run("i", "PS1=\n" + lines);
        out = out.substring(out.indexOf('$') + 2);          // the first prompt, before PS1=
        return out.endsWith("logout\n") ? out.substring(0, out.length() - 7) : out;
    }

    @Test
    void listsNumberedTabSeparatedLinesLeavingItsOwnOut() {
        assertEquals("a\nb\n1\t PS1=\n2\t echo a\n3\t echo b\n\t echo b\n\t fc -l\n3\t echo b\n2\t echo a\n",
                interactive("echo a\necho b\nfc -l\nfc -ln -2\nfc -lr 2 3\n"));
    }

    @Test
    void aPrefixFindsTheNewestCommandAndMinusZeroIsFcsOwnLine() {
        assertEquals("a\nb\n4\t echo x >/dev/null\n",
                interactive("echo a\necho b\necho x >/dev/null\nfc -l echo\n"));
        assertEquals("8\t fc -l -0\n", interactive("true\ntrue\ntrue\ntrue\ntrue\ntrue\nfc -l -0\n"));
    }

    @Test
    void reRunsWithSubstitutionEchoedAndTakesFcsPlaceInTheHistory() {
        assertEquals("a\nb\necho c\nc\n1\t PS1=\n2\t echo a\n3\t echo b\n4\t echo c\n"
                        + "echo a\na\nminiunix: fc: no command found\n1\n",
                interactive("echo a\necho b\nfc -s b=c echo\nfc -l\nfc -s 2\nfc -s nomatch\necho $?\n"));
    }

    @Test
    void editsWithTheEditorAndRunsTheFileEchoingEachLine() {
        assertEquals("a\necho A\nA\n4\t echo A\necho A\nA\n"
                        + "miniunix: fc: history specification out of range\n1\n"
                        + "miniunix: nosuch: command not found\n1\n",
                interactive("up() { read -r l < \"$1\"; echo \"${l/a/A}\" > \"$1\"; }\necho a\n"
                        + "fc -e up -1\nfc -l -1\nfc -e up 3\nfc -0\necho $?\nFCEDIT=nosuch fc\necho $?\n"));
    }

    @Test
    void theEditedFileIsATempFileGoneAfterAndItsCommandsChangeTheShell() {
        assertEquals("one\necho one; x=1\none\n1\nnamed\ngone\n",
                interactive("ed() { f=$1; }\necho one; x=1\nfc -e ed\necho $x\n"
                        + "case $f in /tmp/bash-fc.??????) echo named;; esac\n[ -e \"$f\" ] || echo gone\n"));
    }

    @Test
    void eachEditedLineIsEchoedBeforeItRuns() {
        assertEquals("a\nb\nx\ny\necho a; echo b\na\nb\nprintf \"%s\\n\" x y\nx\ny\n",
                interactive("echo a; echo b\nprintf \"%s\\n\" x y\nfc -e true -2 -1\n"));
    }
}
