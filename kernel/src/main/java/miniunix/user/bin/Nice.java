package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Execvp;
import miniunix.user.lib.Proc;

/**
 * nice(1) of coreutils: {@code nice} prints the niceness it runs with; {@code nice [-n N | -N]
 * COMMAND [ARG]...} runs COMMAND with its niceness raised by N (default 10). Lowering it needs
 * root: without, nice warns "cannot set niceness: Permission denied" and runs COMMAND
 * anyway, as GNU's does. 125 for its own errors, 127/126 when COMMAND can't be found or run.
 */
public final class Nice extends Proc {
    private static final String USAGE = "Usage: nice [OPTION] [COMMAND [ARG]...]\n"
            + "Run COMMAND with an adjusted niceness, which affects process scheduling.\n"
            + "With no COMMAND, print the current niceness.  Niceness values range from\n"
            + "-20 (most favorable to the process) to 19 (least favorable to the process).\n\n"
            + "  -n, --adjustment=N   add integer N to the niceness (default 10)\n";
    private static final int NICE_BASE = 20;
    private static final int DEFAULT_ADJUSTMENT = 10;

    private enum Pc { START, GOT, SET, EXEC }

    private Pc pc = Pc.START;
    private long adjustment = DEFAULT_ADJUSTMENT;
    private List<String> command = List.of();
    private Execvp exec;

    public Nice(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START:
                return start();
            case GOT:
                if (command.isEmpty()) {
                    out.print(Long.toString(NICE_BASE - ret)).print('\n');
                    return exit(0);
                }
                pc = Pc.SET;
                long nice = Math.max(-20, Math.min(19, NICE_BASE - ret + adjustment));
                return new Syscall.Setpriority(Syscall.Getpriority.PRIO_PROCESS, 0, (int) nice);
            case SET:
                if (ret < 0) {
                    err.print(prog()).print(": cannot set niceness: ").print(Errno.strerror(ret)).print('\n');
                }
                pc = Pc.EXEC;
                exec = new Execvp(command, envp);
                return exec.next(0);
            default:
                Trap t = exec.next(ret);
                if (t != null) {
                    return t;
                }
                perror("'" + exec.name() + "'", exec.error());
                return exit(exec.status());
        }
    }

    private Trap start() {
        int i = 1;
        if (i < argv.size() && argv.get(i).equals("--help")) {
            out.print(USAGE);
            return exit(0);
        }
        if (i < argv.size()) {
            String a = argv.get(i);
            String n = null;
            if (a.equals("-n") || a.equals("--adjustment")) {
                if (i + 1 >= argv.size()) {
                    return fail(125, "option requires an argument -- 'n'\nTry 'nice --help' for more information.");
                }
                n = argv.get(i + 1);
                i += 2;
            } else if (a.startsWith("--adjustment=")) {
                n = a.substring(13);
                i++;
            } else if (a.startsWith("-n")) {
                n = a.substring(2);
                i++;
            } else if (a.matches("-[0-9]+")) {
                n = a.substring(1);
                i++;
            }
            if (n != null) {
                if (!n.matches("[-+]?[0-9]{1,9}")) {
                    return fail(125, "invalid adjustment '" + n + "'");
                }
                adjustment = Long.parseLong(n.startsWith("+") ? n.substring(1) : n);
                if (i >= argv.size()) {
                    return fail(125, "a command must be given with an adjustment\n"
                            + "Try 'nice --help' for more information.");
                }
            }
        }
        command = List.copyOf(argv.subList(i, argv.size()));
        pc = Pc.GOT;
        return new Syscall.Getpriority(Syscall.Getpriority.PRIO_PROCESS, 0);
    }
}
