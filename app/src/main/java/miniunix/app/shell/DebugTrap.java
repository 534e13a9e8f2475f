package miniunix.app.shell;

/**
 * The DEBUG trap's call sites outside simple commands (bash runs it before each simple
 * command, each for iteration, case, [[ ]], (( )) and each part of an arithmetic for): the
 * command's text becomes $BASH_COMMAND (unless a trap is running: see {@link TrapFrame}), its
 * line $LINENO, and the trap, if set, is pushed to run first.
 */
final class DebugTrap {
    private DebugTrap() {
    }

    /** Announces the command text at line; true if the DEBUG trap was pushed (step again after it). */
    static boolean before(Shell sh, String text, int line) {
        if (sh.trapTable.depth == 0) {
            sh.vars.command = text;
        }
        sh.vars.lineno = line;
        return TrapFrame.pushOwn(sh, TrapTable.DEBUG, sh.vars.status);
    }
}
