package miniunix.app.shell;

import java.util.List;
import java.util.Locale;

/**
 * The shopt builtin (bash's shopt.def): {@code shopt [-pqsu] [-o] [optname ...]}. -s sets and
 * -u unsets the named options (or, alone, lists those on or off), no -s/-u prints them
 * ({@code huponexit      \toff}, or {@code shopt -u huponexit} with -p) with status 1 if one
 * is off, -q only gives that status; -o acts on set -o's options instead, printed as set -o
 * and set +o print them. Messages and statuses are bash's.
 *
 * <p>Simplified: bash has some fifty shopt options; this shell has the ones it acts on:
 * expand_aliases (aliases are expanded, {@link Parser}), extglob, huponexit (an interactive login shell that exits hangs up its jobs, {@link JobBuiltins#exitCalls})
 * and patsub_replacement (on by default, as in bash 5.2: {@link ParamEdit#replace}).
 */
final class ShoptBuiltin {
    /** The shopt options, in the order shopt lists them (by name). */
    enum Option {
        /** Aliases are expanded (on when the shell starts interactive): {@link Parser#expandAliases}. */
        EXPAND_ALIASES("expand_aliases"),
        /**
         * Off by default, as in bash: when on, ?( *( +( @( !( groups ({@link ExtGlob}) are
         * read as part of a word (on when the line is read: {@link WordLexer#extglob}) and
         * matched by case, ${VAR#...} and pathname expansion; [[ == ]] reads and matches
         * them always.
         */
        EXTGLOB("extglob"),
        /** An interactive login shell sends SIGHUP to its jobs when it exits. */
        HUPONEXIT("huponexit"),
        /** On by default: an unquoted & in the STRING of ${VAR/PATTERN/STRING} is the text matched. */
        PATSUB_REPLACEMENT("patsub_replacement");

        final String longName;

        Option(String longName) {
            this.longName = longName;
        }

        static Option of(String name) {
            for (Option o : values()) {
                if (o.longName.equals(name)) {
                    return o;
                }
            }
            return null;
        }
    }

    private static final String USAGE = "shopt: usage: shopt [-pqsu] [-o] [optname ...]\n";

    private ShoptBuiltin() {
    }

    /** Runs shopt with argv (argv[0] is "shopt"); returns the status. */
    static int run(BuiltinFrame b, Shell sh, List<String> argv) {
        boolean set = false;
        boolean unset = false;
        boolean quiet = false;
        boolean setO = false;
        boolean print = false;
        BuiltinOptions opts = new BuiltinOptions(b, argv, "psuoq", USAGE);
        for (int c; (c = opts.next()) != BuiltinOptions.END; ) {
            switch (c) {
                case 's' -> set = true;
                case 'u' -> unset = true;
                case 'q' -> quiet = true;
                case 'o' -> setO = true;
                case 'p' -> print = true;
                default -> {
                    return BuiltinOptions.STATUS;
                }
            }
        }
        if (set && unset) {
            b.error("shopt: cannot set and unset shell options simultaneously\n");
            return 1;
        }
        List<String> names = opts.operands();
        if (setO) {
            return setO(b, sh, names, set || unset ? set : null, quiet, print);
        }
        int status = 0;
        if (names.isEmpty()) {
            for (Option o : Option.values()) {
                boolean on = sh.shopts.contains(o);
                if (!quiet && (!set && !unset || on == set)) {
                    b.say(b.out(), line(o.longName, on, print));
                }
            }
            return 0;
        }
        for (String name : names) {
            Option o = Option.of(name);
            if (o == null) {
                b.error("shopt: " + name + ": invalid shell option name\n");
                status = 1;
            } else if (set) {
                sh.shopts.add(o);
            } else if (unset) {
                sh.shopts.remove(o);
            } else {
                status = sh.shopts.contains(o) ? status : 1;
                if (!quiet) {
                    b.say(b.out(), line(name, sh.shopts.contains(o), print));
                }
            }
        }
        return status;
    }

    /** shopt -o: set -o's options; on is TRUE for -s, FALSE for -u, null to print them. */
    private static int setO(BuiltinFrame b, Shell sh, List<String> names, Boolean on, boolean quiet, boolean print) {
        if (names.isEmpty()) {
            for (ShellOption o : ShellOption.values()) {
                boolean value = sh.vars.on(o);
                if (!quiet && (on == null || value == on)) {
                    b.say(b.out(), lineO(o.longName, value, print));
                }
            }
            return 0;
        }
        int status = 0;
        for (String name : names) {
            ShellOption o = ShellOption.ofName(name);
            if (o == null) {
                b.error("shopt: " + name + ": invalid option name\n");
                status = 1;
            } else if (on != null) {
                SetBuiltin.set(sh, o, on);
            } else {
                status = sh.vars.on(o) ? status : 1;
                if (!quiet) {
                    b.say(b.out(), lineO(name, sh.vars.on(o), print));
                }
            }
        }
        return status;
    }

    /** "huponexit      \toff", or with -p "shopt -u huponexit". */
    private static String line(String name, boolean on, boolean print) {
        return print ? "shopt " + (on ? "-s " : "-u ") + name + "\n" : table(name, on);
    }

    /** "monitor        \toff", or with -p "set +o monitor". */
    private static String lineO(String name, boolean on, boolean print) {
        return print ? "set " + (on ? '-' : '+') + "o " + name + "\n" : table(name, on);
    }

    /** bash's OPTFMT: the name in 15 columns, a tab, on or off. */
    static String table(String name, boolean on) {
        return String.format(Locale.ROOT, "%-15s\t%s\n", name, on ? "on" : "off");
    }
}
