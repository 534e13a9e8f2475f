package miniunix.app.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import miniunix.kernel.uapi.Trap;

/**
 * Expands a list of words, in order, for the frame below it (a simple command's assignments,
 * words and redirection targets; a for loop's list; ...): each word by an {@link Expander},
 * running its command substitutions as they come ({@link SubstFrame}), then each field that
 * has an unquoted glob character by a {@link GlobWalk} (unless set -f). The result is left in
 * {@link Shell#expansion}.
 *
 * <p>An expansion error (bad substitution, division by 0, ${VAR:?}) is the shell's: see
 * {@link Shell#expansionError}.
 */
final class ExpandFrame extends Frame {
    /**
     * One word, and whether it is split into fields (and globbed) or kept as one string; a
     * pattern (case) is one string with its quoted characters escaped ({@link Fields#asPattern});
     * braces: it is brace-expanded first (the words of a command, for and redirections, as
     * bash does; not an assignment's value).
     */
    record Item(Word word, boolean split, boolean pattern, boolean braces) {
        /** A word split and brace-expanded, or kept as one string and not. */
        Item(Word word, boolean split) {
            this(word, split, false, split);
        }

        static Item pattern(Word w) {
            return new Item(w, false, true, false);
        }

        /**
         * A word split into fields but not globbed (split and pattern both set): compgen -W's
         * words, which bash expands by expand_words_shellexp (no braces, no pathnames).
         */
        static Item fields(Word w) {
            return new Item(w, true, true, true);
        }

        /** NAME=value given to a declaration builtin (declare x={a,b}): brace-expanded, not split. */
        static Item declaration(Word w) {
            return new Item(w, false, false, true);
        }
    }

    /** What the words expanded to, in order; substituted: some $(...) ran (its status is $?). */
    record Result(List<List<String>> words, boolean substituted) {
        Result {
            words = Collections.unmodifiableList(words);
        }
    }

    private enum Phase { START, WARN, FACTS, WALK, SUBSTITUTED, GLOB }

    private final List<Item> items;
    private final ArrayList<List<String>> results;
    private int next;
    private Expander current;
    private List<String> fields = List.of();
    /**
     * What the current word was collected in (its fields' patterns): read-only once collected,
     * so a copy may share it.
     */
    private Fields collected;
    private int field;
    /** The current word's fields after globbing; null until a word is globbed. */
    private ArrayList<String> out;
    private GlobWalk glob;
    private boolean substituted;
    /** An expansion error has been reported (and the stack unwound). */
    private boolean failed;
    /**
     * Where a builtin's redirections have put fds 0-2 so far (their words being expanded),
     * and the files it opened, for the children of command substitutions; null otherwise.
     */
    private int[] builtinFds;
    private List<Integer> builtinOpened = List.of();
    private Phase phase = Phase.START;
    /** For ${NAME@P}: what prompt escapes show, asked of the kernel once per frame; null until needed. */
    private PromptFacts promptFacts;
    /**
     * The words the item at next was brace-expanded into, the one being expanded (alt), and
     * the fields of those before it; null when the item is expanded as itself.
     */
    private List<Word> alts;
    private int alt;
    private Item altItem;
    private ArrayList<String> gathered;
    /** The item last brace-expanded (it is not expanded twice); -1 for none. */
    private int braced = -1;
    /** Brace expansion's message, for the WARN phase to print. */
    private String warning;

    /** items: a list of the caller's that is not changed afterwards (it is not copied). */
    ExpandFrame(List<Item> items) {
        this.items = items;
        this.results = new ArrayList<>(items.size());
    }

    /**
     * A builtin's redirection word: its command substitutions run with fds 0-2 where the
     * redirections before it put them (fds: -1 closed), the files opened for them closed,
     * as bash, which does a builtin's redirections on the shell's own fds, gives them.
     */
    ExpandFrame withBuiltinFds(int[] fds, List<Integer> opened) {
        builtinFds = fds.clone();
        builtinOpened = List.copyOf(opened);
        return this;
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case START -> start(sh);
            case WARN -> {
                phase = Phase.START;
                sh.error(warning);
                yield null;
            }
            case FACTS -> {
                Trap t = promptFacts.next(sh, ret);
                if (t == null) {
                    phase = Phase.START;
                }
                yield t;
            }
            case WALK -> walk(sh);
            case SUBSTITUTED -> {
                current.substituted(sh.substOutput);
                phase = Phase.WALK;
                yield null;
            }
            case GLOB -> glob(sh, ret);
        };
    }

    private Trap start(Shell sh) {
        if (advance(sh)) {
            sh.expansion = new Result(results, substituted);    // the frame is done with results
            sh.pop();
        }
        return null;
    }

    /**
     * Expands the words the caller's frame would otherwise push this frame for, in the
     * caller's own step, as far as that takes no trap: true when it is over, with the result
     * in {@link Shell#expansion}, or with an expansion error reported (the caller has been
     * unwound with the rest of the stack, and must only return); false when a word needs a
     * substitution, the {@link Expander} or a glob walk, and the caller pushes this frame,
     * which goes on from that word. Most commands of a script end here, which spares them a
     * frame and a step per word.
     */
    boolean expandInCaller(Shell sh) {
        if (advance(sh)) {
            sh.expansion = new Result(results, substituted);
            return true;
        }
        return failed;
    }

    /** The expansion failed in {@link #expandInCaller}: the caller has been unwound. */
    boolean failed() {
        return failed;
    }

    /**
     * Expands the words that need no walk, one after another, while the phase stays START:
     * true when every word is done; false when the phase has moved on (or the expansion failed).
     */
    private boolean advance(Shell sh) {
        while (next < items.size()) {
            Item item = item();
            if (item.braces() && braced != next && item.word().braces() && sh.vars.on(ShellOption.BRACEEXPAND)) {
                braced = next;
                if (braces(item) && phase == Phase.WARN) {
                    return false;
                }
                item = item();
            }
            if (!item.pattern()) {
                String literal = literal(item.word(), item.split());
                if (literal != null) {
                    // Nothing to expand, split or glob: the word is its text (most words of a script).
                    done(List.of(literal));
                    continue;
                }
                if (single(sh, item) || joined(sh, item)) {
                    if (failed || phase != Phase.START) {
                        return false;
                    }
                    continue;
                }
            }
            if (promptFacts == null && item.word().text().contains("@P}")) {
                // ${NAME@P} may show the time, the terminal or the user: asked of the kernel first
                promptFacts = new PromptFacts(PromptFacts.ALL);
                phase = Phase.FACTS;
                return false;
            }
            current = new Expander(item.word(), item.split(), Fields.ifs(sh.vars),
                    sh.shopts.contains(ShoptBuiltin.Option.PATSUB_REPLACEMENT))
                    .extglob(sh.shopts.contains(ShoptBuiltin.Option.EXTGLOB))
                    .prompt(promptFacts != null ? promptFacts.facts(sh) : Prompts.facts(sh, null, null));
            phase = Phase.WALK;
            return false;
        }
        return true;
    }

    /** The item being expanded: the one at next, or the word of its brace expansion at alt. */
    private Item item() {
        return alts == null ? items.get(next) : altItem;
    }

    /**
     * Brace-expands item (into {@link #alts}, unless it has no expansion); true, with the
     * phase WARN, when brace expansion has a message to print first.
     */
    private boolean braces(Item item) {
        Braces.Result r = Braces.expand(item.word());
        if (r.words() != null) {
            alts = r.words();
            alt = 0;
            altItem = new Item(alts.get(0), item.split(), false, false);
            gathered = new ArrayList<>();
        }
        if (r.warning() != null) {
            warning = r.warning();
            phase = Phase.WARN;
            return true;
        }
        return false;
    }

    /** The current word is expanded to fields: the item's result, or part of it (brace expansion). */
    private void done(List<String> fields) {
        if (alts == null) {
            results.add(fields);
            next++;
            return;
        }
        gathered.addAll(fields);
        if (++alt < alts.size()) {
            altItem = new Item(alts.get(alt), altItem.split(), false, false);
            return;
        }
        results.add(gathered);
        alts = null;
        altItem = null;
        gathered = null;
        next++;
    }

    /**
     * A word that is one $VAR, ${#VAR} or $((expression without $)), quoted or not ($i,
     * "$x", $((i + 1))): expanded here, as the {@link Expander} would, without one. Returns
     * false, having changed nothing, when the word needs the Expander after all (an unset
     * parameter, $@ and $*, an expression that expands something).
     */
    private boolean single(Shell sh, Item item) {
        List<Word.Part> parts = item.word().parts();
        if (parts.size() != 1) {
            return false;
        }
        Word.Part p = parts.get(0);
        String v;
        if (p instanceof Word.Param param && !isAll(param.name())) {
            v = sh.vars.parameter(param.name());
        } else if (p instanceof Word.ParamExp e && e.op() == Word.ParamOp.LENGTH && e.index() == null
                && !isAll(e.name())) {
            String value = sh.vars.parameter(e.name());
            v = value == null ? null : Integer.toString(value.codePointCount(0, value.length()));
        } else if (p instanceof Word.Arith a) {
            String expression = literal(a.expression(), false);
            if (expression == null) {
                return false;
            }
            try {
                v = Long.toString(Arith.eval(expression, sh.vars));
            } catch (Arith.Failure f) {
                failed = true;
                sh.expansionError(f.getMessage(), f.fatal);
                return true;
            }
        } else {
            return false;
        }
        if (v == null) {
            return false;
        }
        String ifs = item.split() && !p.quoted() ? Fields.ifs(sh.vars) : null;
        if (!item.split() || p.quoted() || Fields.isOneWord(v, ifs)) {
            done(List.of(v));
        } else if (v.isEmpty()) {
            done(List.of());            // an unquoted empty value makes no field
        } else {
            Fields f = new Fields(true, ifs);
            f.expansion(v, false);
            collect(sh, item, f);
        }
        return true;
    }

    /**
     * A word of literal text and $VARs only, none of whose values is split: each $VAR quoted,
     * or the word not split at all ("${s}x", x=$a$b). The values are joined as the
     * {@link Expander} would join them, into a string sized once, so s="${s}x" in a loop
     * copies s once. Returns false, having evaluated nothing, for any other word (and
     * under set -u, whose unset-variable error is the Expander's).
     */
    private boolean joined(Shell sh, Item item) {
        List<Word.Part> parts = item.word().parts();
        if (sh.vars.on(ShellOption.NOUNSET)) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < parts.size(); i++) {
            Word.Part p = parts.get(i);
            if (p instanceof Word.Literal l) {
                boolean tilde = i == 0 && l.text().startsWith("~");
                if (!l.quoted() && (tilde || item.split() && Fields.hasGlobChar(l.text()))) {
                    return false;
                }
            } else if (!(p instanceof Word.Param param) || isAll(param.name()) || item.split() && !p.quoted()) {
                return false;
            }
            quoted |= p.quoted();
        }
        String[] values = new String[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            String v = parts.get(i) instanceof Word.Literal l ? l.text()
                    : sh.vars.parameter(((Word.Param) parts.get(i)).name());
            values[i] = v == null ? "" : v;
        }
        String text = String.join("", values);      // sized once, copied once
        done(!item.split() || quoted || !text.isEmpty() ? List.of(text) : List.of());
        return true;
    }

    private static boolean isAll(String name) {
        return name.equals("@") || name.equals("*");
    }

    /**
     * The word's value when expansion can't change it: literal parts only, no leading
     * unquoted '~', not empty (an unquoted empty word makes no field), and, when it is split
     * and globbed, no pattern in it ({@code [} and {@code ]} alone are no pattern). Otherwise
     * null, and the word goes through an {@link Expander}.
     */
    static String literal(Word w, boolean split) {
        List<Word.Part> parts = w.parts();
        if (parts.size() == 1 && parts.get(0) instanceof Word.Literal l) {
            return plain(l, true) && (!split || l.quoted() || !Glob.hasMeta(l.text())) ? l.text() : null;
        }
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < parts.size(); i++) {
            if (!(parts.get(i) instanceof Word.Literal l) || !plain(l, i == 0)
                    || split && !l.quoted() && hasGlobChar(l.text())) {
                return null;
            }
            quoted |= l.quoted();
            sb.append(l.text());
        }
        return sb.length() > 0 || quoted ? sb.toString() : null;
    }

    private static boolean plain(Word.Literal l, boolean first) {
        if (l.quoted()) {
            return true;
        }
        String t = l.text();
        return !t.isEmpty() && !(first && t.charAt(0) == '~');
    }

    private static boolean hasGlobChar(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    private Trap walk(Shell sh) {
        Expander.Status status = current.run(sh.vars);
        String warnings = current.takeWarnings();
        if (warnings != null) {
            for (String line : warnings.split("\n")) {
                sh.error(line);
            }
        }
        String promptErrors = current.takePromptErrors();
        if (promptErrors != null) {
            for (String line : promptErrors.split("\n")) {
                sh.print(2, sh.errorName() + ": " + line + "\n");
            }
        }
        switch (status) {
            case SUBST:
                phase = Phase.SUBSTITUTED;
                if (current.pending() instanceof Word.CommandSub s) {
                    substituted = true;
                    sh.push(builtinFds == null ? new SubstFrame(s.body())
                            : new SubstFrame(s.body()).withFds(builtinFds, builtinOpened));
                } else {
                    sh.push(new ProcSubstFrame((Word.ProcSubst) current.pending()));
                }
                return null;
            case ERROR:
                sh.expansionError(current.error(), current.fatal());
                return null;
            default:
                collect(sh, item(), current.result());
                return null;
        }
    }

    /** The word is expanded into f: its fields, then globbing of those that are patterns. */
    private void collect(Shell sh, Item item, Fields f) {
        fields = item.split() ? List.copyOf(f.texts()) : List.of(item.pattern() ? f.asPattern() : f.string());
        if (!item.split() || item.pattern() || sh.vars.on(ShellOption.NOGLOB) || !f.anyPattern()) {
            done(fields);               // nothing to glob (most words)
            phase = Phase.START;
            return;
        }
        collected = f;
        field = 0;
        out = new ArrayList<>();
        phase = Phase.GLOB;
    }

    /** Globs the fields that have a pattern, one walk at a time; then the next word. */
    private Trap glob(Shell sh, long ret) {
        while (true) {
            if (glob != null) {
                Trap t = glob.next(ret);
                if (t != null) {
                    return t;
                }
                List<String> matches = glob.matches();
                glob = null;
                if (matches.isEmpty()) {
                    out.add(fields.get(field));
                } else {
                    out.addAll(matches);
                }
                field++;
            }
            ret = 0;
            if (field == fields.size()) {
                done(List.copyOf(out));
                phase = Phase.START;
                return null;
            }
            String pattern = collected.pattern(field);
            if (pattern == null) {
                out.add(fields.get(field++));
            } else {
                glob = new GlobWalk(Glob.withExtglob(pattern, sh.shopts.contains(ShoptBuiltin.Option.EXTGLOB)));
            }
        }
    }

    @Override
    Frame copy() {
        ExpandFrame e = new ExpandFrame(items);
        e.builtinFds = builtinFds;     // never changed once set
        e.builtinOpened = builtinOpened;
        e.results.addAll(results);
        e.next = next;
        e.current = current == null ? null : current.copy();
        e.fields = fields;
        e.collected = collected;
        e.field = field;
        e.out = out == null ? null : new ArrayList<>(out);
        e.glob = glob == null ? null : glob.copy();
        e.substituted = substituted;
        e.failed = failed;
        e.phase = phase;
        e.promptFacts = promptFacts == null ? null : promptFacts.copy();
        e.alts = alts;
        e.alt = alt;
        e.altItem = altItem;
        e.gathered = gathered == null ? null : new ArrayList<>(gathered);
        e.braced = braced;
        e.warning = warning;
        return e;
    }
}
