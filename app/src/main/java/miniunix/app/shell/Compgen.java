package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

import miniunix.kernel.uapi.Trap;

/**
 * Evaluates a {@link CompSpec} for a word (bash's gen_compspec_completions, pcomplete.c): a
 * state machine that the frame running it steps until it returns null, then
 * {@link #matches}. In bash's order: the actions (those that need the kernel by
 * {@link CompgenLookup}), the -G glob ({@link GlobWalk}), the -W words (split at $IFS, then
 * expanded as bash's expand_words_shellexp: brace, tilde, parameter, command and arithmetic
 * expansion, word splitting, quote removal; no braces or pathnames: {@link ExpandFrame}),
 * the -F function run in the shell with COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT,
 * COMP_TYPE and COMP_KEY set and its COMPREPLY read back ({@link FunctionFrame}), the -C
 * command's output lines ({@link SubstFrame}); then -X's filter, -P and -S, and -o dirnames
 * and plusdirs. Each list keeps the order bash's has: a table's, a file's, a directory's,
 * the words' own; only the names of shell objects (aliases, variables, functions) are sorted.
 *
 * <p>Simplified: -G's matches are sorted (bash's glob_filename gives them unsorted, in the
 * reverse of the directory's order); the binding action finds nothing (the shell has no
 * readline: the line editor is the terminal's).
 */
final class Compgen {
    /** The completion being generated, for compopt without a NAME (bash's pcomp_curcs, pcomp_curcmd). */
    record Running(CompSpec spec, String name) {
        Running withSpec(CompSpec s) {
            return new Running(s, name);
        }
    }

    /**
     * The command line around the word, as the -F function and -C command see it: the line,
     * the cursor (characters), its words and the index of the word completed, readline's
     * completion type (9 Tab, 63 a second Tab's list...) and the key. compgen has none.
     */
    record Line(String line, int point, List<String> words, int cword, int type, int key) {
        Line {
            words = List.copyOf(words);
        }

        static final Line NONE = new Line("", 0, List.of(), -1, 0, 0);
    }

    /** bash's reserved words, in its word_token_alist order (compgen -k). */
    static final List<String> KEYWORDS = List.of("if", "then", "else", "elif", "fi", "case", "esac", "for",
            "select", "while", "until", "do", "done", "in", "function", "time", "{", "}", "!", "[[", "]]",
            "coproc");

    private enum Phase { ACTIONS, LOOKUP, GLOB, WORDS, EXPANDED, FUNCTION, CALLED, COMMAND, COMMAND_RAN, DIRS,
        DIRS_LOOKUP, DONE }

    private final CompSpec spec;
    /** The command whose word is completed ($1 of -F and -C: "compgen" for the builtin). */
    private final String command;
    private final String word;
    private final Line line;
    private Phase phase = Phase.ACTIONS;
    /** The next action of {@link #ORDER} to try. */
    private int actionAt;
    private CompgenLookup lookup;
    private GlobWalk glob;
    private final ArrayList<String> matches = new ArrayList<>();
    /** -F: the function's status was 124 (bash's EX_RETRYFAIL). */
    private boolean retry;

    /** The actions in the order bash's gen_action_completions tries them. */
    private static final List<CompSpec.Action> ORDER = List.of(CompSpec.Action.ALIAS, CompSpec.Action.ARRAYVAR,
            CompSpec.Action.BINDING, CompSpec.Action.BUILTIN, CompSpec.Action.DISABLED, CompSpec.Action.ENABLED,
            CompSpec.Action.EXPORT, CompSpec.Action.FUNCTION, CompSpec.Action.HELPTOPIC,
            CompSpec.Action.HOSTNAME, CompSpec.Action.JOB, CompSpec.Action.KEYWORD, CompSpec.Action.RUNNING,
            CompSpec.Action.SETOPT, CompSpec.Action.SHOPT, CompSpec.Action.SIGNAL, CompSpec.Action.STOPPED,
            CompSpec.Action.VARIABLE, CompSpec.Action.COMMAND, CompSpec.Action.FILE, CompSpec.Action.USER,
            CompSpec.Action.GROUP, CompSpec.Action.SERVICE, CompSpec.Action.DIRECTORY);

    Compgen(CompSpec spec, String command, String word, Line line) {
        this.spec = spec;
        this.command = command;
        this.word = word;
        this.line = line;
    }

    private Compgen(Compgen c) {
        spec = c.spec;
        command = c.command;
        word = c.word;
        line = c.line;
        phase = c.phase;
        actionAt = c.actionAt;
        lookup = c.lookup == null ? null : c.lookup.copy();
        glob = c.glob == null ? null : c.glob.copy();
        matches.addAll(c.matches);
        retry = c.retry;
    }

    Compgen copy() {
        return new Compgen(this);
    }

    /** The spec of -o default's fallback: filenames (readline's rl_filename_completion_function). */
    static final CompSpec FILES = new CompSpec(java.util.EnumSet.of(CompSpec.Action.FILE),
            java.util.Set.of(), null, null, null, null, null, null, null);

    /**
     * compgen -o bashdefault when the spec found nothing (bash's bash_default_completion, for
     * a word that is no command): $NAME completes to variables, ~NAME to users, @NAME to
     * hosts; null for any other word.
     */
    static Compgen bashDefault(String word) {
        CompSpec.Action a = word.startsWith("$") ? CompSpec.Action.VARIABLE
                : word.startsWith("~") && word.indexOf('/') < 0 ? CompSpec.Action.USER
                : word.startsWith("@") ? CompSpec.Action.HOSTNAME : null;
        if (a == null) {
            return null;
        }
        CompSpec spec = new CompSpec(java.util.EnumSet.of(a), java.util.Set.of(), null, null,
                word.substring(0, 1), null, null, null, null);
        return new Compgen(spec, "compgen", word.substring(1), Line.NONE);
    }

    CompSpec spec() {
        return spec;
    }

    String word() {
        return word;
    }

    /** The matches, once {@link #next} has returned null. */
    List<String> matches() {
        return matches;
    }

    /** -F's function asked for completion to be tried again (status 124). */
    boolean retry() {
        return retry;
    }

    /**
     * The next system call, ret being the last one's result; null with a frame pushed (which
     * runs before the next step), or null when done (phase DONE: see {@link #done}).
     */
    Trap next(Shell sh, long ret) {
        while (true) {
            switch (phase) {
                case ACTIONS -> {
                    if (actionAt >= ORDER.size()) {
                        phase = Phase.GLOB;
                        continue;
                    }
                    CompSpec.Action a = ORDER.get(actionAt++);
                    if (!spec.actions().contains(a)) {
                        continue;
                    }
                    CompgenLookup.Kind kind = lookupKind(a);
                    if (kind == null) {
                        addMatching(names(sh, a));
                        continue;
                    }
                    lookup = CompgenLookup.of(kind, word, sh.vars);
                    if (a == CompSpec.Action.COMMAND) {
                        addMatching(commandNames(sh));
                    }
                    phase = Phase.LOOKUP;
                    ret = 0;
                }
                case LOOKUP, DIRS_LOOKUP -> {
                    Trap t = lookup.next(ret);
                    if (t != null) {
                        return t;
                    }
                    matches.addAll(lookup.found());
                    lookup = null;
                    phase = phase == Phase.LOOKUP ? Phase.ACTIONS : Phase.DONE;
                }
                case GLOB -> {
                    if (spec.globpat() != null) {
                        if (glob == null) {
                            glob = new GlobWalk(Glob.withExtglob(spec.globpat(),
                                    sh.shopts.contains(ShoptBuiltin.Option.EXTGLOB)));
                            ret = 0;
                        }
                        Trap t = glob.next(ret);
                        if (t != null) {
                            return t;
                        }
                        matches.addAll(glob.matches());
                        glob = null;
                    }
                    phase = Phase.WORDS;
                }
                case WORDS -> {
                    phase = Phase.FUNCTION;
                    if (spec.words() != null && !spec.words().isEmpty()) {
                        List<ExpandFrame.Item> items = new ArrayList<>();
                        for (String w : CompgenWords.split(spec.words(), Fields.ifs(sh.vars))) {
                            items.add(ExpandFrame.Item.fields(CompgenWords.word(w)));
                        }
                        if (!items.isEmpty()) {
                            phase = Phase.EXPANDED;
                            sh.push(new ExpandFrame(items));
                            return null;
                        }
                    }
                }
                case EXPANDED -> {
                    for (List<String> fields : sh.expansion.words()) {
                        addMatching(fields);
                    }
                    phase = Phase.FUNCTION;
                }
                case FUNCTION -> {
                    phase = Phase.COMMAND;
                    if (spec.funcname() != null) {
                        call(sh);
                        return null;        // the call, or the error, runs first
                    }
                }
                case CALLED -> {
                    called(sh);
                    phase = Phase.COMMAND;
                }
                case COMMAND -> {
                    phase = Phase.DIRS;
                    if (spec.command() != null && runCommand(sh)) {
                        phase = Phase.COMMAND_RAN;
                        return null;
                    }
                }
                case COMMAND_RAN -> {
                    unbindLine(sh);
                    outputLines(sh.substOutput);
                    phase = Phase.DIRS;
                }
                case DIRS -> {
                    filter(sh);
                    affix();
                    boolean dirnames = matches.isEmpty()
                            && spec.options().contains(CompSpec.Option.DIRNAMES);
                    if (dirnames || spec.options().contains(CompSpec.Option.PLUSDIRS)) {
                        lookup = CompgenLookup.of(CompgenLookup.Kind.DIRECTORY, word, sh.vars);
                        phase = Phase.DIRS_LOOKUP;
                        ret = 0;
                    } else {
                        phase = Phase.DONE;
                    }
                }
                case DONE -> {
                    return null;
                }
            }
        }
    }

    /** Whether the completions are all generated. */
    boolean done() {
        return phase == Phase.DONE;
    }

    private static CompgenLookup.Kind lookupKind(CompSpec.Action a) {
        return switch (a) {
            case HOSTNAME -> CompgenLookup.Kind.HOSTNAME;
            case COMMAND -> CompgenLookup.Kind.COMMAND;
            case FILE -> CompgenLookup.Kind.FILE;
            case USER -> CompgenLookup.Kind.USER;
            case GROUP -> CompgenLookup.Kind.GROUP;
            case SERVICE -> CompgenLookup.Kind.SERVICE;
            case DIRECTORY -> CompgenLookup.Kind.DIRECTORY;
            default -> null;
        };
    }

    private void addMatching(List<String> names) {
        for (String n : names) {
            if (n.startsWith(word)) {
                matches.add(n);
            }
        }
    }

    /** The names an action that needs no kernel stands for, in bash's order for it. */
    static List<String> names(Shell sh, CompSpec.Action a) {
        List<String> out = new ArrayList<>();
        switch (a) {
            case ALIAS -> out.addAll(sh.aliases.keySet());
            case ARRAYVAR -> {
                for (String n : sh.vars.all().keySet()) {
                    if (sh.vars.array(n) != null) {
                        out.add(n);
                    }
                }
            }
            case BUILTIN -> out.addAll(Builtins.ORDER);
            case ENABLED, DISABLED -> {
                for (String n : Builtins.ORDER) {
                    if (sh.disabledBuiltins.contains(n) == (a == CompSpec.Action.DISABLED)) {
                        out.add(n);
                    }
                }
            }
            case EXPORT -> {
                for (String n : sh.vars.all().keySet()) {
                    if (sh.vars.isExported(n)) {
                        out.add(n);
                    }
                }
            }
            case FUNCTION -> out.addAll(sh.functions.keySet());
            case HELPTOPIC -> {
                for (HelpTopics.Topic t : HelpTopics.all()) {
                    out.add(t.name());
                }
            }
            case JOB, RUNNING, STOPPED -> {
                List<Jobs.Job> all = sh.jobs.all();
                for (int i = all.size() - 1; i >= 0; i--) {
                    Jobs.Job j = all.get(i);
                    if (a == CompSpec.Action.JOB || j.state() == (a == CompSpec.Action.RUNNING
                            ? Jobs.State.RUNNING : Jobs.State.STOPPED)) {
                        String text = j.procs().get(0).text();
                        int blank = indexOfBlank(text);
                        out.add(blank < 0 ? text : text.substring(0, blank));
                    }
                }
            }
            case KEYWORD -> out.addAll(KEYWORDS);
            case SETOPT -> {
                for (ShellOption o : ShellOption.values()) {
                    out.add(o.longName);
                }
            }
            case SHOPT -> {
                for (ShoptBuiltin.Option o : ShoptBuiltin.Option.values()) {
                    out.add(o.longName);
                }
            }
            case SIGNAL -> out.addAll(signalNames());
            case VARIABLE -> out.addAll(sh.vars.all().keySet());
            case BINDING -> {
                // no readline in the shell: no bindable function names
            }
            case COMMAND, FILE, USER, GROUP, SERVICE, DIRECTORY, HOSTNAME -> throw new AssertionError(a);
        }
        return out;
    }

    private static int indexOfBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** bash's signal_names for x86-64 Linux: EXIT, the signals by number, then DEBUG ERR RETURN. */
    private static List<String> signalNames() {
        List<String> names = new ArrayList<>();
        names.add("EXIT");
        for (int sig = 1; sig < miniunix.kernel.uapi.Signal.NSIG; sig++) {
            boolean junk = sig > 31 && sig < miniunix.kernel.uapi.Signal.SIGRTMIN;
            names.add(junk ? "SIGJUNK(" + sig + ")" : "SIG" + miniunix.kernel.uapi.Signal.nameOf(sig));
        }
        names.addAll(List.of("DEBUG", "ERR", "RETURN"));
        return names;
    }

    /**
     * The command names the shell itself knows, before $PATH's (bash's
     * command_word_completion_function): aliases, reserved words, functions, enabled
     * builtins. A word with a '/' names a file, and has none of them.
     */
    private List<String> commandNames(Shell sh) {
        List<String> out = new ArrayList<>();
        if (word.indexOf('/') >= 0) {
            return out;
        }
        out.addAll(sh.aliases.keySet());
        out.addAll(KEYWORDS);
        out.addAll(sh.functions.keySet());
        for (String n : Builtins.ORDER) {
            if (!sh.disabledBuiltins.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * -F: binds the COMP_ variables and pushes the call (bash's gen_shell_function_matches),
     * or says there is no such function.
     */
    private void call(Shell sh) {
        Node.FunctionDef f = sh.functions.get(spec.funcname());
        if (f == null) {
            sh.error("completion: function `" + spec.funcname() + "' not found");
            return;
        }
        bindLine(sh, true);
        phase = Phase.CALLED;
        sh.push(new FunctionFrame(f, spec.funcname(), List.of(command, word, previousWord())));
    }

    /** $3 of -F and -C: the word before the one completed, or "". */
    private String previousWord() {
        int i = line.cword() - 1;
        return i >= 0 && i < line.words().size() ? line.words().get(i) : "";
    }

    /** COMP_LINE, COMP_POINT, COMP_TYPE, COMP_KEY; for a function also COMP_WORDS and COMP_CWORD. */
    private void bindLine(Shell sh, boolean function) {
        sh.vars.set("COMP_LINE", line.line());
        sh.vars.set("COMP_POINT", Integer.toString(line.point()));
        sh.vars.set("COMP_TYPE", Integer.toString(line.type()));
        sh.vars.set("COMP_KEY", Integer.toString(line.key()));
        if (function) {
            sh.vars.setArray("COMP_WORDS", line.words());
            sh.vars.set("COMP_CWORD", Integer.toString(line.cword()));
        } else {
            for (String n : List.of("COMP_LINE", "COMP_POINT", "COMP_TYPE", "COMP_KEY")) {
                sh.vars.export(n);
            }
        }
    }

    private static void unbindLine(Shell sh) {
        for (String n : List.of("COMP_LINE", "COMP_POINT", "COMP_TYPE", "COMP_KEY", "COMP_WORDS",
                "COMP_CWORD")) {
            sh.vars.unset(n);
        }
    }

    /** The function has returned: COMPREPLY's elements are matches (not filtered by the word). */
    private void called(Shell sh) {
        retry = sh.vars.status == 124;
        unbindLine(sh);
        ShellArray a = sh.vars.array("COMPREPLY");
        if (a != null && !a.isAssoc()) {
            matches.addAll(a.values());
        } else if (a == null && sh.vars.get("COMPREPLY") != null) {
            matches.add(sh.vars.get("COMPREPLY"));
        }
        sh.vars.unset("COMPREPLY");
    }

    /**
     * -C: "COMMAND 'cmd' 'word' 'previous'" run as a command substitution with COMP_LINE,
     * COMP_POINT, COMP_TYPE and COMP_KEY exported; false when it cannot be parsed.
     */
    private boolean runCommand(Shell sh) {
        String text = spec.command() + " " + TrapBuiltin.quote(command) + " " + TrapBuiltin.quote(word) + " "
                + TrapBuiltin.quote(previousWord());
        Node.CommandList body;
        try {
            body = Parser.parse(text, true);
        } catch (SyntaxError e) {
            return false;
        }
        bindLine(sh, false);
        sh.push(new SubstFrame(body));
        return true;
    }

    /**
     * -C's output, a match a line (bash's gen_command_matches): a backslash-newline stays in
     * its line, and the empty lines after a line are skipped (an empty first line is a match).
     */
    private void outputLines(String out) {
        int ws = 0;
        while (ws < out.length()) {
            int we = ws;
            while (we < out.length() && out.charAt(we) != '\n') {
                if (out.charAt(we) == '\\' && we + 1 < out.length() && out.charAt(we + 1) == '\n') {
                    we++;
                }
                we++;
            }
            matches.add(out.substring(ws, we));
            while (we < out.length() && out.charAt(we) == '\n') {
                we++;
            }
            ws = we;
        }
    }

    /** -X: matches of the pattern removed ('&amp;' is the word; a leading '!' keeps them instead). */
    private void filter(Shell sh) {
        String pat = spec.filterpat();
        if (pat == null || matches.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pat.length(); i++) {
            char c = pat.charAt(i);
            if (c == '\\' && i + 1 < pat.length() && pat.charAt(i + 1) == '&') {
                sb.append('&');
                i++;
            } else if (c == '&') {
                sb.append(word);
            } else {
                sb.append(c);
            }
        }
        boolean extglob = sh.shopts.contains(ShoptBuiltin.Option.EXTGLOB);
        String p = sb.toString();
        boolean not = p.startsWith("!") && !(extglob && p.startsWith("!("));
        String pattern = Glob.withExtglob(not ? p.substring(1) : p, extglob);
        matches.removeIf(m -> Glob.matches(pattern, m) != not);
    }

    /** -P and -S around every match. */
    private void affix() {
        if (spec.prefix() == null && spec.suffix() == null) {
            return;
        }
        String pre = spec.prefix() == null ? "" : spec.prefix();
        String suf = spec.suffix() == null ? "" : spec.suffix();
        matches.replaceAll(m -> pre + m + suf);
    }
}
