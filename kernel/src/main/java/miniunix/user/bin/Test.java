package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Proc;
import miniunix.user.lib.TestExpr;
import miniunix.user.lib.TestFacts;

/**
 * test(1) and [ (one program, told apart by argv[0], as coreutils builds them): exit status 0
 * when the expression is true, 1 when false, 2 on a syntax error, with bash's messages
 * ({@code [: a: integer expression expected}). The expression is {@link TestExpr}'s.
 *
 * <p>Bash has test and [ as builtins, and so does the shell here; this is Linux's
 * /usr/bin/test, for {@code /bin/[ ...}, {@code env test ...}, xargs and find -exec. File
 * tests use stat(2), gathered first by {@link TestFacts}, then the expression is evaluated
 * without another call.
 * <pre>
 *   if (argv[0] is "[" &amp;&amp; strcmp(argv[--argc], "]")) error("missing `]'");
 *   exit(expr(argc, argv) ? 0 : 1);
 * </pre>
 */
public final class Test extends Proc {
    private static final String USAGE = "Usage: test EXPRESSION\n  or:  [ EXPRESSION ]\n"
            + "Exit with the status determined by EXPRESSION.\n"
            + "  -n STRING, -z STRING, STRING1 = STRING2, STRING1 != STRING2\n"
            + "  INTEGER1 -eq|-ne|-lt|-le|-gt|-ge INTEGER2\n"
            + "  -e|-f|-d|-r|-w|-x|-s FILE, FILE1 -nt|-ot|-ef FILE2\n"
            + "  ! EXPRESSION, EXPRESSION1 -a|-o EXPRESSION2, ( EXPRESSION )\n";

    /** The expression (without "]"), or null before the first step. */
    private List<String> args;
    private TestFacts facts;

    public Test(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (args == null) {
            boolean bracket = prog().equals("[") || prog().endsWith("/[");
            List<String> a = argv.subList(1, argv.size());
            if (bracket && a.size() == 1 && a.get(0).equals("--help")) {
                out.print(USAGE);
                return exit(0);
            }
            if (bracket) {
                if (a.isEmpty() || !a.get(a.size() - 1).equals("]")) {
                    return fail(2, "missing `]'");
                }
                a = a.subList(0, a.size() - 1);
            }
            args = List.copyOf(a);
            facts = new TestFacts(args);
            ret = 0;
        }
        Trap t = facts.next(ret);
        if (t != null) {
            return t;
        }
        try {
            return exit(TestExpr.eval(args, facts) ? 0 : 1);
        } catch (TestExpr.Failure e) {
            return fail(2, e.getMessage());
        }
    }

    @Override
    protected void deepen() {
        facts = facts == null ? null : facts.copy();
    }
}
