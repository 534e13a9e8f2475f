package miniunix.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

class CommandCompleterTest {
    private static final Map<String, List<String>> FS = Map.of(
            ".", List.of("notes.txt", "src/"),
            "/e", List.of(),
            "/", List.of("bin/", "etc/", "tmp/"),
            "/etc/", List.of("hostname", "inittab", "passwd"));

    private static List<String> complete(String line) {
        return complete(line, null);
    }

    /** As Tab completes line when the shell answers answer (null: not asked, at a program's line). */
    private static List<String> complete(String line, String answer) {
        CommandCompleter c = new CommandCompleter(List.of("cat", "cd", "ps"),
                dir -> FS.getOrDefault(dir, List.of()), text -> {
                    assertEquals(line, text);
                    return answer;
                });
        List<Candidate> out = new ArrayList<>();
        c.complete(null, new DefaultParser().parse(line, line.length()), out);
        List<String> values = new ArrayList<>();
        for (Candidate x : out) {
            values.add(x.value() + (x.complete() ? " " : ""));
        }
        return values;
    }

    @Test
    void theFirstWordCompletesToCommandNames() {
        assertEquals(List.of("cat ", "cd ", "ps "), complete("c"));
        assertEquals(List.of("cat ", "cd ", "ps "), complete("ls | c"));
    }

    @Test
    void otherWordsCompleteToPathsAndDirectoriesTakeNoSpace() {
        assertEquals(List.of("/etc/hostname ", "/etc/inittab ", "/etc/passwd "),
                complete("cat /etc/"));
        assertEquals(List.of("/bin/", "/etc/", "/tmp/"), complete("cd /"));
        assertEquals(List.of("notes.txt ", "src/"), complete("cat n"));
    }

    @Test
    void theShellsCompspecAnswersFirst() {
        assertEquals(List.of("alpha ", "beta "), complete("foo a", ";alpha\037beta"));
        assertEquals(List.of("--long"), complete("foo --", "filenames,nospace;--long"));
        assertEquals(List.of(), complete("foo x", ";"));
        assertEquals(List.of("src/", "notes.txt "), complete("foo ", "filenames;src/\037notes.txt"));
    }

    @Test
    void withoutACompspecOrWithDefaultAndNoMatchTheTerminalCompletes() {
        assertEquals(List.of("cat ", "cd ", "ps "), complete("c", "-;"));
        assertEquals(List.of("notes.txt ", "src/"), complete("foo n", "default;"));
        assertEquals(List.of("cat ", "cd ", "ps "), complete("c", "bashdefault;"));
        assertEquals(List.of("notes.txt ", "src/"), complete("c", "default;"));
    }
}
