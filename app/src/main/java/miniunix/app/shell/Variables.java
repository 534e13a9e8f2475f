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

import miniunix.user.lib.Tz;

/**
 * The shell's variables and parameters: named variables, the positional parameters ($1 ...,
 * $#, $@, $*) and the special ones ($?, $$, $!, $0, $-). A variable is a shell variable until
 * it is exported; the exported ones (with a value) make the environment handed to execve, in
 * the order they were first set, as a real environ is. The options of `set` live here too,
 * since expansion needs them (set -u, set -f) and $- shows them.
 *
 * <p><b>Locals</b> (bash's dynamic scoping) are shallow binding: there is one table of
 * values, the one every lookup sees; {@link Scopes} keeps what a function's locals and a
 * command's NAME=value words hid, and gives it back when they end. {@link Declarations}
 * prints the tables as declare -p does.
 *
 * <p>Plain data: {@link #copy} is deep.
 */
final class Variables {
    /** How many namerefs in a row a name may go through (bash's NAMEREF_MAX). */
    private static final int MAX_NAMEREFS = 8;

    // The tables, package-private for Scopes and Declarations only: the rest of the shell goes
    // through the methods, which follow namerefs and keep the invariants.
    final LinkedHashMap<String, String> values;
    /**
     * The array variables. Invariant: a name is in values or here, never both; an array is
     * never exported (bash passes no arrays in the environment).
     */
    final HashMap<String, ShellArray> arrays;
    final LinkedHashSet<String> exported;
    /** readonly NAME: set no more, unset never, for the rest of the shell's life. */
    final HashSet<String> readonly;
    /** declare NAME with no value nor attribute: a variable that exists, unset (declare -p shows it). */
    final HashSet<String> declared;
    /**
     * bash's att_noassign (GROUPS): an assignment is ignored, a compound one drops the line,
     * as bash does, silently; unset takes the attribute away with the variable.
     */
    HashSet<String> noassign = new HashSet<>();
    /** Each variable's attributes besides readonly and export (declare -i -n -t -l -u); absent: none. */
    HashMap<String, EnumSet<Attribute>> attrs = new HashMap<>();
    /**
     * Some variable is a nameref, or has -i, -l or -u and is not readonly: only then do
     * lookups and assignments look at attrs (see {@link #refresh}), so that plain variables
     * cost what they did before attributes.
     */
    private boolean active;
    /** The function calls' and commands' scopes, innermost last. */
    Scopes scopes = new Scopes(this);
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
    /**
     * The directory stack of pushd, popd and dirs ({@link DirStack}), most recent first, which
     * DIRSTACK shows after $PWD. Never changed in place, so a copy shares it safely.
     */
    List<String> dirStack = List.of();
    /** $$: the shell's pid (subshells keep their parent's). */
    int pid;
    /**
     * $LINENO: the line of the command running (bash's line_number), counted in the text it
     * was read from (the script, the sourced file, the trap's string; eval's from its own
     * line); 0 before the first command. Error messages of a non-interactive shell say it.
     */
    int lineno;
    /**
     * $BASH_COMMAND: the command running or about to run (bash's
     * the_printed_command_except_trap), as {@link Node.Command#text} prints it; a trap's own
     * commands leave it alone, so a trap sees the command it ran for ({@link TrapFrame}).
     * A command node until someone reads it ({@link #command()}): printing every command a
     * loop runs, to be read by almost none, was a tenth of a {@code [ ]} loop's time.
     */
    Object command = "";
    /**
     * The calls running, innermost first: each function call and each . or source, and at the
     * bottom "main" for a script file; null when none (the top level of stdin, of -c or of the
     * prompt). FUNCNAME, BASH_SOURCE and BASH_LINENO are made from it each time they are read
     * ({@link SpecialVars#callArray}), and {@code caller} reads it. Immutable, so a copy shares
     * it.
     */
    Shell.Call calls;
    /** $!: pid of the last background job, 0 when there is none. */
    int lastBackground;

    /** $BASH_COMMAND's text, printed from its node the first time it is asked for. */
    String command() {
        if (command instanceof Node.Command c) {
            command = c.text();
        }
        return (String) command;
    }
    /** RANDOM's generator and getopts' place: what RANDOM=N and OPTIND=N change. */
    SpecialVars special = new SpecialVars();

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
        v.noassign = new HashSet<>(noassign);
        v.active = active;
        v.scopes = scopes.copy(v);
        v.options = EnumSet.copyOf(options);
        v.modes = modes;
        v.input = input;
        v.status = status;
        v.pipeStatus = pipeStatus.clone();
        v.pid = pid;
        v.lineno = lineno;
        v.command = command;
        v.calls = calls;
        v.lastBackground = lastBackground;
        v.special = special.copy();
        v.dirStack = dirStack;
        return v;
    }

    static HashMap<String, EnumSet<Attribute>> copyAttrs(HashMap<String, EnumSet<Attribute>> m) {
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
            case "RANDOM" -> values.containsKey("RANDOM") ? Integer.toString(special.nextRandom()) : null;
            case "PIPESTATUS" -> Integer.toString(pipeStatus[0]);
            case "LINENO" -> Integer.toString(lineno);
            case "BASH_COMMAND" -> command();
            default -> Parser.isDigits(name) ? positional(name) : scalar(active ? resolve(name) : name);
        };
    }

    /** $NAME: the variable's value, or element 0 of an array (key "0" of an associative one). */
    private String scalar(String name) {
        String v = values.get(name);
        if (v != null || arrays.isEmpty()) {
            return v;
        }
        ShellArray a = stored(name);
        if (a == null && name.indexOf('[') > 0) {
            return element(name);
        }
        return a == null ? null : a.isAssoc() ? a.get("0") : a.get(0);
    }

    /**
     * The element a nameref to ARRAY[INDEX] stands for (declare -n r=a[1]), or null: unset,
     * or an index that is no good (an indexed array's is evaluated, negative from the end).
     */
    private String element(String ref) {
        int open = ref.indexOf('[');
        ShellArray a = stored(ref.substring(0, open));
        String index = ref.substring(open + 1, ref.length() - 1);
        if (a == null || a.isAssoc()) {
            return a == null ? null : a.get(index);
        }
        try {
            long i = Arith.eval(index, this);
            i = i < 0 ? i + a.maxIndex() + 1 : i;
            return i < 0 ? null : a.get(i);
        } catch (Arith.Failure f) {
            return null;
        }
    }

    /**
     * The array NAME, or null when NAME is no array. PIPESTATUS is one, made afresh from
     * the statuses of the last pipeline each time it is asked for.
     */
    ShellArray array(String name) {
        if (isDirStack(name)) {
            List<String> d = new ArrayList<>(dirStack.size() + 1);
            String pwd = get("PWD");
            d.add(pwd == null ? "" : pwd);
            d.addAll(dirStack);
            return ShellArray.of(d);
        }
        if (name.equals("PIPESTATUS")) {
            List<String> st = new ArrayList<>(pipeStatus.length);
            for (int s : pipeStatus) {
                st.add(Integer.toString(s));
            }
            return ShellArray.of(st);
        }
        return arrays.isEmpty() ? null : stored(name);
    }

    /** The array NAME in the table; for FUNCNAME, BASH_SOURCE and BASH_LINENO the calls' one. */
    private ShellArray stored(String name) {
        ShellArray a = arrays.get(name);
        return a != null && special.isCallArray(name) ? special.callArray(name, calls) : a;
    }

    /**
     * Whether NAME exists without a value declare -p would show: declared with no value, or
     * FUNCNAME outside functions (bash's att_invisible, which make_funcname_visible lifts
     * while a function runs: {@link SpecialVars#funcnameVisible}).
     */
    boolean isInvisible(String name) {
        return declared.contains(name)
                || name.equals("FUNCNAME") && special.isCallArray(name) && !special.funcnameVisible;
    }

    /**
     * NAME=(VALUE...) from Java: NAME becomes the indexed array of these values, at 0, 1, ...
     * (as bash sets BASH_REMATCH). The caller has checked that NAME is not readonly.
     */
    void setArray(String name, List<String> list) {
        if (isDirStack(name)) {
            for (int i = 0; i < list.size(); i++) {     // each element as assigned alone (bash)
                setDirStackEntry(i, list.get(i));
            }
            return;
        }
        putArray(name, ShellArray.of(list));
    }

    /**
     * The zone localtime uses in the shell (printf's %(FMT)T, the prompts' times): TZ as the C
     * library sees it in bash, whose environment follows an exported TZ (sv_tz): an exported
     * TZ, or a command's own TZ=value; a TZ that is only set is not seen.
     */
    Tz zone() {
        String tz = value("TZ");
        return Tz.of(tz != null && (isExported("TZ") || scopes.isPrefixed("TZ")) ? tz : null);
    }

    /**
     * Whether NAME is DIRSTACK while it is the directory stack: not unset yet, nor hidden by a
     * local DIRSTACK (which is a plain variable, as bash's).
     */
    boolean isDirStack(String name) {
        return special.dirstackDynamic && name.equals("DIRSTACK") && !scopes.hides(name);
    }

    /** DIRSTACK at start-up: set (declare -p shows it), its elements made from the stack. */
    void setDirStack() {
        values.remove("DIRSTACK");
        exported.remove("DIRSTACK");
        putArray("DIRSTACK", ShellArray.indexed());
    }

    /**
     * DIRSTACK[i]=value, as bash's set_dirstack_element: entry i of the stack (as dirs -v
     * numbers them) becomes value, unchecked; 0 ($PWD) and an i past the last entry are
     * ignored.
     */
    void setDirStackEntry(long i, String value) {
        if (i <= 0 || i > dirStack.size()) {
            return;
        }
        List<String> d = new ArrayList<>(dirStack);
        d.set((int) i - 1, value);
        dirStack = List.copyOf(d);
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
            setElement(a, v);
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
                .append(on(ShellOption.XTRACE) ? "x" : "").append(on(ShellOption.BRACEEXPAND) ? "B" : "")
                .append(on(ShellOption.ERRTRACE) ? "E" : "").append(on(ShellOption.FUNCTRACE) ? "T" : "");
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

    /** Whether NAME is exported. */
    boolean isExported(String name) {
        return exported.contains(name);
    }

    /**
     * declare NAME (at the top level): NAME exists from now on, set or not, until unset; a
     * command's NAME=value stays what it is (x=1 declare x changes nothing, in bash).
     */
    void declare(String name) {
        if (!scopes.isPrefixed(name)) {
            declared.add(name);
        }
    }

    /** Every variable, sorted by name, with its value; an array's is null (for `set`: see {@link #array}). */
    TreeMap<String, String> all() {
        return scopes.listing(this::allNow);
    }

    private TreeMap<String, String> allNow() {
        TreeMap<String, String> all = new TreeMap<>(values);
        for (String name : arrays.keySet()) {
            if (!isInvisible(name)) {
                all.put(name, null);
            }
        }
        all.put("PIPESTATUS", null);
        return all;
    }

    /** ${!PREFIX*}: the names of the set variables (arrays too) that begin with prefix, sorted. */
    List<String> namesStartingWith(String prefix) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getValue() != null) {
                names.add(e.getKey());
            }
        }
        for (String name : arrays.keySet()) {       // an array that is set, empty or not
            if (name.startsWith(prefix) && !isInvisible(name)) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
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
        String old = scalar(target);        // an ARRAY[INDEX] (a nameref's) too
        EnumSet<Attribute> a = attrs.get(target);
        if (a != null && a.contains(Attribute.INTEGER)) {
            long sum = (old == null ? 0 : Arith.eval(old, this)) + Arith.eval(value, this);
            set(target, Long.toString(sum));
        } else {
            set(target, old == null ? value : old + value);
        }
    }

    /**
     * value as NAME's attributes make it: evaluated (-i), lowercased (-l) or uppercased (-u);
     * also an element's value, for an array NAME.
     *
     * @throws Arith.Failure when an integer's expression is bad
     */
    String converted(String name, String value) {
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
        if (!noassign.isEmpty() && noassign.contains(name) || isDirStack(name)) {
            return;     // DIRSTACK=value is DIRSTACK[0]=value: $PWD's place, which bash ignores
        }
        if (!arrays.isEmpty() && arrays.containsKey(name)) {
            setElement(arrays.get(name), converted(name, value));    // NAME=value on an array: element 0
            declared.remove(name);
            return;
        }
        if (active) {
            name = resolve(name);
            if (name.isEmpty()) {
                return;
            }
            int open = name.indexOf('[');
            if (open > 0) {         // a nameref to ARRAY[INDEX]: that element
                String index = name.substring(open + 1, name.length() - 1);
                new ArrayAssign(name.substring(0, open), index, index, false, value, null).perform(this);
                return;
            }
            value = converted(name, value);
        }
        values.put(name, value);
        if (name.equals("RANDOM")) {
            special.randomAssigned(value);
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

    /** OPTIND was set, unset or made local: getopts starts again from its value (bash's sv_optind). */
    void optindAssigned() {
        special.optindAssigned(values.get("OPTIND"));
    }

    /** Seeds $RANDOM (and makes it set): at start from getrandom(2). */
    void seedRandom(long seed) {
        special.seedRandom(seed);
        values.putIfAbsent("RANDOM", "");
    }

    /** Whether NAME is readonly: every assignment to it is an error, and so is unset. */
    boolean isReadonly(String name) {
        String target = active ? resolve(name) : name;
        int open = target.indexOf('[');
        return readonly.contains(open > 0 ? target.substring(0, open) : target);
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

    /**
     * PPID, UID, EUID at start-up: bash's `declare -ir`, whatever the environment said
     * (bash's readonly wins over an imported value).
     */
    void setIdentity(String name, long id) {
        values.put(name, Long.toString(id));
        attribute(name, Attribute.INTEGER, true);
        readonly.add(name);
        refresh();
    }

    /**
     * GROUPS at start-up: the array of the process's groups (bash's initialize_group_array),
     * which assignments leave alone.
     */
    void setGroups(List<String> gids) {
        putArray("GROUPS", ShellArray.of(gids));
        noassign.add("GROUPS");
    }

    /**
     * FUNCNAME, BASH_SOURCE and BASH_LINENO at start-up, whatever the environment said: arrays
     * that assignments leave alone, their elements made from the calls
     * ({@link SpecialVars#callArray}).
     */
    void setCallArrays() {
        for (String name : List.of("FUNCNAME", "BASH_SOURCE", "BASH_LINENO")) {
            values.remove(name);
            exported.remove(name);
            putArray(name, ShellArray.indexed());
            noassign.add(name);
        }
    }

    /** Whether unset says "cannot unset" to NAME (bash's att_nounset): BASH_SOURCE, BASH_LINENO. */
    boolean isNounset(String name) {
        return !name.equals("FUNCNAME") && special.isCallArray(name);
    }

    /** Whether NAME (or what the nameref NAME refers to) ignores assignments (GROUPS). */
    boolean isNoassign(String name) {
        if (noassign.isEmpty()) {
            return false;
        }
        String target = active ? resolve(name) : name;
        int open = target.indexOf('[');
        return noassign.contains(open > 0 ? target.substring(0, open) : target);
    }

    /** readonly NAME. */
    void makeReadonly(String name) {
        readonly.add(active ? resolve(name) : name);
        refresh();
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
        if (scopes.unsetHiding(name)) {
            return;
        }
        values.remove(name);
        if (!arrays.isEmpty()) {
            arrays.remove(name);
        }
        exported.remove(name);
        declared.remove(name);
        noassign.remove(name);
        if (!attrs.isEmpty() && attrs.remove(name) != null) {
            refresh();
        }
        if (name.equals("OPTIND")) {
            optindAssigned();
        } else if (name.equals("FUNCNAME")) {
            special.funcnameDynamic = false;
        } else if (name.equals("DIRSTACK")) {
            special.dirstackDynamic = false;
        }
    }

    /** Recomputes {@link #active} after attrs or readonly changed. */
    void refresh() {
        active = false;
        for (Map.Entry<String, EnumSet<Attribute>> e : attrs.entrySet()) {
            EnumSet<Attribute> a = e.getValue();
            active |= a.contains(Attribute.NAMEREF) || !readonly.contains(e.getKey())
                    && (a.contains(Attribute.INTEGER) || a.contains(Attribute.LOWER) || a.contains(Attribute.UPPER));
        }
    }

    /** The end of a local: the array it hid (null: none) is NAME's again. */
    void restoreArray(String name, ShellArray hidden) {
        if (!arrays.isEmpty()) {
            arrays.remove(name);
        }
        if (hidden != null) {
            arrays.put(name, hidden);
        }
    }

    /** NAME's value (null: unset) and export flag become these. */
    void restore(String name, String value, boolean wasExported) {
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
}
