package miniunix.user.lib;

import java.util.List;
import miniunix.kernel.uapi.StatBuf;

/**
 * The expression language of test(1) and [, as bash's test.c evaluates it: by the number of
 * arguments first (POSIX: 0 to 4 arguments have fixed meanings, so {@code [ = = = ]} works),
 * then by recursive descent for longer expressions:
 * <pre>
 *   expr → or
 *   or   → and ('-o' and)*
 *   and  → term ('-a' term)*
 *   term → '!'* ( '(' expr ')' | arg BINOP arg | UNOP arg | arg )
 * </pre>
 * Evaluation is pure: everything a file test needs (stat(2) results, the caller's uid and
 * gid, whether an fd is a terminal) is gathered beforehand ({@link TestFacts}) and handed in as
 * {@link Facts}. A syntax error is a {@link Failure} carrying bash's message; test exits 2.
 *
 * <p>Simplified: no block devices or sockets, and -N is false. Bash's -o OPTION, -v VAR and
 * -R VAR need the shell's own state: its test builtin answers them ({@link Facts#shellTests});
 * /bin/test leaves them out, as coreutils' test does. Parentheses nest at most {@link #MAX_DEPTH}
 * deep (bash has no limit; a limit keeps the Java stack safe).
 */
public final class TestExpr {
    /** Deepest nesting of ( ... ) accepted. */
    static final int MAX_DEPTH = 256;

    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    /** What the file tests need, gathered before evaluation. */
    public interface Facts {
        /** The stat of path, or null if stat(2) failed. */
        StatBuf stat(String path);

        /** The lstat of path (a link's own), or null if lstat(2) failed. */
        StatBuf lstat(String path);

        int uid();

        int gid();

        /** Whether fd is open on a terminal. */
        boolean isatty(int fd);

        /**
         * Whether -v, -o and -R are unary operators: true for the shell's test builtin (bash's),
         * false for /bin/test (coreutils', where -o is only "or").
         */
        default boolean shellTests() {
            return false;
        }

        /** -v NAME: whether the shell variable (or positional parameter) NAME is set. */
        default boolean isVariableSet(String name) {
            return false;
        }

        /** -R NAME: whether NAME is a shell variable with the nameref attribute and a value. */
        default boolean isNameref(String name) {
            return false;
        }

        /** -o OPTION: whether the shell option is on (false for one the shell does not have). */
        default boolean isOptionOn(String name) {
            return false;
        }
    }

    /** A syntax error: bash's message, without the program name. */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private final List<String> args;
    private final Facts facts;
    private int pos;
    private int depth;

    private TestExpr(List<String> args, Facts facts) {
        this.args = args;
        this.facts = facts;
    }

    /** Evaluates args (without the closing "]"); throws {@link Failure} on a syntax error. */
    public static boolean eval(List<String> args, Facts facts) {
        TestExpr t = new TestExpr(args, facts);
        boolean v = t.posix();
        if (t.pos != args.size()) {
            String a = args.get(t.pos);
            throw new Failure(a.startsWith("-") ? "syntax error: `" + a + "' unexpected"
                    : "too many arguments");
        }
        return v;
    }

    /** The operands a file test may stat: what follows a unary file operator, and -nt's sides. */
    public static boolean isFileOperand(List<String> args, int i) {
        if (i > 0 && isUnop(args.get(i - 1)) && "nzt".indexOf(args.get(i - 1).charAt(1)) < 0) {
            return true;
        }
        return i + 1 < args.size() && isTimeOp(args.get(i + 1))
                || i > 1 && isTimeOp(args.get(i - 1));
    }

    private boolean posix() {
        int argc = args.size();
        switch (argc) {
            case 0:
                return false;
            case 1:
                pos = 1;
                return !args.get(0).isEmpty();
            case 2:
                pos = 2;
                return twoArguments(0);
            case 3:
                pos = 3;
                return threeArguments(0);
            case 4:
                if (args.get(0).equals("!")) {
                    pos = 4;
                    return !threeArguments(1);
                }
                if (args.get(0).equals("(") && args.get(3).equals(")")) {
                    pos = 4;
                    return twoArguments(1);
                }
                return expr();
            default:
                return expr();
        }
    }

    private boolean twoArguments(int at) {
        String op = args.get(at);
        if (op.equals("!")) {
            return args.get(at + 1).isEmpty();
        }
        if (!unop(op)) {
            throw new Failure(op + ": unary operator expected");
        }
        return unary(op, args.get(at + 1));
    }

    private boolean threeArguments(int at) {
        String a = args.get(at);
        String op = args.get(at + 1);
        String b = args.get(at + 2);
        if (isBinop(op)) {
            return binary(a, op, b);
        }
        if (op.equals("-a")) {
            return !a.isEmpty() && !b.isEmpty();
        }
        if (op.equals("-o")) {
            return !a.isEmpty() || !b.isEmpty();
        }
        if (a.equals("!")) {
            return !twoArguments(at + 1);
        }
        if (a.equals("(") && b.equals(")")) {
            return !op.isEmpty();
        }
        throw new Failure(op + ": binary operator expected");
    }

    /** expr → or; or → and ('-o' and)* */
    private boolean expr() {
        if (pos >= args.size()) {
            throw new Failure("argument expected");
        }
        boolean v = and();
        while (pos < args.size() && args.get(pos).equals("-o")) {
            pos++;
            boolean w = and();
            v = v || w;
        }
        return v;
    }

    /** and → term ('-a' term)* */
    private boolean and() {
        boolean v = term();
        while (pos < args.size() && args.get(pos).equals("-a")) {
            pos++;
            boolean w = term();
            v = v && w;
        }
        return v;
    }

    /** term → '!'* ( '(' expr ')' | arg BINOP arg | UNOP arg | arg ) */
    private boolean term() {
        boolean negate = false;
        while (pos < args.size() && args.get(pos).equals("!")) {
            negate = !negate;
            pos++;
        }
        if (pos >= args.size()) {
            throw new Failure("argument expected");
        }
        return negate != operand();
    }

    private boolean operand() {
        String a = args.get(pos);
        if (a.equals("(")) {
            return parenthesised();
        }
        if (pos + 3 <= args.size() && isBinop(args.get(pos + 1))) {
            pos += 3;
            return binary(a, args.get(pos - 2), args.get(pos - 1));
        }
        if (pos + 2 <= args.size() && unop(a)) {
            pos += 2;
            return unary(a, args.get(pos - 1));
        }
        pos++;
        return !a.isEmpty();
    }

    private boolean parenthesised() {
        if (++depth > MAX_DEPTH) {
            throw new Failure("expression nested too deeply");
        }
        if (++pos >= args.size()) {
            throw new Failure("argument expected");
        }
        boolean v = expr();
        if (pos >= args.size()) {
            throw new Failure("`)' expected");
        }
        if (!args.get(pos).equals(")")) {
            throw new Failure("`)' expected, found " + args.get(pos));
        }
        pos++;
        depth--;
        return v;
    }

    static boolean isUnop(String op) {
        return op.length() == 2 && op.charAt(0) == '-' && "abcdefghkLnprsStuwxzOGN".indexOf(op.charAt(1)) >= 0;
    }

    /** A unary operator of this test: the shell's adds -v, -o and -R. */
    private boolean unop(String op) {
        return isUnop(op) || facts.shellTests() && (op.equals("-v") || op.equals("-o") || op.equals("-R"));
    }

    static boolean isBinop(String op) {
        return switch (op) {
            case "=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge" -> true;
            default -> isTimeOp(op);
        };
    }

    private static boolean isTimeOp(String op) {
        return op.equals("-nt") || op.equals("-ot") || op.equals("-ef");
    }

    private boolean binary(String a, String op, String b) {
        return switch (op) {
            case "=", "==" -> a.equals(b);
            case "!=" -> !a.equals(b);
            case "<" -> a.compareTo(b) < 0;
            case ">" -> a.compareTo(b) > 0;
            case "-nt", "-ot", "-ef" -> times(a, op, b);
            default -> integers(number(a), op, number(b));
        };
    }

    private static boolean integers(long x, String op, long y) {
        return switch (op) {
            case "-eq" -> x == y;
            case "-ne" -> x != y;
            case "-lt" -> x < y;
            case "-le" -> x <= y;
            case "-gt" -> x > y;
            default -> x >= y;
        };
    }

    /** -nt: newer (or the only one that exists); -ot: older; -ef: the same file. */
    private boolean times(String a, String op, String b) {
        StatBuf x = facts.stat(a);
        StatBuf y = facts.stat(b);
        return switch (op) {
            case "-nt" -> x != null && (y == null || x.mtimeNs > y.mtimeNs);
            case "-ot" -> y != null && (x == null || x.mtimeNs < y.mtimeNs);
            default -> x != null && y != null && x.ino == y.ino;
        };
    }

    /** bash's legal_number: blanks, an optional sign, decimal digits, blanks; no overflow. */
    private static long number(String s) {
        String t = s.strip();
        int start = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        boolean digits = t.length() > start;
        for (int i = start; i < t.length(); i++) {
            digits &= t.charAt(i) >= '0' && t.charAt(i) <= '9';
        }
        if (digits) {
            try {
                return Long.parseLong(t.charAt(0) == '+' ? t.substring(1) : t);
            } catch (NumberFormatException tooBig) {
                // Falls through to the error, as strtoimax's ERANGE does in bash.
            }
        }
        throw new Failure(s + ": integer expression expected");
    }

    private boolean unary(String op, String arg) {
        char c = op.charAt(1);
        if (c == 'n' || c == 'z') {
            return arg.isEmpty() == (c == 'z');
        }
        if (c == 't') {
            String t = arg.strip();
            return isFd(t) && facts.isatty(Integer.parseInt(t));
        }
        if (c == 'v' || c == 'o' || c == 'R') {
            return c == 'v' ? facts.isVariableSet(arg) : c == 'o' ? facts.isOptionOn(arg) : facts.isNameref(arg);
        }
        StatBuf st = c == 'h' || c == 'L' ? facts.lstat(arg) : facts.stat(arg);
        if (st == null) {
            return false;
        }
        int type = st.mode & StatBuf.S_IFMT;
        return switch (c) {
            case 'a', 'e' -> true;
            case 'f' -> type == StatBuf.S_IFREG;
            case 'd' -> type == StatBuf.S_IFDIR;
            case 'c' -> type == StatBuf.S_IFCHR;
            case 'b' -> type == S_IFBLK;
            case 'p' -> type == StatBuf.S_IFIFO;
            case 'S' -> type == S_IFSOCK;
            case 'h', 'L' -> type == StatBuf.S_IFLNK;
            case 's' -> st.size > 0;
            case 'u' -> (st.mode & 04000) != 0;
            case 'g' -> (st.mode & 02000) != 0;
            case 'k' -> (st.mode & 01000) != 0;
            case 'r' -> access(st, 4);
            case 'w' -> access(st, 2);
            case 'x' -> access(st, 1);
            case 'O' -> st.uid == facts.uid();
            case 'G' -> st.gid == facts.gid();
            default -> false;
        };
    }

    /** The kernel's permission rule (Vfs.may): root may read and write anything, run what has an x bit. */
    private boolean access(StatBuf st, int bit) {
        if (facts.uid() == 0) {
            return bit != 1 || st.isDir() || (st.mode & 0111) != 0;
        }
        int shift = facts.uid() == st.uid ? 6 : facts.gid() == st.gid ? 3 : 0;
        return ((st.mode >> shift) & bit) != 0;
    }

    /** 1 to 9 ASCII digits: a file descriptor number. */
    static boolean isFd(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
