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
 * <p>The shell's own traps have no kernel side either, and sit after the signals, in the
 * order trap -p lists them: DEBUG runs before each simple command (and for, case, [[ ]],
 * (( )) heads: {@link DebugTrap}), ERR after a command fails where set -e would exit
 * ({@link Errexit}), RETURN after a function call or a sourced file. A function call runs
 * without DEBUG and RETURN unless set -T, and without ERR unless set -E; a subshell the same
 * ({@link #forChild}); the caller's come back after the call unless it set its own
 * ({@link #hide}), as bash's execute_function does.
 *
 * <p>Invariant: {@code commands[sig]} is null (no trap), "" (ignored) or the commands;
 * index 0 is EXIT, which has no kernel side.
 */
final class TrapTable {
    /** The shell's handler address, as it gives it to rt_sigaction. */
    static final long HANDLER = 0x5f7a90;
    static final int EXIT = 0;
    /** The shell's own traps, after the signals: bash's DEBUG_TRAP, ERROR_TRAP, RETURN_TRAP. */
    static final int DEBUG = Signal.NSIG;
    static final int ERR = Signal.NSIG + 1;
    static final int RETURN = Signal.NSIG + 2;
    static final int SIZE = Signal.NSIG + 3;

    private String[] commands = new String[SIZE];
    /** The traps whose commands are running now (bit i: trap i), bash's SIG_INPROGRESS. */
    private long inProgress;
    /** Caught signals whose trap has yet to run (bit sig - 1). */
    private long pending;
    /** How many traps' commands are running (any kind): $BASH_COMMAND stays as it is meanwhile. */
    int depth;
    /** A signal's trap's commands are running: others wait until they are done. */
    boolean running;
    /** The EXIT trap has run (or is running): it runs once. */
    boolean exitRan;

    TrapTable copy() {
        TrapTable t = new TrapTable();
        t.commands = commands.clone();
        t.pending = pending;
        t.inProgress = inProgress;
        t.running = running;
        t.depth = depth;
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

    /** Whether trap i (DEBUG, ERR, RETURN) is set to commands, and not running already. */
    boolean fires(int i) {
        String c = commands[i];
        return c != null && !c.isEmpty() && (inProgress & 1L << (i - DEBUG)) == 0;
    }

    /** Trap i's commands start (true) or are over (false). */
    void inProgress(int i, boolean on) {
        if (i >= DEBUG) {
            long bit = 1L << (i - DEBUG);
            inProgress = on ? inProgress | bit : inProgress & ~bit;
        }
    }

    /**
     * A function call or a sourced file starts: the traps it does not inherit are taken out
     * for its run and returned (null when none was taken), to be given back by
     * {@link #restoreAfter}. A call leaves out DEBUG and RETURN without set -T and ERR without
     * set -E; a sourced file only DEBUG without set -T.
     */
    String[] hide(boolean debug, boolean ret, boolean err) {
        String[] saved = null;
        for (int i = DEBUG; i < SIZE; i++) {
            boolean hidden = i == DEBUG ? debug : i == RETURN ? ret : err;
            if (hidden && commands[i] != null) {
                saved = saved == null ? new String[SIZE - DEBUG] : saved;
                saved[i - DEBUG] = commands[i];
                commands[i] = null;
            }
        }
        return saved;
    }

    /** After the call: what {@link #hide} took comes back where the call set no trap of its own. */
    void restoreAfter(String[] saved) {
        for (int i = DEBUG; saved != null && i < SIZE; i++) {
            if (saved[i - DEBUG] != null && commands[i] == null) {
                commands[i] = saved[i - DEBUG];
            }
        }
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
     * the calls returned), ignored signals stay ignored, as bash's reset_signal_handlers does;
     * DEBUG and RETURN stay under set -T, ERR under set -E.
     */
    List<Syscall> forChild(boolean functrace, boolean errtrace) {
        List<Syscall> calls = new ArrayList<>();
        for (int sig = DEBUG; sig < SIZE; sig++) {
            if (!(sig == ERR ? errtrace : functrace)) {
                commands[sig] = null;
            }
        }
        inProgress = 0;
        for (int sig = 0; sig < DEBUG; sig++) {
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
        depth = 0;
        return calls;
    }

    /** Whether the shell's trap table says sig is to be ignored (`trap '' SIG`). */
    boolean isIgnored(int sig) {
        return "".equals(commands[sig]);
    }
}
