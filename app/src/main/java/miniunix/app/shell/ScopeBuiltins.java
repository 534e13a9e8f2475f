package miniunix.app.shell;

import java.util.List;

/**
 * The builtins of variables and function calls: export, readonly, unset, local and return. Each
 * runs inside a {@link BuiltinFrame}, speaks through it ({@link BuiltinFrame#say}) and gives
 * back its status, or {@link #LEFT} when it has unwound the frame itself (return).
 */
final class ScopeBuiltins {
    /** return's status when the builtin's frame is gone: the frame must do nothing more. */
    static final int LEFT = -1;

    private ScopeBuiltins() {
    }

    /**
     * export [-n] [NAME[=VALUE]...] or export -p: no NAME lists the exported variables as
     * declare -x; -n takes NAME out of the environment (keeping it and its new VALUE).
     * Simplified: no -f (functions are not passed in the environment).
     */
    static int export(BuiltinFrame b, Shell sh, List<String> argv) {
        BuiltinOptions o = new BuiltinOptions(b, argv, "np",
                "export: usage: export [-fn] [name[=value] ...] or export -p\n");
        boolean remove = false;
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                return BuiltinOptions.STATUS;
            }
            remove |= c == 'n';
        }
        if (o.operands().isEmpty()) {
            if (!remove) {
                b.say(b.out(), sh.vars.declarations());
            }
            return 0;
        }
        int status = 0;
        for (String a : o.operands()) {
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!Variables.isName(name)) {
                status = invalid(b, "export", a);
                continue;
            }
            if (eq >= 0 && sh.vars.isReadonly(name)) {
                status = readonly(b, "", name);     // bash: not set, but exported all the same
            } else if (eq >= 0) {
                sh.vars.set(name, a.substring(eq + 1));
            }
            if (remove) {
                sh.vars.unexport(name);
            } else {
                sh.vars.export(name);
                sh.vars.propagate(name);        // x=1 export x: x stays 1 after the command (bash)
            }
        }
        return status;
    }

    /**
     * readonly [NAME[=VALUE]...] or readonly -p: marks each NAME readonly, after giving it
     * VALUE; no NAME (or -p) lists the readonly variables as declare -r. Simplified: no -a/-A
     * (there are no arrays) and no -f (functions are never readonly); the shell's own
     * variables (PPID, UID ...) are not readonly, as they are in bash.
     */
    static int readonly(BuiltinFrame b, Shell sh, List<String> argv) {
        BuiltinOptions o = new BuiltinOptions(b, argv, "p",
                "readonly: usage: readonly [-aAf] [name[=value] ...] or readonly -p\n");
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                return BuiltinOptions.STATUS;
            }
        }
        if (o.operands().isEmpty()) {
            b.say(b.out(), sh.vars.readonlyDeclarations());
            return 0;
        }
        int status = 0;
        for (String a : o.operands()) {
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!Variables.isName(name)) {
                status = invalid(b, "readonly", a);
            } else if (eq >= 0 && sh.vars.isReadonly(name)) {
                status = readonly(b, "", name);
            } else {
                if (eq >= 0) {
                    sh.vars.set(name, a.substring(eq + 1));
                }
                sh.vars.makeReadonly(name);
                sh.vars.propagate(name);
            }
        }
        return status;
    }

    /** bash's error for an assignment to a readonly NAME (by the builtin, "" for none): 1. */
    static int readonly(BuiltinFrame b, String builtin, String name) {
        b.say(b.err(), "miniunix: " + builtin + name + ": readonly variable\n");
        return 1;
    }

    /**
     * unset [-f | -v | -n] NAME...: -f functions, -v variables; with neither, a variable, or
     * the function of that name when there is no such variable, or when NAME is no variable's
     * name (bash). -n unsets a nameref itself: there are none, so it unsets no variable.
     */
    static int unset(BuiltinFrame b, Shell sh, List<String> argv) {
        BuiltinOptions o = new BuiltinOptions(b, argv, "fvn", "unset: usage: unset [-f] [-v] [-n] [name ...]\n");
        boolean functions = false;
        boolean variables = false;
        boolean nameref = false;
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                return BuiltinOptions.STATUS;
            }
            functions |= c == 'f';
            variables |= c == 'v';
            nameref |= c == 'n';
        }
        if (functions && variables) {
            b.say(b.err(), "miniunix: unset: cannot simultaneously unset a function and a variable\n");
            return 1;
        }
        int status = 0;
        for (String a : o.operands()) {
            if (functions) {
                sh.functions.remove(a);
            } else if (nameref) {
                continue;                       // no variable is a nameref: nothing to unset
            } else if (!Variables.isName(a) && variables) {
                status = invalid(b, "unset", a);
            } else if (!Variables.isName(a)) {
                sh.functions.remove(a);         // bash: not a variable's name, maybe a function's
            } else if (!variables && sh.vars.value(a) == null && sh.functions.containsKey(a)) {
                sh.functions.remove(a);
            } else if (sh.vars.isReadonly(a)) {
                b.say(b.err(), "miniunix: unset: " + a + ": cannot unset: readonly variable\n");
                status = 1;
            } else {
                sh.vars.unset(a);
            }
        }
        return status;
    }

    /**
     * local [-prx] [+rx] [NAME[=VALUE]...]: declare's options and words (see {@link #declare}),
     * each NAME a local of the running call ({@link Variables#local}); no NAME lists the call's
     * locals. Simplified: no -g (bash accepts it and still makes NAME local).
     */
    static int local(BuiltinFrame b, Shell sh, List<String> argv) {
        if (!sh.vars.inFunction()) {
            b.say(b.err(), "miniunix: local: can only be used in a function\n");
            return 1;
        }
        return declare(b, sh, argv, true);
    }

    /**
     * declare (and typeset) [-gprx] [+rx] [NAME[=VALUE]...], as bash 5.2's for plain
     * variables: -r readonly (+r on a readonly one is its error), -x export (+x takes it out of
     * the environment), -p prints each NAME as bash's {@code declare -rx NAME="value"} (or
     * {@code NAME: not found}, status 1); with no NAME, -p, -r or -x list every variable that
     * has those attributes, and no option lists them as set does. In a function, NAME becomes
     * the call's local (as local makes it) unless -g gives the global one.
     * Simplified: no arrays (-a/-A), integers (-i), namerefs (-n), case attributes (-l/-u),
     * -t, -I, or functions (-f/-F): each is an invalid option.
     */
    static int declare(BuiltinFrame b, Shell sh, List<String> argv) {
        return declare(b, sh, argv, false);
    }

    /** declare, typeset or (isLocal) local. */
    private static int declare(BuiltinFrame b, Shell sh, List<String> argv, boolean isLocal) {
        String builtin = argv.get(0);
        String usage = isLocal ? "local: usage: local [option] name[=value] ...\n"
                : builtin + ": usage: " + builtin + " [-gprx] [name[=value] ...] or " + builtin + " -p [-rx] [name ...]\n";
        boolean global = false;
        boolean print = false;
        int readonly = 0;                       // 1: -r, -1: +r (the last one given counts)
        int export = 0;                         // 1: -x, -1: +x
        int i = 1;
        for (; i < argv.size(); i++) {
            String w = argv.get(i);
            if (w.equals("--")) {
                i++;
                break;
            }
            if (w.length() < 2 || w.charAt(0) != '-' && w.charAt(0) != '+') {
                break;
            }
            boolean on = w.charAt(0) == '-';
            for (int k = 1; k < w.length(); k++) {
                char c = w.charAt(k);
                switch (isLocal && (c == 'g') ? '?' : on ? c : Character.toUpperCase(c)) {
                    case 'g' -> global = true;
                    case 'p' -> print = true;
                    case 'r' -> readonly = 1;
                    case 'R' -> readonly = -1;
                    case 'x' -> export = 1;
                    case 'X' -> export = -1;
                    case 'G', 'P' -> { }        // bash accepts +g and +p, and they change nothing
                    default -> {
                        b.say(b.err(), "miniunix: " + builtin + ": " + w.charAt(0) + c + ": invalid option\n" + usage);
                        return BuiltinOptions.STATUS;
                    }
                }
            }
        }
        List<String> names = argv.subList(i, argv.size());
        if (names.isEmpty() && isLocal) {
            b.say(b.out(), sh.vars.locals());
            return 0;
        }
        if (names.isEmpty()) {
            if (print || readonly == 1 || export == 1) {
                b.say(b.out(), sh.vars.declarations(readonly == 1, export == 1));
            } else if (readonly == 0 && export == 0) {
                b.say(b.out(), SetBuiltin.variables(sh));
            }
            return 0;
        }
        int status = 0;
        if (print) {
            for (String name : names) {
                String line = sh.vars.declaration(name);
                if (line == null) {
                    b.say(b.err(), "miniunix: " + builtin + ": " + name + ": not found\n");
                    status = 1;
                } else {
                    b.say(b.out(), line);
                }
            }
            return status;
        }
        boolean local = sh.vars.inFunction() && !global;
        for (String a : names) {
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            String value = eq < 0 ? null : a.substring(eq + 1);
            if (!Variables.isName(name)) {
                status = invalid(b, builtin, a);
            } else if (sh.vars.isReadonly(name) && (value != null || readonly < 0)) {
                status = readonly(b, builtin + ": ", name);
            } else if (local && !sh.vars.isLocal(name) && sh.vars.isReadonly(name)) {
                status = readonly(b, builtin + ": ", name);
            } else {
                if (local) {
                    sh.vars.local(name, value);
                } else if (value != null && global) {
                    sh.vars.setGlobal(name, value);
                } else if (value != null) {
                    sh.vars.set(name, value);
                } else {
                    sh.vars.declare(name);     // bash: it exists, unset: declare -p shows declare -- NAME
                }
                if (export > 0) {
                    sh.vars.export(name);
                } else if (export < 0) {
                    sh.vars.unexport(name);
                }
                if (readonly > 0) {
                    sh.vars.makeReadonly(name);
                }
                if (readonly > 0 || export > 0) {
                    sh.vars.propagate(name);
                }
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
