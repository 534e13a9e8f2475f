package miniunix.app;

import java.util.ArrayList;
import java.util.List;

import miniunix.app.shell.Shell;
import miniunix.kernel.uapi.ProgramLoader;
import miniunix.lab.ForkTree;
import miniunix.lab.LabCommand;
import miniunix.lab.LabProgram;
import miniunix.lab.MallocLab;
import miniunix.lab.SchedLab;
import miniunix.lab.VmLab;
import miniunix.user.Binaries;
import miniunix.user.bin.SchedCtl;

/**
 * The whole root filesystem image miniunix boots: the userland's executables and seed files
 * ({@link Binaries}), /bin/sh, the shell, which lives in app because it is the shell
 * language, and the lab programs (miniunix.lab), which build machines of their own from the
 * kernel's classes. Image sizes of /bin/sh are bash's on Debian 12 (VSZ 8200 kB, RSS 5100 kB);
 * a lab program's are python3 running a small script's.
 */
public final class SystemImage implements ProgramLoader {
    private static final String SH = "/bin/sh";
    private static final String FORKTREE = "/bin/forktree";
    private static final String SCHED = "/bin/sched";
    private static final String VM = "/bin/vm";
    private static final String MALLOC = "/bin/malloc";
    /** A lab program's segments in kB (text, data, bss): a simulator is a mid-sized binary. */
    private static final long LAB_TEXT_KB = 240;
    private static final long LAB_DATA_KB = 16;
    private static final long LAB_BSS_KB = 8;
    /** sched set/show: a small C tool's segments in kB, as sysctl's. */
    private static final long SCHEDCTL_TEXT_KB = 20;
    private static final long SCHEDCTL_DATA_KB = 8;
    private static final long SCHEDCTL_BSS_KB = 4;

    private final Binaries binaries = new Binaries();

    @Override
    public List<String> paths() {
        List<String> paths = new ArrayList<>(binaries.paths());
        paths.add(SH);
        paths.add(FORKTREE);
        paths.add(SCHED);
        paths.add(VM);
        paths.add(MALLOC);
        return List.copyOf(paths);
    }

    @Override
    public int mode(String path) {
        return binaries.mode(path);
    }

    @Override
    public Image load(String path, List<String> argv, List<String> envp) {
        if (path.equals(SCHED) && argv.size() > 1
                && (argv.get(1).equals("set") || argv.get(1).equals("show"))) {
            // The live kernel's side of /bin/sched is the userland's.
            return new Image(new SchedCtl(argv, envp), SCHEDCTL_TEXT_KB, SCHEDCTL_DATA_KB,
                    SCHEDCTL_BSS_KB);
        }
        LabCommand lab = lab(path);
        if (lab != null) {
            return new Image(new LabProgram(lab, argv, envp), LAB_TEXT_KB, LAB_DATA_KB,
                    LAB_BSS_KB);
        }
        return path.equals(SH) ? new Image(new Shell(argv, envp), 900, 40, 36) : binaries.load(path, argv, envp);
    }

    /** The lab command at path, or null. */
    private static LabCommand lab(String path) {
        return switch (path) {
            case FORKTREE -> new ForkTree();
            case SCHED -> new SchedLab();
            case VM -> new VmLab();
            case MALLOC -> new MallocLab();
            default -> null;
        };
    }

    @Override
    public List<SeedFile> files() {
        return binaries.files();
    }
}
