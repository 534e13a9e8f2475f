package miniunix.app.shell;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The alias and unalias builtins (bash's alias.def) over the shell's table of aliases
 * ({@link Shell#aliases}), which the parser reads when it expands them ({@link Parser}).
 * {@code alias NAME=VALUE} defines, {@code alias NAME} prints one as
 * {@code alias NAME='VALUE'} (quoted so the shell can read it back), {@code alias} and
 * {@code alias -p} print them all, sorted by name; {@code unalias NAME} removes one and
 * {@code unalias -a} all. Messages and statuses are bash's: {@code alias: x: not found},
 * {@code alias: `a b': invalid alias name} (status 1), a bad option or a bare unalias its
 * usage (status 2).
 */
final class AliasBuiltin {
    private static final String ALIAS_USAGE = "alias: usage: alias [-p] [name[=value] ... ]\n";
    private static final String UNALIAS_USAGE = "unalias: usage: unalias [-a] name [name ...]\n";
    /** What an alias name may not hold (bash's legal_alias_name): blanks, operators, quotes, $ and /. */
    private static final String NOT_IN_NAME = " \t\n()<>;&|\"'\\`$/";

    private AliasBuiltin() {
    }

    /** alias [-p] [NAME[=VALUE] ...]; returns the status. */
    static int alias(BuiltinFrame b, Shell sh, List<String> argv) {
        boolean print = false;
        BuiltinOptions opts = new BuiltinOptions(b, argv, "p", ALIAS_USAGE);
        for (int c; (c = opts.next()) != BuiltinOptions.END; ) {
            if (c != 'p') {
                return BuiltinOptions.STATUS;
            }
            print = true;
        }
        List<String> args = opts.operands();
        if (args.isEmpty() || print) {
            for (Map.Entry<String, String> e : sh.aliases.entrySet()) {
                b.say(b.out(), line(e.getKey(), e.getValue()));
            }
        }
        int status = 0;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                String name = arg.substring(0, eq);
                if (!isName(name)) {
                    b.error("alias: `" + name + "': invalid alias name\n");
                    status = 1;
                } else {
                    TreeMap<String, String> m = new TreeMap<>(sh.aliases);
                    m.put(name, arg.substring(eq + 1));
                    sh.aliases = m;
                }
            } else if (sh.aliases.containsKey(arg)) {
                b.say(b.out(), line(arg, sh.aliases.get(arg)));
            } else {
                b.error("alias: " + arg + ": not found\n");
                status = 1;
            }
        }
        return status;
    }

    /** unalias [-a] NAME...; returns the status. */
    static int unalias(BuiltinFrame b, Shell sh, List<String> argv) {
        BuiltinOptions opts = new BuiltinOptions(b, argv, "a", UNALIAS_USAGE);
        boolean all = false;
        for (int c; (c = opts.next()) != BuiltinOptions.END; ) {
            if (c != 'a') {
                return BuiltinOptions.STATUS;
            }
            all = true;
        }
        if (all) {
            sh.aliases = new TreeMap<>();
            return 0;
        }
        if (opts.operands().isEmpty()) {
            b.say(b.err(), UNALIAS_USAGE);      // bash's builtin_usage: no "NAME: line N: " before it
            return BuiltinOptions.STATUS;
        }
        int status = 0;
        TreeMap<String, String> m = new TreeMap<>(sh.aliases);
        for (String name : opts.operands()) {
            if (m.remove(name) == null) {
                b.error("unalias: " + name + ": not found\n");
                status = 1;
            }
        }
        sh.aliases = m;
        return status;
    }

    /** "alias NAME='VALUE'", with "-- " before a NAME that starts with '-', as bash's print_alias. */
    private static String line(String name, String value) {
        return "alias " + (name.startsWith("-") ? "-- " : "") + name + "=" + quote(value) + "\n";
    }

    /** VALUE in single quotes, each ' in it written '\'' (bash's sh_single_quote). */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    private static boolean isName(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (NOT_IN_NAME.indexOf(name.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
