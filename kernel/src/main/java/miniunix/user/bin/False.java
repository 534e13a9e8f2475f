package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.Proc;
import miniunix.kernel.uapi.Trap;

/** false(1): {@code int main(void) { return 1; }} */
public final class False extends Proc {
    public False(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        return exit(1);
    }
}
