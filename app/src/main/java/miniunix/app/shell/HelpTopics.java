package miniunix.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The help texts of the builtins and compound commands (bash's builtins/*.def long docs),
 * kept in the resource help.txt and read once, the first time help or NAME --help needs them
 * (most shells never do). Topics are sorted by name as bash's shell_builtins table is
 * (strcmp order), which is the order `help` lists and matches them in.
 *
 * <p>Invariant: the builtin topics are exactly {@link Builtins#isBuiltin}'s names, and each
 * syntax topic starts with a reserved word (HelpTopicsTest checks both, so neither can drift).
 */
final class HelpTopics {
    /**
     * One topic: NAME (as `help NAME` finds it), whether it is a builtin (else a compound
     * command), its synopsis (bash's short_doc) and its description lines (long_doc), the
     * first of which is its one-line summary.
     */
    record Topic(String name, boolean builtin, String synopsis, List<String> body) {
        Topic {
            body = List.copyOf(body);
        }

        /** help -d's line: "NAME - summary". */
        String summary() {
            return body.isEmpty() ? "" : body.get(0);
        }

        /** What `help NAME` and `NAME --help` print: "NAME: SYNOPSIS" and the indented body. */
        String text() {
            StringBuilder sb = new StringBuilder(name).append(": ").append(synopsis).append('\n');
            indented(sb);
            return sb.toString();
        }

        /** The body, each line after four spaces (blank lines too, as bash prints them). */
        void indented(StringBuilder sb) {
            for (String line : body) {
                sb.append("    ").append(line).append('\n');
            }
        }
    }

    private static final String RESOURCE = "help.txt";

    /** Loaded on first use (the JVM's lazy class initialisation of the holder). */
    private static final class Holder {
        static final List<Topic> TOPICS = load();
    }

    private HelpTopics() {
    }

    /** Every topic, sorted by name. */
    static List<Topic> all() {
        return Holder.TOPICS;
    }

    /** The topic named name, or null. */
    static Topic of(String name) {
        for (Topic t : all()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    private static List<Topic> load() {
        try (InputStream in = HelpTopics.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("help: resource " + RESOURCE + " missing");
            }
            List<Topic> topics = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            topics.sort(Comparator.comparing(Topic::name));
            return List.copyOf(topics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * help.txt's topics: "=builtin NAME" or "=syntax NAME", the synopsis on the next line,
     * then the body up to the next topic, without its trailing blank lines; '#' lines are
     * comments.
     */
    static List<Topic> parse(String text) {
        List<Topic> topics = new ArrayList<>();
        String name = null;
        boolean builtin = false;
        String synopsis = null;
        List<String> body = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            boolean isBuiltin = line.startsWith("=builtin ");
            if (isBuiltin || line.startsWith("=syntax ")) {
                add(topics, name, builtin, synopsis, body);
                name = line.substring(line.indexOf(' ') + 1);
                builtin = isBuiltin;
                synopsis = null;
                body = new ArrayList<>();
            } else if (name != null && synopsis == null) {
                synopsis = line;
            } else if (name != null) {
                body.add(line);
            }
        }
        add(topics, name, builtin, synopsis, body);
        return topics;
    }

    private static void add(List<Topic> topics, String name, boolean builtin, String synopsis, List<String> body) {
        if (name == null) {
            return;
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
            body.remove(body.size() - 1);
        }
        topics.add(new Topic(name, builtin, synopsis == null ? "" : synopsis, body));
    }
}
