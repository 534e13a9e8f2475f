package miniunix.app.shell;

import miniunix.kernel.uapi.Trap;

/**
 * Runs one trap's commands in the shell (bash's run_pending_traps, run_exit_trap): $? is the
 * status before the trap while they run, and is put back afterwards, unless they exit.
 */
final class TrapFrame extends Frame {
    private final String commands;
    private int saved = -1;

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
            sh.push(ReadFrame.nested(commands, ""));
            return null;
        }
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
        return t;
    }
}
