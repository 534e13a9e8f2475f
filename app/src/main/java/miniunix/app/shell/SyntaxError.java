package miniunix.app.shell;

/**
 * A syntax error, thrown by the lexer or parser and reported once by the shell as
 * {@code miniunix: MESSAGE} with status 2.
 *
 * <p>{@code incomplete} marks input that is only unfinished (an open quote, a trailing
 * {@code |}, {@code &&}, {@code ||} or backslash, an open {@code $(}): the shell reads another
 * line and tries again, and reports the message only when the input ends.
 */
public final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Token token;
    private final boolean incomplete;
    /** For incomplete input: the character that could complete it, or 0 if any line may. */
    private final char awaiting;
    /** For an unfinished here-document: its delimiter, the only line that can complete it. */
    private final String awaitingLine;
    /** The line bash reports it at (the offending token's, an open quote's), 0 until known. */
    private int line;

    SyntaxError(String message, Token token, boolean incomplete, char awaiting) {
        super(message, null, false, false);
        this.token = token;
        this.incomplete = incomplete;
        this.awaiting = awaiting;
        this.awaitingLine = null;
    }

    /** Incomplete input inside a here-document that ends at the line delimiter. */
    SyntaxError(String message, Token token, String delimiter) {
        super(message, null, false, false);
        this.token = token;
        this.incomplete = true;
        this.awaiting = 0;
        this.awaitingLine = delimiter;
    }

    /** Reported at line, unless a line is known already (set where the error was found). */
    SyntaxError at(int line) {
        if (this.line == 0) {
            this.line = line;
        }
        return this;
    }

    /** The line of the error, 0 if unknown. */
    public int line() {
        return line;
    }

    /** Whether bash quotes the offending line after the message: for an unexpected token. */
    public boolean quotesLine() {
        String m = getMessage();
        return m.startsWith("syntax error near ") || m.contains("\nsyntax error near ");
    }

    /** The offending token, or null when the input ended inside a word. */
    public Token token() {
        return token;
    }

    public boolean incomplete() {
        return incomplete;
    }

    public char awaiting() {
        return awaiting;
    }

    /** The line (less leading tabs and its newline) that could complete the input, or null. */
    public String awaitingLine() {
        return awaitingLine;
    }
}
