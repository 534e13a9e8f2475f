package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.user.lib.Quote;

/**
 * find's command line: the starting points (the arguments before the first that starts with
 * '-', '(' or '!'; "." if none), then the expression, parsed as findutils does:
 * <pre>
 *   expr    → and ('-o' and)*
 *   and     → not (['-a'] not)*
 *   not     → ('!' | '-not') not | primary
 *   primary → '(' expr ')' | test | action | global option
 * </pre>
 * With no action in it, the expression becomes {@code ( expr ) -print}. A problem is kept in
 * {@link #error} in findutils' words.
 */
final class FindParser {
    final List<String> paths = new ArrayList<>();
    FindExpr expr;
    int maxDepth = Integer.MAX_VALUE;
    int minDepth;
    boolean depthFirst;
    String error;
    private final List<String> args;
    private int i;
    private boolean hasAction;

    FindParser(List<String> argv) {
        int k = 1;
        while (k < argv.size() && !startsExpression(argv.get(k))) {
            paths.add(argv.get(k++));
        }
        if (paths.isEmpty()) {
            paths.add(".");
        }
        args = argv.subList(k, argv.size());
        try {
            FindExpr e = args.isEmpty() ? new FindExpr.True() : or();
            if (i < args.size()) {
                throw new Problem(args.get(i).equals(")")
                        ? "you have too many ')'"
                        : "unknown predicate `" + args.get(i) + "'");
            }
            expr = hasAction ? e : new FindExpr.And(e, new FindExpr.Print('\n'));
        } catch (Problem p) {
            error = p.getMessage();
        }
    }

    private static boolean startsExpression(String a) {
        return a.startsWith("-") && a.length() > 1 || a.equals("(") || a.equals("!");
    }

    /** A command-line error, unwound to the constructor. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    private FindExpr or() {
        FindExpr e = and();
        while (i < args.size() && (args.get(i).equals("-o") || args.get(i).equals("-or"))) {
            i++;
            e = new FindExpr.Or(e, and());
        }
        return e;
    }

    private FindExpr and() {
        FindExpr e = not();
        while (i < args.size() && !args.get(i).equals(")") && !args.get(i).equals("-o")
                && !args.get(i).equals("-or")) {
            if (args.get(i).equals("-a") || args.get(i).equals("-and")) {
                i++;
            }
            e = new FindExpr.And(e, not());
        }
        return e;
    }

    private FindExpr not() {
        if (i < args.size() && (args.get(i).equals("!") || args.get(i).equals("-not"))) {
            i++;
            return new FindExpr.Not(not());
        }
        return primary();
    }

    private FindExpr primary() {
        if (i == args.size()) {
            throw new Problem("invalid expression");
        }
        String a = args.get(i++);
        switch (a) {
            case "(":
                FindExpr e = i == args.size() ? null : or();
                if (i == args.size() || !args.get(i).equals(")")) {
                    throw new Problem("invalid expression; expected to find a ')' but didn't see "
                            + "one. Perhaps you need an extra predicate after '('");
                }
                i++;
                return e;
            case "-name": return new FindExpr.Name(argument(a), false);
            case "-iname": return new FindExpr.Name(argument(a), true);
            case "-path", "-wholename": return new FindExpr.PathMatch(argument(a));
            case "-type": return type(argument(a));
            case "-print": hasAction = true; return new FindExpr.Print('\n');
            case "-print0": hasAction = true; return new FindExpr.Print('\0');
            case "-prune": return new FindExpr.Prune();
            case "-true": return new FindExpr.True();
            case "-false": return new FindExpr.Not(new FindExpr.True());
            case "-depth": depthFirst = true; return new FindExpr.True();
            case "-maxdepth": maxDepth = depth(a); return new FindExpr.True();
            case "-mindepth": minDepth = depth(a); return new FindExpr.True();
            default: throw new Problem("unknown predicate `" + a + "'");
        }
    }

    private String argument(String option) {
        if (i == args.size()) {
            throw new Problem("missing argument to `" + option + "'");
        }
        return args.get(i++);
    }

    private FindExpr type(String t) {
        if (t.length() != 1 || "bcdpfls".indexOf(t.charAt(0)) < 0) {
            throw new Problem("Unknown argument to -type: " + t);
        }
        return new FindExpr.Type(t.charAt(0));
    }

    private int depth(String option) {
        String n = argument(option);
        if (!n.matches("[0-9]{1,9}")) {
            throw new Problem("Expected a positive decimal integer argument to " + option
                    + ", but got " + Quote.quote(n));
        }
        return Integer.parseInt(n);
    }
}
