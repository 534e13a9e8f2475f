package miniunix.app.shell;

/** The kinds of token the lexer hands the parser (POSIX sh grammar names in comments). */
public enum TokenType {
    // Words: anything that is not an operator (a word may hold quotes, $VAR and $(...)).
    WORD,
    // Control operators.
    NEWLINE,
    /** ; */
    SEMI,
    /** ;; (only meaningful in case, which is not built yet: always a syntax error) */
    DSEMI,
    /** & */
    AMP,
    /** | */
    PIPE,
    /** && (AND_IF) */
    AND_IF,
    /** || (OR_IF) */
    OR_IF,
    LPAREN,
    RPAREN,
    /** ((expression)): an arithmetic command; the token's word is the expression. */
    ARITH,
    // Redirection operators; the token's fd is the IO_NUMBER before it, or -1.
    /** &lt; */
    LESS,
    /** &gt; */
    GREAT,
    /** &gt;&gt; (DGREAT) */
    DGREAT,
    /** &lt;&amp; (LESSAND) */
    LESSAND,
    /** &gt;&amp; (GREATAND) */
    GREATAND,
    /** &amp;&gt;: stdout and stderr to a file (bash) */
    AND_GREAT,
    /** &amp;&gt;&gt;: stdout and stderr appended to a file (bash) */
    AND_DGREAT,
    /** End of input. */
    EOF;

    /** True for the operators that start a redirection. */
    public boolean isRedirect() {
        return switch (this) {
            case LESS, GREAT, DGREAT, LESSAND, GREATAND, AND_GREAT, AND_DGREAT -> true;
            default -> false;
        };
    }
}
