package miniunix.user.lib;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.UserMemory;

/**
 * The base of every /bin program: crt0 and stdio in one small class. A subclass writes
 * {@link #step}, a state machine that returns one trap per call and gets that trap's result as
 * the next call's argument. Output goes to {@link #out} and {@link #err}; Proc writes it with
 * write(2) in chunks, retrying partial writes, before any call that may block or end the
 * process (read of fd 0, wait4, nanosleep, poll, pause, fork, execve, exit) or change the
 * terminal (ioctl), and whenever a chunk is full. stderr is written as soon as the program
 * traps, and the two are written in the order they were printed ({@link Runs}), so a terminal
 * or a file both go to shows them as GNU's error(3) does.
 *
 * <p>fork copies the object with {@link Object#clone}: immutable fields (String, List.of,
 * records of those) are shared, and a subclass with mutable fields (arrays, builders, lists)
 * overrides {@link #deepen} to replace them with copies. That is the whole of copy(). fork
 * happens at a Fork trap, so no other trap (whose buffers would be the parent's) is pending.
 *
 * <p>A write that fails (EPIPE when SIGPIPE is ignored, say) discards the rest of the output,
 * prints {@code prog: write error: Broken pipe} and exits 1, as GNU tools do; procps' tools
 * ({@link Procps}) go on without a word, their output lost.
 */
public abstract class Proc implements Program, Cloneable {
    protected final List<String> argv;
    protected final List<String> envp;
    /** The order out and err were printed in; written in that order. */
    Runs runs = new Runs();
    protected Out out = new Out(1, runs);
    protected Out err = new Out(2, runs);
    /** The program's own trap, held back until the buffered output is written. */
    private Trap deferred;
    /** The buffer a write(2) in flight belongs to, or null. */
    private Out writing;
    /** The program's heap: its private working data, at addresses the kernel sees. */
    private Heap heap = new Heap();
    /** The program's own trap, held back while the heap's traps (brk, touches) run. */
    private Trap heapDeferred;
    /** The I/O buffers in the process's memory that read and write pass ({@link Libc}). */
    private Libc.Io io = new Libc.Io();
    /** The trap the last resume returned: its result is what the next resume gets. */
    private Trap last;

    protected Proc(List<String> argv, List<String> envp) {
        this.argv = List.copyOf(argv);
        this.envp = List.copyOf(envp);
    }

    /** Runs the program up to its next trap; ret is the previous trap's result. */
    protected abstract Trap step(long ret);

    /** Replaces mutable fields with copies; called on the child's copy by {@link #copy}. */
    protected void deepen() {
    }

    /** Runs the program with its memory: what the kernel calls. */
    @Override
    public final Trap resume(long ret, UserMemory mem) {
        Libc.enter(mem, io);
        try {
            io.complete(mem, last, ret);
            last = run(ret);
            return last;
        } finally {
            Libc.leave();
        }
    }

    /** A program needs its memory: without it there is no address to pass read and write. */
    @Override
    public final Trap resume(long ret) {
        throw new IllegalStateException(prog() + ": resumed without its memory");
    }

    private Trap run(long ret) {
        if (heapDeferred != null) {
            Trap h = heap.next(ret);
            if (h != null) {
                return h;
            }
            Trap t = heapDeferred;
            heapDeferred = null;
            return flushBefore(t);
        }
        if (writing != null) {
            if (ret < 0 && ret != Errno.EINTR.ret()) {
                writeFailed(ret);
            } else {
                writing.advance(Math.max(0, ret));
                runs.advance((int) Math.max(0, ret));
            }
            writing = null;
            Trap w = nextWrite();
            if (w != null) {
                return w;
            }
            Trap t = deferred;
            deferred = null;
            return t;
        }
        Trap t = step(ret);
        if (heap.busy()) {
            Trap h = heap.next(0);
            if (h != null) {
                heapDeferred = t;
                return h;
            }
        }
        return flushBefore(t);
    }

    private Trap flushBefore(Trap t) {
        if (mustFlush(t)) {
            Trap w = nextWrite();
            if (w != null) {
                deferred = t;
                return w;
            }
        }
        return t;
    }

    /**
     * Reserves bytes of the heap for the program's data (malloc: the break moves when the
     * reservation outgrows it) and returns its offset from the heap's start. Nothing is
     * resident until touched.
     */
    protected long malloc(long bytes) {
        return heap.reserve(bytes);
    }

    /** The program reads or writes [offset, offset+len) of its heap before its next trap. */
    protected void touch(long offset, long len, boolean write) {
        heap.touch(offset, len, write);
    }

    /** Private data of bytes grew: reserved and written, so it counts in RSS (DESIGN "Memory"). */
    protected void charge(long bytes) {
        if (bytes > 0) {
            heap.touch(heap.reserve(bytes), bytes, true);
        }
    }

    @Override
    public final Program copy() {
        try {
            Proc p = (Proc) super.clone();
            p.runs = runs.copy();
            p.out = out.copy(p.runs);
            p.err = err.copy(p.runs);
            p.writing = writing == out ? p.out : writing == err ? p.err : null;
            p.heap = heap.copy();
            p.io = io.copy();
            p.deepen();
            return p;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The name errors are reported under: argv[0] as invoked, like GNU's program_name. */
    protected String prog() {
        return argv.isEmpty() ? "?" : argv.get(0);
    }

    /** getenv(3): the value of name in the environment, or null when it is not set. */
    protected String getenv(String name) {
        return getenv(envp, name);
    }

    /** getenv(3) of an environment envp (NAME=VALUE strings): the first NAME's value, or null. */
    public static String getenv(List<String> envp, String name) {
        for (String e : envp) {
            if (e.startsWith(name) && e.length() > name.length() && e.charAt(name.length()) == '=') {
                return e.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** exit(status): flushes output first. */
    protected static Trap exit(int status) {
        return new Syscall.Exit(status);
    }

    /** Prints {@code prog: msg} on stderr and returns exit(status). */
    protected Trap fail(int status, String msg) {
        err.print(prog()).print(": ").print(msg).print('\n');
        return exit(status);
    }

    /** Prints {@code prog: what: strerror} on stderr, as perror(3) does. */
    protected void perror(String what, long ret) {
        err.print(prog()).print(": ").print(what).print(": ");
        err.print(Errno.strerror(ret)).print('\n');
    }

    /**
     * The common handling of a parsed command line: a usage error prints GNU's two lines on
     * stderr and gives badStatus; --help prints usage on stdout and gives 0; otherwise -1.
     */
    protected int checkOpts(Opts o, String usage, int badStatus) {
        if (o.error != null) {
            err.print(prog()).print(": ").print(o.error).print('\n');
            err.print(Opts.tryHelp(prog())).print('\n');
            return badStatus;
        }
        if (o.help) {
            out.print(usage);
            return 0;
        }
        return -1;
    }

    /**
     * procps-ng's handling of a parsed command line (vmstat, free, uptime, w): an error prints
     * getopt's line and the whole usage on stderr and gives 1; --help prints usage on stdout
     * and -V the version, giving 0; otherwise -1.
     */
    protected int checkProcpsOpts(Opts o, String usage) {
        if (o.error != null) {
            err.print(prog()).print(": ").print(o.error).print('\n').print(usage);
            return 1;
        }
        if (o.help) {
            out.print(usage);
            return 0;
        }
        if (o.has('V')) {
            String name = prog().substring(prog().lastIndexOf('/') + 1);
            out.print(name).print(" from procps-ng 4.0.2\n");
            return 0;
        }
        return -1;
    }

    private boolean mustFlush(Trap t) {
        if (out.pending() >= Out.CHUNK || err.pending() > 0) {
            return true;
        }
        if (t instanceof Syscall.Read) {
            return ((Syscall.Read) t).fd() == 0;
        }
        return t instanceof Syscall.Exit || t instanceof Syscall.Wait4
                || t instanceof Syscall.Nanosleep || t instanceof Syscall.Poll
                || t instanceof Syscall.Ioctl || t instanceof Syscall.Pause
                || t instanceof Syscall.Fork || t instanceof Syscall.Execve;
    }

    /** A write(2) of the oldest run of output, or null when all is written. */
    private Trap nextWrite() {
        if (runs.isEmpty()) {
            return null;
        }
        Out o = runs.fd() == out.fd ? out : err;
        writing = o;
        return Libc.write(o.fd, o.data, o.start, runs.len());
    }

    /**
     * What a failed write to stdout is called in the program's message, before the errno's
     * text: "write error" (coreutils' close_stdout); head, yes and tee say it their own way.
     */
    protected String writeError() {
        return "write error";
    }

    private void writeFailed(long ret) {
        writing.discard();
        runs.discard(writing.fd);
        if (writing == out && !(ret == Errno.EPIPE.ret() && this instanceof Procps)) {
            err.print(prog()).print(": ").print(writeError()).print(": ")
                    .print(Errno.strerror(ret)).print('\n');
            deferred = exit(1);
        }
    }
}
