package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands an interactive shell has read, oldest first (bash's history list, HISTSIZE
 * 500): each complete command is one entry, the lines of a multi-line one joined as bash's
 * cmdhist joins them ({@code for i in 1 2; do echo $i; done}). Immutable, so a fork shares it.
 */
final class History {
    static final History EMPTY = new History(List.of());
    /** bash's default HISTSIZE. */
    private static final int HISTSIZE = 500;

    private final List<String> entries;

    private History(List<String> entries) {
        this.entries = List.copyOf(entries);
    }

    int size() {
        return entries.size();
    }

    String get(int i) {
        return entries.get(i);
    }

    /** With the command text (its lines as read) added; blank text adds nothing. */
    History with(String text) {
        String entry = join(text);
        if (entry.isBlank()) {
            return this;
        }
        List<String> l = new ArrayList<>(entries.subList(Math.max(0,
                entries.size() - HISTSIZE + 1), entries.size()));
        l.add(entry);
        return new History(l);
    }

    History without(int i) {
        List<String> l = new ArrayList<>(entries);
        l.remove(i);
        return new History(l);
    }

    /**
     * One line for a multi-line command: lines joined by "; ", or by a space after a word
     * that a command cannot end with (do, then, else, {, |, &amp;&amp;, ||) or a line that ends
     * with ';' (bash's cmdhist with lithist off). Here-document bodies are not special.
     */
    private static String join(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (sb.length() > 0) {
                String prev = sb.toString().stripTrailing();
                boolean open = prev.matches("(?s).*(\\b(do|then|else|elif)|[{(|;&])");
                sb.setLength(prev.length());
                sb.append(open ? " " : "; ");
            }
            sb.append(line);
        }
        return sb.toString();
    }
}
