package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * A function call (bash's execute_function): runs the function's body in the shell itself,
 * with the arguments as positional parameters and a scope for its locals; afterwards (or when
 * the call is unwound past) the caller's parameters and the variables the body made local
 * come back. $? is the body's status, or return's N. The call is what `return` leaves
 * ({@link Shell#findReturnTarget}) and what hides the caller's loops from break and continue.
 *
 * <p>The call is pushed on the calls running ({@link Variables#calls}: FUNCNAME, BASH_SOURCE,
 * BASH_LINENO) and FUNCNAME is made visible; a call made at the top level hides it again when
 * it ends, unless an error unwinds it (see {@link SpecialVars#funcnameVisible}).
 *
 * <p>The call runs without the caller's DEBUG and RETURN traps unless set -T, and without its
 * ERR trap unless set -E; they come back afterwards ({@link TrapTable#hide}). A RETURN trap
 * set when the body is done runs then, still in the call.
 *
 * <p>NAME=value words before the call are its temporary environment, in a scope just below
 * the call's own ({@link PrefixFrame}).
 *
 * <p>Nesting: bash has no limit unless FUNCNEST is set ("f: maximum function nesting level
 * exceeded (N)"); a Java program must have one, since every level holds frames, so past
 * {@link #MAX_NEST} levels the same error comes. It abandons the whole command line with
 * status 1 (bash's DISCARD), so a runaway recursion ends cleanly at the prompt.
 */
final class FunctionFrame extends Frame {
    /** Function calls nested deeper than this fail as if FUNCNEST were this. */
    static final int MAX_NEST = 1000;

    private final Node.FunctionDef def;
    private final String name;
    private final List<String> args;
    private List<String> callerArgs;
    /** The caller's error name and line, back when the call ends. */
    private String callerSource;
    private int callerLine;
    private Shell.Call callerCalls;
    private boolean started;
    private boolean restored;
    /** The caller's traps the call runs without ({@link TrapTable#hide}); null if none. */
    private String[] hiddenTraps;
    /** $? before the return that ended the call, or -1: what the RETURN trap sees. */
    private int statusBeforeReturn = -1;
    private boolean returnTrapDone;

    FunctionFrame(Node.FunctionDef def, String name, List<String> args) {
        this.def = def;
        this.name = name;
        this.args = List.copyOf(args);
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (started) {
            if (!returnTrapDone) {
                returnTrapDone = true;      // in the call's own scope, as bash's run_return_trap
                int status = statusBeforeReturn >= 0 ? statusBeforeReturn : sh.vars.status;
                if (TrapFrame.pushOwn(sh, TrapTable.RETURN, status)) {
                    return null;
                }
            }
            sh.pop();
            restore(sh);
            if (sh.funcNest == 0) {
                sh.vars.special.funcnameVisible = false;     // bash's make_funcname_visible(0)
            }
            return null;
        }
        int max = limit(sh);
        if (sh.funcNest >= max) {
            sh.pop();
            sh.expansionError(name + ": maximum function nesting level exceeded (" + max + ")", false);
            return null;
        }
        started = true;
        callerArgs = new ArrayList<>(sh.vars.positional());
        callerSource = sh.source;
        callerLine = sh.vars.lineno;
        sh.source = sh.functionSources.getOrDefault(name, sh.topSource);
        callerCalls = sh.vars.calls;
        sh.vars.calls = new Shell.Call(name, sh.source, callerLine, callerCalls);
        sh.vars.special.funcnameVisible = true;
        sh.vars.setPositional(args);
        sh.vars.scopes.pushCall();
        sh.funcNest++;
        boolean functrace = sh.vars.on(ShellOption.FUNCTRACE);
        hiddenTraps = sh.trapTable.hide(!functrace, !functrace, !sh.vars.on(ShellOption.ERRTRACE));
        sh.push(CommandFrames.of(def.body(), false));
        // set -T: the DEBUG trap runs once more as the call starts, on the definition's line.
        sh.vars.lineno = def.line();
        if (!TrapFrame.pushOwn(sh, TrapTable.DEBUG, sh.vars.status)) {
            sh.vars.lineno = callerLine;
        }
        return null;
    }

    /** FUNCNEST when it is a number above 0 (and below ours), else {@link #MAX_NEST}. */
    private static int limit(Shell sh) {
        String v = sh.vars.value("FUNCNEST");
        if (v != null && Parser.isDigits(v) && v.length() <= 9) {
            int n = Integer.parseInt(v);
            return n > 0 && n < MAX_NEST ? n : MAX_NEST;
        }
        return MAX_NEST;
    }

    private void restore(Shell sh) {
        if (started && !restored) {
            restored = true;
            sh.funcNest--;
            sh.vars.scopes.pop();
            sh.vars.setPositional(callerArgs);
            sh.source = callerSource;
            sh.vars.calls = callerCalls;
            sh.vars.lineno = callerLine;
            sh.trapTable.restoreAfter(hiddenTraps);
        }
    }

    @Override
    void returning(int statusBefore) {
        statusBeforeReturn = statusBefore;
    }

    /** Unwound (an error, return from a deeper call ...): the caller's state comes back all the same. */
    @Override
    void cleanup(Shell sh, List<Syscall> calls) {
        restore(sh);
    }

    @Override
    Frame copy() {
        FunctionFrame f = new FunctionFrame(def, name, args);
        f.callerArgs = callerArgs == null ? null : new ArrayList<>(callerArgs);
        f.callerSource = callerSource;
        f.callerLine = callerLine;
        f.callerCalls = callerCalls;
        f.started = started;
        f.restored = restored;
        f.hiddenTraps = hiddenTraps == null ? null : hiddenTraps.clone();
        f.statusBeforeReturn = statusBeforeReturn;
        f.returnTrapDone = returnTrapDone;
        return f;
    }

    /**
     * A function definition being run: the function is defined (or redefined), status 0. A
     * name with quotes or expansions in it is refused, as bash does ("`$a': not a valid
     * identifier", status 1); any other word will do, '-' and '.' included.
     */
    static final class Define extends Frame {
        private final Node.FunctionDef def;

        Define(Node.FunctionDef def) {
            this.def = def;
        }

        @Override
        Trap step(Shell sh, long ret) {
            sh.vars.lineno = def.line();
            sh.pop();
            List<Word.Part> parts = def.name().parts();
            if (parts.size() != 1 || !(parts.get(0) instanceof Word.Literal l) || l.quoted()) {
                sh.vars.status = 1;
                sh.error("`" + def.name().text() + "': not a valid identifier");
                return null;
            }
            if (sh.readonlyFunctions.contains(l.text())) {
                sh.vars.status = 1;
                sh.error(l.text() + ": readonly function");
                return null;
            }
            sh.functions.put(l.text(), def);
            sh.functionSources.put(l.text(), sh.definedIn());
            sh.vars.status = 0;
            return null;
        }

        @Override
        Frame copy() {
            return new Define(def);
        }
    }
}
