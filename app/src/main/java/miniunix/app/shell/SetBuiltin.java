package miniunix.app.shell;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import miniunix.user.lib.Quote;

/**
 * The set builtin (bash's set.def): {@code set -e -f -u -x} and {@code +e ...} (letters may be
 * combined, {@code set -eu}), {@code -o NAME} / {@code +o NAME} for every {@link ShellOption}
 * (pipefail has no letter), {@code -o} / {@code +o} alone to list them (as a table, or as the
 * commands that would restore them), {@code set -- ARGS} and {@code set ARGS} to replace the
 * positional parameters ({@code set --} empties them, {@code set -} turns off -x and ends the
 * options), and {@code set} alone to list every variable, then every function, as bash does.
 *
 * <p>Turning -m on in a script asks whether the shell's process group has the terminal of
 * fd 2 ({@link MonitorFrame}), as bash's set_job_control decides whether it runs in the
 * background: only then does it hand the terminal to its foreground jobs.
 *
 * <p>Simplified: only the options in {@link ShellOption}; bash's others (-a, -b, -h, -v,
 * -C, ...) are "invalid option" here, and the usage line lists ours.
 */
final class SetBuiltin {
    private static final String USAGE = "set: usage: set [-efmuxBET] [-o option-name] [--] [-] [arg ...]\n";

    private SetBuiltin() {
    }

    /** Runs set with argv (argv[0] is "set"); returns the status. */
    static int run(BuiltinFrame b, Shell sh, List<String> argv) {
        if (argv.size() == 1) {
            b.say(b.out(), listing(sh));
            return 0;
        }
        for (int i = 1; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("--") || a.equals("-")) {
                if (a.equals("-")) {
                    sh.vars.set(ShellOption.XTRACE, false);
                }
                if (a.equals("--") || i + 1 < argv.size()) {
                    sh.vars.setPositional(argv.subList(i + 1, argv.size()));
                }
                return 0;
            }
            if (a.length() < 2 || a.charAt(0) != '-' && a.charAt(0) != '+') {
                sh.vars.setPositional(argv.subList(i, argv.size()));
                return 0;
            }
            boolean on = a.charAt(0) == '-';
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                if (c == 'o') {
                    String name = i + 1 < argv.size() ? argv.get(++i) : null;
                    if (name == null) {
                        b.say(b.out(), on ? table(sh) : commands(sh));
                    } else if (ShellOption.ofName(name) == null) {
                        b.error("set: " + name + ": invalid option name\n");
                        return 2;
                    } else {
                        set(sh, ShellOption.ofName(name), on);
                    }
                } else if (ShellOption.ofLetter(c) == null) {
                    b.error("set: " + a.charAt(0) + c + ": invalid option\n" + USAGE);
                    return 2;
                } else {
                    set(sh, ShellOption.ofLetter(c), on);
                }
            }
        }
        return 0;
    }

    /** Sets option o; -m and +m also turn job control on and off (bash's set_job_control). */
    static void set(Shell sh, ShellOption o, boolean on) {
        if (o == ShellOption.MONITOR) {
            if (on && !sh.jobControl && !sh.interactive) {
                sh.push(new MonitorFrame());
            }
            sh.jobControl = on;
        }
        sh.vars.set(o, on);
    }

    /** set -o: "errexit        \toff", a line per option. */
    private static String table(Shell sh) {
        StringBuilder sb = new StringBuilder();
        for (ShellOption o : ShellOption.values()) {
            sb.append(String.format(Locale.ROOT, "%-15s\t%s\n", o.longName, sh.vars.on(o) ? "on" : "off"));
        }
        return sb.toString();
    }

    /** set +o: the set commands that would restore the options. */
    private static String commands(Shell sh) {
        StringBuilder sb = new StringBuilder();
        for (ShellOption o : ShellOption.values()) {
            sb.append("set ").append(sh.vars.on(o) ? '-' : '+').append("o ").append(o.longName).append('\n');
        }
        return sb.toString();
    }

    /** set: NAME=value for every variable, sorted, quoted as bash quotes them; then the functions. */
    private static String listing(Shell sh) {
        StringBuilder sb = new StringBuilder(variables(sh));
        for (Map.Entry<String, Node.FunctionDef> f : sh.functions.entrySet()) {
            sb.append(Printer.function(f.getKey(), f.getValue())).append('\n');
        }
        return sb.toString();
    }

    /** NAME=value for every variable, sorted, quoted as bash's set quotes them (set, declare). */
    static String variables(Shell sh) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : sh.vars.all().entrySet()) {
            String v = e.getValue();
            ShellArray a = v == null ? sh.vars.array(e.getKey()) : null;
            sb.append(e.getKey()).append('=').append(a != null ? a.text() : quote(v)).append('\n');
        }
        return sb.toString();
    }

    /**
     * A value as bash's set prints it: as it is if nothing in it is special to the shell,
     * else in single quotes, or as $'...' when it holds control characters.
     */
    static String quote(String v) {
        if (v.isEmpty()) {
            return v;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < ' ' || c == 0x7f) {
                return Quote.ansiC(v);
            }
        }
        return SimpleFrame.quote(v);
    }
}
