package miniunix.app.shell;

/**
 * The options `set` turns on and off (bash's flags.c and the set -o table), with the letter
 * of `set -X` and of $-, and the name of `set -o NAME`. Declared in the order `set -o`
 * lists them (by name).
 */
enum ShellOption {
    /** set -B, on by default: brace expansion ({@link Braces}); set +B turns it off. */
    BRACEEXPAND('B', "braceexpand"),
    /** set -e: a failing command ends the shell, outside conditions (see {@link Errexit}). */
    ERREXIT('e', "errexit"),
    /**
     * set -E: the ERR trap is kept in function calls, command substitutions and subshells
     * (bash otherwise leaves it out there: see {@link TrapTable}).
     */
    ERRTRACE('E', "errtrace"),
    /** set -T: the DEBUG and RETURN traps are kept in function calls and subshells, as -E for ERR. */
    FUNCTRACE('T', "functrace"),
    /**
     * set -m: job control (bash's job_control). On when the shell starts interactive; a script
     * may turn it on and an interactive shell off (see {@link Shell#jobControl}).
     */
    MONITOR('m', "monitor"),
    /** set -f: no pathname expansion. */
    NOGLOB('f', "noglob"),
    /** set -u: expanding an unset variable is an error ("NAME: unbound variable"). */
    NOUNSET('u', "nounset"),
    /** set -o pipefail: a pipeline's status is that of its last command to fail. */
    PIPEFAIL((char) 0, "pipefail"),
    /** set -x: each command is printed, expanded, before it runs ("+ cmd args"). */
    XTRACE('x', "xtrace");

    /** The letter of set -X and $-, or 0 when there is none (set -o only). */
    final char letter;
    final String longName;

    ShellOption(char letter, String longName) {
        this.letter = letter;
        this.longName = longName;
    }

    static ShellOption ofLetter(char c) {
        for (ShellOption o : values()) {
            if (o.letter == c) {
                return o;
            }
        }
        return null;
    }

    static ShellOption ofName(String name) {
        for (ShellOption o : values()) {
            if (o.longName.equals(name)) {
                return o;
            }
        }
        return null;
    }
}
