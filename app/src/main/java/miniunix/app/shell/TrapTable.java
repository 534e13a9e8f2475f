package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;

/**
 * The shell's traps (bash's trap.c): the command string set for each signal and for EXIT,
 * and the signals caught but whose trap has not run yet.
 *
 * <p>How a trap runs: for `trap 'CMDS' SIG` the shell installs a real handler with
 * rt_sigaction ({@link #HANDLER}, SA_RESTART). The kernel runs it in the shell's own context
 * when the signal is taken ({@link Shell#handleSignal}); like bash's trap_handler it only
 * marks the signal pending and returns through rt_sigreturn, and an interrupted wait4 or read
 * goes on (SA_RESTART). The commands themselves run between two commands
 * ({@link ListFrame}, {@link TrapFrame}), with $? saved and restored around them, as bash's
 * run_pending_traps does. `trap '' SIG` is SIG_IGN in the kernel, so children inherit it;
 * `trap - SIG` gives back the disposition the shell started with.
 *
 * <p>Invariant: {@code commands[sig]} is null (no trap), "" (ignored) or the commands;
 * index 0 is EXIT, which has no kernel side. Simplified: no DEBUG, ERR or RETURN traps.
 */
final class TrapTable {
    /** The shell's handler address, as it gives it to rt_sigaction. */
    static final long HANDLER = 0x5f7a90;
    static final int EXIT = 0;

    private String[] commands = new String[Signal.NSIG];
    /** Caught signals whose trap has yet to run (bit sig - 1). */
    private long pending;
    /** A trap's commands are running: others wait until they are done. */
    boolean running;
    /** The EXIT trap has run (or is running): it runs once. */
    boolean exitRan;

    TrapTable copy() {
        TrapTable t = new TrapTable();
        t.commands = commands.clone();
        t.pending = pending;
        t.running = running;
        t.exitRan = exitRan;
        return t;
    }

    /** The trap of sig (0: EXIT): null if none, "" if ignored. */
    String get(int sig) {
        return commands[sig];
    }

    void set(int sig, String cmds) {
        commands[sig] = cmds;
    }

    /** The handler has caught sig. */
    void caught(int sig) {
        pending |= Signal.mask(sig);
    }

    /** A signal's trap is due and none is running. */
    boolean due() {
        return pending != 0 && !running;
    }

    /** Takes the lowest pending signal, or 0. */
    int takePending() {
        if (pending == 0) {
            return 0;
        }
        int sig = Long.numberOfTrailingZeros(pending) + 1;
        pending &= ~Signal.mask(sig);
        return sig;
    }

    /** The EXIT trap's commands if it is set and has not run; marks it run. */
    String takeExitTrap() {
        String c = commands[EXIT];
        if (exitRan || c == null || c.isEmpty()) {
            return null;
        }
        exitRan = true;
        return c;
    }

    /**
     * A forked subshell: traps with commands go back to the default (their handlers too, by
     * the calls returned), ignored signals stay ignored, as bash's reset_signal_handlers does.
     */
    List<Syscall> forChild() {
        List<Syscall> calls = new ArrayList<>();
        for (int sig = 0; sig < commands.length; sig++) {
            String c = commands[sig];
            if (c != null && !c.isEmpty()) {
                commands[sig] = null;
                if (sig != EXIT) {
                    calls.add(new Syscall.RtSigaction(sig, SigAction.SIG_DFL));
                }
            }
        }
        pending = 0;
        running = false;
        return calls;
    }

    /** Whether the shell's trap table says sig is to be ignored (`trap '' SIG`). */
    boolean isIgnored(int sig) {
        return "".equals(commands[sig]);
    }
}
