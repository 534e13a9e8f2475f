package miniunix.app.shell;

import java.util.List;

/**
 * The let builtin (bash's let.def): evaluates each argument as an arithmetic expression
 * ({@link Arith}), in order; the status is 0 if the last one is not zero, else 1. An
 * arithmetic error stops it with bash's message and status 1; no argument is
 * {@code let: expression expected}.
 */
final class LetBuiltin {
    private LetBuiltin() {
    }

    static int let(BuiltinFrame b, Shell sh, List<String> argv) {
        List<String> exprs = argv.subList(1, argv.size());
        if (!exprs.isEmpty() && exprs.get(0).equals("--")) {
            exprs = exprs.subList(1, exprs.size());
        }
        if (exprs.isEmpty()) {
            b.error("let: expression expected\n");
            return 1;
        }
        long last = 0;
        for (String e : exprs) {
            try {
                last = Arith.eval(e, sh.vars);
            } catch (Arith.Failure f) {
                if (!f.silent()) {
                    b.error(f.said("let") + "\n");
                }
                return 1;
            }
        }
        return last != 0 ? 0 : 1;
    }
}
