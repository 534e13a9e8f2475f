package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * compgen -W's word list as bash reads it before expanding it (pcomplete.c's
 * gen_wordlist_matches): split_at_delims at $IFS, quotes and $(...), ${...} and `...` kept
 * whole and as typed, each piece then read by the lexer into a {@link Word} for
 * {@link ExpandFrame}.
 */
final class CompgenWords {
    private CompgenWords() {
    }

    /**
     * -W's words (bash's split_at_delims with $IFS): split at IFS characters outside quotes,
     * the quotes kept for the expansion; blanks in IFS run together, other IFS characters
     * each end a word.
     */
    static List<String> split(String s, String ifs) {
        String delims = ifs == null ? " \t\n" : ifs;
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cur.append(c).append(s.charAt(++i));
                inWord = true;
            } else if (c == '\'' || c == '"' || c == '`' || c == '$' && i + 1 < s.length()
                    && "({'\"".indexOf(s.charAt(i + 1)) >= 0) {
                int close = c == '$' ? closing(s, i + 1, s.charAt(i + 1)) : closing(s, i, c);
                cur.append(s, i, close);
                i = close - 1;
                inWord = true;
            } else if (delims.indexOf(c) >= 0) {
                boolean blank = c == ' ' || c == '\t' || c == '\n';
                if (inWord || !blank) {
                    out.add(cur.toString());
                }
                cur.setLength(0);
                inWord = false;
                if (!blank) {
                    // a non-blank delimiter ends the word; the blanks after it are skipped
                    while (i + 1 < s.length() && " \t\n".indexOf(s.charAt(i + 1)) >= 0
                            && delims.indexOf(s.charAt(i + 1)) >= 0) {
                        i++;
                    }
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return out;
    }

    /**
     * The end (exclusive) of what opens at i: a quoted string ('...', "...", `...`), or the
     * (...) of $(...) and the {...} of ${...}, nested; the text's end if nothing closes it.
     */
    private static int closing(String s, int i, char open) {
        char close = open == '(' ? ')' : open == '{' ? '}' : open;
        int depth = 1;
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\' && open != '\'') {
                j++;
            } else if (open != '\'' && open != '"' && open != '`' && (c == '\'' || c == '"' || c == '`')) {
                j = closing(s, j, c) - 1;
            } else if (c == close && --depth == 0) {
                return j + 1;
            } else if (c == open && close != open) {
                depth++;
            }
        }
        return s.length();
    }

    /** A -W word as the lexer reads it; one it cannot read (an unclosed quote) is its text. */
    static Word word(String text) {
        try {
            Lexer lexer = new Lexer(text, true);
            Token t = lexer.next();
            if (t.word() != null && t.word().text().equals(text)) {
                return t.word();
            }
        } catch (SyntaxError e) {
            // as its text
        }
        return new Word(text, List.of(new Word.Literal(text, true)));
    }
}
