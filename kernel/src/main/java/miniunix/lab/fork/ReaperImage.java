package miniunix.lab.fork;

import java.util.List;
import miniunix.kernel.uapi.ProgramLoader;

/** The root filesystem of a forktree machine: /sbin/init, which runs {@link Reaper}. */
final class ReaperImage implements ProgramLoader {
    private static final String INIT = "/sbin/init";
    /** sysvinit's image size on Debian 12, as the live machine's init. */
    /** init's segments in kB: text, data, bss. */
    private static final long TEXT_KB = 24;
    private static final long DATA_KB = 8;
    private static final long BSS_KB = 4;

    @Override
    public List<String> paths() {
        return List.of(INIT);
    }

    @Override
    public Image load(String path, List<String> argv, List<String> envp) {
        return path.equals(INIT) ? new Image(new Reaper(), TEXT_KB, DATA_KB, BSS_KB) : null;
    }

    @Override
    public List<SeedFile> files() {
        return List.of();
    }
}
