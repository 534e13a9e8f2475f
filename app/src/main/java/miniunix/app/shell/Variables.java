package miniunix.app.shell;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shell's variables and parameters: named variables, the positional parameters ($1 ...,
 * $#, $@, $*) and the special ones ($?, $$, $!, $0, $-). A variable is a shell variable until
 * it is exported; the exported ones (with a value) make the environment handed to execve, in
 * the order they were first set, as a real environ is. The options of `set` live here too,
 * since expansion needs them (set -u, set -f) and $- shows them.
 *
 * <p><b>Locals</b> (bash's dynamic scoping) are shallow binding: there is one table of
 * values, the one every lookup sees; `local NAME` in a function saves NAME's value and
 * export flag in the call's {@link Scope} the first time, and the end of the call puts
 * them back. So a function sees its callers' locals, and a local hides a global only until
 * its function returns, exactly as in bash.
 *
 * <p>Plain data: {@link #copy} is deep.
 */
final class Variables {
    /**
     * What a scope belongs to: a function call's locals, or the NAME=value words before a
     * command that are its temporary environment (bash's temporary_env), which end with it.
     */
    enum Kind {
        /** A function call: `local` makes its variables. */
        CALL,
        /** NAME=value before a builtin: export or readonly of one keeps it ({@link #propagate}). */
        PREFIX,
        /** NAME=value before a function call (just below the call's own scope): as PREFIX. */
        PREFIX_OF_CALL,
        /** NAME=value before . source eval: export or readonly of one does not keep it (bash). */
        PREFIX_OF_SOURCE
    }

    /**
     * One scope's variables: what each hid (null: it was unset) and whether it was exported.
     * Invariant: the value a NAME has now is the binding of the innermost scope that saved
     * NAME (the globals' when none did).
     */
    private static final class Scope {
        final Kind kind;
        final LinkedHashMap<String, String> saved = new LinkedHashMap<>();
        /** The arrays the call's locals hid (a local's saved scalar is then null). */
        final HashMap<String, ShellArray> savedArrays = new HashMap<>();
        final HashSet<String> wasExported = new HashSet<>();
        /** The attributes (declare -i ...) of the variables it hid, for those that had some; or null. */
        HashMap<String, EnumSet<Attribute>> savedAttrs;
        /** A prefix's NAMEs given an attribute (export, readonly): they keep their value at its end. */
        HashSet<String> kept;
        /** getopts' place when the call made OPTIND local, given back when it ends (bash 5). */
        int[] getopts;

        Scope(Kind kind) {
            this.kind = kind;
        }

        boolean isPrefix() {
            return kind != Kind.CALL;
        }

        Scope copy() {
            Scope s = new Scope(kind);
            s.saved.putAll(saved);
            for (Map.Entry<String, ShellArray> e : savedArrays.entrySet()) {
                s.savedArrays.put(e.getKey(), e.getValue().copy());
            }
            s.wasExported.addAll(wasExported);
            s.savedAttrs = savedAttrs == null ? null : copyAttrs(savedAttrs);
            s.kept = kept == null ? null : new HashSet<>(kept);
            s.getopts = getopts == null ? null : getopts.clone();
            return s;
        }
    }

    /** How many namerefs in a row a name may go through (bash's NAMEREF_MAX). */
    private static final int MAX_NAMEREFS = 8;

    private final LinkedHashMap<String, String> values;
    /**
     * The array variables. Invariant: a name is in values or here, never both; an array is
     * never exported (bash passes no arrays in the environment).
     */
    private final HashMap<String, ShellArray> arrays;
    private final LinkedHashSet<String> exported;
    /** readonly NAME: set no more, unset never, for the rest of the shell's life. */
    private final HashSet<String> readonly;
    /** declare NAME with no value nor attribute: a variable that exists, unset (declare -p shows it). */
    private final HashSet<String> declared;
    /** Each variable's attributes besides readonly and export (declare -i -n -t -l -u); absent: none. */
    private HashMap<String, EnumSet<Attribute>> attrs = new HashMap<>();
    /**
     * Some variable is a nameref, or has -i, -l or -u and is not readonly: only then do
     * lookups and assignments look at attrs (see {@link #refresh}), so that plain variables
     * cost what they did before attributes.
     */
    private boolean active;
    private ArrayList<Scope> scopes = new ArrayList<>();
    /** The options of `set` that are on. */
    private EnumSet<ShellOption> options = EnumSet.of(ShellOption.BRACEEXPAND);
    /**
     * The letters $- shows besides the options: "i" (interactive) before "m", "s" (commands
     * from stdin) or "c" (sh -c) at the end, as bash orders them.
     */
    String modes = "";
    String input = "";
    /** $1, $2, ...: `sh -c CMDS NAME ARGS...` and `sh FILE ARGS...` set them; shift drops some. */
    private ArrayList<String> positional = new ArrayList<>();
    /** $0 */
    final String arg0;
    /** $?: status of the last command. */
    int status;
    /**
     * PIPESTATUS: the status of each command of the last foreground pipeline (a simple
     * command counts as a pipeline of one; compound commands leave it as their last
     * pipeline set it), before a ! applies, as bash keeps it.
     */
    int[] pipeStatus = {0};
    /** $$: the shell's pid (subshells keep their parent's). */
    int pid;
    /**
     * $LINENO: the line of the command running (bash's line_number), counted in the text it
     * was read from (the script, the sourced file, the trap's string; eval's from its own
     * line); 0 before the first command. Error messages of a non-interactive shell say it.
     */
    int lineno;
    /** $!: pid of the last background job, 0 when there is none. */
    int lastBackground;
    /**
     * $RANDOM's generator: Park and Miller's minimal standard, x = 16807 x mod (2^31 - 1),
     * as bash uses; seeded from getrandom(2) at start, so from --seed, or by RANDOM=N.
     */
    private long randomState = 1;
    /**
     * getopts' place between calls (bash's sh_optind, curind and charindex): the index of the
     * next argument (0: start afresh at 1), the argument a grouped -abc is being read from and
     * the offset of its next letter (-1: none). Assigning OPTIND (or unset or local OPTIND)
     * sets the index from the new value, 1 starting over as POSIX says; getopts' own update
     * of OPTIND does not ({@link #setOptind}).
     */
    int optind;
    int optCur;
    int optNext = -1;

    Variables(String arg0) {
        this(arg0, new LinkedHashMap<>(), new HashMap<>(), new LinkedHashSet<>(), new HashSet<>(), new HashSet<>());
    }

    private Variables(String arg0, LinkedHashMap<String, String> values, HashMap<String, ShellArray> arrays,
                      LinkedHashSet<String> exported, HashSet<String> readonly, HashSet<String> declared) {
        this.arg0 = arg0;
        this.values = values;
        this.arrays = arrays;
        this.exported = exported;
        this.readonly = readonly;
        this.declared = declared;
    }

    Variables copy() {
        HashMap<String, ShellArray> a = new HashMap<>();
        for (Map.Entry<String, ShellArray> e : arrays.entrySet()) {
            a.put(e.getKey(), e.getValue().copy());
        }
        Variables v = new Variables(arg0, new LinkedHashMap<>(values), a, new LinkedHashSet<>(exported),
                new HashSet<>(readonly), new HashSet<>(declared));
        v.positional = new ArrayList<>(positional);
        v.attrs = copyAttrs(attrs);
        v.active = active;
        for (Scope sc : scopes) {
            v.scopes.add(sc.copy());
        }
        v.options = EnumSet.copyOf(options);
        v.modes = modes;
        v.input = input;
        v.status = status;
        v.pipeStatus = pipeStatus.clone();
        v.pid = pid;
        v.lineno = lineno;
        v.lastBackground = lastBackground;
        v.randomState = randomState;
        v.optind = optind;
        v.optCur = optCur;
        v.optNext = optNext;
        return v;
    }

    private static HashMap<String, EnumSet<Attribute>> copyAttrs(HashMap<String, EnumSet<Attribute>> m) {
        HashMap<String, EnumSet<Attribute>> c = new HashMap<>();
        for (Map.Entry<String, EnumSet<Attribute>> e : m.entrySet()) {
            c.put(e.getKey(), EnumSet.copyOf(e.getValue()));
        }
        return c;
    }

    /** NAME → [A-Za-z_][A-Za-z0-9_]* */
    static boolean isName(String s) {
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Lexer.isNameChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The value of a parameter as $name expands it: "" when unset; $@ and $* joined by spaces. */
    String get(String name) {
        String v = parameter(name);
        return v == null ? "" : v;
    }

    /** The value of a parameter, or null when it is unset ($! before any background job, $7 ...). */
    String parameter(String name) {
        return switch (name) {
            case "?" -> Integer.toString(status);
            case "$" -> Integer.toString(pid);
            case "!" -> lastBackground == 0 ? null : Integer.toString(lastBackground);
            case "#" -> Integer.toString(positional.size());
            case "0" -> arg0;
            case "-" -> flags();
            case "@", "*" -> positional.isEmpty() ? null : String.join(" ", positional);
            case "RANDOM" -> values.containsKey("RANDOM") ? Integer.toString(random()) : null;
            case "PIPESTATUS" -> Integer.toString(pipeStatus[0]);
            case "LINENO" -> Integer.toString(lineno);
            default -> Parser.isDigits(name) ? positional(name) : scalar(active ? resolve(name) : name);
        };
    }

    /** $NAME: the variable's value, or element 0 of an array (key "0" of an associative one). */
    private String scalar(String name) {
        String v = values.get(name);
        if (v != null || arrays.isEmpty()) {
            return v;
        }
        ShellArray a = arrays.get(name);
        return a == null ? null : a.isAssoc() ? a.get("0") : a.get(0);
    }

    /**
     * The array NAME, or null when NAME is no array. PIPESTATUS is one, made afresh from
     * the statuses of the last pipeline each time it is asked for.
     */
    ShellArray array(String name) {
        if (name.equals("PIPESTATUS")) {
            List<String> st = new ArrayList<>(pipeStatus.length);
            for (int s : pipeStatus) {
                st.add(Integer.toString(s));
            }
            return ShellArray.of(st);
        }
        return arrays.isEmpty() ? null : arrays.get(name);
    }

    /**
     * NAME=(VALUE...) from Java: NAME becomes the indexed array of these values, at 0, 1, ...
     * (as bash sets BASH_REMATCH). The caller has checked that NAME is not readonly.
     */
    void setArray(String name, List<String> list) {
        putArray(name, ShellArray.of(list));
    }

    /** NAME's value becomes the array a (a local stays local); NAME is set from now on. */
    void putArray(String name, ShellArray a) {
        values.remove(name);
        arrays.put(name, a);
        declared.remove(name);
    }

    /**
     * The array NAME, made one if it is not: a scalar's value becomes element 0 (of an
     * associative one: key "0"), an unset NAME an empty array. The caller has checked that
     * an associative array is not asked of an indexed one (bash's "cannot convert").
     */
    ShellArray toArray(String name, boolean assoc) {
        ShellArray a = name.equals("PIPESTATUS") ? null : arrays.get(name);
        declared.remove(name);
        if (a != null) {
            return a;
        }
        a = assoc ? ShellArray.assoc() : ShellArray.indexed();
        String v = values.remove(name);
        if (v != null) {
            if (assoc) {
                a.put("0", v);
            } else {
                a.put(0, v);
            }
        }
        arrays.put(name, a);
        return a;
    }

    /** declare -a NAME / -A NAME with no value: an array that exists, with no element yet shown. */
    void declareArray(String name, boolean assoc) {
        boolean invisible = !values.containsKey(name) && !arrays.containsKey(name) || declared.contains(name);
        toArray(name, assoc);
        if (invisible) {
            declared.add(name);
        }
    }

    private String positional(String digits) {
        if (digits.length() > 9) {
            return null;
        }
        int n = Integer.parseInt(digits);
        return n >= 1 && n <= positional.size() ? positional.get(n - 1) : null;
    }

    /** $1 ... $N, as "$@" lists them. */
    List<String> positional() {
        return positional;
    }

    void setPositional(List<String> args) {
        positional = new ArrayList<>(args);
    }

    /** shift N: drops the first n positional parameters; false (nothing done) if there are fewer. */
    boolean shift(int n) {
        if (n > positional.size()) {
            return false;
        }
        positional = new ArrayList<>(positional.subList(n, positional.size()));
        return true;
    }

    /** $-: bash's flag letters, in bash's order (e f i m u x B, then s or c). */
    String flags() {
        StringBuilder sb = new StringBuilder();
        sb.append(on(ShellOption.ERREXIT) ? "e" : "").append(on(ShellOption.NOGLOB) ? "f" : "").append(modes);
        sb.append(on(ShellOption.MONITOR) ? "m" : "").append(on(ShellOption.NOUNSET) ? "u" : "")
                .append(on(ShellOption.XTRACE) ? "x" : "").append(on(ShellOption.BRACEEXPAND) ? "B" : "");
        return sb.append(input).toString();
    }

    boolean on(ShellOption o) {
        return options.contains(o);
    }

    void set(ShellOption o, boolean on) {
        if (on) {
            options.add(o);
        } else {
            options.remove(o);
        }
    }

    /** A function call begins: locals from now on belong to it. */
    void pushScope() {
        scopes.add(new Scope(Kind.CALL));
    }

    /**
     * A command's NAME=value words begin to apply: each {@link #prefixAssign} from now on
     * holds until {@link #popScope}, which gives back what they hid.
     */
    void pushPrefix(Kind kind) {
        scopes.add(new Scope(kind));
    }

    /**
     * NAME=value of the command's prefix: NAME has value, exported, until the prefix ends.
     * The caller has checked that NAME is not readonly.
     */
    void prefixAssign(String name, String value) {
        save(scopes.get(scopes.size() - 1), name);
        set(name, value);
        exported.add(name);
    }

    /**
     * The call (or the command's prefix) ends: every variable it made local gets back its value
     * and export flag; a prefix's NAME given an attribute keeps its value and attributes.
     */
    void popScope() {
        Scope sc = scopes.remove(scopes.size() - 1);
        for (Map.Entry<String, String> e : sc.saved.entrySet()) {
            if (sc.kept != null && sc.kept.contains(e.getKey())) {
                continue;
            }
            readonly.remove(e.getKey());        // a local made readonly (declare -r): local was refused on a readonly one
            restore(e.getKey(), e.getValue(), sc.wasExported.contains(e.getKey()));
            restoreArray(e.getKey(), sc.savedArrays.get(e.getKey()));
            restoreAttrs(sc, e.getKey());
            if (e.getKey().equals("OPTIND") && sc.getopts == null) {
                optindAssigned();
            }
        }
        if (!sc.saved.isEmpty()) {
            refresh();
        }
        if (sc.getopts != null) {
            optind = sc.getopts[0];
            optCur = sc.getopts[1];
            optNext = sc.getopts[2];
        }
    }

    /**
     * An attribute (export, readonly) is given to NAME: if its value now is a builtin's or a
     * function call's NAME=value, it stays after the command (bash's att_propagate), with
     * its value then and its attributes.
     */
    void propagate(String name) {
        Scope owner = owner(name, scopes.size() - 1);
        if (owner != null && (owner.kind == Kind.PREFIX || owner.kind == Kind.PREFIX_OF_CALL)) {
            if (owner.kept == null) {
                owner.kept = new HashSet<>();
            }
            owner.kept.add(name);
        }
    }

    /** The innermost scope at or below index top that saved NAME (whose binding it has now), or null. */
    private Scope owner(String name, int top) {
        for (int i = top; i >= 0; i--) {
            if (scopes.get(i).saved.containsKey(name)) {
                return scopes.get(i);
            }
        }
        return null;
    }

    /** The index of the running call's scope (the innermost CALL), or -1 outside a function. */
    private int call() {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            if (scopes.get(i).kind == Kind.CALL) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a function is running (local is allowed). */
    boolean inFunction() {
        return call() >= 0;
    }

    /**
     * local NAME: NAME belongs to the running call from now on. The first time, its outer
     * value is saved and, with no value given, it starts unset (bash), unless what it hides is
     * a command's NAME=value, whose value and export it starts with (bash's was_tmpvar):
     * the call's own NAME=value stays what NAME is (bash finds it in the call's own scope).
     * A value is then set.
     */
    void local(String name, String value) {
        int c = call();
        Scope sc = scopes.get(c);
        if (!sc.saved.containsKey(name)) {
            Scope above = null;                 // the outermost prefix, above the call, that saved NAME
            for (int i = scopes.size() - 1; i > c; i--) {
                above = scopes.get(i).saved.containsKey(name) ? scopes.get(i) : above;
            }
            Scope below = owner(name, c - 1);
            if (above != null) {
                // x=1 local x: the local takes the prefix's value; what the prefix hid is the call's to give back.
                sc.saved.put(name, above.saved.get(name));
                if (above.wasExported.contains(name)) {
                    sc.wasExported.add(name);
                }
                if (above.savedAttrs != null && above.savedAttrs.containsKey(name)) {
                    if (sc.savedAttrs == null) {
                        sc.savedAttrs = new HashMap<>();
                    }
                    sc.savedAttrs.put(name, above.savedAttrs.get(name));
                }
                for (int i = c + 1; i < scopes.size(); i++) {
                    scopes.get(i).saved.remove(name);
                    scopes.get(i).wasExported.remove(name);
                    if (scopes.get(i).savedAttrs != null) {
                        scopes.get(i).savedAttrs.remove(name);
                    }
                }
            } else if (below != null && below.kind == Kind.PREFIX_OF_CALL && below == scopes.get(c - 1)) {
                if (value != null) {
                    set(name, value);           // the call's own x=1 f: local x is that x
                }
                return;
            } else {
                boolean inherit = below != null && below.isPrefix();
                save(sc, name);
                if (inherit) {
                    String v = sc.saved.get(name);
                    if (v != null) {
                        values.put(name, v);
                    }
                }
            }
        }
        if (value != null) {
            values.put(name, value);
        }
        if (name.equals("OPTIND")) {
            optindAssigned();
        }
    }

    /** NAME's binding now goes into scope sc (the first time): saved there, and NAME unset. */
    private void save(Scope sc, String name) {
        if (sc.saved.containsKey(name)) {
            return;
        }
        sc.saved.put(name, values.get(name));
        if (exported.contains(name)) {
            sc.wasExported.add(name);
        }
        values.remove(name);
        ShellArray hidden = arrays.isEmpty() ? null : arrays.remove(name);
        if (hidden != null) {
            sc.savedArrays.put(name, hidden);
        }
        EnumSet<Attribute> a = attrs.isEmpty() ? null : attrs.remove(name);
        if (a != null) {
            if (sc.savedAttrs == null) {
                sc.savedAttrs = new HashMap<>();
            }
            sc.savedAttrs.put(name, a);     // a local, or a command's NAME=value, starts with none (bash)
            refresh();
        }
        if (name.equals("OPTIND") && sc.kind == Kind.CALL) {
            sc.getopts = new int[] {optind, optCur, optNext};
        }
    }

    /** Whether NAME is a local of the running call. */
    boolean isLocal(String name) {
        int c = call();
        return c >= 0 && scopes.get(c).saved.containsKey(name);
    }

    /**
     * declare -g NAME=VALUE in a function: the global NAME gets VALUE; when a call has made
     * NAME local, the outermost such call keeps it to give back, so only that saved value changes
     * and the local stays seen (bash).
     */
    void setGlobal(String name, String value) {
        for (Scope sc : scopes) {
            if (sc.saved.containsKey(name)) {
                sc.saved.put(name, value);
                return;
            }
        }
        set(name, value);
    }

    /** Whether NAME is exported. */
    boolean isExported(String name) {
        return exported.contains(name);
    }

    /**
     * declare NAME (at the top level): NAME exists from now on, set or not, until unset; a
     * command's NAME=value stays what it is (x=1 declare x changes nothing, in bash).
     */
    void declare(String name) {
        Scope owner = owner(name, scopes.size() - 1);
        if (owner == null || !owner.isPrefix()) {
            declared.add(name);
        }
    }

    /** Whether NAME exists for declare -p: set, given an attribute, or declared. */
    private boolean exists(String name) {
        return values.get(name) != null || exported.contains(name) || readonly.contains(name)
                || declared.contains(name) || attrs.containsKey(name) || arrays.containsKey(name)
                || name.equals("PIPESTATUS");
    }

    /** declare -p NAME's line, or null when there is no such variable. */
    String declaration(String name) {
        if (!exists(name)) {
            return null;
        }
        return declarations(java.util.Set.of(name));
    }

    /**
     * declare [-p] [-r] [-x] with no NAME: bash's declare lines for every variable (set or
     * given an attribute) that has all of the attributes asked for, sorted by name.
     */
    String declarations(boolean mustBeReadonly, boolean mustBeExported) {
        return declarations(EnumSet.noneOf(Attribute.class), mustBeReadonly, mustBeExported);
    }

    /** The same, of the variables that also have every attribute of must (declare -i lists the integers). */
    String declarations(EnumSet<Attribute> must, boolean mustBeReadonly, boolean mustBeExported) {
        return listing(() -> allDeclarations(must, mustBeReadonly, mustBeExported));
    }

    private String allDeclarations(EnumSet<Attribute> must, boolean mustBeReadonly, boolean mustBeExported) {
        TreeSet<String> names = new TreeSet<>(values.keySet());
        names.addAll(arrays.keySet());
        names.add("PIPESTATUS");
        names.addAll(exported);
        names.addAll(readonly);
        names.addAll(declared);
        names.addAll(attrs.keySet());
        names.removeIf(n -> mustBeReadonly && !readonly.contains(n) || mustBeExported && !exported.contains(n)
                || !exists(n) || !must.isEmpty() && !attributes(n).containsAll(must));
        return declarations(names);
    }

    /** declare -a or declare -A with no NAME: the indexed (or associative) arrays' lines, sorted by name. */
    String arrayDeclarations(boolean assoc) {
        TreeSet<String> names = new TreeSet<>();
        for (Map.Entry<String, ShellArray> e : arrays.entrySet()) {
            if (e.getValue().isAssoc() == assoc) {
                names.add(e.getKey());
            }
        }
        if (!assoc) {
            names.add("PIPESTATUS");
        }
        return declarations(names);
    }

    /** `local` with no arguments: the running call's locals, as bash's declare -p lists them. */
    String locals() {
        StringBuilder sb = new StringBuilder();
        for (String name : scopes.get(scopes.size() - 1).saved.keySet()) {
            declaration(sb, name);
        }
        return sb.toString();
    }

    /** Every variable, sorted by name, with its value; an array's is null (for `set`: see {@link #array}). */
    TreeMap<String, String> all() {
        return listing(this::allNow);
    }

    private TreeMap<String, String> allNow() {
        TreeMap<String, String> all = new TreeMap<>(values);
        for (String name : arrays.keySet()) {
            if (!declared.contains(name)) {
                all.put(name, null);
            }
        }
        all.put("PIPESTATUS", null);
        return all;
    }

    /**
     * A listing of the variables (set, declare, export -p, readonly -p) made while a builtin's
     * NAME=value words apply: it shows what they hid, as bash lists its shell variables and
     * not the builtin's temporary environment ({@code x=1 set} shows the x before).
     */
    private <T> T listing(java.util.function.Supplier<T> list) {
        Scope top = scopes.isEmpty() ? null : scopes.get(scopes.size() - 1);
        if (top == null || top.kind != Kind.PREFIX || top.saved.isEmpty()) {
            return list.get();
        }
        LinkedHashMap<String, String> now = new LinkedHashMap<>();
        HashMap<String, EnumSet<Attribute>> hidden = top.savedAttrs == null ? new HashMap<>() : top.savedAttrs;
        for (Map.Entry<String, String> e : top.saved.entrySet()) {
            now.put(e.getKey(), values.get(e.getKey()));
            restore(e.getKey(), e.getValue(), top.wasExported.contains(e.getKey()));
            if (hidden.containsKey(e.getKey())) {
                attrs.put(e.getKey(), hidden.get(e.getKey()));
            }
        }
        T result = list.get();
        for (Map.Entry<String, String> e : now.entrySet()) {
            restore(e.getKey(), e.getValue(), true);
            if (hidden.containsKey(e.getKey())) {
                attrs.remove(e.getKey());   // a command's NAME=value has no attributes
            }
        }
        refresh();
        return result;
    }

    /** ${!PREFIX*}: the names of the variables that are set and begin with prefix, sorted. */
    List<String> namesStartingWith(String prefix) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getValue() != null) {
                names.add(e.getKey());
            }
        }
        return names;
    }

    /** ${NAME@a}: NAME's attributes as declare's flags, in bash's order (i n r t x l u); "" for none. */
    String attributeLetters(String name) {
        StringBuilder sb = new StringBuilder();
        ShellArray arr = array(name);
        sb.append(arr == null ? "" : arr.isAssoc() ? "A" : "a");
        EnumSet<Attribute> a = attrs.isEmpty() ? null : attrs.get(name);
        for (Attribute at : Attribute.values()) {
            if (at == Attribute.TRACE && readonly.contains(name)) {
                sb.append('r');
            }
            if (at == Attribute.LOWER && exported.contains(name)) {
                sb.append('x');
            }
            if (a != null && a.contains(at)) {
                sb.append(at.letter);
            }
        }
        return sb.toString();
    }

    /** The value of a variable, or null when unset. */
    String value(String name) {
        return values.get(active ? resolve(name) : name);
    }

    /** NAME's own value, a nameref's the name it refers to (declare -p, ${!NAME}): null when unset. */
    String ownValue(String name) {
        return values.get(name);
    }

    /**
     * The variable NAME stands for: NAME, or what a nameref refers to, followed to the end
     * (an unset or empty nameref stands for itself). "" for a circle of namerefs, which no
     * variable is: it reads as unset and is never set.
     */
    String resolve(String name) {
        for (int i = 0; i <= MAX_NAMEREFS; i++) {
            EnumSet<Attribute> a = attrs.get(name);
            String target = a == null || !a.contains(Attribute.NAMEREF) ? null : values.get(name);
            if (target == null || target.isEmpty()) {
                return name;
            }
            name = target;
        }
        return "";
    }

    /** NAME's attributes (declare -i ...), a copy; empty when it has none. */
    EnumSet<Attribute> attributes(String name) {
        EnumSet<Attribute> a = attrs.get(name);
        return a == null ? EnumSet.noneOf(Attribute.class) : EnumSet.copyOf(a);
    }

    /**
     * declare -X NAME (on) or +X NAME: NAME gets or loses the attribute; the value stays as it
     * is (declare -i x does not evaluate x's value, nor -u uppercase it). -l drops -u, -u -l.
     */
    void attribute(String name, Attribute a, boolean on) {
        EnumSet<Attribute> set = attrs.get(name);
        if (on) {
            if (set == null) {
                set = EnumSet.noneOf(Attribute.class);
                attrs.put(name, set);
            }
            set.add(a);
            if (a == Attribute.LOWER || a == Attribute.UPPER) {
                set.remove(a == Attribute.LOWER ? Attribute.UPPER : Attribute.LOWER);
            }
        } else if (set != null) {
            set.remove(a);
            if (set.isEmpty()) {
                attrs.remove(name);
            }
        }
        refresh();
    }

    /**
     * NAME+=VALUE: an integer's value plus VALUE evaluated, any other's VALUE appended (then
     * lowercased or uppercased as NAME's attributes say).
     *
     * @throws Arith.Failure when an integer's expression is bad
     */
    void append(String name, String value) {
        String target = resolve(name);
        String old = values.get(target);
        EnumSet<Attribute> a = attrs.get(target);
        if (a != null && a.contains(Attribute.INTEGER)) {
            long sum = (old == null ? 0 : Arith.eval(old, this)) + Arith.eval(value, this);
            set(target, Long.toString(sum));
        } else {
            set(target, old == null ? value : old + value);
        }
    }

    /** value as NAME's attributes make it: evaluated (-i), lowercased (-l) or uppercased (-u). */
    private String converted(String name, String value) {
        EnumSet<Attribute> a = attrs.get(name);
        if (a == null) {
            return value;
        }
        if (a.contains(Attribute.INTEGER)) {
            value = Long.toString(Arith.eval(value, this));
        }
        if (a.contains(Attribute.LOWER)) {
            value = value.toLowerCase(Locale.ROOT);
        } else if (a.contains(Attribute.UPPER)) {
            value = value.toUpperCase(Locale.ROOT);
        }
        return value;
    }

    /**
     * NAME=value: a nameref sets the variable it refers to; an integer's value is evaluated
     * first, a -l or -u one's lowercased or uppercased.
     *
     * @throws Arith.Failure when an integer's expression is bad (nothing is set)
     */
    void set(String name, String value) {
        if (!arrays.isEmpty() && arrays.containsKey(name)) {
            setElement(arrays.get(name), value);     // NAME=value on an array: element 0 (key "0")
            declared.remove(name);
            return;
        }
        if (active) {
            name = resolve(name);
            if (name.isEmpty()) {
                return;
            }
            value = converted(name, value);
        }
        values.put(name, value);
        if (name.equals("RANDOM")) {
            seedRandom(leadingNumber(value));
        } else if (name.equals("OPTIND")) {
            optindAssigned();
        }
    }

    private static void setElement(ShellArray a, String value) {
        if (a.isAssoc()) {
            a.put("0", value);
        } else {
            a.put(0, value);
        }
    }

    /** getopts' update of OPTIND: its place stays (bash's bind_variable, no reset). */
    void setOptind(int index) {
        values.put("OPTIND", Integer.toString(index));
    }

    /** bash's sv_optind: the index is atoi($OPTIND), and 1, a negative one or none is 0 (afresh). */
    private void optindAssigned() {
        String v = values.get("OPTIND");
        long n = 0;
        if (v != null) {
            int i = 0;
            while (i < v.length() && Character.isWhitespace(v.charAt(i))) {
                i++;
            }
            boolean minus = i < v.length() && v.charAt(i) == '-';
            if (i < v.length() && (v.charAt(i) == '-' || v.charAt(i) == '+')) {
                i++;
            }
            for (; i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9' && n <= Integer.MAX_VALUE; i++) {
                n = n * 10 + (v.charAt(i) - '0');
            }
            n = minus ? -n : n;
        }
        optind = n < 0 || n == 1 || n > Integer.MAX_VALUE ? 0 : (int) n;
    }

    /** strtoul(s, NULL, 10): the decimal digits s starts with (after blanks), or 0. */
    private static long leadingNumber(String s) {
        long n = 0;
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && n < 1L << 40; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** Seeds $RANDOM (and makes it set): at start from getrandom(2), or by RANDOM=N. */
    void seedRandom(long seed) {
        randomState = Math.floorMod(seed, 0x7fffffffL);
        randomState = randomState == 0 ? 123459876 : randomState;
        values.putIfAbsent("RANDOM", "");
    }

    /** The next $RANDOM, 0..32767: both halves of the generator's state folded together. */
    private int random() {
        randomState = randomState * 16807 % 0x7fffffffL;
        return (int) (((randomState >> 16) ^ (randomState & 0xffff)) & 32767);
    }

    /** Whether NAME is readonly: every assignment to it is an error, and so is unset. */
    boolean isReadonly(String name) {
        return readonly.contains(active ? resolve(name) : name);
    }

    /** Whether NAME itself is readonly, never what a nameref NAME refers to (unset -n). */
    boolean isReadonlyItself(String name) {
        return readonly.contains(name);
    }

    /**
     * declare -n with -r, -x or +x: NAME itself (the nameref, not what it refers to) becomes
     * readonly (readonly) and exported (export 1) or not (-1).
     */
    void flagItself(String name, boolean makeReadonly, int export) {
        if (makeReadonly) {
            readonly.add(name);
            refresh();
        }
        if (export > 0) {
            exported.add(name);
        } else if (export < 0) {
            exported.remove(name);
        }
    }

    /** declare -n NAME=TARGET: NAME is a nameref to TARGET (the caller has checked TARGET). */
    void setReference(String name, String target) {
        attribute(name, Attribute.NAMEREF, true);
        values.put(name, target);
        declared.remove(name);
    }

    /** readonly NAME. */
    void makeReadonly(String name) {
        readonly.add(active ? resolve(name) : name);
        refresh();
    }

    /** `readonly` with no arguments or -p: bash's `declare -r NAME="value"` lines, sorted by name. */
    String readonlyDeclarations() {
        return listing(() -> declarations(readonly));
    }

    void export(String name) {
        exported.add(active ? resolve(name) : name);
    }

    /** export -n NAME: NAME stays, no longer in the environment of commands. */
    void unexport(String name) {
        exported.remove(active ? resolve(name) : name);
    }

    /**
     * unset NAME, with bash's dynamic scope: a global, or a local of the running call, is
     * gone (the local stays unset until the call ends); a local of a calling function, or a
     * command's NAME=value, is gone too, and what it hid is seen again.
     */
    void unset(String name) {
        Scope owner = owner(name, scopes.size() - 1);
        int c = call();
        if (owner != null && (c < 0 || owner != scopes.get(c))) {
            String hidden = owner.saved.remove(name);
            restore(name, hidden, owner.wasExported.remove(name));
            restoreAttrs(owner, name);
            restoreArray(name, owner.savedArrays.remove(name));
            refresh();
            if (owner.kept != null) {
                owner.kept.remove(name);
            }
            return;
        }
        values.remove(name);
        if (!arrays.isEmpty()) {
            arrays.remove(name);
        }
        exported.remove(name);
        declared.remove(name);
        if (!attrs.isEmpty() && attrs.remove(name) != null) {
            refresh();
        }
        if (name.equals("OPTIND")) {
            optindAssigned();
        }
    }

    /** Recomputes {@link #active} after attrs or readonly changed. */
    private void refresh() {
        active = false;
        for (Map.Entry<String, EnumSet<Attribute>> e : attrs.entrySet()) {
            EnumSet<Attribute> a = e.getValue();
            active |= a.contains(Attribute.NAMEREF) || !readonly.contains(e.getKey())
                    && (a.contains(Attribute.INTEGER) || a.contains(Attribute.LOWER) || a.contains(Attribute.UPPER));
        }
    }

    /** The end of a scope's hold on NAME: the attributes it hid (none, if it hid none) are NAME's again. */
    private void restoreAttrs(Scope sc, String name) {
        EnumSet<Attribute> a = sc.savedAttrs == null ? null : sc.savedAttrs.remove(name);
        if (a != null) {
            attrs.put(name, a);
        } else if (!attrs.isEmpty()) {
            attrs.remove(name);
        }
    }

    /** The end of a local: the array it hid (null: none) is NAME's again. */
    private void restoreArray(String name, ShellArray hidden) {
        if (!arrays.isEmpty()) {
            arrays.remove(name);
        }
        if (hidden != null) {
            arrays.put(name, hidden);
        }
    }

    private void restore(String name, String value, boolean wasExported) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
        if (wasExported) {
            exported.add(name);
        } else {
            exported.remove(name);
        }
    }

    /** The environment for execve: exported variables, with a command's own NAME=value on top. */
    List<String> envp(Map<String, String> overrides) {
        LinkedHashMap<String, String> env = new LinkedHashMap<>();
        for (String name : exported) {
            if (values.containsKey(name)) {
                env.put(name, values.get(name));
            }
        }
        env.putAll(overrides);
        List<String> out = new ArrayList<>(env.size());
        for (Map.Entry<String, String> e : env.entrySet()) {
            out.add(e.getKey() + "=" + e.getValue());
        }
        return out;
    }

    /** `export` with no arguments: bash's `declare -x NAME="value"` lines, sorted by name. */
    String declarations() {
        return listing(() -> declarations(exported));
    }

    /** declare -p's lines for the names, sorted; the attributes in bash's order (r, then x). */
    private String declarations(java.util.Set<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String name : new TreeSet<>(names)) {
            declaration(sb, name);
        }
        return sb.toString();
    }

    /** One declare -p line: the attributes in bash's order (r, then x, else --), then ="value". */
    private void declaration(StringBuilder sb, String name) {
        String flags = attributeLetters(name);
        sb.append("declare -").append(flags.isEmpty() ? "- " : flags + " ").append(name);
        ShellArray arr = array(name);
        if (arr == null) {
            appendQuoted(sb, values.get(name));
        } else if (!declared.contains(name)) {
            sb.append('=').append(arr.text());
        }
        sb.append('\n');
    }

    /**
     * ="value" with " \\ $ ` escaped, as declare prints it, or =$'...' when it holds control
     * characters (bash); nothing for an unset variable.
     */
    private static void appendQuoted(StringBuilder sb, String v) {
        if (v != null) {
            appendQuotedValue(sb.append('='), v);
        }
    }

    /** "value" with " \\ $ ` escaped, or $'...' when it holds control characters (bash). */
    static void appendQuotedValue(StringBuilder sb, String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < ' ' || v.charAt(i) == 0x7f) {
                sb.append(SetBuiltin.ansiC(v));
                return;
            }
        }
        sb.append("\"");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' || c == '\\' || c == '$' || c == '`') {
                sb.append('\\');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
