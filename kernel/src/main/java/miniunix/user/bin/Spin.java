package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Compute;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Proc;

/**
 * spin TICKS: burns TICKS ticks of user CPU time (100 ticks = 1 s) and exits, a stand-in for
 * a CPU-bound program such as {@code for (;;) x++;} bounded by a count.
 */
public final class Spin extends Proc {
    private boolean spun;

    public Spin(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (spun) {
            return exit(0);
        }
        if (argv.size() != 2 || !argv.get(1).matches("[0-9]{1,12}")) {
            return fail(1, "usage: spin TICKS (a whole number of 10 ms ticks)");
        }
        spun = true;
        return new Compute(Long.parseLong(argv.get(1)));
    }
}
