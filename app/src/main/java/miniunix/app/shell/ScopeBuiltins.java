package miniunix.app.shell;

import java.util.List;

/**
 * The builtins of variables and function calls: export, unset, local and return. Each
 * runs inside a {@link BuiltinFrame}, speaks through it ({@link BuiltinFrame#say}) and gives
 * back its status, or {@link #LEFT} when it has unwound the frame itself (return).
 */
final class ScopeBuiltins {
    /** return's status when the builtin's frame is gone: the frame must do nothing more. */
    static final int LEFT = -1;

    private ScopeBuiltins() {
    }

    /** export [-p] [NAME[=VALUE]...]: no NAME lists the exported variables as declare -x. */
    static int export(BuiltinFrame b, Shell sh, List<String> argv) {
        if (argv.size() == 1 || argv.size() == 2 && argv.get(1).equals("-p")) {
            b.say(b.out(), sh.vars.declarations());
            return 0;
        }
        int status = 0;
        for (String a : argv.subList(1, argv.size())) {
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!Variables.isName(name)) {
                status = invalid(b, "export", a);
                continue;
            }
            if (eq >= 0) {
                sh.vars.set(name, a.substring(eq + 1));
            }
            sh.vars.export(name);
        }
        return status;
    }

    /**
     * unset [-f | -v] NAME...: -f functions, -v variables; with neither, a variable, or the
     * function of that name when there is no such variable (bash).
     */
    static int unset(BuiltinFrame b, Shell sh, List<String> argv) {
        int status = 0;
        char kind = 0;
        for (String a : argv.subList(1, argv.size())) {
            if (kind == 0 && (a.equals("-v") || a.equals("-f"))) {
                kind = a.charAt(1);
            } else if (kind == 'f') {
                sh.functions.remove(a);
            } else if (!Variables.isName(a)) {
                status = invalid(b, "unset", a);
            } else if (kind == 0 && sh.vars.value(a) == null && sh.functions.containsKey(a)) {
                sh.functions.remove(a);
            } else {
                sh.vars.unset(a);
            }
        }
        return status;
    }

    /** local [NAME[=VALUE]...]: see {@link Variables#local}; no NAME lists the call's locals. */
    static int local(BuiltinFrame b, Shell sh, List<String> argv) {
        if (!sh.vars.inFunction()) {
            b.say(b.err(), "miniunix: local: can only be used in a function\n");
            return 1;
        }
        if (argv.size() == 1) {
            b.say(b.out(), sh.vars.locals());
            return 0;
        }
        int status = 0;
        for (String a : argv.subList(1, argv.size())) {
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!Variables.isName(name)) {
                status = invalid(b, "local", a);
            } else {
                sh.vars.local(name, eq < 0 ? null : a.substring(eq + 1));
            }
        }
        return status;
    }

    private static int invalid(BuiltinFrame b, String builtin, String arg) {
        b.say(b.err(), "miniunix: " + builtin + ": `" + arg + "': not a valid identifier\n");
        return 1;
    }

    /**
     * return [N]: leaves the innermost function call or sourced file with status N (default
     * $?; modulo 256). A non-number is bash's error and status 2, and still returns; more
     * than one argument abandons the command line (status 1), as bash's does. Outside a
     * function: bash's error, status 2, nothing left. In a subshell forked inside a function
     * the subshell ends.
     */
    static int doReturn(BuiltinFrame b, Shell sh, List<String> argv) {
        int target = sh.findReturnTarget();
        if (target < 0 && sh.funcNest == 0) {
            b.say(b.err(), "miniunix: return: can only `return' from a function or sourced script\n");
            return 2;
        }
        if (argv.size() > 2) {
            sh.expansionError("return: too many arguments", false);
            return LEFT;
        }
        int status = sh.vars.status;
        String error = null;
        if (argv.size() == 2) {
            String n = argv.get(1).trim();
            String digits = n.startsWith("-") || n.startsWith("+") ? n.substring(1) : n;
            if (BuiltinFrame.isNumber(digits, 18)) {
                status = (int) (Long.parseLong(n) & 0xff);
            } else {
                status = 2;
                error = "miniunix: return: " + argv.get(1) + ": numeric argument required\n";
            }
        }
        sh.unwind(target < 0 ? 1 : target + 1);
        sh.vars.status = status;
        if (error != null) {
            sh.print(b.err(), error);
        }
        return LEFT;
    }
}
