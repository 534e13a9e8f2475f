package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Libc;

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
    /** The PATH entries still to try. */
    private List<String> dirs = List.of();
    /** The first error other than ENOENT (execvp reports that one), or 0. */
    private long otherError;

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
        dirs = command.get(0).contains("/") ? List.of("") : List.of(path().split(":", -1));
        return tryNext(0);
    }

    private String path() {
        for (String v : env) {
            if (v.startsWith("PATH=")) {
                return v.substring(5);
            }
        }
        return "/usr/local/bin:/usr/bin:/bin";
    }

    /** execve in the next PATH directory; ret is the previous attempt's error. */
    private Trap tryNext(long ret) {
        if (ret < 0 && ret != Errno.ENOENT.ret() && otherError == 0) {
            otherError = ret;
        }
        if (dirs.isEmpty()) {
            perror("'" + command.get(0) + "'", otherError != 0 ? otherError : Errno.ENOENT.ret());
            return exit(otherError != 0 ? 126 : 127);
        }
        String dir = dirs.get(0);
        dirs = dirs.subList(1, dirs.size());
        String file = dir.isEmpty() ? command.get(0) : dir + "/" + command.get(0);
        return Libc.execve(file, command, env);
    }
}
