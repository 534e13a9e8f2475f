package miniunix.app.repl;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion. First the shell is asked (at its prompt): a command with a compspec
 * (`complete`) has its words completed by it, in the shell, as bash's programmable
 * completion does (the shell's CompletionFrame; its answer is OPTIONS;MATCHES, the matches
 * separated by US, OPTIONS "-" when no compspec applies, else the spec's -o options; with
 * filenames, a match ending in '/' is a directory and takes no space). When
 * none applies, or it finds nothing and has -o default or bashdefault: a command's first word
 * (at the start of the line or after |, ;, &amp;, &amp;&amp;, ||, or an opening parenthesis)
 * completes to command names, which come from the system image and the shell's builtins,
 * fixed at start-up. Any other word, and a first word with a '/', completes to paths in the
 * simulated filesystem, seen from the shell's cwd and listed through the {@link KernelGate}.
 */
final class CommandCompleter implements Completer {
    /** The unit separator between two matches of the shell's answer. */
    private static final String SEPARATOR = "\037";

    private final List<String> names;
    private final Function<String, List<String>> lister;
    /** The shell's answer for the line up to the cursor, or null (not at its prompt). */
    private final Function<String, String> shell;

    CommandCompleter(List<String> names, Function<String, List<String>> lister) {
        this(names, lister, text -> null);
    }

    CommandCompleter(List<String> names, Function<String, List<String>> lister,
                     Function<String, String> shell) {
        this.names = List.copyOf(names);
        this.lister = lister;
        this.shell = shell;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        String before = line.line().substring(0, Math.min(line.cursor(), line.line().length()));
        String answer = shell.apply(before);
        boolean pathsOnly = false;
        if (answer != null && answer.indexOf(';') >= 0 && !answer.startsWith("-;")) {
            int semi = answer.indexOf(';');
            List<String> options = Arrays.asList(answer.substring(0, semi).split(","));
            String matches = answer.substring(semi + 1);
            if (!matches.isEmpty()) {
                boolean space = !options.contains("nospace");
                boolean filenames = options.contains("filenames");
                for (String m : matches.split(SEPARATOR, -1)) {
                    boolean dir = filenames && m.endsWith("/");     // the shell marked a directory
                    candidates.add(new Candidate(m, m, null, null, null, null, space && !dir));
                }
                return;
            }
            if (!options.contains("default") && !options.contains("bashdefault")) {
                return;
            }
            pathsOnly = !options.contains("bashdefault");
        }
        if (!pathsOnly && commandPosition(line) && word.indexOf('/') < 0) {
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
