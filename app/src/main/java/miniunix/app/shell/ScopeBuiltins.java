package miniunix.app.shell;

import java.util.List;
import java.util.function.Consumer;

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
     * export [-fn] [NAME[=VALUE]...] or export -p: no NAME lists the exported variables as
     * declare -x; -n takes NAME out of the environment (keeping it and its new VALUE); -f
     * exports functions ({@link #exportFunction}), and lists them with no NAME.
     */
    static int export(BuiltinFrame b, Shell sh, List<String> argv) {
        BuiltinOptions o = new BuiltinOptions(b, argv, "fnp",
                "export: usage: export [-fn] [name[=value] ...] or export -p\n");
        boolean remove = false;
        boolean functions = false;
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                return BuiltinOptions.STATUS;
            }
            remove |= c == 'n';
            functions |= c == 'f';
        }
        if (functions) {
            return functions(b, sh, "export", o.operands(), sh.exportedFunctions, !remove);
        }
        if (o.operands().isEmpty()) {
            if (!remove) {
                b.say(b.out(), Declarations.exported(sh.vars));
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
            } else if (eq >= 0 && !set(b, sh, "export", name, a.substring(eq + 1))) {
                return LEFT;
            }
            if (remove) {
                sh.vars.unexport(name);
            } else {
                sh.vars.export(name);
                sh.vars.scopes.propagate(name);        // x=1 export x: x stays 1 after the command (bash)
            }
        }
        return status;
    }

    /**
     * readonly [-f] [NAME[=VALUE]...] or readonly -p: marks each NAME readonly, after giving it
     * VALUE; no NAME (or -p) lists the readonly variables as declare -r; -f makes functions
     * readonly (no redefinition, no unset), and lists them with no NAME. Simplified: no
     * -a/-A (there are no arrays).
     */
    static int readonly(BuiltinFrame b, Shell sh, List<String> argv) {
        BuiltinOptions o = new BuiltinOptions(b, argv, "aAfp",
                "readonly: usage: readonly [-aAf] [name[=value] ...] or readonly -p\n");
        boolean functions = false;
        char array = 0;
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                return BuiltinOptions.STATUS;
            }
            functions |= c == 'f';
            array = c == 'a' || c == 'A' ? (char) c : array;
        }
        if (functions) {
            return functions(b, sh, "readonly", o.operands(), sh.readonlyFunctions, true);
        }
        if (o.operands().isEmpty()) {
            b.say(b.out(), Declarations.readonly(sh.vars));
            return 0;
        }
        int status = 0;
        int first = argv.size() - o.operands().size();
        for (int k = 0; k < o.operands().size(); k++) {
            String a = o.operands().get(k);
            ArrayAssign list = b.compound(first + k);
            int eq = a.indexOf('=');
            String name = list != null ? list.name() : eq < 0 ? a : a.substring(0, eq);
            if (array != 0 || list != null) {
                int st = declareArray(b, sh, "readonly", name, array, list,
                        list != null ? "" : eq < 0 ? null : a.substring(eq + 1), false, null);
                if (st == 0) {
                    sh.vars.makeReadonly(name);
                }
                status = st > 0 ? st : status;
            } else if (!Variables.isName(name)) {
                status = invalid(b, "readonly", a);
            } else if (eq >= 0 && sh.vars.isReadonly(name)) {
                status = readonly(b, "", name);
            } else {
                if (eq >= 0 && !set(b, sh, "readonly", name, a.substring(eq + 1))) {
                    return LEFT;
                }
                sh.vars.makeReadonly(name);
                sh.vars.scopes.propagate(name);
            }
        }
        return status;
    }

    /**
     * export -f and readonly -f: each NAME, a function, gets the attribute (marked in the set;
     * export -fn takes it off); one that is no function is bash's error, status 1. No NAME
     * lists the functions that have it, as declare -f prints them.
     */
    private static int functions(BuiltinFrame b, Shell sh, String builtin, List<String> names,
                                 java.util.Set<String> marked, boolean on) {
        if (names.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (java.util.Map.Entry<String, Node.FunctionDef> f : sh.functions.entrySet()) {
                if (marked.contains(f.getKey())) {
                    sb.append(DeclareBuiltin.definition(sh, f.getKey(), f.getValue()));
                }
            }
            b.say(b.out(), sb.toString());
            return 0;
        }
        int status = 0;
        for (String name : names) {
            if (!sh.functions.containsKey(name)) {
                b.error("" + builtin + ": " + name + ": not a function\n");
                status = 1;
            } else if (marked == sh.exportedFunctions) {
                exportFunction(sh, name, on);
            } else {
                marked.add(name);
            }
        }
        return status;
    }

    /**
     * export -f NAME (on) or export -fn NAME: the function goes into the environment of the
     * commands the shell runs (or no more), as bash's BASH_FUNC_NAME%%=() {...}, which a
     * miniunix shell started there defines again ({@link Shell#importFunction}).
     */
    static void exportFunction(Shell sh, String name, boolean on) {
        if (on) {
            sh.exportedFunctions.add(name);
        } else {
            sh.exportedFunctions.remove(name);
        }
    }

    /**
     * export's and readonly's NAME=VALUE: false when VALUE is a bad expression for an integer
     * NAME (declare -i), bash's error, which ends the command line (the frame is gone).
     */
    private static boolean set(BuiltinFrame b, Shell sh, String builtin, String name, String value) {
        if (sh.xtrace()) {      // bash's export and readonly trace their assignments (declare does not)
            b.say(b.err(), Prompts.tracePrefix(sh) + name + "=" + (value.isEmpty() ? "" : SimpleFrame.quote(value)) + "\n");
        }
        try {
            sh.vars.set(name, value);
            return true;
        } catch (Arith.Failure f) {
            sh.expansionError(builtin + ": " + f.getMessage(), f.fatal);
            return false;
        }
    }

    /** bash's error for an assignment to a readonly NAME (by the builtin, "" for none): 1. */
    static int readonly(BuiltinFrame b, String builtin, String name) {
        b.error(builtin + name + ": readonly variable\n");
        return 1;
    }

    /**
     * unset [-f | -v | -n] NAME...: -f functions, -v variables; with neither, a variable, or
     * the function of that name when there is no such variable, or when NAME is no variable's
     * name (bash). A nameref NAME unsets the variable it refers to; -n unsets NAME itself, if
     * it is a nameref (any other NAME stays).
     * A readonly function or variable is bash's error, and so are BASH_SOURCE and BASH_LINENO.
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
            b.error("unset: cannot simultaneously unset a function and a variable\n");
            return 1;
        }
        int status = 0;
        for (String a : o.operands()) {
            if (functions && sh.readonlyFunctions.contains(a)) {
                b.error("unset: " + a + ": cannot unset: readonly function\n");
                status = 1;
            } else if (functions) {
                removeFunction(sh, a);
            } else if (nameref && Variables.isName(a) && !sh.vars.attributes(a).contains(Attribute.NAMEREF)) {
                continue;                       // bash: -n unsets only a nameref; another NAME stays
            } else if (isElement(a)) {
                status = Math.max(status, unsetElement(b, sh, a));
            } else if (!Variables.isName(a) && variables) {
                status = invalid(b, "unset", a);
            } else if (!Variables.isName(a) || !variables && !nameref && sh.vars.value(a) == null
                    && sh.functions.containsKey(a)) {
                if (sh.readonlyFunctions.contains(a)) {     // bash: not a variable's name, maybe a function's
                    b.error("unset: " + a + ": cannot unset: readonly function\n");
                    status = 1;
                } else {
                    removeFunction(sh, a);
                }
            } else if (sh.vars.isNounset(nameref ? a : sh.vars.resolve(a))) {
                b.error("unset: " + a + ": cannot unset\n");
                status = 1;
            } else if (nameref ? sh.vars.isReadonlyItself(a) : sh.vars.isReadonly(a)) {
                b.error("unset: " + a + ": cannot unset: readonly variable\n");
                status = 1;
            } else {
                String target = nameref ? a : sh.vars.resolve(a);     // unset -n: the nameref itself
                sh.vars.unset(target.isEmpty() ? a : target);
            }
        }
        return status;
    }

    /** NAME[INDEX], as unset takes an array's element. */
    private static boolean isElement(String a) {
        int open = a.indexOf('[');
        return open > 0 && a.endsWith("]") && Variables.isName(a.substring(0, open));
    }

    /**
     * unset 'NAME[INDEX]': the element goes (an indexed array's INDEX evaluated, negative from
     * the end); [@] or [*] unsets the whole array; a scalar's [0] is the scalar itself.
     */
    private static int unsetElement(BuiltinFrame b, Shell sh, String a) {
        int open = a.indexOf('[');
        String name = a.substring(0, open);
        String sub = a.substring(open + 1, a.length() - 1);
        if (sh.vars.isNounset(name)) {
            b.error("unset: " + name + ": cannot unset\n");
            return 1;
        }
        if (sh.vars.isReadonly(name)) {
            b.error("unset: " + name + ": cannot unset: readonly variable\n");
            return 1;
        }
        ShellArray arr = sh.vars.array(name);
        if (sub.equals("@") || sub.equals("*")) {
            sh.vars.unset(name);
            return 0;
        }
        if (arr != null && arr.isAssoc()) {
            arr.remove(sub);
            return 0;
        }
        long i;
        try {
            i = Arith.eval(sub, sh.vars);
        } catch (Arith.Failure f) {
            b.error("unset: " + f.getMessage() + "\n");
            return 1;
        }
        long size = arr == null ? 1 : arr.maxIndex() + 1;
        if (i < 0 && i + size < 0) {
            b.error("unset: [" + sub + "]: bad array subscript\n");
            return 1;
        }
        i = i < 0 ? i + size : i;
        if (arr == null && i == 0) {
            sh.vars.unset(name);
        } else if (arr != null) {
            arr.remove(i);
        }
        return 0;
    }

    /**
     * local [OPTION...] [NAME[=VALUE]...]: declare's options and words ({@link DeclareBuiltin}),
     * each NAME a local of the running call ({@link Scopes#local}); no NAME lists the call's
     * locals. Simplified: no -g (bash accepts it and still makes NAME local).
     */
    static int local(BuiltinFrame b, Shell sh, List<String> argv) {
        if (!sh.vars.scopes.inFunction()) {
            b.error("local: can only be used in a function\n");
            return 1;
        }
        return DeclareBuiltin.run(b, sh, argv, true);
    }

    /**
     * declare -a NAME[=(...)] for a NAME that ignores assignments (GROUPS, FUNCNAME ...), as
     * bash's: a local one is bash's error (said twice with a value: by the assignment, then by
     * local); a global one with a value drops the line, silently, at the top level, and is let
     * go (status 0) in a function; without a value it changes nothing.
     */
    private static int noassignArray(BuiltinFrame b, Shell sh, String builtin, String name, boolean value,
                                     boolean local) {
        if (local) {
            if (value) {
                b.error(name + ": variable may not be assigned value\n");
            }
            b.error(builtin + ": " + name + ": variable may not be assigned value\n");
            return 1;
        }
        if (value && !sh.vars.scopes.inFunction()) {
            sh.expansionError("", false);
            return LEFT;
        }
        return 0;
    }

    /** declare and typeset: see {@link DeclareBuiltin}. */
    static int declare(BuiltinFrame b, Shell sh, List<String> argv) {
        return DeclareBuiltin.run(b, sh, argv, false);
    }

    /**
     * declare -a/-A NAME[=VALUE] or declare NAME=(...): NAME made an array (local first in a
     * function), given the attributes (declare -i, -l, -u ...; null: none) and then its
     * value, which they convert. Returns 0 when -r and -x are still to be given, 1 after an
     * error said, {@link #LEFT} when nothing more is to be done (a bad subscript, or an
     * integer's bad expression: bash says it without the builtin's name and leaves the line).
     */
    static int declareArray(BuiltinFrame b, Shell sh, String builtin, String name, char array,
                            ArrayAssign list, String value, boolean local, Consumer<String> attributes) {
        if (!Variables.isName(name)) {
            return invalid(b, builtin, name);
        }
        if (sh.vars.isReadonly(name) && (value != null || local && !sh.vars.scopes.isLocal(name))) {
            return readonly(b, builtin + ": ", name);
        }
        ShellArray old = sh.vars.array(name);
        boolean assoc = array == 'A' || array == 0 && old != null && old.isAssoc();
        if (old != null && old.isAssoc() != assoc && !(local && !sh.vars.scopes.isLocal(name))) {
            b.error("" + builtin + ": " + name + ": cannot convert "
                    + (assoc ? "indexed to associative" : "associative to indexed") + " array\n");
            return 1;
        }
        if (sh.vars.isNoassign(name)) {
            return noassignArray(b, sh, builtin, name, value != null, local);
        }
        if (local && !sh.vars.scopes.isLocal(name)) {
            sh.vars.scopes.local(name, null);
        }
        if (value == null) {
            sh.vars.declareArray(name, assoc);
            if (attributes != null) {
                attributes.accept(name);
            }
            return 0;
        }
        sh.vars.toArray(name, assoc);
        if (attributes != null) {
            attributes.accept(name);
        }
        ArrayAssign.Failure f;
        try {
            f = (list != null ? list : new ArrayAssign(name, "0", "0", false, value, null)).perform(sh.vars);
        } catch (Arith.Failure x) {
            sh.expansionError(x.getMessage(), x.fatal);
            return LEFT;
        }
        if (f != null && f.fatal()) {
            sh.expansionError(f.message(), false);
            return LEFT;
        }
        if (f != null) {
            for (String line : f.message().split("\n")) {
                b.error("" + line + "\n");
            }
        }
        return 0;
    }

    static int invalid(BuiltinFrame b, String builtin, String arg) {
        b.error("" + builtin + ": `" + arg + "': not a valid identifier\n");
        return 1;
    }

    private static void removeFunction(Shell sh, String name) {
        sh.functions.remove(name);
        sh.exportedFunctions.remove(name);
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
            b.error("return: can only `return' from a function or sourced script\n");
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
                error = sh.errorPrefix() + "return: " + argv.get(1) + ": numeric argument required\n";
            }
        }
        if (target >= 0) {
            sh.frame(target).returning(sh.vars.status);
        }
        sh.unwind(target < 0 ? 1 : target + 1);
        sh.vars.status = status;
        if (error != null) {
            sh.print(b.err(), error);
        }
        return LEFT;
    }
}
