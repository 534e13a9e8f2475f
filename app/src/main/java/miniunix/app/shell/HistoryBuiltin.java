package miniunix.app.shell;

import java.util.List;

/**
 * The history builtin (bash's history.def) over the commands an interactive shell has read
 * ({@link History}): {@code history} lists them numbered from 1 as bash does
 * ({@code %5d  %s}), {@code history N} the last N, {@code history -c} forgets them all and
 * {@code history -d OFFSET} one. A non-interactive shell has none (bash keeps none by default).
 *
 * <p>Simplified: no history file of its own (the terminal front end keeps that), no -a -n -r
 * -w -p -s, no ! expansion.
 */
final class HistoryBuiltin {
    private static final String USAGE = "history: usage: history [-c] [-d offset] [n] or "
            + "history -anrw [filename] or history -ps arg [arg...]\n";

    private HistoryBuiltin() {
    }

    static int history(BuiltinFrame b, Shell sh, List<String> argv) {
        BuiltinOptions o = new BuiltinOptions(b, argv, "cd:", USAGE);
        boolean clear = false;
        String offset = null;
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                return BuiltinOptions.STATUS;
            }
            clear |= c == 'c';
            offset = c == 'd' ? o.arg() : offset;
        }
        List<String> args = o.operands();
        if (clear) {
            sh.history = History.EMPTY;
            if (args.isEmpty()) {
                return 0;
            }
        }
        if (offset != null) {
            return delete(b, sh, offset);
        }
        if (args.size() > 1) {
            b.error("history: too many arguments\n");
            return 1;
        }
        int count = sh.history.size();
        if (!args.isEmpty()) {
            if (!BuiltinFrame.isNumber(args.get(0), 9)) {
                b.error("history: " + args.get(0) + ": numeric argument required\n");
                return 1;
            }
            count = Math.min(count, Integer.parseInt(args.get(0)));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = sh.history.size() - count; i < sh.history.size(); i++) {
            sb.append(String.format("%5d  %s%n", i + 1, sh.history.get(i)));
        }
        b.say(b.out(), sb.toString());
        return 0;
    }

    private static int delete(BuiltinFrame b, Shell sh, String n) {
        if (!BuiltinFrame.isNumber(n, 9) || Integer.parseInt(n) < 1
                || Integer.parseInt(n) > sh.history.size()) {
            b.error("history: " + n + ": history position out of range\n");
            return 1;
        }
        sh.history = sh.history.without(Integer.parseInt(n) - 1);
        return 0;
    }
}
