package miniunix.app.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * A simple command: expands its assignments and words (an {@link ExpandFrame}, which runs the
 * command substitutions and globs), traces it under -x,
 * and hands over to what runs it, looked up in bash's order (functions first, even before
 * special builtins, as bash does outside POSIX mode): the shell's own variables for a bare
 * assignment, a {@link FunctionFrame}, a {@link SourceFrame} for . source eval, an
 * {@link ExecFrame} in the shell itself for exec CMD, a {@link BuiltinFrame}, or an
 * {@link ExecFrame} forked as a one-process job unless this frame already runs in a forked
 * child ({@code exec}). {@code command NAME ARGS} looks NAME up the same way, functions aside.
 *
 * <p>The redirections' words are expanded by what does the redirections, each just before
 * it is done ({@link Redirections}), as bash's do_redirections: in the forked child for a
 * program, in the shell for the rest, never seeing the command's own NAME=value. Functions,
 * . and eval run commands in the shell, so their redirections are applied to the shell's own
 * fds and undone afterwards ({@link RedirectFrame}); a builtin only opens its files; exec's
 * redirections stay.
 */
final class SimpleFrame extends Frame {
    /** The builtins whose NAME=value arguments are assignments, never split (bash's declaration builtins). */
    private static final Set<String> DECLARATIONS = Set.of("local", "export", "readonly", "declare", "typeset");

    /**
     * A command with NAME=value words goes in bash's order: its words are expanded, then each
     * assignment, which the next ones see; each phase's expansion is in {@link Shell#expansion}
     * when the frame goes on to the next (GOT_ phases). Then it runs (RUN).
     */
    private enum Phase { WORDS, GOT_WORDS, ASSIGN, GOT_ASSIGN, RUN }

    private final Node.SimpleCommand cmd;
    private final boolean exec;
    /** $BASH_COMMAND is this command's, and the DEBUG trap has run (or was not due). */
    private boolean announced;
    private boolean expanding;
    // Used only by a command with NAME=value words (see Phase).
    private Phase phase = Phase.WORDS;
    private List<String> argv;
    /** The assignments done so far. */
    private int assigned;
    /** A command's (not a bare assignment's) NAME=value, in order, less the refused ones. */
    private LinkedHashMap<String, String> bindings;
    /** The prefix scope is pushed, while the assignments are expanded ({@link Scopes#pushPrefix}). */
    private boolean prefixed;
    /** Some $(...) ran (its status is $?). */
    private boolean substituted;
    /** A declaration builtin's NAME=(...) arguments, expanded, by their place in argv; or null. */
    private Map<Integer, ArrayAssign> compounds;
    /** How many expanded items the words made (a NAME=(...) argument makes one per element part). */
    private int wordItems;
    /**
     * The next assignment's xtrace line has been written ahead of it by a {@link TraceFrame}
     * (a PS4 that needs the kernel), so that PS4 sees the values from before it, as in bash.
     */
    private boolean preTraced;

    SimpleFrame(Node.SimpleCommand cmd, boolean exec) {
        this.cmd = cmd;
        this.exec = exec;
    }

    @Override
    Trap step(Shell sh, long ret) {
        if (!announced) {
            announced = true;
            sh.vars.lineno = cmd.line();
            if (sh.trapTable.depth == 0) {
                sh.vars.command = cmd;
            }
            // Before the words are expanded, as bash's execute_simple_command; a job's command
            // had its DEBUG trap in the parent, before the fork (PipelineFrame).
            if (!exec && TrapFrame.pushOwn(sh, TrapTable.DEBUG, sh.vars.status)) {
                return null;
            }
        }
        if (!expanding) {
            sh.vars.lineno = cmd.line();
        }
        if (!cmd.assignments().isEmpty()) {
            return withAssignments(sh);
        }
        if (!expanding) {
            expanding = true;
            if (!expand(sh, items())) {
                return null;
            }
        }
        sh.pop();
        dispatch(sh, sh.expansion);
        return null;
    }

    /**
     * Expands items: true when that is done already (the result in {@link Shell#expansion});
     * false when a frame was pushed to do it, or it failed (the stack is unwound).
     */
    private static boolean expand(Shell sh, List<ExpandFrame.Item> items) {
        ExpandFrame x = new ExpandFrame(items);
        if (!x.expandInCaller(sh)) {
            sh.push(x);
            return false;
        }
        return !x.failed();
    }

    /** What to expand: the words (the redirections' come when they are done). */
    private List<ExpandFrame.Item> items() {
        List<ExpandFrame.Item> items = new ArrayList<>(cmd.words().size());
        words(items);
        return items;
    }

    private void words(List<ExpandFrame.Item> items) {
        boolean declaration = !cmd.words().isEmpty() && isDeclaration(cmd.words().get(0));
        for (int i = 0; i < cmd.words().size(); i++) {     // indexed: no iterator per command
            Word w = cmd.words().get(i);
            Node.Assignment a = declaration && i > 0 ? Parser.assignment(w) : null;
            if (a != null && a.compound() != null) {
                arrayItems(items, a);
            } else {
                items.add(a != null ? ExpandFrame.Item.declaration(w) : new ExpandFrame.Item(w, true));
            }
        }
    }

    /**
     * argv from the words' expansions (as {@link #words} listed them); a declaration
     * builtin's NAME=(...) is its text in argv, its elements in {@link #compounds}.
     */
    private List<String> argv(List<List<String>> words) {
        List<String> argv = new ArrayList<>(cmd.words().size());
        compounds = null;
        boolean declaration = !cmd.words().isEmpty() && isDeclaration(cmd.words().get(0));
        int[] k = {0};
        for (int i = 0; i < cmd.words().size(); i++) {
            Node.Assignment a = declaration && i > 0 ? Parser.assignment(cmd.words().get(i)) : null;
            if (a != null && a.compound() != null) {
                compounds = compounds == null ? new java.util.HashMap<>() : compounds;
                compounds.put(argv.size(), arrayAssign(a, words, k));
                argv.add(cmd.words().get(i).text());
            } else {
                argv.addAll(words.get(k[0]++));
            }
        }
        wordItems = k[0];
        return argv;
    }

    /**
     * The words of an assignment that is not NAME=VALUE: its [INDEX] and value, or each
     * element of its (...): [KEY] and VALUE as strings, a plain VALUE split and globbed.
     */
    private static void arrayItems(List<ExpandFrame.Item> items, Node.Assignment a) {
        if (a.index() != null) {
            items.add(new ExpandFrame.Item(a.index(), false));
        }
        Word.Compound c = a.compound();
        if (c == null) {
            items.add(new ExpandFrame.Item(a.value(), false));
            return;
        }
        for (Word.Element e : c.elements()) {
            if (e.key() != null) {
                items.add(new ExpandFrame.Item(e.key(), false));
            }
            items.add(new ExpandFrame.Item(e.value(), e.key() == null));
        }
    }

    /** The expanded assignment a from words at k (as {@link #arrayItems} listed them); k[0] moves on. */
    private static ArrayAssign arrayAssign(Node.Assignment a, List<List<String>> words, int[] k) {
        String index = a.index() == null ? null : words.get(k[0]++).get(0);
        String indexText = a.index() == null ? null : a.index().text();
        Word.Compound c = a.compound();
        if (c == null) {
            return new ArrayAssign(a.name(), index, indexText, a.append(), words.get(k[0]++).get(0), null);
        }
        List<ArrayAssign.Entry> entries = new ArrayList<>();
        for (Word.Element e : c.elements()) {
            String key = e.key() == null ? null : words.get(k[0]++).get(0);
            if (key != null) {
                entries.add(new ArrayAssign.Entry(key, words.get(k[0]++).get(0)));
            } else {
                for (String v : words.get(k[0]++)) {
                    entries.add(new ArrayAssign.Entry(null, v));
                }
            }
        }
        return new ArrayAssign(a.name(), index, indexText, a.append(), null, entries);
    }

    private static boolean isDeclaration(Word w) {
        return w.parts().size() == 1 && w.parts().get(0) instanceof Word.Literal l && !l.quoted()
                && DECLARATIONS.contains(l.text());
    }

    /** A command with NAME=value words, a phase at a time (see {@link Phase}). */
    private Trap withAssignments(Shell sh) {
        while (true) {
            switch (phase) {
                case WORDS -> {
                    if (cmd.words().isEmpty()) {            // a bare assignment: nothing to expand first
                        argv = List.of();
                        phase = Phase.ASSIGN;
                        continue;
                    }
                    phase = Phase.GOT_WORDS;
                    List<ExpandFrame.Item> items = new ArrayList<>(cmd.words().size());
                    words(items);
                    if (!expand(sh, items)) {
                        return null;
                    }
                }
                case GOT_WORDS -> {
                    argv = argv(sh.expansion.words());
                    substituted = sh.expansion.substituted();
                    if (!argv.isEmpty()) {
                        bindings = new LinkedHashMap<>();
                        prefixed = true;
                        sh.vars.scopes.pushPrefix(Scopes.Kind.PREFIX);
                    }
                    phase = Phase.ASSIGN;
                }
                case ASSIGN -> {
                    if (assigned < cmd.assignments().size()) {
                        phase = Phase.GOT_ASSIGN;
                        Node.Assignment a = cmd.assignments().get(assigned);
                        List<ExpandFrame.Item> items = new ArrayList<>(1);
                        if (a.isPlain()) {
                            items.add(new ExpandFrame.Item(a.value(), false));
                        } else {
                            arrayItems(items, a);
                        }
                        if (!expand(sh, items)) {
                            return null;
                        }
                    } else {
                        endPrefix(sh);
                        phase = Phase.RUN;
                    }
                }
                case GOT_ASSIGN -> {
                    Node.Assignment a = cmd.assignments().get(assigned);
                    if (!preTraced && Prompts.traceNeedsFrame(sh)) {
                        preTraced = true;
                        String line = assignTrace(sh, a);
                        if (line != null) {
                            Prompts.trace(sh, line);
                            return null;
                        }
                    }
                    phase = Phase.ASSIGN;
                    substituted |= sh.expansion.substituted();
                    assigned++;
                    boolean said = a.isPlain() ? assign(sh, a.name(), sh.expansion.words().get(0).get(0))
                            : assignArray(sh, arrayAssign(a, sh.expansion.words(), new int[1]), a);
                    preTraced = false;
                    if (said) {
                        return null;        // it said something (or ended the line): that goes first
                    }
                }
                case RUN -> {
                    sh.pop();
                    run(sh, bindings == null ? Map.of() : bindings, argv, substituted);
                    if (sh.xtrace() && !argv.isEmpty()) {
                        trace(sh, argv);
                    }
                    return null;
                }
            }
        }
    }

    /**
     * One assignment, expanded: a bare one sets NAME for good (a readonly NAME ends the
     * command line, bash's error); a command's goes in its prefix, or is refused with bash's
     * error when NAME is readonly (the command runs without it). True when it said something
     * (xtrace, an error), which must be written before the frame goes on, or ended the line.
     * bash traces each assignment on a line of its own, before it is done (PS4 sees the old
     * values) and before its error.
     */
    private boolean assign(Shell sh, String name, String value) {
        String trace = sh.xtrace() && !preTraced ? Prompts.tracePrefix(sh) + assignLine(name, value) : null;
        if (sh.vars.isReadonly(name)) {
            if (argv.isEmpty()) {
                sh.readonlyError(name);
            } else {
                sh.error(name + ": readonly variable");
            }
            return traced(sh, trace, true);
        }
        if (sh.vars.isNoassign(name)) {
            return traced(sh, trace, false);       // GROUPS=1: bash ignores it, status 0
        }
        if (!argv.isEmpty()) {
            sh.vars.scopes.prefixAssign(name, value);
            bindings.put(name, value);
        } else {
            try {
                sh.vars.set(name, value);
            } catch (Arith.Failure f) {     // an integer NAME's bad expression (declare -i)
                sh.expansionError(f.getMessage(), f.fatal);
                return traced(sh, trace, true);
            }
            if (name.equals("PATH")) {
                sh.hash.clear();    // bash empties its table on any PATH assignment
            }
        }
        return traced(sh, trace, false);
    }

    /** NAME=VALUE as xtrace shows an assignment: the value quoted, an empty one bare. */
    private static String assignLine(String name, String value) {
        return name + "=" + (value.isEmpty() ? "" : quote(value)) + "\n";
    }

    /**
     * The xtrace line the expanded assignment a ({@link Shell#expansion}) will have when it
     * is done, as {@link #assign} and {@link #assignArray} trace it; null: it has none.
     */
    private String assignTrace(Shell sh, Node.Assignment a) {
        if (a.isPlain()) {
            return assignLine(a.name(), sh.expansion.words().get(0).get(0));
        }
        if (argv.isEmpty()) {
            return written(a) + "\n";
        }
        ArrayAssign x = arrayAssign(a, sh.expansion.words(), new int[1]);
        boolean scalar = x.index() == null && x.elements() == null;
        return scalar ? assignLine(x.name(), sh.vars.get(x.name()) + x.value()) : null;
    }

    /**
     * The trace line (null: none) goes out before what was said (pushed later, it is written
     * first); true if anything was said.
     */
    private static boolean traced(Shell sh, String trace, boolean said) {
        if (trace != null) {
            sh.print(2, trace);
        }
        return said || trace != null;
    }

    /** An assignment as written, unexpanded: how bash traces one that is more than NAME=VALUE. */
    private static String written(Node.Assignment a) {
        return a.name() + (a.index() == null ? "" : "[" + a.index().text() + "]") + (a.append() ? "+=" : "=")
                + a.value().text();
    }

    /**
     * An assignment more than NAME=VALUE ({@link ArrayAssign}), expanded: done at once when
     * bare (a readonly NAME, a bad subscript or an arithmetic error ends the line, as bash);
     * before a command only NAME+=VALUE counts, as the prefix NAME=$NAME"VALUE", and
     * NAME[SUB]=VALUE is refused as bash 5.2 refuses it (no identifier; its text unexpanded),
     * the command running all the same. True as {@link #assign} says. A bare one is traced
     * as written.
     */
    private boolean assignArray(Shell sh, ArrayAssign a, Node.Assignment node) {
        boolean scalar = a.index() == null && a.elements() == null;
        if (!argv.isEmpty()) {
            if (a.index() != null) {
                sh.error("`" + a.name() + "[" + a.indexText() + "]': not a valid identifier");
                return true;
            }
            return scalar && assign(sh, a.name(), sh.vars.get(a.name()) + a.value());
        }
        String trace = sh.xtrace() && !preTraced ? Prompts.tracePrefix(sh) + written(node) + "\n" : null;
        if (sh.vars.isReadonly(a.name())) {
            sh.readonlyError(a.name());
            return traced(sh, trace, true);
        }
        if (sh.vars.isNoassign(a.name())) {
            if (a.elements() != null) {         // GROUPS=(1 2): the line is dropped, silently
                sh.unwind(1);
                sh.vars.status = 1;
                return traced(sh, trace, true);
            }
            return traced(sh, trace, false);    // GROUPS[1]=2, GROUPS+=x: ignored
        }
        ArrayAssign.Failure f;
        try {
            f = a.perform(sh.vars);
        } catch (Arith.Failure x) {     // an integer NAME's bad expression (declare -i)
            sh.expansionError(x.getMessage(), x.fatal);
            return traced(sh, trace, true);
        }
        if (f != null && f.fatal()) {
            sh.expansionError(f.message(), false);
            return traced(sh, trace, true);
        }
        if (f != null) {
            for (String line : f.message().split("\n")) {
                sh.error(line);
            }
            return traced(sh, trace, true);
        }
        return traced(sh, trace, false);
    }

    /** The prefix's scope is popped: the redirections and what runs the command put it back. */
    private void endPrefix(Shell sh) {
        if (prefixed) {
            prefixed = false;
            sh.vars.scopes.pop();
        }
    }

    /** Unwound while the assignments are expanded (an expansion error): the prefix ends. */
    @Override
    void cleanup(Shell sh, List<Syscall> calls) {
        endPrefix(sh);
    }

    private void dispatch(Shell sh, ExpandFrame.Result x) {
        List<String> argv = argv(x.words());
        run(sh, Map.of(), argv, x.substituted());
        if (sh.xtrace() && !argv.isEmpty()) {
            trace(sh, argv);
        }
    }

    private void run(Shell sh, Map<String, String> assigns, List<String> argv, boolean substituted) {
        int skip = 0;
        while (skip < argv.size()) {
            if (isCommandBuiltin(sh, argv.get(skip)) && TypeBuiltin.commandName(argv.subList(skip, argv.size())) > 0) {
                skip += TypeBuiltin.commandName(argv.subList(skip, argv.size()));
            } else if (isBuiltinBuiltin(sh, argv.get(skip), skip) && builtinName(sh, argv, skip) > 0) {
                skip += builtinName(sh, argv, skip);
            } else {
                break;
            }
        }
        run(sh, assigns, argv.subList(skip, argv.size()), substituted, skip == 0);
    }

    /**
     * Whether a command of redirections only runs them in a forked child, as bash's
     * execute_null_command does for a {NAME} redirection (so NAME is set, and the fd open,
     * only there) and, for safety, for one that reads into or closes fd 0 ({@code <file},
     * {@code <>file}, {@code <&$fd}, {@code <&-}).
     */
    private static boolean forks(List<Node.Redirect> redirects) {
        for (Node.Redirect r : redirects) {
            String word = r.target() == null ? "" : r.target().text();
            boolean dup = r.op() == Node.RedirectOp.DUP_IN || r.op() == Node.RedirectOp.DUP_OUT;
            boolean input = r.op() == Node.RedirectOp.IN || r.op() == Node.RedirectOp.READ_WRITE
                    || dup && (word.equals("-") || !Parser.isDigits(word));
            if (r.var() != null || r.fd() == 0 && input) {
                return true;
            }
        }
        return false;
    }

    /** builtin NAME ARGS runs the builtin NAME, never a function (unless builtin is one itself). */
    private static boolean isBuiltinBuiltin(Shell sh, String word, int skip) {
        return word.equals("builtin") && (skip > 0 || !sh.functions.containsKey("builtin"))
                && Builtins.runs(sh, "builtin");
    }

    /**
     * How many words of argv from at ("builtin", and a "--" after it) come before the builtin
     * it runs; 0 when no builtin that runs follows (then builtin itself says why, in
     * {@link BuiltinFrame}): bash's builtin_builtin finds no builtin that enable -n turned off.
     */
    private static int builtinName(Shell sh, List<String> argv, int at) {
        int k = at + 1;
        if (k < argv.size() && argv.get(k).equals("--")) {
            k++;
        }
        return k < argv.size() && Builtins.runs(sh, argv.get(k)) ? k - at : 0;
    }

    /** command NAME ARGS runs NAME but never a function (unless command is one itself). */
    private static boolean isCommandBuiltin(Shell sh, String word) {
        return word.equals("command") && !sh.functions.containsKey("command");
    }

    /** functions: whether a function may be what runs (not under command NAME). */
    private void run(Shell sh, Map<String, String> assigns, List<String> argv, boolean substituted,
                     boolean functions) {
        List<Node.Redirect> redirects = cmd.redirects();
        if (argv.isEmpty()) {
            sh.vars.status = substituted ? sh.vars.status : 0;
            if (!redirects.isEmpty() && forks(redirects) && !exec) {
                Frame child = new BuiltinFrame(argv, new Redirections(redirects, true));
                sh.push(new JobFrame(List.of(child), false, List.of(cmd.text())));
            } else if (!redirects.isEmpty()) {
                sh.push(new BuiltinFrame(argv, new Redirections(redirects, false)));
            }
            return;
        }
        String name = argv.get(0);
        sh.commandRuns(name);
        boolean help = argv.size() > 1 && argv.get(1).equals("--help");
        Node.FunctionDef f = functions ? sh.functions.get(name) : null;
        // The redirections go around the NAME=value scope: their words do not see it (bash).
        if (f != null) {
            Frame call = new FunctionFrame(f, name, argv.subList(1, argv.size()));
            sh.push(around(redirects, PrefixFrame.around(Scopes.Kind.PREFIX_OF_CALL, assigns, call)));
        } else if (SourceFrame.runsCommands(name) && !help && Builtins.runs(sh, name)) {
            sh.push(around(redirects, PrefixFrame.around(Scopes.Kind.PREFIX_OF_SOURCE, assigns, SourceFrame.of(argv))));
        } else if (name.equals("fc") && !help && Builtins.runs(sh, name)) {
            // fc runs commands, which its redirections apply to, as eval's do
            Frame fc = new BuiltinFrame(argv, new Redirections(List.of(), false));
            sh.push(around(redirects, PrefixFrame.around(Scopes.Kind.PREFIX, assigns, fc)));
        } else if (name.equals("exec") && argv.size() > 1 && !help && Builtins.runs(sh, name)) {
            List<String> cmdArgs = argv.subList(1, argv.size());
            sh.push(new ExecFrame(cmdArgs, sh.envp(assigns), new Redirections(redirects, true), true));
        } else if (Builtins.runs(sh, name)) {
            sh.push(new BuiltinFrame(argv, new Redirections(redirects, name.equals("exec")))
                    .compounds(compounds).prefix(assigns));
        } else {
            ExecFrame e = new ExecFrame(argv, sh.envp(assigns), new Redirections(redirects, true), false);
            sh.push(exec ? e : new SearchFrame(e, cmd.text()));
        }
    }

    /** The body with the redirections applied to the shell's own fds around it, and undone. */
    private static Frame around(List<Node.Redirect> redirects, Frame body) {
        return redirects.isEmpty() ? body : new RedirectFrame(redirects, body, true);
    }

    /**
     * "+ cmd args", quoted so it could be typed back in, as bash's set -x prints it; a
     * declare NAME=(...) has its list traced first, expanded. Each line gets its own PS4.
     */
    private void trace(Shell sh, List<String> argv) {
        List<String> lines = new ArrayList<>(1);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < argv.size(); i++) {
            ArrayAssign c = compounds == null ? null : compounds.get(i);
            line.append(i > 0 ? " " : "").append(c == null ? quote(argv.get(i)) : c.name());
            if (c != null) {
                StringBuilder sb = new StringBuilder(c.name()).append("=(");
                for (int k = 0; k < c.elements().size(); k++) {
                    ArrayAssign.Entry e = c.elements().get(k);
                    sb.append(k > 0 ? " " : "").append(e.key() == null ? "" : "[" + TrapBuiltin.quote(e.key()) + "]=")
                            .append(TrapBuiltin.quote(e.value()));
                }
                lines.add(sb.append(")\n").toString());
            }
        }
        lines.add(line.append('\n').toString());
        for (int i = lines.size() - 1; i >= 0; i--) {       // pushed last, written first
            Prompts.trace(sh, lines.get(i));
        }
    }

    static String quote(String s) {
        boolean plain = !s.isEmpty() && s.charAt(0) != '~' && s.charAt(0) != '#';
        for (int i = 0; i < s.length() && plain; i++) {
            plain = " \t\n'\"\\|&;()<>!{}*[?]^$`".indexOf(s.charAt(i)) < 0;
        }
        return plain ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    @Override
    Frame copy() {
        SimpleFrame s = new SimpleFrame(cmd, exec);
        s.announced = announced;
        s.expanding = expanding;
        s.phase = phase;
        s.argv = argv;                  // never changed once made
        s.assigned = assigned;
        s.preTraced = preTraced;
        s.bindings = bindings == null ? null : new LinkedHashMap<>(bindings);
        s.prefixed = prefixed;
        s.substituted = substituted;
        return s;
    }
}
