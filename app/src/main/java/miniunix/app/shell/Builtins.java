package miniunix.app.shell;

import java.util.List;
import java.util.Set;

/**
 * What the shell knows by name besides functions: its builtins (with their help text, kept in
 * {@link HelpTopics}) and its reserved words, for the lookup of a command name ({@link SimpleFrame}) and for
 * `type`.
 */
final class Builtins {
    private Builtins() {
    }

    /**
     * The builtins: commands that must change the shell's own state, or run commands in it, and
     * those bash keeps in the shell for speed (test, [, echo, printf, true, false: no fork+exec).
     * NOTE: each has a topic in help.txt ({@link HelpTopics}); HelpTopicsTest checks it.
     */
    static final Set<String> NAMES = Set.of("cd", "pwd", "exit", "export", "unset", "wait", "fork", "tick",
            ":", "break", "continue", "shift", "read", "mapfile", "readarray", "return", "local", "declare",
            "typeset", "readonly", "set", "shopt", "exec", ".", "source", "eval", "type", "command", "jobs",
            "fg", "bg", "hash", "kill", "disown", "trap", "let", "getopts", "umask", "ulimit", "history",
            "test", "[", "help", "alias", "unalias", "echo", "printf", "true", "false", "enable",
            "builtin", "pushd", "popd", "dirs", "suspend", "caller",
            "times", "logout", "fc", "compgen", "complete", "compopt", "bind");

    /**
     * The names of {@link #NAMES} in the order enable lists them: bash's table of builtins is
     * sorted by strcmp, and so is this (fork and tick, ours alone, fall where they sort).
     */
    static final List<String> ORDER = NAMES.stream().sorted().toList();

    /** POSIX's special builtins among ours, as bash marks them (its SPECIAL_BUILTIN, source too). */
    static final Set<String> SPECIAL = Set.of(".", ":", "break", "continue", "eval", "exec", "exit", "export",
            "readonly", "return", "set", "shift", "source", "trap", "unset");

    static boolean isBuiltin(String name) {
        return NAMES.contains(name);
    }

    /** Whether NAME runs as a builtin in sh: one of ours that enable -n has not turned off. */
    static boolean runs(Shell sh, String name) {
        return NAMES.contains(name) && !sh.disabledBuiltins.contains(name);
    }

    /** The reserved words, as `type` names them ("if is a shell keyword"). */
    static boolean isKeyword(String name) {
        return switch (name) {
            case "if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until", "do",
                    "done", "in", "coproc",
                    "function", "{", "}", "!", "time", "[[", "]]" -> true;
            default -> false;
        };
    }

    /**
     * Whether NAME --help prints help: not for : test [ echo true false, whose --help is an
     * operand (or ignored), as in bash.
     */
    static boolean takesHelp(String name) {
        return switch (name) {
            case ":", "test", "[", "echo", "true", "false", "bind" -> false;     // bind: its usage
            default -> true;
        };
    }

    /** NAME --help: the same text as help NAME ({@link HelpTopics}). */
    static String help(String name) {
        return HelpTopics.of(name).text();
    }
}
