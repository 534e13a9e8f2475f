package miniunix.user.bin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * xargs's reading of its input into arguments, fed a chunk at a time: by default blanks and
 * newlines separate arguments, '...' and "..." quote (not across a newline) and a backslash
 * escapes the next character; a newline ends a logical line unless a blank comes before it
 * (for -L). With a delimiter (-0, -d) only that byte separates and nothing is special; with
 * -I each non-blank line, its leading blanks dropped, is one argument.
 */
final class XargsItems {
    /** How the input is split. */
    enum Mode { BLANKS, DELIMITER, LINES }

    private final Mode mode;
    private final byte delim;
    /** Arguments read, and after which of them a logical line ended. */
    final List<String> items = new ArrayList<>();
    final List<Boolean> endsLine = new ArrayList<>();
    /** findutils' complaint about the input, or null. */
    String error;
    private ByteArrayOutputStream word = new ByteArrayOutputStream();
    private boolean inWord;
    private byte quote;
    private boolean escaped;
    private boolean lastBlank;

    XargsItems(Mode mode, byte delim) {
        this.mode = mode;
        this.delim = delim;
    }

    void feed(byte[] b, int off, int len) {
        for (int i = off; i < off + len && error == null; i++) {
            byte c = b[i];
            switch (mode) {
                case DELIMITER -> {
                    if (c == delim) {
                        end(true);
                    } else {
                        add(c);
                    }
                }
                case LINES -> {
                    if (c == '\n') {
                        end(true);
                    } else if (inWord || c != ' ' && c != '\t') {
                        add(c);
                    }
                }
                default -> blanks(c);
            }
        }
    }

    private void blanks(byte c) {
        if (escaped) {
            escaped = false;
            add(c);
        } else if (quote != 0) {
            if (c == '\n') {
                error = "unmatched " + (quote == '\'' ? "single" : "double") + " quote; by default"
                        + " quotes are special to xargs unless you use the -0 option";
            } else if (c == quote) {
                quote = 0;
            } else {
                add(c);
            }
        } else if (c == '\\') {
            escaped = true;
            inWord = true;
        } else if (c == '\'' || c == '"') {
            quote = c;
            inWord = true;
        } else if (c == ' ' || c == '\t' || c == '\n') {
            if (inWord) {
                end(false);
            }
            if (c == '\n' && !lastBlank && !items.isEmpty()) {
                endsLine.set(endsLine.size() - 1, true);
            }
            lastBlank = c != '\n';
            return;
        } else {
            add(c);
        }
        lastBlank = false;
    }

    private void add(byte c) {
        word.write(c);
        inWord = true;
    }

    private void end(boolean line) {
        if (inWord || mode == Mode.DELIMITER) {
            items.add(word.toString(StandardCharsets.UTF_8));
            endsLine.add(line);
        }
        word.reset();
        inWord = false;
    }

    /** End of input: the last argument, or the complaint about an open quote. */
    void eof() {
        if (quote != 0 && error == null) {
            error = "unmatched " + (quote == '\'' ? "single" : "double") + " quote; by default"
                    + " quotes are special to xargs unless you use the -0 option";
            return;
        }
        if (inWord) {
            end(true);
        } else if (!endsLine.isEmpty()) {
            endsLine.set(endsLine.size() - 1, true);
        }
    }

    /** Takes the first n arguments. */
    List<String> take(int n) {
        List<String> batch = new ArrayList<>(items.subList(0, n));
        items.subList(0, n).clear();
        endsLine.subList(0, n).clear();
        return batch;
    }

    /** How many arguments make up the first lines complete logical lines, or -1. */
    int lines(int lines) {
        int seen = 0;
        for (int i = 0; i < endsLine.size(); i++) {
            if (endsLine.get(i) && ++seen == lines) {
                return i + 1;
            }
        }
        return -1;
    }

    XargsItems copy() {
        XargsItems x = new XargsItems(mode, delim);
        x.items.addAll(items);
        x.endsLine.addAll(endsLine);
        x.error = error;
        x.word.write(word.toByteArray(), 0, word.size());
        x.inWord = inWord;
        x.quote = quote;
        x.escaped = escaped;
        x.lastBlank = lastBlank;
        return x;
    }
}
