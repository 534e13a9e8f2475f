package miniunix.app.shell;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The enable builtin (bash's enable.def): {@code enable [-a] [-dnps] [-f filename] [name ...]}.
 * With NAMEs it turns each builtin on, or off with -n ({@link Shell#disabledBuiltins}), so that
 * the name finds a function or a program in PATH instead; without, or with -p, it lists the
 * builtins as {@code enable NAME} lines, in {@link Builtins#ORDER}: the enabled ones, the
 * disabled ones with -n ({@code enable -n NAME}), all with -a, and with -s only the special
 * builtins. A NAME that is no builtin is bash's {@code enable: NAME: not a shell builtin},
 * status 1; a bad option prints the usage, status 2.
 *
 * <p>Simplified: there are no shared objects to load builtins from, so -f and -d say bash's
 * "dynamic loading not available" (a bash built without dlopen), status 2.
 */
final class EnableBuiltin {
    private static final String USAGE = "enable: usage: enable [-a] [-dnps] [-f filename] [name ...]\n";

    private EnableBuiltin() {
    }

    /** enable [-a] [-dnps] [-f filename] [name ...]; returns the status. */
    static int run(BuiltinFrame b, Shell sh, List<String> argv) {
        boolean all = false;
        boolean disable = false;
        boolean print = false;
        boolean special = false;
        BuiltinOptions opts = new BuiltinOptions(b, argv, "adnpsf:", USAGE);
        for (int c; (c = opts.next()) != BuiltinOptions.END; ) {
            switch (c) {
                case 'a' -> all = true;
                case 'n' -> disable = true;
                case 'p' -> print = true;
                case 's' -> special = true;
                case 'f', 'd' -> {
                    b.error("enable: dynamic loading not available\n");
                    return BuiltinOptions.STATUS;
                }
                default -> {
                    return BuiltinOptions.STATUS;
                }
            }
        }
        List<String> names = opts.operands();
        if (names.isEmpty() || print) {         // bash lists, whatever names follow -p
            StringBuilder out = new StringBuilder();
            for (String name : Builtins.ORDER) {
                boolean off = sh.disabledBuiltins.contains(name);
                if (special && !Builtins.SPECIAL.contains(name)) {
                    continue;
                }
                if (!off && (all || !disable)) {
                    out.append("enable ").append(name).append('\n');
                } else if (off && (all || disable)) {
                    out.append("enable -n ").append(name).append('\n');
                }
            }
            b.say(b.out(), out.toString());
            return 0;
        }
        Set<String> disabled = new HashSet<>(sh.disabledBuiltins);
        int status = 0;
        for (String name : names) {
            if (!Builtins.isBuiltin(name)) {
                b.error("enable: " + name + ": not a shell builtin\n");
                status = 1;
            } else if (disable) {
                disabled.add(name);
            } else {
                disabled.remove(name);
            }
        }
        sh.disabledBuiltins = Set.copyOf(disabled);
        return status;
    }
}
