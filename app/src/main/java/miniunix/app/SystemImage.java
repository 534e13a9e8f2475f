package miniunix.app;

import java.util.ArrayList;
import java.util.List;

import miniunix.app.shell.Shell;
import miniunix.kernel.uapi.ProgramLoader;
import miniunix.user.Binaries;

/**
 * The whole root filesystem image miniunix boots: the userland's executables and seed files
 * ({@link Binaries}) plus /bin/sh, the shell, which lives in app because it is the shell
 * language. Image sizes of /bin/sh are bash's on Debian 12 (VSZ 8200 kB, RSS 5100 kB).
 */
public final class SystemImage implements ProgramLoader {
    private static final String SH = "/bin/sh";

    private final Binaries binaries = new Binaries();

    @Override
    public List<String> paths() {
        List<String> paths = new ArrayList<>(binaries.paths());
        paths.add(SH);
        return List.copyOf(paths);
    }

    @Override
    public Image load(String path, List<String> argv, List<String> envp) {
        return path.equals(SH) ? new Image(new Shell(argv, envp), 8200, 5100) : binaries.load(path, argv, envp);
    }

    @Override
    public List<SeedFile> files() {
        return binaries.files();
    }
}
