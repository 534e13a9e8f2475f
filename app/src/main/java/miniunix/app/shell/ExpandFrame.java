package miniunix.app.shell;

import java.util.ArrayList;
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
     * pattern (case) is one string with its quoted characters escaped ({@link Fields#asPattern}).
     */
    record Item(Word word, boolean split, boolean pattern) {
        Item(Word word, boolean split) {
            this(word, split, false);
        }

        static Item pattern(Word w) {
            return new Item(w, false, true);
        }
    }

    /** What the words expanded to, in order; substituted: some $(...) ran (its status is $?). */
    record Result(List<List<String>> words, boolean substituted) {
        Result {
            words = List.copyOf(words);
        }
    }

    private enum Phase { START, WALK, SUBSTITUTED, GLOB }

    private final List<Item> items;
    private final ArrayList<List<String>> results = new ArrayList<>();
    private int next;
    private Expander current;
    private List<String> fields = List.of();
    private int field;
    private ArrayList<String> out = new ArrayList<>();
    private GlobWalk glob;
    private boolean substituted;
    private Phase phase = Phase.START;

    ExpandFrame(List<Item> items) {
        this.items = List.copyOf(items);
    }

    @Override
    Trap step(Shell sh, long ret) {
        return switch (phase) {
            case START -> start(sh);
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
        if (next == items.size()) {
            sh.expansion = new Result(results, substituted);
            sh.pop();
            return null;
        }
        Item item = items.get(next);
        String literal = item.pattern() ? null : literal(item.word());
        if (literal != null) {
            // Nothing to expand, split or glob: the word is its text (most words of a script).
            results.add(List.of(literal));
            next++;
            return null;
        }
        current = new Expander(item.word(), item.split());
        phase = Phase.WALK;
        return null;
    }

    /**
     * The word's value when expansion can't change it: literal parts only, no unquoted glob
     * character and no leading unquoted '~', and not empty (an unquoted empty word makes no
     * field). Otherwise null, and the word goes through an {@link Expander}.
     */
    static String literal(Word w) {
        List<Word.Part> parts = w.parts();
        if (parts.size() == 1 && parts.get(0) instanceof Word.Literal l) {
            return plain(l, true) ? l.text() : null;
        }
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < parts.size(); i++) {
            if (!(parts.get(i) instanceof Word.Literal l) || !plain(l, i == 0)) {
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
        if (t.isEmpty() || first && t.charAt(0) == '~') {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                return false;
            }
        }
        return true;
    }

    private Trap walk(Shell sh) {
        switch (current.run(sh.vars)) {
            case SUBST:
                phase = Phase.SUBSTITUTED;
                substituted = true;
                sh.push(new SubstFrame(current.pending().body()));
                return null;
            case ERROR:
                sh.expansionError(current.error(), current.fatal());
                return null;
            default:
                Fields f = current.result();
                Item item = items.get(next);
                fields = item.split() ? List.copyOf(f.texts()) : List.of(item.pattern() ? f.asPattern() : f.string());
                field = 0;
                out = new ArrayList<>();
                phase = Phase.GLOB;
                return null;
        }
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
                results.add(List.copyOf(out));
                next++;
                phase = Phase.START;
                return null;
            }
            boolean globbed = items.get(next).split() && !sh.vars.on(ShellOption.NOGLOB);
            String pattern = globbed ? current.result().pattern(field) : null;
            if (pattern == null) {
                out.add(fields.get(field++));
            } else {
                glob = new GlobWalk(pattern);
            }
        }
    }

    @Override
    Frame copy() {
        ExpandFrame e = new ExpandFrame(items);
        e.results.addAll(results);
        e.next = next;
        e.current = current == null ? null : current.copy();
        e.fields = fields;
        e.field = field;
        e.out = new ArrayList<>(out);
        e.glob = glob == null ? null : glob.copy();
        e.substituted = substituted;
        e.phase = phase;
        return e;
    }
}
