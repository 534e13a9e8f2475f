package miniunix.app.shell;

import java.util.List;

/**
 * An assignment that is more than NAME=VALUE, its words expanded, ready to be done: NAME+=VALUE,
 * NAME[INDEX]=VALUE (and +=), NAME=(ELEMENT...) and NAME+=(...), as bash's arrayfunc.c does
 * them. An index of an indexed array is an arithmetic expression, negative counting back from
 * the end; an associative array's is its key as expanded. A scalar given an element or a list
 * becomes an indexed array with its value at 0.
 *
 * <p>indexText is the index as written, for bash's "NAME[INDEX]: bad array subscript".
 */
record ArrayAssign(String name, String index, String indexText, boolean append, String value,
                   List<Entry> elements) {

    /** One element of (...): [KEY]=VALUE, or VALUE at the next index (key null). */
    record Entry(String key, String value) {
    }

    /** What went wrong, said as bash says it (without "miniunix: "); fatal ones end the command line. */
    record Failure(String message, boolean fatal) {
    }

    /** NAME=VALUE: a plain one, among others in the same command. */
    static ArrayAssign plain(String name, String value) {
        return new ArrayAssign(name, null, null, false, value, null);
    }

    boolean isPlain() {
        return index == null && !append && elements == null;
    }

    /**
     * Does the assignment; the caller has checked NAME is not readonly. Returns null, or the
     * failure: a bad subscript or an arithmetic error ends the command line (fatal), a
     * missing key in an associative list is only said.
     */
    Failure perform(Variables vars) {
        if (vars.isDirStack(name)) {
            return dirStack(vars);
        }
        if (elements != null) {
            return list(vars);
        }
        if (index == null) {
            ShellArray a = vars.array(name);
            if (append && a == null) {
                vars.append(name, value);       // an integer NAME (declare -i) adds
            } else if (a == null) {
                vars.set(name, value);
            } else if (a.isAssoc()) {           // an array's element 0 (key "0")
                a.put("0", element(vars, a.get("0"), value));
            } else {
                a.put(0, element(vars, a.get(0), value));
            }
            return null;
        }
        ShellArray a = vars.array(name);
        if (a != null && a.isAssoc()) {
            if (index.isEmpty()) {
                return new Failure(name + "[" + indexText + "]: bad array subscript", true);
            }
            vars.toArray(name, true).put(index, element(vars, a.get(index), value));
            return null;
        }
        long i;
        try {
            i = Arith.eval(index, vars);
        } catch (Arith.Failure f) {
            return new Failure(f.getMessage(), true);
        }
        a = vars.toArray(name, false);
        if (i < 0) {
            i += a.maxIndex() + 1;
            if (i < 0) {
                return new Failure(name + "[" + indexText + "]: bad array subscript", true);
            }
        }
        a.put(i, element(vars, a.get(i), value));
        return null;
    }

    /**
     * An assignment to DIRSTACK while it is the directory stack (bash's assign_dirstack): each
     * element assigned changes that entry of the stack ({@link Variables#setDirStackEntry}: 0
     * and those past the end are ignored); (...) assigns its elements from 0 in turn (from
     * the end with +=), the stack not emptied first; a negative index counts from the end.
     */
    private Failure dirStack(Variables vars) {
        ShellArray shown = vars.array(name);
        long next = append ? shown.maxIndex() + 1 : 0;
        List<Entry> list = elements != null ? elements : List.of(new Entry(index, value));
        for (Entry e : list) {
            long i = next;
            String key = e.key() == null && elements == null ? "0" : e.key();
            if (key != null) {
                try {
                    i = Arith.eval(key, vars);
                } catch (Arith.Failure f) {
                    return new Failure(f.getMessage(), true);
                }
                if (i < 0 && i + shown.maxIndex() + 1 < 0) {
                    String shownIndex = elements == null ? indexText : key;
                    return new Failure(elements == null ? name + "[" + shownIndex + "]: bad array subscript"
                            : "[" + key + "]=" + e.value() + ": bad array subscript", elements == null);
                }
                i = i < 0 ? i + shown.maxIndex() + 1 : i;
            }
            boolean add = append && elements == null;
            String old = shown.get(i);
            vars.setDirStackEntry(i, add && old != null ? old + e.value() : e.value());
            next = i + 1;
        }
        return null;
    }

    /**
     * The value an element gets, old being its value now (null if unset): NAME's attributes
     * convert it (declare -i evaluates, -l and -u change case); += adds to an integer's
     * element, else appends.
     */
    private String element(Variables vars, String old, String v) {
        if (append && old != null && vars.attributes(name).contains(Attribute.INTEGER)) {
            return Long.toString(Arith.eval(old, vars) + Arith.eval(v, vars));
        }
        return vars.converted(name, append && old != null ? old + v : v);
    }

    /** NAME=(...) or NAME+=(...). */
    private Failure list(Variables vars) {
        ShellArray old = vars.array(name);
        boolean assoc = old != null && old.isAssoc();
        ShellArray a = append ? vars.toArray(name, assoc) : assoc ? ShellArray.assoc() : ShellArray.indexed();
        if (!append) {
            vars.putArray(name, a);     // filled in place: a bad integer element keeps those before it
        }
        try {
            return assoc ? assocList(a, vars) : indexedList(a, vars);
        } catch (Arith.Failure f) {
            if (!append && a.size() == 0) {
                vars.declare(name);     // bash: no element assigned, the array is not yet set
            }
            throw f;
        }
    }

    private Failure indexedList(ShellArray a, Variables vars) {
        long next = a.maxIndex() + 1;
        Failure failure = null;
        for (Entry e : elements) {
            long i = next;
            if (e.key() != null) {
                try {
                    i = Arith.eval(e.key(), vars);
                } catch (Arith.Failure f) {
                    return new Failure(f.getMessage(), true);
                }
                if (i < 0) {
                    i += a.maxIndex() + 1;
                }
                if (i < 0) {
                    failure = new Failure("[" + e.key() + "]=" + e.value() + ": bad array subscript", false);
                    continue;
                }
            }
            a.put(i, vars.converted(name, e.value()));
            next = i + 1;
        }
        return failure;
    }

    /**
     * An associative list: [KEY]=VALUE each, or (bash 5.1) KEY VALUE KEY VALUE ... when the
     * first has no [KEY] (a last KEY alone gets ""); otherwise an element with no [KEY] is
     * an error, said, and skipped.
     */
    private Failure assocList(ShellArray a, Variables vars) {
        if (!elements.isEmpty() && elements.get(0).key() == null) {
            for (int k = 0; k < elements.size(); k += 2) {
                String v = k + 1 < elements.size() ? elements.get(k + 1).value() : "";
                a.put(elements.get(k).value(), vars.converted(name, v));
            }
            return null;
        }
        StringBuilder said = new StringBuilder();
        for (Entry e : elements) {
            if (e.key() == null) {
                said.append(said.length() > 0 ? "\n" : "").append(name).append(": ").append(e.value())
                        .append(": must use subscript when assigning associative array");
            } else if (e.key().isEmpty()) {
                said.append(said.length() > 0 ? "\n" : "").append("[]=").append(e.value())
                        .append(": bad array subscript");
            } else {
                a.put(e.key(), vars.converted(name, e.value()));
            }
        }
        return said.length() == 0 ? null : new Failure(said.toString(), false);
    }
}
