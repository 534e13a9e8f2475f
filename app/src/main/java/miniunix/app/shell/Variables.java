package miniunix.app.shell;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
    /** One function call's locals: what each hid (null: it was unset) and whether it was exported. */
    private static final class Scope {
        final LinkedHashMap<String, String> saved = new LinkedHashMap<>();
        final HashSet<String> wasExported = new HashSet<>();
        /** getopts' place when the call made OPTIND local, given back when it ends (bash 5). */
        int[] getopts;

        Scope copy() {
            Scope s = new Scope();
            s.saved.putAll(saved);
            s.wasExported.addAll(wasExported);
            s.getopts = getopts == null ? null : getopts.clone();
            return s;
        }
    }

    private final LinkedHashMap<String, String> values;
    private final LinkedHashSet<String> exported;
    /** readonly NAME: set no more, unset never, for the rest of the shell's life. */
    private final HashSet<String> readonly;
    /** declare NAME with no value nor attribute: a variable that exists, unset (declare -p shows it). */
    private final HashSet<String> declared;
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
        this(arg0, new LinkedHashMap<>(), new LinkedHashSet<>(), new HashSet<>(), new HashSet<>());
    }

    private Variables(String arg0, LinkedHashMap<String, String> values, LinkedHashSet<String> exported,
                      HashSet<String> readonly, HashSet<String> declared) {
        this.arg0 = arg0;
        this.values = values;
        this.exported = exported;
        this.readonly = readonly;
        this.declared = declared;
    }

    Variables copy() {
        Variables v = new Variables(arg0, new LinkedHashMap<>(values), new LinkedHashSet<>(exported),
                new HashSet<>(readonly), new HashSet<>(declared));
        v.positional = new ArrayList<>(positional);
        for (Scope sc : scopes) {
            v.scopes.add(sc.copy());
        }
        v.options = EnumSet.copyOf(options);
        v.modes = modes;
        v.input = input;
        v.status = status;
        v.pipeStatus = pipeStatus.clone();
        v.pid = pid;
        v.lastBackground = lastBackground;
        v.randomState = randomState;
        v.optind = optind;
        v.optCur = optCur;
        v.optNext = optNext;
        return v;
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
            default -> Parser.isDigits(name) ? positional(name)
                    : name.endsWith("]") ? element(name) : values.get(name);
        };
    }

    /**
     * NAME[SUBSCRIPT], as the lexer keeps ${NAME[...]}: PIPESTATUS is the one array;
     * ${PIPESTATUS[@]} and [*] give every element joined by spaces, [N] one (unset past the
     * end). Any other NAME is a scalar, which bash treats as an array of one: [0], [@], [*].
     */
    private String element(String name) {
        int open = name.indexOf('[');
        String base = name.substring(0, open);
        String sub = name.substring(open + 1, name.length() - 1);
        boolean all = sub.equals("@") || sub.equals("*");
        if (base.equals("PIPESTATUS")) {
            if (all) {
                StringBuilder sb = new StringBuilder();
                for (int st : pipeStatus) {
                    sb.append(sb.length() > 0 ? " " : "").append(st);
                }
                return sb.toString();
            }
            int i = Parser.isDigits(sub) && sub.length() < 9 ? Integer.parseInt(sub) : -1;
            return i >= 0 && i < pipeStatus.length ? Integer.toString(pipeStatus[i]) : null;
        }
        return all || sub.equals("0") ? parameter(base) : null;
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
        scopes.add(new Scope());
    }

    /** The call ends: every variable it made local gets back its value and export flag. */
    void popScope() {
        Scope sc = scopes.remove(scopes.size() - 1);
        for (Map.Entry<String, String> e : sc.saved.entrySet()) {
            readonly.remove(e.getKey());        // a local made readonly (declare -r): local was refused on a readonly one
            restore(e.getKey(), e.getValue(), sc.wasExported.contains(e.getKey()));
        }
        if (sc.getopts != null) {
            optind = sc.getopts[0];
            optCur = sc.getopts[1];
            optNext = sc.getopts[2];
        }
    }

    /** Whether a function is running (local is allowed). */
    boolean inFunction() {
        return !scopes.isEmpty();
    }

    /**
     * local NAME: NAME belongs to the running call from now on. The first time, its outer
     * value is saved and, with no value given, it starts unset (bash); a value is then set.
     */
    void local(String name, String value) {
        Scope sc = scopes.get(scopes.size() - 1);
        if (!sc.saved.containsKey(name)) {
            sc.saved.put(name, values.get(name));
            if (exported.contains(name)) {
                sc.wasExported.add(name);
            }
            values.remove(name);
            if (name.equals("OPTIND")) {
                sc.getopts = new int[] {optind, optCur, optNext};
            }
        }
        if (value != null) {
            values.put(name, value);
        }
        if (name.equals("OPTIND")) {
            optindAssigned();
        }
    }

    /** Whether NAME is a local of the running call. */
    boolean isLocal(String name) {
        return !scopes.isEmpty() && scopes.get(scopes.size() - 1).saved.containsKey(name);
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

    /** declare NAME (at the top level): NAME exists from now on, set or not, until unset. */
    void declare(String name) {
        declared.add(name);
    }

    /** Whether NAME exists for declare -p: set, given an attribute, or declared. */
    private boolean exists(String name) {
        return values.get(name) != null || exported.contains(name) || readonly.contains(name)
                || declared.contains(name);
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
        TreeSet<String> names = new TreeSet<>(values.keySet());
        names.addAll(exported);
        names.addAll(readonly);
        names.addAll(declared);
        names.removeIf(n -> mustBeReadonly && !readonly.contains(n) || mustBeExported && !exported.contains(n)
                || !exists(n));
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

    /** Every variable, sorted by name, with its value (for `set`). */
    TreeMap<String, String> all() {
        return new TreeMap<>(values);
    }

    /** The value of a variable, or null when unset. */
    String value(String name) {
        return values.get(name);
    }

    void set(String name, String value) {
        values.put(name, value);
        if (name.equals("RANDOM")) {
            seedRandom(leadingNumber(value));
        } else if (name.equals("OPTIND")) {
            optindAssigned();
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
        return readonly.contains(name);
    }

    /** readonly NAME. */
    void makeReadonly(String name) {
        readonly.add(name);
    }

    /** `readonly` with no arguments or -p: bash's `declare -r NAME="value"` lines, sorted by name. */
    String readonlyDeclarations() {
        return declarations(readonly);
    }

    void export(String name) {
        exported.add(name);
    }

    /** export -n NAME: NAME stays, no longer in the environment of commands. */
    void unexport(String name) {
        exported.remove(name);
    }

    /**
     * unset NAME, with bash's dynamic scope: a global, or a local of the running call, is
     * gone (the local stays unset until the call ends); a local of a calling function is
     * gone too, and what it hid is seen again.
     */
    void unset(String name) {
        for (int i = scopes.size() - 2; i >= 0 && !scopes.get(scopes.size() - 1).saved.containsKey(name); i--) {
            Scope sc = scopes.get(i);
            if (sc.saved.containsKey(name)) {
                String hidden = sc.saved.remove(name);
                restore(name, hidden, sc.wasExported.remove(name));
                return;
            }
        }
        values.remove(name);
        exported.remove(name);
        declared.remove(name);
        if (name.equals("OPTIND")) {
            optindAssigned();
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
        return declarations(exported);
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
        boolean r = readonly.contains(name);
        boolean x = exported.contains(name);
        sb.append("declare -").append(r ? "r" : "").append(x ? "x " : r ? " " : "- ").append(name);
        appendQuoted(sb, values.get(name));
        sb.append('\n');
    }

    /**
     * ="value" with " \\ $ ` escaped, as declare prints it, or =$'...' when it holds control
     * characters (bash); nothing for an unset variable.
     */
    private static void appendQuoted(StringBuilder sb, String v) {
        if (v == null) {
            return;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < ' ' || v.charAt(i) == 0x7f) {
                sb.append('=').append(SetBuiltin.ansiC(v));
                return;
            }
        }
        sb.append("=\"");
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
