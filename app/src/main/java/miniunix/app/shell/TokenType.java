package miniunix.app.shell;

/** The kinds of token the lexer hands the parser (POSIX sh grammar names in comments). */
public enum TokenType {
    // Words: anything that is not an operator (a word may hold quotes, $VAR and $(...)).
    WORD,
    // Control operators.
    NEWLINE,
    /** ; */
    SEMI,
    /** ;; ends a case item (out of place anywhere else) */
    DSEMI,
    /** ;&amp; ends a case item and runs the next item's list too (bash) */
    SEMI_AND,
    /** ;;&amp; ends a case item and goes on testing the next patterns (bash) */
    DSEMI_AND,
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
    /** &lt;&gt; (LESSGREAT): open for reading and writing */
    LESSGREAT,
    /** &amp;&gt;: stdout and stderr to a file (bash) */
    AND_GREAT,
    /** &amp;&gt;&gt;: stdout and stderr appended to a file (bash) */
    AND_DGREAT,
    /** &lt;&lt; (DLESS): a here-document; its body follows the next newline */
    DLESS,
    /** &lt;&lt;- (DLESSDASH): a here-document whose lines lose their leading tabs */
    DLESSDASH,
    /** &lt;&lt;&lt;: a here-string (bash) */
    TLESS,
    /** End of input. */
    EOF;

    /** True for the operators that start a redirection. */
    public boolean isRedirect() {
        return switch (this) {
            case LESS, GREAT, DGREAT, LESSAND, GREATAND, LESSGREAT, AND_GREAT, AND_DGREAT, DLESS, DLESSDASH, TLESS -> true;
            default -> false;
        };
    }

    /** True for what ends a case item: ;; ;&amp; ;;&amp; */
    public boolean endsCaseItem() {
        return this == DSEMI || this == SEMI_AND || this == DSEMI_AND;
    }
}
