package miniunix.app.shell;

/**
 * One token: its type, its text as typed (what a syntax error quotes), the parsed word for
 * WORD tokens (the expression for ARITH), and for a redirection the file descriptor written
 * before it (IO_NUMBER), or -1, and the NAME of bash's {NAME} before it, or null.
 */
public record Token(TokenType type, String text, Word word, int fd, String var) {

    static Token op(TokenType type, String text, int fd) {
        return new Token(type, text, null, fd, null);
    }

    /** A redirection operator after {var}: the fd it opens is stored in var. */
    static Token varRedirect(TokenType type, String text, String var) {
        return new Token(type, text, null, -1, var);
    }

    static Token word(Word w) {
        return new Token(TokenType.WORD, w.text(), w, -1, null);
    }

    /** ((expression)); its text is "(", what bash quotes when it is out of place. */
    static Token arith(Word expression) {
        return new Token(TokenType.ARITH, "(", expression, -1, null);
    }
}
