package miniunix.app.repl;

import java.util.List;
import java.util.function.Function;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion. A command's first word (at the start of the line or after |, ;, &amp;,
 * &amp;&amp;, ||, or an opening parenthesis) completes to command names, which come from the
 * system image and the shell's builtins, fixed at start-up. Any other word, and a first word
 * with a '/', completes to paths in the simulated filesystem, seen from the shell's cwd and
 * listed through the {@link KernelGate}.
 */
final class CommandCompleter implements Completer {
    private final List<String> names;
    private final Function<String, List<String>> lister;

    CommandCompleter(List<String> names, Function<String, List<String>> lister) {
        this.names = List.copyOf(names);
        this.lister = lister;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        if (commandPosition(line) && word.indexOf('/') < 0) {
            for (String name : names) {
                candidates.add(new Candidate(name));
            }
            return;
        }
        int slash = word.lastIndexOf('/');
        String dir = word.substring(0, slash + 1);
        for (String name : lister.apply(dir.isEmpty() ? "." : dir)) {
            boolean isDir = name.endsWith("/");
            candidates.add(new Candidate(dir + name, name, null, null, null, null, !isDir));
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
