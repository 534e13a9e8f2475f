package miniunix.app.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The shell's variables and parameters: named variables, the positional parameters ($1 ...,
 * $#, $@, $*) and the special ones ($?, $$, $!, $0). A variable is a shell variable until it
 * is exported; the exported ones (with a value) make the environment handed to execve, in
 * the order they were first set, as a real environ is. Plain data: {@link #copy} is deep.
 */
final class Variables {
    private final LinkedHashMap<String, String> values;
    private final LinkedHashSet<String> exported;
    /** $1, $2, ...: `sh -c CMDS NAME ARGS...` and `sh FILE ARGS...` set them; shift drops some. */
    private ArrayList<String> positional = new ArrayList<>();
    /** $0 */
    final String arg0;
    /** $?: status of the last command. */
    int status;
    /** $$: the shell's pid (subshells keep their parent's). */
    int pid;
    /** $!: pid of the last background job, 0 when there is none. */
    int lastBackground;

    Variables(String arg0) {
        this(arg0, new LinkedHashMap<>(), new LinkedHashSet<>());
    }

    private Variables(String arg0, LinkedHashMap<String, String> values, LinkedHashSet<String> exported) {
        this.arg0 = arg0;
        this.values = values;
        this.exported = exported;
    }

    Variables copy() {
        Variables v = new Variables(arg0, new LinkedHashMap<>(values), new LinkedHashSet<>(exported));
        v.positional = new ArrayList<>(positional);
        v.status = status;
        v.pid = pid;
        v.lastBackground = lastBackground;
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
            case "-" -> "";
            case "@", "*" -> positional.isEmpty() ? null : String.join(" ", positional);
            default -> Parser.isDigits(name) ? positional(name) : values.get(name);
        };
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

    /** The value of a variable, or null when unset. */
    String value(String name) {
        return values.get(name);
    }

    void set(String name, String value) {
        values.put(name, value);
    }

    void export(String name) {
        exported.add(name);
    }

    void unset(String name) {
        values.remove(name);
        exported.remove(name);
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
        StringBuilder sb = new StringBuilder();
        for (String name : new TreeSet<>(exported)) {
            sb.append("declare -x ").append(name);
            String v = values.get(name);
            if (v != null) {
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
            sb.append('\n');
        }
        return sb.toString();
    }
}
