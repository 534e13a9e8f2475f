package miniunix.lab.fork;

import java.util.List;
import miniunix.kernel.uapi.ProgramLoader;

/** The root filesystem of a forktree machine: /sbin/init, which runs {@link Reaper}. */
final class ReaperImage implements ProgramLoader {
    private static final String INIT = "/sbin/init";
    /** sysvinit's image size on Debian 12, as the live machine's init. */
    private static final long VSZ_KB = 2344;
    private static final long RSS_KB = 1112;

    @Override
    public List<String> paths() {
        return List.of(INIT);
    }

    @Override
    public Image load(String path, List<String> argv, List<String> envp) {
        return path.equals(INIT) ? new Image(new Reaper(), VSZ_KB, RSS_KB) : null;
    }

    @Override
    public List<SeedFile> files() {
        return List.of();
    }
}
