package miniunix.lab;

import java.util.List;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Proc;

/**
 * A lab command as a /bin program: asks the kernel whether stdout is a terminal
 * (ioctl TIOCGPGRP, as isatty(3) does), runs the experiment on its own private machine, writes
 * the report and exits with its status.
 * <pre>
 *   tty = isatty(1); report = run(argv, tty); fputs(report, stdout); exit(status);
 * </pre>
 */
public final class LabProgram extends Proc {
    private final LabCommand command;
    private boolean asked;

    public LabProgram(LabCommand command, List<String> argv, List<String> envp) {
        super(argv, envp);
        this.command = command;
    }

    @Override
    protected Trap step(long ret) {
        if (!asked) {
            asked = true;
            return new Syscall.Ioctl(1, Syscall.Ioctl.TIOCGPGRP, 0);
        }
        LabCommand.Output o = command.run(argv.subList(1, argv.size()), ret >= 0);
        out.print(o.stdout());
        err.print(o.stderr());
        return exit(o.status());
    }
}
