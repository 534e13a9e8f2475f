package miniunix.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.ProgramLoader;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;

/** A root filesystem for kernel tests: a reaping init and whatever programs a test adds. */
public final class TestImage implements ProgramLoader {
    private final Map<String, Supplier<Program>> programs = new LinkedHashMap<>();
    private final List<SeedFile> files = new ArrayList<>();

    public TestImage() {
        programs.put("/sbin/init", null);
    }

    public TestImage with(String path, Supplier<Program> program) {
        programs.put(path, program);
        return this;
    }

    public TestImage file(String path, String content) {
        files.add(new SeedFile(path, 0, 0644, content));
        return this;
    }

    @Override
    public List<String> paths() {
        return List.copyOf(programs.keySet());
    }

    @Override
    public Image load(String path, List<String> argv, List<String> envp) {
        if (path.equals("/sbin/init")) {
            String start = envp.isEmpty() ? "START=" : envp.get(0);
            return new Image(new Init(start.substring(6)), 24, 8, 4);
        }
        Supplier<Program> s = programs.get(path);
        return s == null ? null : new Image(s.get(), 20, 8, 4);
    }

    @Override
    public List<SeedFile> files() {
        return files;
    }

    /** init: forks and execs each program to start, then reaps forever (naps when childless). */
    static final class Init extends Step {
        private final String[] start;

        Init(String start) {
            this.start = start.isEmpty() ? new String[0] : start.split(",");
        }

        @Override
        protected Trap step(long ret) {
            if (pc == 0 && r[0] < start.length) {
                pc = 1;
                return new Syscall.Fork();
            }
            if (pc == 1) {
                if (ret == 0) {
                    String path = start[(int) r[0]];
                    return Libc.execve(path, List.of(path), List.of());
                }
                r[0]++;
                pc = 0;
                return step(0);
            }
            if (pc == 2 && ret == -10) {
                pc = 3;
                return new Syscall.Nanosleep(1_000_000_000L);
            }
            pc = 2;
            return Libc.wait4(-1, null, 0);
        }
    }
}
