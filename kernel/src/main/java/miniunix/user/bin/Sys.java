package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.SyscallText;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Proc;

/**
 * sys: {@code sys [--as PID] NAME [ARG]...} makes one raw syscall in the context of the
 * shell (its parent) or of process PID, and prints it as strace does with its result:
 * {@code pipe([3, 4]) = 0}, {@code wait4(31, [{WIFEXITED(s) && WEXITSTATUS(s) == 7}], 0,
 * NULL) = 31}, {@code kill(1, SIGKILL) = -1 EPERM (Operation not permitted)}. A student
 * builds each state of a process's life by hand (fork, exit, wait4, kill...) and reads
 * the errno of each mistake. Exit status 0 if the call succeeded, 1 if it failed (or could
 * not be injected), 2 for a bad command line (nothing is called then).
 * <pre>
 *   long r; if (miniunix_inject(pid, &amp;call, &amp;r) &lt; 0) err(1, "--as %d", pid);
 *   print_call(&amp;call, r); exit(r &lt; 0);
 * </pre>
 * The call runs as the target's own (kernel.trace.Injector): {@code sys pipe} gives the shell
 * two new fds, {@code sys fork} gives it a child (one that pauses, as the fork builtin's),
 * {@code sys exit 0} ends the shell. Arguments: see {@link SysArgs}.
 */
public final class Sys extends Proc {
    private static final String USAGE = "Usage: sys [--as PID] NAME [ARG]...\n"
            + "Make one system call NAME in the context of the shell, or of process PID,\n"
            + "and print it as strace(1) does, with its result.\n";
    private static final int RESULT_COLUMN = 39;

    private enum Step { START, GETPPID, INJECTED, EXIT }

    private Step step = Step.START;
    private int target;
    private Syscall call;
    private long[] result = new long[1];

    public Sys(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected void deepen() {
        result = result.clone();
    }

    @Override
    protected Trap step(long ret) {
        switch (step) {
            case START: return start();
            case GETPPID:
                target = (int) ret;
                return inject();
            case INJECTED: return injected(ret);
            default: return exit(0);
        }
    }

    private Trap start() {
        int i = 1;
        if (i < argv.size() && (argv.get(i).equals("--help") || argv.get(i).equals("-h"))) {
            out.print(USAGE);
            return exit(0);
        }
        if (i < argv.size() && argv.get(i).equals("--as")) {
            if (i + 1 == argv.size() || !argv.get(i + 1).matches("[0-9]{1,9}")) {
                return fail(2, "--as: a process id is required");
            }
            target = Integer.parseInt(argv.get(i + 1));
            i += 2;
        }
        if (i == argv.size()) {
            err.print(USAGE);
            return exit(2);
        }
        try {
            call = SysArgs.build(argv.get(i), argv.subList(i + 1, argv.size()));
        } catch (SysArgs.BadArgs e) {
            return fail(2, e.getMessage());
        }
        if (target == 0) {
            step = Step.GETPPID;
            return new Syscall.Getppid();
        }
        return inject();
    }

    private Trap inject() {
        step = Step.INJECTED;
        return new Syscall.Inject(target, call, result);
    }

    private Trap injected(long ret) {
        step = Step.EXIT;
        if (ret < 0) {
            return fail(1, "--as " + target + ": " + Errno.strerror(ret));
        }
        long r = result[0];
        StringBuilder line = new StringBuilder(SyscallText.call(call, r));
        line.append(" ".repeat(Math.max(0, RESULT_COLUMN - line.length())));
        line.append(" = ").append(SyscallText.result(call, r, false)).append('\n');
        out.print(line.toString());
        return exit(r < 0 ? 1 : 0);
    }
}
