package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.Proc;
import miniunix.kernel.uapi.Trap;

/** true(1): {@code int main(void) { return 0; }} */
public final class True extends Proc {
    public True(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        return exit(0);
    }
}
