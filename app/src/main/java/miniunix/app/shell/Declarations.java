package miniunix.app.shell;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import miniunix.user.lib.Quote;

/**
 * The variables as bash's declare -p prints them, which export, readonly and local with no
 * NAME print too: one {@code declare -FLAGS NAME="value"} line a variable, sorted by name.
 * Each listing made while a builtin's NAME=value words apply shows what they hid
 * ({@link Scopes#listing}).
 */
final class Declarations {
    private Declarations() {
    }

    /** `export` with no arguments: bash's `declare -x NAME="value"` lines, sorted by name. */
    static String exported(Variables v) {
        return v.scopes.listing(() -> lines(v, v.exported));
    }

    /** `readonly` with no arguments or -p: bash's `declare -r NAME="value"` lines, sorted by name. */
    static String readonly(Variables v) {
        return v.scopes.listing(() -> lines(v, v.readonly));
    }

    /** declare -p NAME's line, or null when there is no such variable. */
    static String of(Variables v, String name) {
        if (!exists(v, name)) {
            return null;
        }
        return lines(v, Set.of(name));
    }

    /**
     * declare [-p] [-r] [-x] [-i ...] with no NAME: bash's declare lines for every variable
     * (set or given an attribute) that has all of the attributes asked for (every one of
     * must, and readonly or exported if asked), sorted by name.
     */
    static String all(Variables v, EnumSet<Attribute> must, boolean mustBeReadonly, boolean mustBeExported) {
        return v.scopes.listing(() -> {
            TreeSet<String> names = new TreeSet<>(v.values.keySet());
            names.addAll(v.arrays.keySet());
            names.add("PIPESTATUS");
            names.addAll(v.exported);
            names.addAll(v.readonly);
            names.addAll(v.declared);
            names.addAll(v.attrs.keySet());
            names.removeIf(n -> mustBeReadonly && !v.readonly.contains(n) || mustBeExported && !v.exported.contains(n)
                    || !exists(v, n) || !must.isEmpty() && !v.attributes(n).containsAll(must));
            return lines(v, names);
        });
    }

    /** declare -a or declare -A with no NAME: the indexed (or associative) arrays' lines, sorted by name. */
    static String arrays(Variables v, boolean assoc) {
        TreeSet<String> names = new TreeSet<>();
        for (Map.Entry<String, ShellArray> e : v.arrays.entrySet()) {
            if (e.getValue().isAssoc() == assoc) {
                names.add(e.getKey());
            }
        }
        if (!assoc) {
            names.add("PIPESTATUS");
        }
        return lines(v, names);
    }

    /** `local` with no arguments: the running call's locals, as bash's declare -p lists them. */
    static String locals(Variables v) {
        StringBuilder sb = new StringBuilder();
        for (String name : v.scopes.innermost()) {
            line(v, sb, name);
        }
        return sb.toString();
    }

    /** Whether NAME exists for declare -p: set, given an attribute, declared, or a local of the call. */
    private static boolean exists(Variables v, String name) {
        return v.values.get(name) != null || v.exported.contains(name) || v.readonly.contains(name)
                || v.scopes.isLocal(name)
                || v.declared.contains(name) || v.attrs.containsKey(name) || v.arrays.containsKey(name)
                || name.equals("PIPESTATUS");
    }

    /** declare -p's lines for the names, sorted; the attributes in bash's order (r, then x). */
    private static String lines(Variables v, Set<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String name : new TreeSet<>(names)) {
            line(v, sb, name);
        }
        return sb.toString();
    }

    /** One declare -p line: the attributes in bash's order (r, then x, else --), then ="value". */
    private static void line(Variables v, StringBuilder sb, String name) {
        String flags = v.attributeLetters(name);
        sb.append("declare -").append(flags.isEmpty() ? "- " : flags + " ").append(name);
        ShellArray arr = v.array(name);
        if (arr == null) {
            String value = v.values.get(name);
            if (value != null) {            // an unset variable has no ="value"
                appendQuotedValue(sb.append('='), value);
            }
        } else if (!v.isInvisible(name)) {
            sb.append('=').append(arr.text());
        }
        sb.append('\n');
    }

    /** "value" with " \\ $ ` escaped, as declare prints it, or $'...' when it holds control characters (bash). */
    static void appendQuotedValue(StringBuilder sb, String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < ' ' || v.charAt(i) == 0x7f) {
                sb.append(Quote.ansiC(v));
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
