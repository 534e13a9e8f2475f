package miniunix.app.shell;

/**
 * Shell arithmetic, $((...)) and ((...)): bash's expr.c in Java. 64-bit integers that wrap
 * around, C's operators and precedence, variables by name (an unset or empty one is 0; a
 * value that is itself an expression is evaluated), assignment operators and ++/--.
 * Evaluation happens while parsing (recursive descent, one method per precedence level, as
 * expr.c does); the branch not taken by && || ?: is parsed with {@code noeval} set, so its
 * assignments and divisions do nothing.
 * <pre>
 *   comma  → assign (',' assign)*
 *   assign → cond [('=' | '*=' | '/=' | '%=' | '+=' | '-=' | '&lt;&lt;=' | '&gt;&gt;=' | '&amp;=' | '^=' | '|=') assign]
 *   cond   → binary(||) ['?' comma ':' cond]
 *   binary → || &amp;&amp; | ^ &amp; (== !=) (&lt; &lt;= &gt; &gt;=) (&lt;&lt; &gt;&gt;) (+ -) (* / %), loosest first
 *   power  → unary ['**' power]
 *   unary  → ('!' | '~' | '-' | '+') unary | ('++' | '--') NAME | primary
 *   primary→ NUMBER | NAME ['++' | '--'] | '(' comma ')'
 * </pre>
 * Numbers: decimal, 0NN octal, 0xNN hex, BASE#DIGITS. Errors are bash's, thrown as
 * {@link Failure} with the whole message: {@code 1/0: division by 0 (error token is "0")}.
 *
 * <p>NAME[INDEX] is an array's element: an indexed array's INDEX is itself an expression.
 * Simplified: a negative index past the start is an error here (bash only says it). Nesting (parentheses, unary operators, variables holding
 * expressions) is bounded by {@link #MAX_DEPTH} with bash's "expression recursion level
 * exceeded". Bash allows 1024 levels of variables and does not bound parentheses; 256 of
 * either keeps the Java stack safe (a level is up to ten Java frames).
 */
final class Arith {
    static final int MAX_DEPTH = 256;

    /**
     * An arithmetic error, its message complete (expression, error, error token); fatal for
     * set -u's "NAME: unbound variable", which ends a script as ${NAME:?} does.
     */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean fatal;
        /** Said as it is, not after the command's name ("x: readonly variable", not "((: ..."). */
        final boolean plain;

        Failure(String message) {
            this(message, false);
        }

        Failure(String message, boolean fatal) {
            this(message, fatal, false);
        }

        Failure(String message, boolean fatal, boolean plain) {
            super(message, null, false, false);
            this.fatal = fatal;
            this.plain = plain;
        }

        /** The message after "NAME: line N: ", for a command named name: (( or let. */
        String said(String name) {
            return plain ? getMessage() : name + ": " + getMessage();
        }

        /** An assignment bash refuses without a word (to GROUPS): nothing to say. */
        boolean silent() {
            return getMessage().isEmpty();
        }
    }

    private enum Tok {
        NUM, NAME, EOF, PLUS, MINUS, STAR, SLASH, PERCENT, POWER, LSHIFT, RSHIFT, LT, LE, GT, GE, EQ,
        NE, BITAND, BITXOR, BITOR, AND, OR, NOT, TILDE, QUESTION, COLON, LPAREN, RPAREN, COMMA,
        INCR, DECR, ASSIGN, OP_ASSIGN
    }

    private final String expr;
    private final Variables vars;
    private final int depth;
    /** The scanner: the current token, where it starts, where the next one may start. */
    private Tok tok;
    private int start;
    private int end;
    private long number;
    private String name = "";
    /** For OP_ASSIGN, the operator without its '='. */
    private Tok assignOp;
    /** The token before the current one, and the name an assignment would assign to. */
    private Tok lastTok;
    private String lastName = "";
    private int noeval;
    private int nesting;

    private Arith(String expr, Variables vars, int depth) {
        this.expr = expr;
        this.vars = vars;
        this.depth = depth;
    }

    /** Evaluates an expression; throws {@link Failure}. */
    static long eval(String expr, Variables vars) {
        return new Arith(expr, vars, 0).evaluate();
    }

    private long evaluate() {
        if (depth >= MAX_DEPTH) {
            throw fail("expression recursion level exceeded", start);
        }
        next();
        if (tok == Tok.EOF) {
            return 0;
        }
        long v = comma();
        if (tok != Tok.EOF) {
            throw fail("syntax error in expression", start);
        }
        return v;
    }

    private long comma() {
        long v = assign();
        while (tok == Tok.COMMA) {
            next();
            v = assign();
        }
        return v;
    }

    private long assign() {
        long v = cond();
        if (tok != Tok.ASSIGN && tok != Tok.OP_ASSIGN) {
            return v;
        }
        if (lastTok != Tok.NAME) {
            throw fail("attempted assignment to non-variable", start);
        }
        String target = resolve(lastName);
        Tok op = tok == Tok.ASSIGN ? null : assignOp;
        int opAt = start;
        next();
        long rhs = assign();
        if (op != null) {
            rhs = apply(op, value(target), rhs, opAt);
        }
        store(target, rhs);
        return rhs;
    }

    private long cond() {
        long c = binary(0);
        if (tok != Tok.QUESTION) {
            return c;
        }
        next();
        noeval += c == 0 ? 1 : 0;
        long a = comma();
        noeval -= c == 0 ? 1 : 0;
        if (tok != Tok.COLON) {
            throw fail("`:' expected for conditional expression", start);
        }
        next();
        noeval += c != 0 ? 1 : 0;
        long b = cond();
        noeval -= c != 0 ? 1 : 0;
        return c != 0 ? a : b;
    }

    /** The binary operators' precedence, 0 the loosest (||); -1 for any other token. */
    private static int level(Tok t) {
        return switch (t) {
            case OR -> 0;
            case AND -> 1;
            case BITOR -> 2;
            case BITXOR -> 3;
            case BITAND -> 4;
            case EQ, NE -> 5;
            case LT, LE, GT, GE -> 6;
            case LSHIFT, RSHIFT -> 7;
            case PLUS, MINUS -> 8;
            case STAR, SLASH, PERCENT -> 9;
            default -> -1;
        };
    }

    /**
     * binary → power (op binary)*, by precedence climbing: the operators at least as tight as
     * minLevel, left to right. One Java frame per rise in precedence, not one per level.
     */
    private long binary(int minLevel) {
        long v = power();
        while (level(tok) >= minLevel) {
            Tok op = tok;
            int opEnd = end;
            next();
            boolean skip = op == Tok.AND && v == 0 || op == Tok.OR && v != 0;
            noeval += skip ? 1 : 0;
            long w = binary(level(op) + 1);
            noeval -= skip ? 1 : 0;
            v = op == Tok.AND ? (v != 0 && w != 0 ? 1 : 0) : op == Tok.OR ? (v != 0 || w != 0 ? 1 : 0)
                    : apply(op, v, w, opEnd);
        }
        return v;
    }

    /** x op y; opEnd is where the text after the operator starts (bash's error token). */
    private long apply(Tok op, long x, long y, int opEnd) {
        return switch (op) {
            case PLUS -> x + y;
            case MINUS -> x - y;
            case STAR -> x * y;
            case SLASH, PERCENT -> divide(op, x, y, opEnd);
            case LSHIFT -> x << y;
            case RSHIFT -> x >> y;
            case LT -> x < y ? 1 : 0;
            case LE -> x <= y ? 1 : 0;
            case GT -> x > y ? 1 : 0;
            case GE -> x >= y ? 1 : 0;
            case EQ -> x == y ? 1 : 0;
            case NE -> x != y ? 1 : 0;
            case BITAND -> x & y;
            case BITXOR -> x ^ y;
            case BITOR -> x | y;
            default -> throw new IllegalStateException("arith: not a binary operator: " + op);
        };
    }

    /** Java's / and % on long match C's (truncation; MIN / -1 wraps to MIN, MIN % -1 is 0). */
    private long divide(Tok op, long x, long y, int opEnd) {
        if (y == 0) {
            if (noeval > 0) {
                return 0;
            }
            int at = opEnd;
            while (at < expr.length() && isBlank(expr.charAt(at))) {
                at++;
            }
            throw fail("division by 0", at);
        }
        return op == Tok.SLASH ? x / y : x % y;
    }

    private long power() {
        long base = unary();
        if (tok != Tok.POWER) {
            return base;
        }
        next();
        enter();
        long exp = power();
        nesting--;
        if (exp < 0) {
            throw fail("exponent less than 0", start);
        }
        long result = 1;
        while (exp > 0) {
            if ((exp & 1) != 0) {
                result *= base;
            }
            base *= base;
            exp >>= 1;
        }
        return result;
    }

    private long unary() {
        Tok op = tok;
        if (op == Tok.NOT || op == Tok.TILDE || op == Tok.MINUS || op == Tok.PLUS) {
            next();
            enter();
            long v = unary();
            nesting--;
            return op == Tok.NOT ? (v == 0 ? 1 : 0) : op == Tok.TILDE ? ~v : op == Tok.MINUS ? -v : v;
        }
        if (op == Tok.INCR || op == Tok.DECR) {
            next();
            if (tok != Tok.NAME) {
                // Not before a name, ++ and -- are two signs: --5 is -(-5), as in bash.
                enter();
                long v = unary();
                nesting--;
                return v;
            }
            String target = name;
            next();
            long v = value(target) + (op == Tok.INCR ? 1 : -1);
            store(target, v);
            return v;
        }
        return primary();
    }

    private long primary() {
        switch (tok) {
            case NUM: {
                long v = number;
                next();
                return v;
            }
            case NAME:
                return variable();
            case LPAREN: {
                next();
                enter();
                long v = comma();
                nesting--;
                if (tok != Tok.RPAREN) {
                    throw fail("missing `)'", start);
                }
                next();
                return v;
            }
            default:
                throw fail("syntax error: operand expected", start);
        }
    }

    /** NAME, NAME++ or NAME--; before an assignment operator the value is not needed. */
    private long variable() {
        String target = name;
        next();
        if (tok == Tok.ASSIGN || tok == Tok.OP_ASSIGN) {
            return 0;
        }
        target = resolve(target);
        long v = value(target);
        if (tok == Tok.INCR || tok == Tok.DECR) {
            store(target, v + (tok == Tok.INCR ? 1 : -1));
            next();
        }
        return v;
    }

    private void store(String target, long v) {
        if (noeval == 0) {
            int open = target.indexOf('[');
            String base = open < 0 ? target : target.substring(0, open);
            if (vars.isReadonly(base)) {
                throw new Failure(base + ": readonly variable", false, true);
            }
            if (vars.isNoassign(base)) {
                throw new Failure("", false, true);     // GROUPS=1: fails, silently (bash)
            }
            if (open < 0) {
                vars.set(target, Long.toString(v));
                return;
            }
            String sub = target.substring(open + 1, target.length() - 1);
            ArrayAssign.Failure f = new ArrayAssign(base, sub, sub, false, Long.toString(v), null).perform(vars);
            if (f != null) {
                throw new Failure(f.message(), false, true);
            }
        }
    }

    /**
     * NAME[INDEX] as an assignment's target or a value: an indexed array's INDEX evaluated once
     * (so a[i++] counts once), negative from the end, giving NAME[N]; an associative one's
     * key, or a plain NAME, as it is.
     */
    private String resolve(String var) {
        int open = var.indexOf('[');
        if (open < 0 || noeval > 0) {
            return var;
        }
        String base = var.substring(0, open);
        ShellArray a = vars.array(base);
        if (a != null && a.isAssoc()) {
            return var;
        }
        long i = new Arith(var.substring(open + 1, var.length() - 1), vars, depth + 1).evaluate();
        if (i < 0 && (a == null || i + a.maxIndex() + 1 < 0)) {
            throw new Failure(var + ": bad array subscript", false, true);
        }
        return base + "[" + (i < 0 ? i + a.maxIndex() + 1 : i) + "]";
    }

    /**
     * A variable's value as a number: unset or empty is 0, anything else is evaluated. The
     * name is read as $name would read it, so the special ones work bare (RANDOM % 6).
     */
    private long value(String var) {
        String v = noeval > 0 ? null : var.indexOf('[') < 0 ? vars.parameter(var) : element(var);
        if (v == null && noeval == 0 && vars.on(ShellOption.NOUNSET)) {
            throw new Failure(var + ": unbound variable", true);
        }
        if (v == null || v.isEmpty()) {
            return 0;
        }
        long n = decimal(v);
        return n >= 0 ? n : new Arith(v, vars, depth + 1).evaluate();
    }

    /** NAME[N] (resolved) or NAME[KEY]: the element, or null when unset. */
    private String element(String var) {
        int open = var.indexOf('[');
        String base = var.substring(0, open);
        String sub = var.substring(open + 1, var.length() - 1);
        ShellArray a = vars.array(base);
        if (a == null) {
            return sub.equals("0") ? vars.parameter(base) : null;
        }
        return a.isAssoc() ? a.get(sub) : a.get(Long.parseLong(sub));
    }

    /** A plain decimal value quickly (the common case), or -1. */
    private static long decimal(String v) {
        if (v.length() > 18) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9' || i == 0 && c == '0' && v.length() > 1) {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private void enter() {
        if (++nesting + depth > MAX_DEPTH) {
            throw fail("expression recursion level exceeded", start);
        }
    }

    // The scanner (expr.c's readtok): skips blanks, reads one token into tok.

    private void next() {
        lastTok = tok;
        if (tok == Tok.NAME) {
            lastName = name;
        }
        int i = end;
        while (i < expr.length() && isBlank(expr.charAt(i))) {
            i++;
        }
        if (i >= expr.length()) {
            tok = Tok.EOF;
            end = i;
            return;
        }
        start = i;
        char c = expr.charAt(i);
        if (c >= '0' && c <= '9') {
            scanNumber(i);
        } else if (c == '_' || Character.isLetter(c) && c < 128) {
            end = i;
            while (end < expr.length() && Lexer.isNameChar(expr.charAt(end))) {
                end++;
            }
            int close = end < expr.length() && expr.charAt(end) == '[' ? WordLexer.rawClose(expr, end) : -1;
            end = close < 0 ? end : close + 1;
            name = expr.substring(i, end);
            tok = Tok.NAME;
        } else {
            scanOperator(i);
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    /** Decimal, 0NN octal, 0xNN hex or BASE#DIGITS; wraps around like bash. */
    private void scanNumber(int i) {
        end = i;
        while (end < expr.length() && (Lexer.isNameChar(expr.charAt(end)) || expr.charAt(end) == '#'
                || expr.charAt(end) == '@')) {
            end++;
        }
        String text = expr.substring(i, end);
        int base = 10;
        String digits = text;
        int hash = text.indexOf('#');
        if (hash >= 0) {
            base = hash <= 2 && Parser.isDigits(text.substring(0, hash)) ? Integer.parseInt(text.substring(0, hash)) : 0;
            if (base < 2 || base > 64) {
                throw fail("invalid arithmetic base", i);
            }
            digits = text.substring(hash + 1);
        } else if (text.length() > 1 && (text.charAt(1) == 'x' || text.charAt(1) == 'X') && text.charAt(0) == '0') {
            base = 16;
            digits = text.substring(2);
        } else if (text.length() > 1 && text.charAt(0) == '0') {
            base = 8;
        }
        number = parseDigits(digits, base, i);
        tok = Tok.NUM;
    }

    private long parseDigits(String digits, int base, int at) {
        if (digits.isEmpty()) {
            throw fail("invalid number", at);
        }
        long v = 0;
        for (int k = 0; k < digits.length(); k++) {
            int d = digitValue(digits.charAt(k), base);
            if (d < 0) {
                throw fail("invalid number", at);
            }
            if (d >= base) {
                throw fail("value too great for base", at);
            }
            v = v * base + d;
        }
        return v;
    }

    /** bash's digits: 0-9, a-z, A-Z (a-z again below base 37), @, _. */
    private static int digitValue(char c, int base) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return base <= 36 ? c - 'A' + 10 : c - 'A' + 36;
        }
        return c == '@' ? 62 : c == '_' ? 63 : -1;
    }

    private void scanOperator(int i) {
        char c = expr.charAt(i);
        char d = i + 1 < expr.length() ? expr.charAt(i + 1) : 0;
        char e = i + 2 < expr.length() ? expr.charAt(i + 2) : 0;
        end = i + 2;
        if ((c == '<' || c == '>') && d == c && e == '=') {
            end = i + 3;
            opAssign(c == '<' ? Tok.LSHIFT : Tok.RSHIFT);
            return;
        }
        Tok two = two(c, d);
        if (two != null) {
            tok = two;
            return;
        }
        if (d == '=' && "*/%+-&^|".indexOf(c) >= 0) {
            opAssign(one(c));
            return;
        }
        end = i + 1;
        tok = one(c);
        if (tok == null) {
            throw fail("syntax error: invalid arithmetic operator", i);
        }
    }

    private void opAssign(Tok op) {
        tok = Tok.OP_ASSIGN;
        assignOp = op;
    }

    /** The two-character operator cd, or null (without building a string: it runs per token). */
    private static Tok two(char c, char d) {
        return switch (c) {
            case '*' -> d == '*' ? Tok.POWER : null;
            case '<' -> d == '<' ? Tok.LSHIFT : d == '=' ? Tok.LE : null;
            case '>' -> d == '>' ? Tok.RSHIFT : d == '=' ? Tok.GE : null;
            case '=' -> d == '=' ? Tok.EQ : null;
            case '!' -> d == '=' ? Tok.NE : null;
            case '&' -> d == '&' ? Tok.AND : null;
            case '|' -> d == '|' ? Tok.OR : null;
            case '+' -> d == '+' ? Tok.INCR : null;
            case '-' -> d == '-' ? Tok.DECR : null;
            default -> null;
        };
    }

    private static Tok one(char c) {
        return switch (c) {
            case '+' -> Tok.PLUS;
            case '-' -> Tok.MINUS;
            case '*' -> Tok.STAR;
            case '/' -> Tok.SLASH;
            case '%' -> Tok.PERCENT;
            case '<' -> Tok.LT;
            case '>' -> Tok.GT;
            case '&' -> Tok.BITAND;
            case '^' -> Tok.BITXOR;
            case '|' -> Tok.BITOR;
            case '!' -> Tok.NOT;
            case '~' -> Tok.TILDE;
            case '?' -> Tok.QUESTION;
            case ':' -> Tok.COLON;
            case '(' -> Tok.LPAREN;
            case ')' -> Tok.RPAREN;
            case ',' -> Tok.COMMA;
            case '=' -> Tok.ASSIGN;
            default -> null;
        };
    }

    /** bash's message: the expression (leading blanks dropped), the error, the text from at. */
    private Failure fail(String msg, int at) {
        int s = 0;
        while (s < expr.length() && isBlank(expr.charAt(s))) {
            s++;
        }
        String token = at < expr.length() ? expr.substring(at) : "";
        return new Failure(expr.substring(s) + ": " + msg + " (error token is \"" + token + "\")");
    }
}
