package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Dialect;
import miniunix.user.lib.EchoArgs;
import miniunix.user.lib.Proc;

/**
 * echo(1) of coreutils: prints its arguments separated by spaces, with -n, -e and -E as
 * {@link EchoArgs} reads them (the shell's echo builtin shares it, in bash's dialect).
 * <pre>
 *   for (i = 1; i &lt; argc; i++) { fputs(argv[i], stdout); if (i + 1 &lt; argc) putchar(' '); }
 * </pre>
 */
public final class Echo extends Proc {
    public Echo(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        byte[] b = EchoArgs.render(argv, Dialect.COREUTILS);
        out.write(b, 0, b.length);
        return exit(0);
    }
}
