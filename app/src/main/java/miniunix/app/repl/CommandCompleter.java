package miniunix.app.repl;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion of command names: the first word of a command (at the start of the line or
 * after |, ;, &amp;, &amp;&amp;, ||, or an opening parenthesis). Names come from the system image and the shell's
 * builtins, fixed at start-up, so completing never touches the kernel.
 */
final class CommandCompleter implements Completer {
    private final List<String> names;

    CommandCompleter(List<String> names) {
        this.names = List.copyOf(names);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (!commandPosition(line)) {
            return;
        }
        for (String name : names) {
            candidates.add(new Candidate(name));
        }
    }

    private static boolean commandPosition(ParsedLine line) {
        int i = line.wordIndex();
        if (i == 0) {
            return true;
        }
        String previous = line.words().get(i - 1);
        return previous.equals("|") || previous.equals(";") || previous.equals("&")
                || previous.equals("&&") || previous.equals("||") || previous.equals("(");
    }
}
