package miniunix.bench;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Le;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.ProgramLoader;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.UserMemory;
import miniunix.user.lib.Libc;

/**
 * The benchmarks' root filesystem: the real system image plus a few workload programs, and an
 * init that starts the one named in its environment (BENCH=/bin/name args...).
 */
public final class BenchImage implements ProgramLoader {
    private final ProgramLoader base;

    public BenchImage(ProgramLoader base) {
        this.base = base;
    }

    @Override
    public List<String> paths() {
        List<String> p = new ArrayList<>(base.paths());
        p.add("/bin/cycler");
        p.add("/bin/forkmany");
        p.add("/bin/psloop");
        p.add("/bin/toploop");
        p.add("/bin/pipeline");
        p.add("/bin/sigloop");
        p.add("/bin/syscallloop");
        return p;
    }

    @Override
    public Image load(String path, List<String> argv, List<String> envp) {
        return switch (path) {
            case "/sbin/init" -> new Image(new BenchInit(envp.get(0).substring(6)), 24, 8, 4);
            case "/bin/cycler" -> new Image(new Cycler(), 20, 8, 4);
            case "/bin/forkmany" -> new Image(new ForkMany(Integer.parseInt(argv.get(1))), 20, 8, 4);
            case "/bin/psloop" -> new Image(new PsLoop(), 20, 8, 4);
            case "/bin/toploop" -> new Image(new PsLoop("/usr/bin/top",
                    List.of("top", "-b", "-n", "1")), 20, 8, 4);
            case "/bin/pipeline" -> new Image(new Pipeline(Integer.parseInt(argv.get(1))), 20, 8, 4);
            case "/bin/sigloop" -> new Image(new SelfSignaller(true), 20, 8, 4);
            case "/bin/syscallloop" -> new Image(new SelfSignaller(false), 20, 8, 4);
            default -> base.load(path, argv, envp);
        };
    }

    /** A shell pipeline of 10,000 write(2)s: the pwd builtin writes one line per call. */
    static final String WRITES_SCRIPT = "/tmp/writes.sh";

    @Override
    public List<SeedFile> files() {
        List<SeedFile> f = new ArrayList<>(base.files());
        f.add(new SeedFile(WRITES_SCRIPT, 0, 0644,
                "i=0; while (( i < 10000 )); do pwd; (( i++ )); done | cat > /dev/null\n"));
        return f;
    }

    /** init: execs each program of BENCH (';'-separated command lines), then reaps forever. */
    static final class BenchInit implements Program {
        private final String[] cmds;
        private int next;
        private int pc;

        BenchInit(String cmds) {
            this.cmds = cmds.split(";");
        }

        /** The C library's buffers: execve's and open's strings pass through memory. */
        private Libc.Io io = new Libc.Io();

        @Override
        public Trap resume(long ret, UserMemory mem) {
            Libc.enter(mem, io);
            try {
                return resume(ret);
            } finally {
                Libc.leave();
            }
        }

        @Override
        public Trap resume(long ret) {
            if (pc == 1) {
                if (ret == 0) {
                    List<String> argv = List.of(cmds[next].split(" "));
                    return Libc.execve(argv.get(0), argv, List.of());
                }
                next++;
            }
            if (next < cmds.length) {
                pc = 1;
                return new Syscall.Fork();
            }
            pc = 2;
            return ret == -10 ? new Syscall.Nanosleep(1_000_000_000L) : new Syscall.Wait4(-1, 0, 0);
        }

        @Override
        public Program copy() {
            BenchInit b = new BenchInit(String.join(";", cmds));
            b.next = next;
            b.pc = pc;
            b.io = io.copy();
            return b;
        }
    }

    /**
     * Forever, counting rounds: with signals, kill(getpid(), SIGUSR1) to itself, the kernel
     * delivering it on the way back to user mode into a handler that returns at once
     * (rt_sigreturn): two syscalls and one delivery a round. Without, getpid twice a round:
     * the same two syscalls' worth of traps, no signal (the benchmark's reference).
     * <pre>
     *   sigaction(SIGUSR1, handler); pid = getpid();
     *   for (;;) { kill(pid, SIGUSR1); rounds++; }     handler: return (rt_sigreturn)
     * </pre>
     */
    public static final class SelfSignaller implements Program {
        private static final int SIGUSR1 = miniunix.kernel.uapi.Signal.SIGUSR1.number;
        /** The handler's number, as a program registers it with rt_sigaction. */
        private static final long HANDLER = 100;
        private static final Syscall GETPID = new Syscall.Getpid();
        private static final Syscall SIGRETURN = new Syscall.RtSigreturn();
        private final boolean signals;
        public long rounds;
        public long handled;
        private Syscall kill;
        private int pc;

        SelfSignaller(boolean signals) {
            this.signals = signals;
        }

        @Override
        public Trap resume(long ret) {
            switch (pc) {
                case 0:
                    pc = 1;
                    return signals ? new Syscall.RtSigaction(SIGUSR1, HANDLER, 0, 0, 0) : GETPID;
                case 1:
                    pc = 2;
                    return GETPID;
                case 2:
                    pc = signals ? 4 : 3;
                    kill = signals ? new Syscall.Kill((int) ret, SIGUSR1) : GETPID;
                    return kill;
                case 3:                 // the reference's first getpid of a round
                    pc = 4;
                    return GETPID;
                default:
                    rounds++;
                    pc = signals ? 4 : 3;
                    return kill;
            }
        }

        @Override
        public Trap handleSignal(long handler, miniunix.kernel.uapi.SigInfo info) {
            handled++;
            return SIGRETURN;
        }

        @Override
        public Program copy() {
            SelfSignaller c = new SelfSignaller(signals);
            c.rounds = rounds;
            c.handled = handled;
            c.kill = kill;
            c.pc = pc;
            return c;
        }
    }

    /** Forever: fork; the child exits at once; the parent waits for it. Counts cycles. */
    public static final class Cycler implements Program {
        public long cycles;
        private int pc;

        @Override
        public Trap resume(long ret) {
            switch (pc) {
                case 0:
                    pc = 1;
                    return new Syscall.Fork();
                case 1:
                    if (ret == 0) {
                        return new Syscall.Exit(0);
                    }
                    pc = 2;
                    return new Syscall.Wait4(-1, 0, 0);
                default:
                    cycles++;
                    pc = 1;
                    return new Syscall.Fork();
            }
        }

        @Override
        public Program copy() {
            Cycler c = new Cycler();
            c.cycles = cycles;
            c.pc = pc;
            return c;
        }
    }

    /** Forks n children that pause forever, then pauses: a machine full of idle processes. */
    public static final class ForkMany implements Program {
        private final int n;
        public int made;
        private boolean child;

        ForkMany(int n) {
            this.n = n;
        }

        @Override
        public Trap resume(long ret) {
            if (child || ret == 0 && made > 0) {
                child = true;
                return new Syscall.Pause();
            }
            if (made++ < n) {
                return new Syscall.Fork();
            }
            return new Syscall.Pause();
        }

        @Override
        public Program copy() {
            ForkMany f = new ForkMany(n);
            f.made = made;
            f.child = child;
            return f;
        }
    }

    /**
     * After a second (so the other workloads are in place): forever run `ps aux > /dev/null`
     * (or another command: /bin/toploop runs `top -b -n 1`) and wait for it. Counts completed
     * runs.
     */
    public static final class PsLoop implements Program {
        public long runs;
        private int pc = -1;
        private final String path;
        private final List<String> argv;

        PsLoop() {
            this("/bin/ps", List.of("ps", "aux"));
        }

        PsLoop(String path, List<String> argv) {
            this.path = path;
            this.argv = argv;
        }

        /** The C library's buffers: execve's and open's strings pass through memory. */
        private Libc.Io io = new Libc.Io();

        @Override
        public Trap resume(long ret, UserMemory mem) {
            Libc.enter(mem, io);
            try {
                return resume(ret);
            } finally {
                Libc.leave();
            }
        }

        @Override
        public Trap resume(long ret) {
            switch (pc) {
                case -1:
                    pc = 0;
                    return new Syscall.Nanosleep(1_000_000_000L);
                case 0:
                    pc = 1;
                    return new Syscall.Fork();
                case 1:
                    if (ret == 0) {
                        pc = 10;
                        return Libc.open("/dev/null", 1, 0);
                    }
                    pc = 2;
                    return new Syscall.Wait4(-1, 0, 0);
                case 2:
                    runs++;
                    pc = 1;
                    return new Syscall.Fork();
                case 10:
                    pc = 11;
                    return new Syscall.Dup2((int) ret, 1);
                default:
                    return Libc.execve(path, argv, List.of());
            }
        }

        @Override
        public Program copy() {
            PsLoop p = new PsLoop(path, argv);
            p.runs = runs;
            p.pc = pc;
            p.io = io.copy();
            return p;
        }
    }

    /**
     * writer | reader: a pipe, a child that makes n write(2)s of 2 bytes into it, a child that
     * reads it to end of file, and the parent waiting for both; then it exits.
     * <pre>
     *   pipe(fd); if (!fork()) { for (i = 0; i &lt; n; i++) write(fd[1], "x\n", 2); _exit(0); }
     *   if (!fork()) { close(fd[1]); while (read(fd[0], buf, 4096) &gt; 0); _exit(0); }
     *   close(fd[0]); close(fd[1]); wait4(-1, 0, 0, 0); wait4(-1, 0, 0, 0); exit(0);
     * </pre>
     */
    public static final class Pipeline implements Program {
        private static final byte[] LINE = {'x', '\n'};
        private final int n;
        private int[] fds = new int[2];
        private int pc;
        private int written;
        /** The buffer read and write pass: a page of the stack below where execve left sp. */
        private long buf;

        Pipeline(int n) {
            this.n = n;
        }

        @Override
        public Trap resume(long ret) {
            throw new IllegalStateException("pipeline: resumed without its memory");
        }

        @Override
        public Trap resume(long ret, UserMemory mem) {
            switch (pc++) {
                case 0:
                    buf = (mem.sp() - 4096) & ~4095L;
                    mem.store(buf, LINE, 0, LINE.length);
                    return new Syscall.Pipe(buf + 64);
                case 1:
                    byte[] b = new byte[8];
                    mem.load(buf + 64, b, 0, 8);
                    fds[0] = Le.getInt(b, 0);
                    fds[1] = Le.getInt(b, 4);
                    return new Syscall.Fork();
                case 2:
                    if (ret == 0) {
                        pc = 10;
                        return new Syscall.Close(fds[0]);
                    }
                    return new Syscall.Fork();
                case 3:
                    if (ret == 0) {
                        pc = 20;
                        return new Syscall.Close(fds[1]);
                    }
                    return new Syscall.Close(fds[0]);
                case 4: return new Syscall.Close(fds[1]);
                case 5: return new Syscall.Wait4(-1, 0, 0);
                case 6: return new Syscall.Wait4(-1, 0, 0);
                case 7: return new Syscall.Exit(0);
                case 10:
                    pc = 10;
                    return written++ < n ? new Syscall.Write(fds[1], buf, LINE.length) : new Syscall.Exit(0);
                default:
                    pc = 20;
                    return ret > 0 || written++ == 0 ? new Syscall.Read(fds[0], buf, 4096)
                            : new Syscall.Exit(0);
            }
        }

        @Override
        public Program copy() {
            Pipeline p = new Pipeline(n);
            p.fds = fds.clone();
            p.buf = buf;
            p.pc = pc;
            p.written = written;
            return p;
        }
    }
}
