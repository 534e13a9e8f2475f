package miniunix.kernel.signal;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Program;
import miniunix.kernel.uapi.SigInfo;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * A test program that makes a fixed list of traps and logs what each returned; its signal
 * handler (any address) logs the arrival, makes the handler's list of traps, and returns with
 * rt_sigreturn. Handler activations nest as a stack of positions, as a real program's would.
 * The log is shared with forked copies, each line prefixed by nothing: tests read it in order.
 */
final class Scripted implements Program {
    private final List<Trap> main;
    private final List<Trap> handler;
    final List<String> log;
    private int pc;
    /** How many leading traps are not logged (a start-up nap). */
    private final int quiet;
    /** Positions in the handler's traps, innermost last. */
    private int[] handlers = new int[0];

    Scripted(List<Trap> main, List<Trap> handler, List<String> log, int quiet) {
        this.quiet = quiet;
        this.main = main;
        this.handler = handler;
        this.log = log;
    }

    /** Naps one tick first (unlogged), so a test can find the process before it acts. */
    static Scripted of(List<String> log, List<Trap> handler, Trap... main) {
        List<Trap> all = new ArrayList<>();
        all.add(new Syscall.Nanosleep(10_000_000L));
        all.addAll(List.of(main));
        return new Scripted(all, handler, log, 1);
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
            log.add(name(main.get(pc - 1)) + "=" + ret);
        }
        if (pc < main.size()) {
            return main.get(pc++);
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
        s.handlers = handlers.clone();
        return s;
    }

    /** A list of traps, for handler bodies. */
    static List<Trap> body(Trap... traps) {
        return new ArrayList<>(List.of(traps));
    }
}
