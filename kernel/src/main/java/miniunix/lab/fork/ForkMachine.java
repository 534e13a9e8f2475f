package miniunix.lab.fork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import miniunix.kernel.BootOptions;
import miniunix.kernel.Kernel;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.uapi.Wait;
import miniunix.lab.BadInput;

/**
 * A fresh kernel whose processes fork and exit as a forktree action list says (OSTEP's
 * fork.py). Process {@code a} is the machine's init (pid 1); every process runs
 * {@link Reaper}. The machine plays each process's hand: {@code X+Y} is the kernel's fork of
 * X (the child is a copy of X's program), {@code X-} the kernel's exit of X, after which the
 * machine runs a few ticks so the processes carry on (init and the parents reap). The tree is
 * read back from the kernel's process table: each living process's children in the order the
 * kernel keeps them.
 *
 * <p>With {@link Reparent#FLATTEN} the kernel still does Linux's reparenting, and the tree
 * shown is the textbook simulator's instead: the one departure from the kernel's own rule.
 */
public final class ForkMachine {
    private static final Pattern FORK = Pattern.compile("([A-Za-z0-9_]+)\\+([A-Za-z0-9_]+)");
    private static final Pattern EXIT = Pattern.compile("([A-Za-z0-9_]+)-");
    /** Ticks run after each action: the child gets a CPU, parents and init reap. */
    private static final int SETTLE_TICKS = 2;
    public static final String ROOT = "a";

    private final Kernel k = Kernel.boot(BootOptions.defaults(), new ReaperImage());
    private final Reparent rule;
    private final boolean leafOnly;
    private final Map<String, Proc> procs = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    /** FLATTEN only: the textbook's tree, name to ordered children. */
    private final Map<String, List<String>> flat = new HashMap<>();

    /** One action and the tree after it; ok is false for a refused leaf-only exit. */
    public record Step(String action, boolean ok, Map<String, List<String>> tree) {
    }

    public ForkMachine(Reparent rule, boolean leafOnly) {
        this.rule = rule;
        this.leafOnly = leafOnly;
        Proc init = k.procs().get(1);
        name(init, ROOT);
        k.tick();
    }

    /** Performs one action ("a+b" or "b-"); bad input changes nothing. */
    public Step apply(String action) {
        Matcher f = FORK.matcher(action);
        Matcher e = EXIT.matcher(action);
        boolean ok = true;
        if (f.matches()) {
            fork(live(action, f.group(1)), f.group(2), action);
        } else if (e.matches()) {
            ok = exit(live(action, e.group(1)), action);
        } else {
            throw new BadInput("bad action '" + action + "': must be X+Y or X-");
        }
        for (int i = 0; i < SETTLE_TICKS; i++) {
            k.tick();
        }
        return new Step(action, ok, tree());
    }

    private Proc live(String action, String name) {
        Proc p = procs.get(name);
        if (p == null || !p.isAlive()) {
            throw new BadInput("bad action '" + action + "': no process " + name);
        }
        return p;
    }

    private void fork(Proc parent, String child, String action) {
        Proc existing = procs.get(child);
        if (existing != null && existing.isAlive()) {
            throw new BadInput("bad action '" + action + "': process " + child + " exists");
        }
        int pid = (int) k.lifecycle().fork(parent);
        Proc c = k.procs().get(pid);
        name(c, child);
        flat.get(names.get(parent.pid)).add(child);
    }

    /** Exits p; false if leaf-only refuses it. */
    private boolean exit(Proc p, String action) {
        if (p.pid == 1) {
            throw new BadInput("bad action '" + action + "': " + ROOT + " (init) cannot exit");
        }
        String name = names.get(p.pid);
        if (leafOnly && !liveChildren(name).isEmpty()) {
            return false;
        }
        if (rule == Reparent.FLATTEN) {
            flatten(name);
        }
        k.lifecycle().exit(p, Wait.exited(0), "exit");
        return true;
    }

    /** fork.py's do_exit: every descendant of x, in preorder, becomes a child of the root. */
    private void flatten(String x) {
        List<String> descendants = new ArrayList<>();
        preorder(x, descendants);
        descendants.remove(0);
        for (String d : descendants) {
            flat.get(d).clear();
            flat.get(ROOT).add(d);
        }
        for (List<String> children : flat.values()) {
            children.remove(x);
        }
        flat.remove(x);
    }

    private void preorder(String x, List<String> out) {
        out.add(x);
        for (String c : flat.get(x)) {
            preorder(c, out);
        }
    }

    private void name(Proc p, String name) {
        procs.put(name, p);
        names.put(p.pid, name);
        flat.put(name, new ArrayList<>());
        if (rule == Reparent.LOCAL) {
            p.childSubreaper = true;
        }
    }

    /** Every living process to its ordered children, keys in preorder from the root. */
    public Map<String, List<String>> tree() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        addSubtree(ROOT, t);
        return t;
    }

    private void addSubtree(String name, Map<String, List<String>> t) {
        List<String> children = liveChildren(name);
        t.put(name, children);
        for (String c : children) {
            addSubtree(c, t);
        }
    }

    private List<String> liveChildren(String name) {
        if (rule == Reparent.FLATTEN) {
            return List.copyOf(flat.get(name));
        }
        List<String> out = new ArrayList<>();
        for (Proc c : procs.get(name).children) {
            if (c.isAlive()) {
                out.add(names.get(c.pid));
            }
        }
        return List.copyOf(out);
    }
}
