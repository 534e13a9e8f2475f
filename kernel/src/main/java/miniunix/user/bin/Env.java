package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Execvp;
import miniunix.user.lib.Proc;

/**
 * env(1): {@code env [-i] [NAME=VALUE]... [COMMAND [ARG]...]} prints the environment, changed by
 * the assignments (-i: starting empty), or runs COMMAND in it, searched in PATH like execvp(3):
 * 127 if it is not found, 126 if it can't be run.
 * <pre>
 *   while (*argv has '=') putenv(*argv++); if (*argv) execvp(*argv, argv); else print environ;
 * </pre>
 */
public final class Env extends Proc {
    private List<String> env = List.of();
    private List<String> command = List.of();
    /** execvp's search, with the new environment's PATH. */
    private Execvp exec;

    private static final String USAGE = "Usage: env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]\n"
            + "Set each NAME to VALUE in the environment and run COMMAND.\n\n"
            + "  -i, --ignore-environment  start with an empty environment\n\n"
            + "A mere - implies -i.  If no COMMAND, print the resulting environment.\n";

    public Env(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (!command.isEmpty()) {
            return tryNext(ret);
        }
        int i = 1;
        if (i < argv.size() && argv.get(i).equals("--help")) {
            out.print(USAGE);
            return exit(0);
        }
        boolean clear = i < argv.size() && (argv.get(i).equals("-i") || argv.get(i).equals("-")
                || argv.get(i).equals("--ignore-environment"));
        List<String> e = new ArrayList<>(clear ? List.of() : envp);
        for (i += clear ? 1 : 0; i < argv.size() && argv.get(i).indexOf('=') > 0; i++) {
            String name = argv.get(i).substring(0, argv.get(i).indexOf('=') + 1);
            e.removeIf(v -> v.startsWith(name));
            e.add(argv.get(i));
        }
        env = List.copyOf(e);
        if (i == argv.size()) {
            for (String v : env) {
                out.print(v).print('\n');
            }
            return exit(0);
        }
        command = List.copyOf(argv.subList(i, argv.size()));
        exec = new Execvp(command, env);
        return tryNext(0);
    }

    /** execve in the next PATH directory; ret is the previous attempt's error. */
    private Trap tryNext(long ret) {
        Trap t = exec.next(ret);
        if (t == null) {
            perror("'" + exec.name() + "'", exec.error());
            return exit(exec.status());
        }
        return t;
    }
}
