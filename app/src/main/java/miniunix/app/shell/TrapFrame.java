package miniunix.app.shell;

import miniunix.kernel.uapi.Trap;

/**
 * Runs one trap's commands in the shell (bash's run_pending_traps, run_exit_trap): $? is the
 * status before the trap while they run, and is put back afterwards, unless they exit.
 */
final class TrapFrame extends Frame {
    private final String commands;
    private int saved = -1;
    /** The line of the command the trap ran after: its commands count their own from 1. */
    private int savedLine;

    TrapFrame(String commands) {
        this.commands = commands;
    }

    /** The frame for the next pending signal's trap, or null if its trap is gone or ignored. */
    static TrapFrame forPending(Shell sh) {
        int sig = sh.trapTable.takePending();
        String c = sig == 0 ? null : sh.trapTable.get(sig);
        return c == null || c.isEmpty() ? null : new TrapFrame(c);
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (saved < 0) {
            saved = sh.vars.status;
            sh.trapTable.running = true;
            savedLine = sh.vars.lineno;
            sh.push(ReadFrame.nested(commands, "", 1));
            return null;
        }
        sh.vars.lineno = savedLine;
        sh.trapTable.running = false;
        sh.vars.status = saved;
        sh.pop();
        return null;
    }

    @Override
    void cleanup(Shell sh, java.util.List<miniunix.kernel.uapi.Syscall> calls) {
        sh.trapTable.running = false;
    }

    @Override
    Frame copy() {
        TrapFrame t = new TrapFrame(commands);
        t.saved = saved;
        t.savedLine = savedLine;
        return t;
    }
}
