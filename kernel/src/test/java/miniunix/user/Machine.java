package miniunix.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.uapi.ProgramLoader;

/**
 * The real kernel booted over {@link Binaries}, with the console entry of /etc/inittab
 * replaced by a test pipeline run by {@link MiniSh} on tty1, after the daemons (or, with a
 * null pipeline, the real login running MiniSh as the user's shell).
 */
final class Machine implements ProgramLoader {
    private final Binaries bin = new Binaries();
    private final String console;
    private final List<SeedFile> extra = new ArrayList<>();

    private Machine(String console) {
        this.console = console;
    }

    /** Boots, runs until the console pipeline has ended, and returns what tty1 showed. */
    static String run(String pipeline, SeedFile... files) {
        Machine m = new Machine(pipeline);
        m.extra.addAll(List.of(files));
        Kernel k = Kernel.boot(BootOptions.defaults(), m);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 100 && k.sessionAlive(); i++) {
            k.runUntilInputWanted(100_000);
            out.append(new String(k.takeOutput(), StandardCharsets.UTF_8));
            if (k.inputWanted()) {
                k.typeEof();
            }
        }
        out.append(new String(k.takeOutput(), StandardCharsets.UTF_8));
        return out.toString();
    }

    @Override
    public List<String> paths() {
        List<String> p = new ArrayList<>(bin.paths());
        p.add("/bin/sh");
        return p;
    }

    @Override
    public Image load(String path, List<String> argv, List<String> envp) {
        if (path.equals("/bin/sh")) {
            return new Image(new MiniSh(argv, envp), 900, 40, 36);
        }
        return bin.load(path, argv, envp);
    }

    @Override
    public List<SeedFile> files() {
        List<SeedFile> files = new ArrayList<>();
        for (SeedFile f : bin.files()) {
            files.add(f.path().equals("/etc/inittab") && console != null ? new SeedFile(f.path(), 0, 0644,
                    f.content().replace("/bin/login -f user", "/bin/sh " + console)) : f);
        }
        files.addAll(extra);
        return files;
    }
}
