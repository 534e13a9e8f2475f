package miniunix.app.shell;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * declare, typeset and local, as bash 5.2's for scalars: the options turn attributes on (-) or
 * off (+) for each NAME[=VALUE] or NAME+=VALUE, then the value is assigned (so declare -i x=2*3
 * gives 6); -p prints declare lines, -f and -F the functions; no NAME lists. In a function a
 * NAME is the call's local ({@link Scopes#local}) unless -g gives the global one.
 *
 * <p>Options: -r readonly (+r on a readonly NAME is bash's error), -x export, -i integer, -l
 * and -u case, -n nameref (its value must be a variable's name, not its own), -t trace, -g
 * global, -p print, -f functions (their bodies, or with -x/-r/+x their attributes), -F
 * function names ({@code declare -f NAME} lines with no NAME).
 * -a and -A make arrays ({@link ScopeBuiltins#declareArray}), also NAME=(...).
 * Simplified: no -I, an invalid option.
 */
final class DeclareBuiltin {
    private final BuiltinFrame b;
    private final Shell sh;
    private final String builtin;
    private final boolean isLocal;
    private boolean global;
    private boolean print;
    private boolean functions;
    private boolean functionNames;
    private int readonly;                       // 1: -r, -1: +r (the last one given counts)
    private int export;                         // 1: -x, -1: +x
    private char array;                         // 'a': -a, 'A': -A, else 0
    /** Where the NAMEs start in argv (a NAME=(...)'s elements are the frame's by that place). */
    private int first;
    private final EnumSet<Attribute> on = EnumSet.noneOf(Attribute.class);
    private final EnumSet<Attribute> off = EnumSet.noneOf(Attribute.class);

    private DeclareBuiltin(BuiltinFrame b, Shell sh, String builtin, boolean isLocal) {
        this.b = b;
        this.sh = sh;
        this.builtin = builtin;
        this.isLocal = isLocal;
    }

    /** declare, typeset or (isLocal) local with argv: its status, or ScopeBuiltins.LEFT. */
    static int run(BuiltinFrame b, Shell sh, List<String> argv, boolean isLocal) {
        DeclareBuiltin d = new DeclareBuiltin(b, sh, argv.get(0), isLocal);
        int i = d.options(argv);
        d.first = i;
        return i < 0 ? BuiltinOptions.STATUS : d.operands(argv.subList(i, argv.size()));
    }

    /** Reads the options: the index of the first NAME, or -1 after bash's error and usage line. */
    private int options(List<String> argv) {
        int i = 1;
        for (; i < argv.size(); i++) {
            String w = argv.get(i);
            if (w.equals("--")) {
                return i + 1;
            }
            if (w.length() < 2 || w.charAt(0) != '-' && w.charAt(0) != '+') {
                break;
            }
            boolean plus = w.charAt(0) == '+';
            for (int k = 1; k < w.length(); k++) {
                if (!option(w.charAt(k), plus)) {
                    String usage = isLocal ? "local: usage: local [option] name[=value] ...\n"
                            : builtin + ": usage: " + builtin + " [-aAfFgiIlnrtux] [name[=value] ...] or " + builtin
                            + " -p [-aAfFilnrtux] [name ...]\n";
                    b.error("" + builtin + ": " + w.charAt(0) + w.charAt(k) + ": invalid option\n"
                            + usage);
                    return -1;
                }
            }
        }
        // bash: -l and -u together cancel out
        if (on.contains(Attribute.LOWER) && on.contains(Attribute.UPPER)) {
            on.remove(Attribute.LOWER);
            on.remove(Attribute.UPPER);
        }
        return i;
    }

    /** One option letter, - or + (+g, +p, +f and +F change nothing, as in bash); false if bad. */
    private boolean option(char c, boolean plus) {
        Attribute a = Attribute.ofLetter(c);
        if (a != null) {
            (plus ? off : on).add(a);
            (plus ? on : off).remove(a);
            return true;
        }
        switch (c) {
            case 'g' -> global |= !plus && !isLocal;
            case 'p' -> print |= !plus;
            case 'f' -> functions |= !plus;
            case 'F' -> functionNames |= !plus;
            case 'r' -> readonly = plus ? -1 : 1;
            case 'x' -> export = plus ? -1 : 1;
            case 'a', 'A' -> array = plus ? array : c;
            default -> {
                return false;
            }
        }
        return !(isLocal && c == 'g');
    }

    private int operands(List<String> names) {
        if (functions || functionNames) {
            return functions(names);
        }
        if (names.isEmpty()) {
            list();
            return 0;
        }
        if (print) {
            int status = 0;
            for (String name : names) {
                boolean other = isLocal && !sh.vars.scopes.isLocal(name);  // local -p: the call's locals
                String line = other ? null : Declarations.of(sh.vars, name);
                if (line == null) {
                    b.error("" + builtin + ": " + name + ": not found\n");
                    status = 1;
                } else {
                    b.say(b.out(), line);
                }
            }
            return status;
        }
        int status = 0;
        for (int k = 0; k < names.size(); k++) {
            String a = names.get(k);
            ArrayAssign list = b.compound(first + k);
            int s = array != 0 || list != null ? declareArray(a, list) : declare(a);
            if (s == ScopeBuiltins.LEFT) {
                return s;
            }
            status = s != 0 ? s : status;
        }
        return status;
    }

    /** No NAME: local lists the call's locals; -p or an attribute the variables with them; else as set. */
    private void list() {
        if (isLocal) {
            b.say(b.out(), Declarations.locals(sh.vars));
        } else if (array != 0) {
            b.say(b.out(), Declarations.arrays(sh.vars, array == 'A'));
        } else if (print || readonly == 1 || export == 1 || !on.isEmpty()) {
            b.say(b.out(), Declarations.all(sh.vars, on, readonly == 1, export == 1));
        } else if (readonly == 0 && export == 0 && off.isEmpty()) {
            b.say(b.out(), SetBuiltin.variables(sh));
        }
    }

    /**
     * declare GROUPS=1 fails silently; local's (with a value or not) says bash's message
     * (bash's assign_in_env and make_local_variable checks of att_noassign).
     */
    private int noassign(String name, boolean local) {
        if (local) {
            b.error(builtin + ": " + name + ": variable may not be assigned value\n");
        }
        return 1;
    }

    /** One NAME[=VALUE] or NAME+=VALUE: its status (0, 1 after bash's error), or ScopeBuiltins.LEFT. */
    private int declare(String a) {
        int eq = a.indexOf('=');
        boolean append = eq > 0 && a.charAt(eq - 1) == '+';
        String name = eq < 0 ? a : a.substring(0, append ? eq - 1 : eq);
        String value = eq < 0 ? null : a.substring(eq + 1);
        boolean local = sh.vars.scopes.inFunction() && !global;
        if (!Variables.isName(name)) {
            return ScopeBuiltins.invalid(b, builtin, a);
        }
        boolean refItself = on.contains(Attribute.NAMEREF) || off.contains(Attribute.NAMEREF);
        boolean ro = refItself ? sh.vars.isReadonlyItself(name) : sh.vars.isReadonly(name);
        if (ro && (value != null || readonly < 0)) {
            return ScopeBuiltins.readonly(b, builtin + ": ", name);
        }
        if (local && !sh.vars.scopes.isLocal(name) && sh.vars.isReadonly(name)) {
            return ScopeBuiltins.readonly(b, builtin + ": ", name);
        }
        if ((value != null || local) && sh.vars.isNoassign(name)) {
            return noassign(name, local);
        }
        String reference = value != null ? value : sh.vars.ownValue(name);  // declare -n x: x's value too
        if (on.contains(Attribute.NAMEREF) && reference != null && !validReference(name, reference)) {
            return 1;
        }
        if (local) {
            sh.vars.scopes.local(name, null);
        } else if (value == null && sh.vars.array(name) == null) {
            sh.vars.declare(name);      // bash: it exists, unset: declare -p shows declare -- NAME
        }
        // declare -i r, for a nameref r, gives the attribute to what r refers to (bash)
        String target = refItself || local ? name : sh.vars.resolve(name);
        target = target.isEmpty() ? name : target;
        giveAttributes(target);
        if (value != null) {
            try {
                assign(target, value, append, refItself);
            } catch (Arith.Failure f) {
                sh.expansionError(builtin + ": " + f.getMessage(), f.fatal);
                return ScopeBuiltins.LEFT;
            }
        }
        if (refItself) {
            sh.vars.flagItself(target, readonly > 0, export);     // declare -rn r=x: r is readonly, not x
        } else {
            if (export > 0) {
                sh.vars.export(target);
            } else if (export < 0) {
                sh.vars.unexport(target);
            }
            if (readonly > 0) {
                sh.vars.makeReadonly(target);
            }
        }
        if (readonly > 0 || export > 0) {
            sh.vars.scopes.propagate(target);
        }
        return 0;
    }

    /** -a or -A NAME[=VALUE], or NAME=(...): the array made, then -r and -x given. */
    private int declareArray(String a, ArrayAssign list) {
        int eq = a.indexOf('=');
        String name = list != null ? list.name() : eq < 0 ? a : a.substring(0, eq);
        String value = list != null ? "" : eq < 0 ? null : a.substring(eq + 1);
        boolean local = sh.vars.scopes.inFunction() && !global;
        int status = ScopeBuiltins.declareArray(b, sh, builtin, name, array, list, value, local,
                this::giveAttributes);
        if (status != 0) {
            return status;
        }
        if (export > 0) {
            sh.vars.export(name);
        } else if (export < 0) {
            sh.vars.unexport(name);
        }
        if (readonly > 0) {
            sh.vars.makeReadonly(name);
        }
        return 0;
    }

    /** The -X and +X options' attributes, given to NAME. */
    private void giveAttributes(String name) {
        for (Attribute at : on) {
            sh.vars.attribute(name, at, true);
        }
        for (Attribute at : off) {
            sh.vars.attribute(name, at, false);
        }
    }

    private void assign(String target, String value, boolean append, boolean refItself) {
        if (refItself && on.contains(Attribute.NAMEREF)) {
            sh.vars.setReference(target, value);
        } else if (append) {
            sh.vars.append(target, value);
        } else if (global) {
            sh.vars.scopes.setGlobal(target, value);
        } else {
            sh.vars.set(target, value);
        }
    }

    /** declare -n NAME=VALUE: VALUE must name a variable other than NAME (bash's errors). */
    private boolean validReference(String name, String value) {
        int open = value.indexOf('[');
        boolean element = open > 0 && Variables.isName(value.substring(0, open)) && value.length() > open + 2
                && WordLexer.rawClose(value, open) == value.length() - 1;     // ARRAY[INDEX]
        if (!Variables.isName(value) && !element) {
            b.error("" + builtin + ": `" + value + "': invalid variable name for name reference\n");
            return false;
        }
        if (value.equals(name)) {
            b.error("" + builtin + ": " + name + ": nameref variable self references not allowed\n");
            return false;
        }
        return true;
    }

    /**
     * declare -f / -F: no NAME lists the functions (bodies, or {@code declare -f NAME} lines),
     * only those with -x or -r when asked; with NAMEs, -x -r +x give them attributes, else each
     * is printed (-F: its name; -f: its definition; with -p, its declare line too, as in the
     * listing, when it has attributes); a NAME that is no function makes
     * the status 1, without a word (bash).
     */
    private int functions(List<String> names) {
        if (names.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Node.FunctionDef> f : sh.functions.entrySet()) {
                boolean x = sh.exportedFunctions.contains(f.getKey());
                boolean r = sh.readonlyFunctions.contains(f.getKey());
                if (!(export > 0 && !x || readonly > 0 && !r)) {
                    sb.append(functionNames ? functionLine(sh, f.getKey()) : definition(sh, f.getKey(), f.getValue()));
                }
            }
            b.say(b.out(), sb.toString());
            return 0;
        }
        int status = 0;
        boolean change = !print && (export != 0 || readonly > 0);
        for (String name : names) {
            Node.FunctionDef f = sh.functions.get(name);
            if (f == null) {
                status = 1;
            } else if (change) {
                if (export != 0) {
                    ScopeBuiltins.exportFunction(sh, name, export > 0);
                }
                if (readonly > 0) {
                    sh.readonlyFunctions.add(name);
                }
            } else if (functionNames) {
                b.say(b.out(), print ? functionLine(sh, name) : name + "\n");
            } else {
                b.say(b.out(), print ? definition(sh, name, f) : Printer.function(name, f) + "\n");
            }
        }
        return status;
    }

    /** A function as declare -f prints it: its definition, then its declare line if it has attributes. */
    static String definition(Shell sh, String name, Node.FunctionDef f) {
        boolean attributes = sh.exportedFunctions.contains(name) || sh.readonlyFunctions.contains(name);
        return Printer.function(name, f) + "\n" + (attributes ? functionLine(sh, name) : "");
    }

    /** "declare -f NAME", with its r and x: declare -F's line, as export -f and readonly -f list. */
    static String functionLine(Shell sh, String name) {
        return "declare -f" + (sh.readonlyFunctions.contains(name) ? "r" : "")
                + (sh.exportedFunctions.contains(name) ? "x" : "") + " " + name + "\n";
    }
}
