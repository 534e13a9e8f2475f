package miniunix.app.shell;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import miniunix.user.lib.Dialect;
import miniunix.user.lib.PrintfFormat;
import miniunix.user.lib.Strftime;

/**
 * printf [-v VAR] FORMAT [ARGUMENTS...]: bash's printf.def, over the format engine /bin/printf
 * shares ({@link PrintfFormat} in bash's dialect). The output is what the builtin writes to
 * fd 1, or with -v the value VAR gets (VAR may be an element, {@code a[1]} or {@code m[key]},
 * and an integer VAR evaluates it). Complaints go to fd 2 as they happen, and the output as
 * bash's line-buffered stdout lets it out: up to the last newline of each piece printed, the
 * rest at the end; so {@code printf '%d\n' x y} interleaves them as bash does.
 * <pre>
 *   if (vflag) bind_printf_variable(vname, vbuf, 0); else fwrite(vbuf, 1, vblen, stdout);
 * </pre>
 */
final class PrintfBuiltin implements PrintfFormat.Sink {
    static final String USAGE = "printf: usage: printf [-v var] format [arguments]\n";
    /** bash's timebuf for %(FMT)T. */
    private static final int TIME_BUFFER = 128;

    private final BuiltinFrame b;
    private final Shell sh;
    /** Output not yet let out (after the last newline). */
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /** What is written, in order. */
    private final ArrayList<BuiltinFrame.Chunk> chunks = new ArrayList<>();
    /** With -v: all the output, for the variable. */
    private final boolean toVariable;
    /** CLOCK_REALTIME's seconds when printf began, for %(FMT)T's -1. */
    private final long now;

    private PrintfBuiltin(BuiltinFrame b, Shell sh, boolean toVariable, long now) {
        this.b = b;
        this.sh = sh;
        this.toVariable = toVariable;
        this.now = now;
    }

    /** Whether argv may print the time (%(FMT)T somewhere): then printf needs the clock first. */
    static boolean wantsTime(List<String> argv) {
        for (int i = 1; i < argv.size(); i++) {
            if (argv.get(i).contains("%(")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs printf: what it writes, in order (with -v or after a usage error, only complaints),
     * its status in status[0]; null when it has left the frame (an integer VAR's bad
     * expression). now is the time in seconds since the epoch, for %(FMT)T.
     */
    static ArrayList<BuiltinFrame.Chunk> run(BuiltinFrame b, Shell sh, List<String> argv, long now,
                                             int[] status) {
        BuiltinOptions o = new BuiltinOptions(b, argv, "v:", USAGE);
        String var = null;
        for (int c; (c = o.next()) != BuiltinOptions.END; ) {
            if (c == BuiltinOptions.BAD) {
                status[0] = BuiltinOptions.STATUS;
                return new ArrayList<>();
            }
            var = o.arg();
        }
        if (var != null && !isTarget(var)) {
            b.error("printf: `" + var + "': not a valid identifier\n");
            status[0] = BuiltinOptions.STATUS;
            return new ArrayList<>();
        }
        List<String> operands = o.operands();
        if (operands.isEmpty()) {
            b.say(b.err(), USAGE);
            status[0] = BuiltinOptions.STATUS;
            return new ArrayList<>();
        }
        PrintfBuiltin p = new PrintfBuiltin(b, sh, var != null, now);
        List<String> args = operands.subList(1, operands.size());
        status[0] = PrintfFormat.run(Dialect.BASH, operands.get(0), args, p);
        if (var == null) {
            p.flush(p.out.size());
            return p.chunks;
        }
        int assigned = p.assign(var, p.out.toString(StandardCharsets.UTF_8));
        if (assigned < 0) {
            return null;
        }
        status[0] = assigned > 0 ? assigned : status[0];
        return p.chunks;
    }

    /** NAME, or NAME[SUBSCRIPT] with a subscript (bash's valid_array_reference). */
    private static boolean isTarget(String var) {
        int open = var.indexOf('[');
        if (open < 0) {
            return Variables.isName(var);
        }
        return open > 0 && Variables.isName(var.substring(0, open)) && var.length() > open + 2
                && WordLexer.rawClose(var, open) == var.length() - 1;
    }

    /**
     * VAR=value as bash's bind_printf_variable does it: 0, 1 when VAR is readonly (said) or
     * ignores assignments (silently), or
     * -1 when an expression or subscript was bad (said, and the command line abandoned).
     */
    private int assign(String var, String value) {
        int open = var.indexOf('[');
        String base = open < 0 ? var : var.substring(0, open);
        if (sh.vars.isReadonly(base)) {
            b.error(sh.vars.resolve(base) + ": readonly variable\n");
            return 1;
        }
        if (sh.vars.isNoassign(base)) {
            return 1;                   // GROUPS, FUNCNAME ...: bash's status 1, silently
        }
        try {
            if (open < 0) {
                sh.vars.set(var, value);
                return 0;
            }
            String sub = var.substring(open + 1, var.length() - 1);
            ArrayAssign a = new ArrayAssign(base, sub, sub, false, value, null);
            ArrayAssign.Failure f = a.perform(sh.vars);
            if (f == null) {
                return 0;
            }
            sh.expansionError(f.message(), f.fatal());
        } catch (Arith.Failure f) {
            sh.expansionError(f.getMessage(), f.fatal);
        }
        return -1;
    }

    @Override
    public void out(byte[] bytes, int off, int n) {
        out.write(bytes, off, n);
        if (toVariable) {
            return;
        }
        for (int i = off + n - 1; i >= off; i--) {
            if (bytes[i] == '\n') {
                flush(out.size() - (off + n - 1 - i));
                return;
            }
        }
    }

    /** The first n bytes of the pending output are let out. */
    private void flush(int n) {
        if (n > 0) {
            byte[] all = out.toByteArray();
            chunks.add(new BuiltinFrame.Chunk(b.out(), Arrays.copyOf(all, n), false));
            out.reset();
            out.write(all, n, all.length - n);
        }
    }

    @Override
    public void error(String msg) {
        byte[] text = (sh.errorPrefix() + "printf: " + msg + "\n").getBytes(StandardCharsets.UTF_8);
        chunks.add(new BuiltinFrame.Chunk(b.err(), text, true));
    }

    /**
     * %(FMT)T: strftime of SECONDS (-1 and -2: now) in localtime's zone (TZ when exported,
     * {@link Variables#zone}); empty when it would not fit bash's 128-byte buffer (strftime
     * then returns 0).
     */
    @Override
    public String strftime(String fmt, long seconds) {
        String s = Strftime.format(fmt, seconds == -1 || seconds == -2 ? now : seconds, 0,
                sh.vars.zone());
        return s.getBytes(StandardCharsets.UTF_8).length < TIME_BUFFER ? s : "";
    }

    /** %n: NAME gets the count, if NAME is a variable (bash's legal_identifier). */
    @Override
    public boolean count(String name, long n) {
        if (!Variables.isName(name)) {
            return false;
        }
        assign(name, Long.toString(n));
        return true;
    }
}
