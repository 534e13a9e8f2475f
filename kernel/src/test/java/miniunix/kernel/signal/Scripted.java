package miniunix.kernel.signal;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.kernel.uapi.UserMemory;
import miniunix.user.lib.Libc;

/**
 * A test program that makes a fixed list of traps and logs what each returned; its signal
 * handler (any address) logs the arrival, makes the handler's list of traps, and returns with
 * rt_sigreturn. Handler activations nest as a stack of positions, as a real program's would.
 * The log is shared with forked copies, each line prefixed by nothing: tests read it in order.
 */
final class Scripted implements Program {
    /** Traps, or Suppliers of one made when its turn comes (a call passing a Libc string). */
    private final List<Object> main;
    private final List<Trap> handler;
    final List<String> log;
    private int pc;
    /** How many leading traps are not logged (a start-up nap). */
    private final int quiet;
    /** Positions in the handler's traps, innermost last. */
    private int[] handlers = new int[0];

    /** The library's buffers, for calls that pass a path (Libc). */
    private Libc.Io io = new Libc.Io();
    /** The last trap of main made. */
    private Trap last;

    Scripted(List<Object> main, List<Trap> handler, List<String> log, int quiet) {
        this.quiet = quiet;
        this.main = main;
        this.handler = handler;
        this.log = log;
    }

    /** Naps one tick first (unlogged), so a test can find the process before it acts. */
    static Scripted of(List<String> log, List<Trap> handler, Object... main) {
        List<Object> all = new ArrayList<>();
        all.add(new Syscall.Nanosleep(10_000_000L));
        all.addAll(List.of(main));
        return new Scripted(all, handler, log, 1);
    }

    /** A trap made in the program's resume, when its turn comes (a path lives in its memory). */
    static java.util.function.Supplier<Trap> later(java.util.function.Supplier<Trap> t) {
        return t;
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
    public Trap handleSignal(long handler, SigInfo info, UserMemory mem) {
        Libc.enter(mem, io);
        try {
            return handleSignal(handler, info);
        } finally {
            Libc.leave();
        }
    }

    @Override
    public Trap resume(long ret) {
        int depth = handlers.length;
        if (depth > 0) {
            int i = handlers[depth - 1];
            if (i > 0) {
                log.add("  h" + (i - 1) + "=" + ret);
            }
            if (i < handler.size()) {
                handlers[depth - 1]++;
                return handler.get(i);
            }
            handlers = java.util.Arrays.copyOf(handlers, depth - 1);
            return new Syscall.RtSigreturn();
        }
        if (pc > quiet) {
            log.add(name(last) + "=" + ret);
        }
        if (pc < main.size()) {
            Object t = main.get(pc++);
            last = t instanceof java.util.function.Supplier<?> sup ? (Trap) sup.get() : (Trap) t;
            return last;
        }
        return new Syscall.Exit(0);
    }

    @Override
    public Trap handleSignal(long addr, SigInfo info) {
        log.add("handler " + addr + " SIG" + Signal.nameOf(info.signo) + " " + info.codeName()
                + " pid=" + info.pid + (info.signo == Signal.SIGCHLD.number
                ? " status=" + info.status : ""));
        handlers = java.util.Arrays.copyOf(handlers, handlers.length + 1);
        return resume(0);
    }

    private static String name(Trap t) {
        return t instanceof Syscall s ? s.sysno().linuxName : "compute";
    }

    @Override
    public Program copy() {
        Scripted s = new Scripted(main, handler, log, quiet);
        s.pc = pc;
        s.last = last;
        s.io = io.copy();
        s.handlers = handlers.clone();
        return s;
    }

    /** A list of traps, for handler bodies. */
    static List<Trap> body(Trap... traps) {
        return new ArrayList<>(List.of(traps));
    }
}
