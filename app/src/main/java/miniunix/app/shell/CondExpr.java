package miniunix.app.shell;

import java.util.List;

/**
 * The expression of a {@code [[ ... ]]} command ({@link Node.Cond}), as {@link CondParser}
 * reads it: immutable records, shared between a shell and its forked copies. Operands are
 * words, expanded only when the evaluation reaches them ({@link CondFrame}), so
 * {@code [[ -n $x || $(slow) ]]} never runs the substitution when x is set.
 */
sealed interface CondExpr permits CondExpr.Unary, CondExpr.Binary, CondExpr.Not, CondExpr.Group,
        CondExpr.Chain {

    /** The expression as typed, words as written, one space between tokens. */
    String text();

    /** OP WORD: -f FILE, -n STRING, -o OPTION, -v VAR ...; a lone word is -n WORD. */
    record Unary(String op, Word operand) implements CondExpr {
        @Override
        public String text() {
            return op + " " + operand.text();
        }
    }

    /**
     * WORD OP WORD: == = != (the right side a pattern), =~ (the right side an extended regular
     * expression), &lt; &gt; (strings), -eq -ne -lt -le -gt -ge (arithmetic), -nt -ot -ef (files).
     */
    record Binary(String op, Word left, Word right) implements CondExpr {
        @Override
        public String text() {
            return left.text() + " " + op + " " + right.text();
        }
    }

    /** ! EXPR */
    record Not(CondExpr operand) implements CondExpr {
        @Override
        public String text() {
            return "! " + operand.text();
        }
    }

    /** ( EXPR ) */
    record Group(CondExpr inner) implements CondExpr {
        @Override
        public String text() {
            return "( " + inner.text() + " )";
        }
    }

    /**
     * e1 &amp;&amp; e2 &amp;&amp; ... (and true) or e1 || e2 || ... (and false): evaluated from the
     * left, stopping at the first operand that decides it. A list, not nested pairs, so a
     * long chain costs no depth.
     */
    record Chain(boolean and, List<CondExpr> operands) implements CondExpr {
        public Chain {
            operands = List.copyOf(operands);
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (CondExpr e : operands) {
                sb.append(sb.length() == 0 ? "" : and ? " && " : " || ").append(e.text());
            }
            return sb.toString();
        }
    }
}
