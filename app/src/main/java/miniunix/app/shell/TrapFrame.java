package miniunix.app.shell;

import java.util.List;

import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * Runs one trap's commands in the shell (bash's run_pending_traps, run_exit_trap,
 * _run_trap_internal): $? is the status before the trap while they run, and is put back
 * afterwards, unless they exit. A signal's trap counts its lines from 1; the shell's own
 * traps (DEBUG, ERR, RETURN: {@link #own}) go on with the line of the command they ran for,
 * as bash runs them without SEVAL_RESETLINE, and do not run again inside themselves.
 * $BASH_COMMAND stays what it was while any trap runs.
 */
final class TrapFrame extends Frame {
    private final String commands;
    /** The trap's index in the {@link TrapTable}: a signal, EXIT (0), DEBUG, ERR or RETURN. */
    private final int index;
    /** $? while the commands run. */
    private final int status;
    private boolean started;
    private boolean ended;
    /** $? before the trap, back when it is done. */
    private int saved;
    /** PIPESTATUS before the trap: bash's _run_trap_internal puts it back too. */
    private int[] savedPipe;
    /** The line of the command the trap ran after, back when it is done. */
    private int savedLine;
    private boolean wasRunning;

    TrapFrame(String commands) {
        this(commands, TrapTable.EXIT, -1);
    }

    private TrapFrame(String commands, int index, int status) {
        this.commands = commands;
        this.index = index;
        this.status = status;
    }

    /** The frame for the next pending signal's trap, or null if its trap is gone or ignored. */
    static TrapFrame forPending(Shell sh) {
        int sig = sh.trapTable.takePending();
        String c = sig == 0 ? null : sh.trapTable.get(sig);
        return c == null || c.isEmpty() ? null : new TrapFrame(c, sig, -1);
    }

    /**
     * The shell's own trap i (DEBUG, ERR, RETURN) with $? = status while it runs, or null if it
     * is not set, ignored, or running already.
     */
    static TrapFrame own(Shell sh, int i, int status) {
        return sh.trapTable.fires(i) ? new TrapFrame(sh.trapTable.get(i), i, status) : null;
    }

    /** Pushes {@link #own}'s frame if there is one; true if pushed. */
    static boolean pushOwn(Shell sh, int i, int status) {
        TrapFrame f = own(sh, i, status);
        if (f != null) {
            sh.push(f);
        }
        return f != null;
    }

    private boolean isOwn() {
        return index >= TrapTable.DEBUG;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (!started) {
            started = true;
            saved = sh.vars.status;
            savedPipe = sh.vars.pipeStatus.clone();
            savedLine = sh.vars.lineno;
            sh.trapTable.depth++;
            if (isOwn()) {
                sh.trapTable.inProgress(index, true);
                sh.vars.status = status;
                sh.push(ReadFrame.nested(commands, "", Math.max(1, savedLine)));
            } else {
                wasRunning = sh.trapTable.running;
                sh.trapTable.running = true;
                sh.push(ReadFrame.nested(commands, "", 1));
            }
            return null;
        }
        end(sh);
        sh.vars.lineno = savedLine;
        sh.vars.status = saved;
        sh.vars.pipeStatus = savedPipe;
        sh.pop();
        return null;
    }

    /** The trap is over (or unwound): the table says so. */
    private void end(Shell sh) {
        if (started && !ended) {
            ended = true;
            sh.trapTable.depth--;
            if (isOwn()) {
                sh.trapTable.inProgress(index, false);
            } else {
                sh.trapTable.running = wasRunning;
            }
        }
    }

    @Override
    void cleanup(Shell sh, List<Syscall> calls) {
        end(sh);
    }

    @Override
    Frame copy() {
        TrapFrame t = new TrapFrame(commands, index, status);
        t.started = started;
        t.ended = ended;
        t.saved = saved;
        t.savedPipe = savedPipe == null ? null : savedPipe.clone();
        t.savedLine = savedLine;
        t.wasRunning = wasRunning;
        return t;
    }
}
