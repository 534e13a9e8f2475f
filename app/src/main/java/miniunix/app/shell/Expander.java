package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Word expansion, pure: tilde, parameters and command substitution, then field splitting of
 * unquoted expansion results on blanks (space, tab, newline). No pathname expansion yet.
 *
 * <p>Command substitutions are run by the executor before expansion (they need fork and a
 * pipe); their outputs are handed in, in the order {@link #substitutions} lists them, and
 * consumed in that same order.
 */
final class Expander {
    private final Variables vars;
    private final List<String> outputs;
    private int nextOutput;

    Expander(Variables vars, List<String> outputs) {
        this.vars = vars;
        this.outputs = outputs;
    }

    /** The top-level $(...) of a command, in expansion order: assignments, words, redirections. */
    static List<Word.CommandSub> substitutions(Node.SimpleCommand cmd) {
        List<Word.CommandSub> subs = new ArrayList<>();
        for (Node.Assignment a : cmd.assignments()) {
            collect(a.value(), subs);
        }
        for (Word w : cmd.words()) {
            collect(w, subs);
        }
        for (Node.Redirect r : cmd.redirects()) {
            collect(r.target(), subs);
        }
        return subs;
    }

    private static void collect(Word w, List<Word.CommandSub> subs) {
        for (Word.Part p : w.parts()) {
            if (p instanceof Word.CommandSub s) {
                subs.add(s);
            }
        }
    }

    /** The fields a word expands to: zero, one or more. */
    List<String> fields(Word w) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean present = false;
        for (int i = 0; i < w.parts().size(); i++) {
            Word.Part p = w.parts().get(i);
            if (p instanceof Word.Literal l) {
                cur.append(i == 0 ? tilde(l) : l.text());
                present |= l.quoted() || !l.text().isEmpty();
                continue;
            }
            String v = value(p);
            if (p.quoted()) {
                cur.append(v);
                present = true;
                continue;
            }
            for (int j = 0; j < v.length(); ) {
                if (isBlank(v.charAt(j))) {
                    if (present) {
                        fields.add(cur.toString());
                        cur.setLength(0);
                        present = false;
                    }
                    while (j < v.length() && isBlank(v.charAt(j))) {
                        j++;
                    }
                } else {
                    cur.append(v.charAt(j++));
                    present = true;
                }
            }
        }
        if (present) {
            fields.add(cur.toString());
        }
        return fields;
    }

    /** A word expanded without field splitting, as an assignment's value is. */
    String string(Word w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.parts().size(); i++) {
            Word.Part p = w.parts().get(i);
            sb.append(p instanceof Word.Literal l ? (i == 0 ? tilde(l) : l.text()) : value(p));
        }
        return sb.toString();
    }

    private String value(Word.Part p) {
        if (p instanceof Word.Param param) {
            return vars.get(param.name());
        }
        if (p instanceof Word.CommandSub) {
            return nextOutput < outputs.size() ? outputs.get(nextOutput++) : "";
        }
        return ((Word.Literal) p).text();
    }

    /** ~ or ~/... at the start of an unquoted word is $HOME. */
    private String tilde(Word.Literal l) {
        String t = l.text();
        String home = vars.value("HOME");
        if (l.quoted() || home == null || !(t.equals("~") || t.startsWith("~/"))) {
            return t;
        }
        return home + t.substring(1);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }
}
