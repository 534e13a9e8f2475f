package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The here-documents a line opens ({@code cat <<EOF}, {@code <<-EOF}, {@code <<'EOF'}), and
 * the reading of their bodies: the lexer registers each one when the parser has read its
 * delimiter word, and at the next newline token reads the bodies, in order, from the lines
 * that follow, as bash's gather_here_documents does. A body ends at a line that is exactly
 * the delimiter (after its leading tabs, for {@code <<-}, whose body lines lose theirs too).
 *
 * <p>The delimiter is the word with its quotes removed; any quoting makes the body literal
 * ({@link Node.HereDoc#quoted}), else it is lexed as in double quotes, but with quotes
 * as ordinary characters ({@link Lexer#hereDocBody}).
 *
 * <p>If the text ends before a delimiter line: while more lines may come, the input is
 * incomplete (the shell reads on, reparsing only when a line could be the delimiter: see
 * {@link SyntaxError#awaitingLine}); at the very end the body is what there was, with bash's
 * warning {@code here-document at line N delimited by end-of-file (wanted `EOF')}.
 */
final class HereDocs {
    private final int firstLine;
    private final List<String> warnings;
    private final ArrayList<Node.HereDoc> waiting = new ArrayList<>();
    /** Where each waiting document's operator is in the text, for the warning's line number. */
    private final ArrayList<Integer> positions = new ArrayList<>();

    HereDocs(int firstLine, List<String> warnings) {
        this.firstLine = firstLine;
        this.warnings = warnings;
    }

    /** For a nested lexer ($(...)): its own waiting documents, the same warnings. */
    HereDocs nested() {
        return new HereDocs(firstLine, warnings);
    }

    List<String> warnings() {
        return warnings;
    }

    boolean waiting() {
        return !waiting.isEmpty();
    }

    Node.HereDoc add(Word word, boolean stripTabs, String src, int opPos) {
        String raw = word.text();
        boolean quoted = raw.indexOf('\'') >= 0 || raw.indexOf('"') >= 0 || raw.indexOf('\\') >= 0;
        Node.HereDoc doc = new Node.HereDoc(unquote(raw), quoted, stripTabs);
        waiting.add(doc);
        positions.add(opPos);
        return doc;
    }

    /**
     * Reads the body of every waiting document from src at from; returns where the text
     * after the last one starts. Throws an incomplete {@link SyntaxError} if the text ends
     * first and more may follow.
     */
    int readBodies(Lexer lexer, String src, int from, boolean atEof) {
        int at = from;
        for (int i = 0; i < waiting.size(); i++) {
            Node.HereDoc doc = waiting.get(i);
            StringBuilder body = new StringBuilder();
            at = readBody(doc, src, at, body);
            if (at < 0) {
                if (!atEof) {
                    throw new SyntaxError("syntax error: unexpected end of file", null, doc.delimiter());
                }
                warnings.add("warning: here-document at line " + line(src, positions.get(i))
                        + " delimited by end-of-file (wanted `" + doc.delimiter() + "')");
                at = src.length();
            }
            doc.fill(doc.quoted() ? literal(body.toString()) : body(lexer, body.toString()));
        }
        waiting.clear();
        positions.clear();
        return at;
    }

    /** Appends the body's lines; returns where its delimiter line ends, or -1 at the end of the text. */
    private static int readBody(Node.HereDoc doc, String src, int from, StringBuilder body) {
        int at = from;
        String delimiter = doc.delimiter();
        while (at < src.length()) {
            int nl = src.indexOf('\n', at);
            int end = nl < 0 ? src.length() : nl;
            int start = at;
            while (doc.stripTabs() && start < end && src.charAt(start) == '\t') {
                start++;
            }
            at = nl < 0 ? src.length() : nl + 1;
            if (end - start == delimiter.length() && src.startsWith(delimiter, start)) {
                return at;
            }
            body.append(src, start, end).append('\n');
        }
        return -1;
    }

    private static Word literal(String text) {
        return new Word(text, text.isEmpty() ? List.of() : List.of(new Word.Literal(text, true)));
    }

    /** An unquoted body: an error in it (an unclosed ${) is an error now, never "read more". */
    private static Word body(Lexer lexer, String text) {
        try {
            return lexer.hereDocBody(text);
        } catch (SyntaxError e) {
            throw new SyntaxError(e.getMessage(), e.token(), false, (char) 0);
        }
    }

    private int line(String src, int pos) {
        int line = firstLine;
        for (int i = 0; i < pos && i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The delimiter: the word as typed with its quotes removed ('...', "..." in which a
     * backslash quotes $ ` " \, and \c); nothing is expanded.
     */
    static String unquote(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        char quote = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean escapes = quote == 0
                    || quote == '"' && i + 1 < raw.length() && "$`\"\\".indexOf(raw.charAt(i + 1)) >= 0;
            if (c == quote) {
                quote = 0;
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == '\\' && quote != '\'' && escapes && i + 1 < raw.length()) {
                sb.append(raw.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
