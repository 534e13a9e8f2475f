package miniunix.app.shell;

import java.nio.charset.StandardCharsets;
import java.util.List;

import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.ProgramLoader;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.UserMemory;
import miniunix.user.lib.Libc;
import miniunix.user.bin.Seq;
import miniunix.user.bin.Test;

/**
 * A root filesystem for shell tests that needs little userland: an init that makes the shell
 * the console's session leader, a few tiny programs (echo, cat, true, false, sleep, kill), and
 * the real test, [ and seq, which loops need.
 */
final class TestImage implements ProgramLoader {
    private static final List<String> PATHS = List.of("/sbin/init", "/bin/sh", "/bin/echo", "/bin/cat",
            "/bin/true", "/bin/false", "/bin/sleep", "/bin/kill", "/bin/env", "/bin/test", "/bin/[",
            "/bin/seq");

    @Override
    public List<String> paths() {
        return PATHS;
    }

    @Override
    public Image load(String path, List<String> argv, List<String> envp) {
        Program p = switch (path) {
            case "/sbin/init" -> new Init(envp);
            case "/bin/sh" -> new Shell(argv, envp);
            case "/bin/echo" -> new Tiny(Tiny.ECHO, argv);
            case "/bin/cat" -> new Tiny(Tiny.CAT, argv);
            case "/bin/true" -> new Tiny(Tiny.EXIT, List.of("true", "0"));
            case "/bin/false" -> new Tiny(Tiny.EXIT, List.of("false", "1"));
            case "/bin/sleep" -> new Tiny(Tiny.SLEEP, argv);
            case "/bin/kill" -> new Tiny(Tiny.KILL, argv);
            case "/bin/env" -> new Tiny(Tiny.ECHO, List.of("env", String.join("\n", envp)));
            case "/bin/test", "/bin/[" -> new Test(argv, envp);
            case "/bin/seq" -> new Seq(argv, envp);
            default -> null;
        };
        return p == null ? null : new Image(p, 20, 8, 4);
    }

    @Override
    public List<SeedFile> files() {
        return List.of(new SeedFile("/home/user/", 1000, 0755, ""),
                new SeedFile("/etc/passwd", 0, 0644, "root:x:0:0:root:/root:/bin/sh\n"
                        + "user:x:1000:1000:user,,,:/home/user:/bin/sh\n"),
                new SeedFile("/etc/hostname", 0, 0644, "miniunix\n"));
    }

    /**
     * init: names the machine "miniunix" (sethostname, as the real init does from
     * /etc/hostname), forks; the child makes a session on tty1 and execs the shell; init reaps
     * forever.
     */
    static final class Init implements Program {
        private final List<String> env;
        private int pc;

        /** The library's buffers: paths and execve's arguments pass through memory. */
        private Libc.Io io = new Libc.Io();

        Init(List<String> env) {
            this.env = env;
        }

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
            switch (pc++) {
                case 0: return Libc.sethostname("miniunix".getBytes(StandardCharsets.UTF_8));
                case 1: return new Syscall.Fork();
                case 2:
                    if (ret != 0) {
                        pc = 10;
                        return Libc.wait4(-1, null, 0);
                    }
                    return new Syscall.Setsid();
                case 3: case 4: case 5: return Libc.open("/dev/tty1", Fcntl.O_RDWR, 0);
                case 6: return new Syscall.Setuid(1000);
                case 7: return Libc.chdir("/home/user");
                case 8: return Libc.execve("/bin/sh", List.of("-sh"), env);
                default:
                    pc = 10;
                    return ret == -10 ? new Syscall.Nanosleep(1_000_000_000L) : Libc.wait4(-1, null, 0);
            }
        }

        @Override
        public Program copy() {
            Init i = new Init(env);
            i.pc = pc;
            i.io = io.copy();
            return i;
        }
    }

    /** echo, cat, exit N, sleep N, kill [-N] PID: each a few traps long. */
    static final class Tiny implements Program {
        static final int ECHO = 0, CAT = 1, EXIT = 2, SLEEP = 3, KILL = 4;
        private final int kind;
        private final List<String> argv;
        private final byte[] buf = new byte[4096];
        private int pc;
        private int arg = 1;
        private int fd;
        private int written;

        Tiny(int kind, List<String> argv) {
            this.kind = kind;
            this.argv = List.copyOf(argv);
        }

        /** The I/O buffers read and write pass, and the trap whose result comes next. */
        private Libc.Io io = new Libc.Io();
        private Trap last;

        @Override
        public Trap resume(long ret) {
            throw new IllegalStateException("resumed without its memory");
        }

        @Override
        public Trap resume(long ret, UserMemory mem) {
            Libc.enter(mem, io);
            try {
                io.complete(mem, last, ret);
                last = run(ret);
                return last;
            } finally {
                Libc.leave();
            }
        }

        private Trap run(long ret) {
            return switch (kind) {
                case ECHO -> echo(ret);
                case CAT -> cat(ret);
                case EXIT -> new Syscall.Exit(Integer.parseInt(argv.get(1)));
                case SLEEP -> pc++ == 0 ? new Syscall.Nanosleep(Long.parseLong(argv.get(1)) * 1_000_000_000L)
                        : new Syscall.Exit(0);
                default -> kill(ret);
            };
        }

        /** echo's line, in as many writes as it takes (each moves at most Libc.BUFSIZE). */
        private Trap echo(long ret) {
            byte[] b = (String.join(" ", argv.subList(1, argv.size())) + "\n").getBytes(StandardCharsets.UTF_8);
            written += pc++ == 0 ? 0 : (int) Math.max(0, ret);
            return ret < 0 || written >= b.length ? new Syscall.Exit(0) : Libc.write(1, b, written, b.length - written);
        }

        private static Trap write(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            return Libc.write(1, b, 0, b.length);
        }

        private Trap cat(long ret) {
            switch (pc) {
                case 0:
                    if (arg >= argv.size()) {
                        fd = 0;
                        pc = 2;
                        return Libc.read(fd, buf, 0, buf.length);
                    }
                    pc = 1;
                    return Libc.open(argv.get(arg++), Fcntl.O_RDONLY, 0);
                case 1:
                    if (ret < 0) {
                        return new Syscall.Exit(1);
                    }
                    fd = (int) ret;
                    pc = 2;
                    return Libc.read(fd, buf, 0, buf.length);
                case 2:
                    if (ret <= 0) {
                        pc = arg < argv.size() ? 0 : 9;
                        return pc == 0 ? new Syscall.Close(fd) : new Syscall.Exit(0);
                    }
                    pc = 3;
                    return Libc.write(1, buf.clone(), 0, (int) ret);
                default:
                    pc = 2;
                    return Libc.read(fd, buf, 0, buf.length);
            }
        }

        private Trap kill(long ret) {
            if (pc++ > 0) {
                return new Syscall.Exit(ret < 0 ? 1 : 0);
            }
            int sig = argv.size() > 2 ? Integer.parseInt(argv.get(1).substring(1)) : 15;
            return new Syscall.Kill(Integer.parseInt(argv.get(argv.size() - 1)), sig);
        }

        @Override
        public Program copy() {
            Tiny t = new Tiny(kind, argv);
            t.pc = pc;
            t.arg = arg;
            t.fd = fd;
            t.written = written;
            System.arraycopy(buf, 0, t.buf, 0, buf.length);
            t.io = io.copy();
            t.last = last;
            return t;
        }
    }
}
