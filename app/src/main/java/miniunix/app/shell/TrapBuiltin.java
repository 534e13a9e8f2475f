package miniunix.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import miniunix.kernel.uapi.SigAction;
import miniunix.kernel.uapi.Signal;
import miniunix.kernel.uapi.Syscall;

/**
 * The trap builtin (bash's trap.def), on top of the kernel's handlers (see {@link TrapTable}):
 * <pre>
 *   trap [-lp] [[ARG] SIGSPEC ...]
 * </pre>
 * {@code trap 'CMDS' SIG...} sets, {@code trap '' SIG...} ignores, {@code trap - SIG...} (or
 * {@code trap SIG} alone, or operands that start with a number) resets; {@code trap} and
 * {@code trap -p [SIG...]} print the traps as commands that would set them again;
 * {@code trap -l} is the numbered signal table. SIGSPEC is a name (INT, SIGINT, int), a
 * number, EXIT (0), or one of the shell's own DEBUG, ERR and RETURN (by name only, listed
 * last: see {@link TrapTable}). Errors and output are bash's.
 *
 * <p>bash keeps (and prints) a trap on SIGKILL or SIGSTOP although the kernel refuses it, and
 * so do we.
 */
final class TrapBuiltin {
    private static final String USAGE = "trap: usage: trap [-lp] [[arg] signal_spec ...]\n";
    private static final int SIGNALS_PER_LINE = 5;

    private TrapBuiltin() {
    }

    /** Runs trap with argv (argv[0] is "trap"); returns the status. */
    static int run(BuiltinFrame b, Shell sh, List<String> argv) {
        boolean print = false;
        boolean list = false;
        BuiltinOptions o = new BuiltinOptions(b, argv, "lp", USAGE);
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                return BuiltinOptions.STATUS;
            }
            list |= c == 'l';
            print |= c == 'p';
        }
        if (list) {
            b.say(b.out(), table());
            return 0;
        }
        List<String> ops = o.operands();
        if (print || ops.isEmpty()) {
            return list(b, sh, ops);
        }
        String arg = ops.get(0);
        List<String> specs = ops.subList(1, ops.size());
        boolean revert = arg.equals("-") || Parser.isDigits(arg);
        if (ops.size() == 1) {
            if (number(arg) < 0) {
                b.say(b.err(), USAGE);
                return 2;
            }
            specs = ops;
            revert = true;
        } else if (Parser.isDigits(arg)) {
            specs = ops;
        }
        int status = 0;
        List<Syscall> calls = new ArrayList<>();
        for (String spec : specs) {
            int sig = number(spec);
            if (sig < 0) {
                b.error("trap: " + spec + ": invalid signal specification\n");
                status = 1;
                continue;
            }
            set(sh, sig, revert ? null : arg, calls);
        }
        if (!calls.isEmpty()) {
            sh.push(new Frame.Calls(calls));
        }
        return status;
    }

    /** Records the trap and queues the rt_sigaction that makes the kernel act on it. */
    private static void set(Shell sh, int sig, String cmds, List<Syscall> calls) {
        sh.trapTable.set(sig, cmds);
        if (sig == TrapTable.EXIT || sig >= TrapTable.DEBUG || !Signal.isValid(sig)
                || (Signal.UNBLOCKABLE & Signal.mask(sig)) != 0) {
            return;     // EXIT has no kernel side; KILL and STOP are kept but never caught
        }
        long handler = cmds == null ? sh.startingDisposition(sig)
                : cmds.isEmpty() ? SigAction.SIG_IGN : TrapTable.HANDLER;
        // A trap's handler restarts what it interrupts; the shell's own (trap - INT when
        // interactive) does not, so Ctrl-C still ends a read at the prompt.
        int flags = handler == TrapTable.HANDLER && cmds != null ? SigAction.SA_RESTART : 0;
        calls.add(new Syscall.RtSigaction(sig, handler, 0, flags, 0));
    }

    /** trap, trap -p [SIG...]: each trap as the command that sets it, EXIT first. */
    private static int list(BuiltinFrame b, Shell sh, List<String> specs) {
        StringBuilder out = new StringBuilder();
        int status = 0;
        if (specs.isEmpty()) {
            for (int sig = 0; sig < TrapTable.SIZE; sig++) {
                line(out, sh, sig);
            }
        }
        for (String spec : specs) {
            int sig = number(spec);
            if (sig < 0) {
                b.error("trap: " + spec + ": invalid signal specification\n");
                status = 1;
            } else {
                line(out, sh, sig);
            }
        }
        b.say(b.out(), out.toString());
        return status;
    }

    private static void line(StringBuilder out, Shell sh, int sig) {
        String c = sh.trapTable.get(sig);
        if (c != null) {
            out.append("trap -- ").append(quote(c)).append(' ').append(name(sig)).append('\n');
        }
    }

    /** bash's sh_single_quote: 'it'\''s'. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String name(int sig) {
        return switch (sig) {
            case TrapTable.EXIT -> "EXIT";
            case TrapTable.DEBUG -> "DEBUG";
            case TrapTable.ERR -> "ERR";
            case TrapTable.RETURN -> "RETURN";
            default -> "SIG" + Signal.nameOf(sig);
        };
    }

    /** A SIGSPEC's number (EXIT is 0), or -1: bash's decode_signal, names in any case. */
    static int number(String spec) {
        String s = spec.toUpperCase(Locale.ROOT);
        if (s.equals("EXIT") || s.equals("SIGEXIT") || s.equals("0")) {
            return TrapTable.EXIT;
        }
        switch (s) {
            case "DEBUG": return TrapTable.DEBUG;
            case "ERR": return TrapTable.ERR;
            case "RETURN": return TrapTable.RETURN;
            default: break;
        }
        if (Parser.isDigits(spec)) {
            return spec.length() <= 2 ? Signal.parse(spec) : -1;
        }
        return Signal.parse(spec);
    }

    /** trap -l (and bash's kill -l): "%2d) %s", five to a line, tab-separated. */
    static String table() {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int sig = 1; sig < Signal.NSIG; sig++) {
            if (!Signal.isValid(sig)) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%2d) SIG%s", sig, Signal.nameOf(sig)));
            sb.append(++n % SIGNALS_PER_LINE == 0 ? "\n" : "\t");
        }
        if (n % SIGNALS_PER_LINE != 0) {
            sb.append('\n');
        }
        return sb.toString();
    }
}
