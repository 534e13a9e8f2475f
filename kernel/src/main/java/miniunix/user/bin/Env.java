package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Proc;

/**
 * env(1) without a command: prints the environment it was given, one NAME=value a line.
 * <pre>
 *   for (char **e = environ; *e; e++) puts(*e);
 * </pre>
 */
public final class Env extends Proc {
    public Env(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (argv.size() > 1) {
            return fail(125, "running a command is not supported; use the shell's env");
        }
        for (String e : envp) {
            out.print(e).print('\n');
        }
        return exit(0);
    }
}
