package miniunix.app.shell;

/**
 * What the shell knows by name besides functions: its builtins (with their --help text) and
 * its reserved words, for the lookup of a command name ({@link SimpleFrame}) and for `type`.
 */
final class Builtins {
    private Builtins() {
    }

    /** The builtins: commands that must change the shell's own state, or run commands in it. */
    static boolean isBuiltin(String name) {
        return switch (name) {
            case "cd", "pwd", "exit", "export", "unset", "wait", "fork", "tick", ":", "break", "continue",
                    "shift", "read", "mapfile", "readarray", "return", "local", "declare", "typeset", "readonly", "set", "shopt", "exec", ".", "source", "eval", "type",
                    "command",
                    "jobs", "fg", "bg", "hash", "kill", "disown", "trap", "let", "getopts", "umask", "ulimit", "history", "test", "[" -> true;
            default -> false;
        };
    }

    /** The reserved words, as `type` names them ("if is a shell keyword"). */
    static boolean isKeyword(String name) {
        return switch (name) {
            case "if", "then", "else", "elif", "fi", "case", "esac", "for", "while", "until", "do", "done", "in",
                    "function", "{", "}", "!", "time" -> true;
            default -> false;
        };
    }

    /** Whether NAME --help prints help: not for : and test, whose --help is an operand, as in bash. */
    static boolean takesHelp(String name) {
        return !name.equals(":") && !name.equals("test") && !name.equals("[");
    }

    /** NAME --help: the synopsis and one line of description, as bash's help prints them. */
    static String help(String name) {
        return switch (name) {
            case "cd" -> "cd: cd [-L|[-P [-e]]] [dir]\n    Change the shell working directory (default $HOME; - is $OLDPWD; -P: with no\n    symbolic links).\n";
            case "pwd" -> "pwd: pwd [-LP]\n    Print the name of the current working directory (-L: as cd made it, through\n    links; -P: with none).\n";
            case "exit" -> "exit: exit [n]\n    Exit the shell with status N (default: the last command's status).\n";
            case "export" -> "export: export [-fn] [name[=value] ...] or export -p\n    Mark variables for export to the environment of commands.\n";
            case "unset" -> "unset: unset [-f] [-v] [-n] [name ...]\n    Unset values and attributes of shell variables and functions.\n";
            case "wait" -> "wait: wait [-fn] [-p var] [pid | jobspec ...]\n"
                    + "    Wait for child processes or jobs (default: all) and return the last one's status.\n";
            case "jobs" -> "jobs: jobs [-lnprs] [jobspec ...]\n    Display status of jobs.\n";
            case "fg" -> "fg: fg [job_spec]\n    Move job to the foreground.\n";
            case "bg" -> "bg: bg [job_spec ...]\n    Move jobs to the background.\n";
            case "disown" -> "disown: disown [-h] [-ar] [jobspec ... | pid ...]\n"
                    + "    Remove jobs from current shell.\n";
            case "kill" -> "kill: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l "
                    + "[sigspec]\n    Send a signal to a job.\n";
            case "let" -> "let: let arg [arg ...]\n    Evaluate arithmetic expressions.\n";
            case "getopts" -> "getopts: getopts optstring name [arg ...]\n"
                    + "    Parse option arguments (into NAME, OPTARG and OPTIND).\n";
            case "ulimit" -> "ulimit: ulimit [-SHabcdefiklmnpqrstuvxPRT] [limit]\n    Modify shell resource limits.\n";
            case "umask" -> "umask: umask [-p] [-S] [mode]\n    Display or set file mode mask.\n";
            case "history" -> "history: history [-c] [-d offset] [n]\n"
                    + "    Display or manipulate the history list.\n";
            case "trap" -> "trap: trap [-lp] [[arg] signal_spec ...]\n"
                    + "    Trap signals and other events: run ARG when the shell receives SIGNAL_SPEC.\n";
            case "fork" -> "fork: fork [pid]\n    Fork the shell (or process PID); the child pauses until a signal ends it.\n";
            case "break" -> "break: break [n]\n    Exit for, while, or until loops (N enclosing loops).\n";
            case "continue" -> "continue: continue [n]\n    Resume the next iteration of the enclosing (Nth) loop.\n";
            case "shift" -> "shift: shift [n]\n    Rename the positional parameters $N+1,$N+2 ... to $1,$2 ...\n";
            case "read" -> "read: read [-r] [-a array] [name ...]\n    Read a line from the standard input and split it into fields.\n";
            case "mapfile", "readarray" -> name + ": " + name + " [-d delim] [-n count] [-O origin] [-s count] [-t] [array]\n"
                    + "    Read lines from the standard input into an indexed array variable.\n";
            case "return" -> "return: return [n]\n    Return from a shell function (or a sourced file) with status N.\n";
            case "local" -> "local: local [-ilnprtux] [name[=value] ...]\n    Define local variables (visible to the functions this one calls).\n";
            case "declare", "typeset" -> name + ": " + name + " [-fFgilnprtux] [name[=value] ...] or " + name
                    + " -p [-fFilnrtux] [name ...]\n    Set variable values and attributes.\n";
            case "readonly" -> "readonly: readonly [-aAf] [name[=value] ...] or readonly -p\n    Mark shell variables as unchangeable.\n";
            case "set" -> "set: set [-efmux] [-o option-name] [--] [-] [arg ...]\n"
                    + "    Set or unset values of shell options and positional parameters.\n";
            case "shopt" -> "shopt: shopt [-pqsu] [-o] [optname ...]\n"
                    + "    Set and unset shell options.\n";
            case "exec" -> "exec: exec [command [argument ...]] [redirection ...]\n"
                    + "    Replace the shell with the given command; without one, make the redirections stay.\n";
            case "." -> ".: . filename [arguments]\n    Execute commands from a file in the current shell.\n";
            case "source" -> "source: source filename [arguments]\n    Execute commands from a file in the current shell.\n";
            case "eval" -> "eval: eval [arg ...]\n    Execute arguments as a shell command.\n";
            case "type" -> "type: type [-afptP] name [name ...]\n    Display information about command type.\n";
            case "hash" -> "hash: hash [-lr] [-p pathname] [-dt] [name ...]\n"
                    + "    Remember or display program locations (the shell's table of PATH searches).\n";
            case "command" -> "command: command [-pVv] command [arg ...]\n"
                    + "    Run a command that is not a function, or say what a name is (-v, -V).\n";
            default -> "tick: tick [n]\n    Let N clock ticks (10 ms each; default 1) pass.\n";
        };
    }
}
