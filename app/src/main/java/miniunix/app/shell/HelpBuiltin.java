package miniunix.app.shell;

import java.util.List;
import java.util.Set;

/**
 * The help builtin (bash's help.def): {@code help [-dms] [pattern ...]} over {@link HelpTopics}.
 * Without a pattern it lists every topic's synopsis in two columns, as bash's
 * show_builtin_command_help does; otherwise each PATTERN selects the topics it names, matches
 * as a pathname pattern, or, when neither finds one, starts (bash-4.2's prefix matching), and
 * each is printed whole, as its synopsis (-s), its summary (-d) or as a manual page (-m).
 * Messages and statuses are bash's.
 * A builtin that `enable -n' turned off has a star before it in the list, as in bash.
 */
final class HelpBuiltin {
    private static final String USAGE = "help: usage: help [-dms] [pattern ...]\n";
    /** What bash's show_shell_version prints: the shell, and what it is modelled on. */
    private static final String VERSION = "miniunix sh, modelled on GNU bash 5.2";
    private static final String HEADER = """
            These shell commands are defined internally.  Type `help' to see this list.
            Type `help name' to find out more about the function `name'.
            Commands not in this list are programs: most of them take --help.

            """;
    /** bash's default_columns() when $COLUMNS is not a number. */
    private static final int DEFAULT_COLUMNS = 80;
    /** The largest column, bash's sizeof (blurb). */
    private static final int MAX_COLUMN = 128;

    private enum Form { WHOLE, SYNOPSIS, SUMMARY, MANPAGE }

    private HelpBuiltin() {
    }

    /** Runs help with argv (argv[0] is "help"); returns the status. */
    static int run(BuiltinFrame b, Shell sh, List<String> argv) {
        Form form = Form.WHOLE;
        BuiltinOptions opts = new BuiltinOptions(b, argv, "dms", USAGE);
        for (int c; (c = opts.next()) != BuiltinOptions.END; ) {
            switch (c) {
                case 'd' -> form = Form.SUMMARY;
                case 'm' -> form = Form.MANPAGE;
                case 's' -> form = Form.SYNOPSIS;
                default -> {
                    return BuiltinOptions.STATUS;
                }
            }
        }
        List<String> patterns = opts.operands();
        StringBuilder out = new StringBuilder();
        if (patterns.isEmpty()) {
            list(out, columns(sh), sh.disabledBuiltins);
            b.say(b.out(), out.toString());
            return 0;
        }
        if (Glob.hasMeta(patterns.get(0))) {
            out.append(patterns.size() > 1 ? "Shell commands matching keywords `" : "Shell commands matching keyword `")
                    .append(String.join(", ", patterns)).append("'\n\n");
        }
        int found = 0;
        for (String pattern : patterns) {
            found += matches(out, pattern, form);
        }
        b.say(b.out(), out.toString());
        if (found == 0) {
            String p = patterns.get(patterns.size() - 1);
            b.error("help: no help topics match `" + p + "'.  Try `help help' or `man -k " + p
                    + "' or `info " + p + "'.\n");
            return 1;
        }
        return 0;
    }

    /** Prints the topics pattern selects: by name or pattern, else as a prefix; how many. */
    private static int matches(StringBuilder out, String pattern, Form form) {
        int found = 0;
        for (HelpTopics.Topic t : HelpTopics.all()) {
            if (t.name().equals(pattern) || Glob.matches(pattern, t.name())) {
                print(out, t, form);
                found++;
            }
        }
        if (found > 0) {
            return found;
        }
        for (HelpTopics.Topic t : HelpTopics.all()) {
            if (t.name().startsWith(pattern)) {
                print(out, t, form);
                found++;
            }
        }
        return found;
    }

    private static void print(StringBuilder out, HelpTopics.Topic t, Form form) {
        switch (form) {
            case WHOLE -> out.append(t.text());
            case SYNOPSIS -> out.append(t.name()).append(": ").append(t.synopsis()).append('\n');
            case SUMMARY -> out.append(t.name()).append(" - ").append(t.summary()).append('\n');
            case MANPAGE -> manpage(out, t);
        }
    }

    /** help -m: the topic in the sections of a manual page, as bash's show_manpage. */
    private static void manpage(StringBuilder out, HelpTopics.Topic t) {
        out.append("NAME\n    ").append(t.name()).append(" - ").append(t.summary()).append("\n\n");
        out.append("SYNOPSIS\n    ").append(t.synopsis()).append("\n\n");
        out.append("DESCRIPTION\n");
        t.indented(out);
        out.append("\nSEE ALSO\n    bash(1)\n\n");
        out.append("IMPLEMENTATION\n    ").append(VERSION).append("\n\n");
    }

    /** bash's default_columns(): $COLUMNS when it is a positive number, else 80. */
    static int columns(Shell sh) {
        String c = sh.vars.value("COLUMNS");
        if (c != null && BuiltinFrame.isNumber(c, 9) && Integer.parseInt(c) > 0) {
            return Integer.parseInt(c);
        }
        return DEFAULT_COLUMNS;
    }

    /**
     * help alone: every synopsis, in two columns of half the screen each, filled down the
     * first column then the second, as show_builtin_command_help; a disabled builtin's
     * synopsis is marked with a star.
     */
    static void list(StringBuilder out, int columns, Set<String> disabled) {
        out.append(VERSION).append('\n').append(HEADER);
        List<HelpTopics.Topic> topics = HelpTopics.all();
        int n = topics.size();
        int width = Math.min(columns / 2, MAX_COLUMN);
        if (width <= 3) {
            width = 40;
        }
        int height = (n + 1) / 2;
        for (int i = 0; i < height; i++) {
            String first = cell(topics.get(i), disabled, width - 2);
            out.append(first);
            if (i + height < n) {
                out.append(" ".repeat(Math.max(0, width - first.length())));
                out.append(cell(topics.get(i + height), disabled, width - 3));
            }
            out.append('\n');
        }
    }

    /**
     * One cell of bash's dispcolumn: a space, or a star for a disabled builtin, then the
     * topic's synopsis, with a '>' at column room when it is cut. room is width - 2 in the first
     * column, width - 3 in the second (bash leaves the last column of the screen free). bash
     * puts the '>' over its buffer's terminator too, so a synopsis of exactly room - 1
     * characters gets one as well.
     */
    private static String cell(HelpTopics.Topic topic, Set<String> disabled, int room) {
        String mark = disabled.contains(topic.name()) ? "*" : " ";
        String synopsis = topic.synopsis();
        if (synopsis.length() >= room - 1) {
            return mark + synopsis.substring(0, room - 1) + ">";
        }
        return mark + synopsis;
    }
}
