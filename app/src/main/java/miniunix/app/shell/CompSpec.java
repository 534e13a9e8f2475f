package miniunix.app.shell;

import java.util.EnumSet;
import java.util.Set;

/**
 * A completion specification (bash's COMPSPEC, pcomplete.h): how the words of a command are
 * completed, as `complete` stores it and `compgen` evaluates it ({@link Compgen}). The
 * actions and options are sets of the two enums; the other members are null when not given
 * (an empty string is given: {@code complete -W '' foo} prints {@code -W ''}).
 *
 * <p>Linux: bash's pcomplete.h, pcomplib.c; the tables are complete.def's compacts[] and
 * compopts[], in their order (which is the order `complete -p` prints them in).
 */
record CompSpec(Set<Action> actions, Set<Option> options, String globpat, String words, String prefix,
                String suffix, String funcname, String command, String filterpat) {

    CompSpec {
        actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
        options = options.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(options));
    }

    /** The same spec with the options on added and those off taken away (compopt). */
    CompSpec withOptions(Set<Option> on, Set<Option> off) {
        EnumSet<Option> o = EnumSet.noneOf(Option.class);
        o.addAll(options);
        o.addAll(on);
        o.removeAll(off);
        return new CompSpec(actions, o, globpat, words, prefix, suffix, funcname, command, filterpat);
    }

    /**
     * What a compspec generates from (complete.def's compacts[]), in the table's order; letter:
     * the option that stands for it ({@code -a} for alias), or 0 when only {@code -A NAME} does.
     */
    enum Action {
        ALIAS("alias", 'a'),
        ARRAYVAR("arrayvar", (char) 0),
        BINDING("binding", (char) 0),
        BUILTIN("builtin", 'b'),
        COMMAND("command", 'c'),
        DIRECTORY("directory", 'd'),
        DISABLED("disabled", (char) 0),
        ENABLED("enabled", (char) 0),
        EXPORT("export", 'e'),
        FILE("file", 'f'),
        FUNCTION("function", (char) 0),
        GROUP("group", 'g'),
        HELPTOPIC("helptopic", (char) 0),
        HOSTNAME("hostname", (char) 0),
        JOB("job", 'j'),
        KEYWORD("keyword", 'k'),
        RUNNING("running", (char) 0),
        SERVICE("service", 's'),
        SETOPT("setopt", (char) 0),
        SHOPT("shopt", (char) 0),
        SIGNAL("signal", (char) 0),
        STOPPED("stopped", (char) 0),
        USER("user", 'u'),
        VARIABLE("variable", 'v');

        final String actionName;
        final char letter;

        Action(String actionName, char letter) {
            this.actionName = actionName;
            this.letter = letter;
        }

        /** The action -A NAME names, or null (bash: "NAME: invalid action name"). */
        static Action named(String name) {
            for (Action a : values()) {
                if (a.actionName.equals(name)) {
                    return a;
                }
            }
            return null;
        }

        /** The action of an option letter (-a for ALIAS), or null. */
        static Action ofLetter(char c) {
            for (Action a : values()) {
                if (a.letter != 0 && a.letter == c) {
                    return a;
                }
            }
            return null;
        }
    }

    /** The -o options (complete.def's compopts[] of bash 5.2), in the table's order. */
    enum Option {
        BASHDEFAULT("bashdefault"),
        DEFAULT("default"),
        DIRNAMES("dirnames"),
        FILENAMES("filenames"),
        NOQUOTE("noquote"),
        NOSORT("nosort"),
        NOSPACE("nospace"),
        PLUSDIRS("plusdirs");

        final String optionName;

        Option(String optionName) {
            this.optionName = optionName;
        }

        /** The option -o NAME names, or null (bash: "NAME: invalid option name"). */
        static Option named(String name) {
            for (Option o : values()) {
                if (o.optionName.equals(name)) {
                    return o;
                }
            }
            return null;
        }
    }

    /** `complete -p`'s line for this spec under name (bash's print_one_completion). */
    String printed(String name) {
        StringBuilder sb = new StringBuilder("complete ");
        for (Option o : Option.values()) {
            if (options.contains(o)) {
                sb.append("-o ").append(o.optionName).append(' ');
            }
        }
        for (Action a : Action.values()) {
            if (a.letter != 0 && actions.contains(a)) {
                sb.append('-').append(a.letter).append(' ');
            }
        }
        for (Action a : Action.values()) {
            if (a.letter == 0 && actions.contains(a)) {
                sb.append("-A ").append(a.actionName).append(' ');
            }
        }
        quoted(sb, "-G", globpat);
        quoted(sb, "-W", words);
        quoted(sb, "-P", prefix);
        quoted(sb, "-S", suffix);
        quoted(sb, "-X", filterpat);
        quoted(sb, "-C", command);
        if (funcname != null) {
            sb.append("-F ").append(funcname).append(' ');
        }
        return sb.append(CompSpecs.shown(name)).append('\n').toString();
    }

    /** compopt's line: every option as -o or +o (bash's print_compopts, full). */
    String optionsPrinted(String name) {
        StringBuilder sb = new StringBuilder("compopt ");
        for (Option o : Option.values()) {
            sb.append(options.contains(o) ? "-o " : "+o ").append(o.optionName).append(' ');
        }
        return sb.append(CompSpecs.shown(name)).append('\n').toString();
    }

    private static void quoted(StringBuilder sb, String flag, String value) {
        if (value != null) {
            sb.append(flag).append(' ').append(TrapBuiltin.quote(value)).append(' ');
        }
    }
}
