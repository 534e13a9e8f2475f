package miniunix.app.shell;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The dynamic scopes of {@link Variables} (bash's variable contexts), innermost last: a
 * function call's locals and a command's NAME=value words. Shallow binding: the variable
 * tables always hold the values every lookup sees; a scope keeps what its names hid (value,
 * export flag, array, attributes) and gives it back when it ends, so a function sees its
 * callers' locals and a local hides a global only until its function returns, as in bash.
 *
 * <p>It works on the tables of the Variables that owns it, which only it and Variables touch.
 */
final class Scopes {
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
            s.savedAttrs = savedAttrs == null ? null : Variables.copyAttrs(savedAttrs);
            s.kept = kept == null ? null : new HashSet<>(kept);
            s.getopts = getopts == null ? null : getopts.clone();
            return s;
        }
    }

    private final Variables v;
    private final ArrayList<Scope> scopes = new ArrayList<>();

    Scopes(Variables v) {
        this.v = v;
    }

    /** A deep copy, for the Variables copy {@code into}. */
    Scopes copy(Variables into) {
        Scopes s = new Scopes(into);
        for (Scope sc : scopes) {
            s.scopes.add(sc.copy());
        }
        return s;
    }

    /** A function call begins: locals from now on belong to it. */
    void pushCall() {
        scopes.add(new Scope(Kind.CALL));
    }

    /**
     * A command's NAME=value words begin to apply: each {@link #prefixAssign} from now on
     * holds until {@link #pop}, which gives back what they hid.
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
        v.set(name, value);
        v.exported.add(name);
    }

    /**
     * The call (or the command's prefix) ends: every variable it made local gets back its value
     * and export flag; a prefix's NAME given an attribute keeps its value and attributes.
     */
    void pop() {
        Scope sc = scopes.remove(scopes.size() - 1);
        for (Map.Entry<String, String> e : sc.saved.entrySet()) {
            if (sc.kept != null && sc.kept.contains(e.getKey())) {
                continue;
            }
            v.readonly.remove(e.getKey());      // a local made readonly (declare -r): local was refused on a readonly one
            v.restore(e.getKey(), e.getValue(), sc.wasExported.contains(e.getKey()));
            v.restoreArray(e.getKey(), sc.savedArrays.get(e.getKey()));
            restoreAttrs(sc, e.getKey());
            if (e.getKey().equals("OPTIND") && sc.getopts == null) {
                v.optindAssigned();
            }
        }
        if (!sc.saved.isEmpty()) {
            v.refresh();
        }
        if (sc.getopts != null) {
            v.special.setPlace(sc.getopts);
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
                    v.set(name, value);         // the call's own x=1 f: local x is that x
                }
                return;
            } else {
                boolean inherit = below != null && below.isPrefix();
                save(sc, name);
                if (inherit) {
                    String old = sc.saved.get(name);
                    if (old != null) {
                        v.values.put(name, old);
                    }
                }
            }
        }
        if (value != null) {
            v.values.put(name, value);
        }
        if (name.equals("OPTIND")) {
            v.optindAssigned();
        }
    }

    /** NAME's binding now goes into scope sc (the first time): saved there, and NAME unset. */
    private void save(Scope sc, String name) {
        if (sc.saved.containsKey(name)) {
            return;
        }
        sc.saved.put(name, v.values.get(name));
        if (v.exported.contains(name)) {
            sc.wasExported.add(name);
        }
        v.values.remove(name);
        ShellArray hidden = v.arrays.isEmpty() ? null : v.arrays.remove(name);
        if (hidden != null) {
            sc.savedArrays.put(name, hidden);
        }
        EnumSet<Attribute> a = v.attrs.isEmpty() ? null : v.attrs.remove(name);
        if (a != null) {
            if (sc.savedAttrs == null) {
                sc.savedAttrs = new HashMap<>();
            }
            sc.savedAttrs.put(name, a);     // a local, or a command's NAME=value, starts with none (bash)
            v.refresh();
        }
        if (name.equals("OPTIND") && sc.kind == Kind.CALL) {
            sc.getopts = v.special.place();
        }
    }

    /** Whether a scope (a call's local, a command's NAME=value) hides the global NAME. */
    boolean hides(String name) {
        for (Scope sc : scopes) {
            if (sc.saved.containsKey(name)) {
                return true;
            }
        }
        return false;
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
        v.set(name, value);
    }

    /** Whether NAME's value now is a command's NAME=value (which declare NAME leaves as it is). */
    boolean isPrefixed(String name) {
        Scope owner = owner(name, scopes.size() - 1);
        return owner != null && owner.isPrefix();
    }

    /**
     * unset NAME when its value now belongs to a calling function's local or to a command's
     * NAME=value: that binding is gone and what it hid is seen again. False (nothing done)
     * when NAME is a global or a local of the running call, which unset removes outright.
     */
    boolean unsetHiding(String name) {
        Scope owner = owner(name, scopes.size() - 1);
        int c = call();
        if (owner == null || c >= 0 && owner == scopes.get(c)) {
            return false;
        }
        String hidden = owner.saved.remove(name);
        v.restore(name, hidden, owner.wasExported.remove(name));
        restoreAttrs(owner, name);
        v.restoreArray(name, owner.savedArrays.remove(name));
        v.refresh();
        if (owner.kept != null) {
            owner.kept.remove(name);
        }
        return true;
    }

    /** The end of a scope's hold on NAME: the attributes it hid (none, if it hid none) are NAME's again. */
    private void restoreAttrs(Scope sc, String name) {
        EnumSet<Attribute> a = sc.savedAttrs == null ? null : sc.savedAttrs.remove(name);
        if (a != null) {
            v.attrs.put(name, a);
        } else if (!v.attrs.isEmpty()) {
            v.attrs.remove(name);
        }
    }

    /** The names the innermost scope holds (`local` with no arguments lists them), in order. */
    Set<String> innermost() {
        return scopes.get(scopes.size() - 1).saved.keySet();
    }

    /**
     * A listing of the variables (set, declare, export -p, readonly -p) made while a builtin's
     * NAME=value words apply: it shows what they hid, as bash lists its shell variables and
     * not the builtin's temporary environment ({@code x=1 set} shows the x before).
     */
    <T> T listing(Supplier<T> list) {
        Scope top = scopes.isEmpty() ? null : scopes.get(scopes.size() - 1);
        if (top == null || top.kind != Kind.PREFIX || top.saved.isEmpty()) {
            return list.get();
        }
        LinkedHashMap<String, String> now = new LinkedHashMap<>();
        HashMap<String, EnumSet<Attribute>> hidden = top.savedAttrs == null ? new HashMap<>() : top.savedAttrs;
        for (Map.Entry<String, String> e : top.saved.entrySet()) {
            now.put(e.getKey(), v.values.get(e.getKey()));
            v.restore(e.getKey(), e.getValue(), top.wasExported.contains(e.getKey()));
            if (hidden.containsKey(e.getKey())) {
                v.attrs.put(e.getKey(), hidden.get(e.getKey()));
            }
        }
        T result = list.get();
        for (Map.Entry<String, String> e : now.entrySet()) {
            v.restore(e.getKey(), e.getValue(), true);
            if (hidden.containsKey(e.getKey())) {
                v.attrs.remove(e.getKey());   // a command's NAME=value has no attributes
            }
        }
        v.refresh();
        return result;
    }
}
