package miniunix.user.bin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * seq(1) of coreutils: {@code seq LAST}, {@code seq FIRST LAST}, {@code seq FIRST INCREMENT
 * LAST}; -s SEP between numbers (a newline ends the output), -w pads with leading zeros to
 * equal width, -f FORMAT prints each with one printf(3) floating conversion ({@link SeqFormat}).
 * Numbers are otherwise printed with as many decimals as FIRST or INCREMENT has
 * ({@code seq 1.5 0.5 3} prints 1.5 2.0 2.5 3.0). A negative number is an operand, not an
 * option ({@code seq -5 -1}).
 * <pre>
 *   for (i = 0; (x = first + i * step) &lt;= last; i++) printf("%s%.*f", i ? sep : "", prec, x);
 * </pre>
 * The output is produced 8 KiB at a time and written as it goes, so {@code seq 1000000000 |
 * head} costs what head reads, and a closed pipe ends it (SIGPIPE).
 *
 * <p>Simplified: arithmetic is exact decimal (coreutils uses long double, so its very long
 * fractional sequences can drift); inf and nan are not supported.
 */
public final class Seq extends Proc {
    private static final String USAGE = "Usage: seq [OPTION]... LAST\n"
            + "  or:  seq [OPTION]... FIRST LAST\n"
            + "  or:  seq [OPTION]... FIRST INCREMENT LAST\n"
            + "Print numbers from FIRST to LAST, in steps of INCREMENT.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "  -f, --format=FORMAT      use printf style floating-point FORMAT\n"
            + "  -s, --separator=STRING   use STRING to separate numbers (default: \\n)\n"
            + "  -w, --equal-width        equalize width by padding with leading zeroes\n"
            + "      --help     display this help and exit\n";

    private BigDecimal first;
    private BigDecimal step;
    private BigDecimal last;
    private String separator = "\n";
    /** -f FORMAT, or null. */
    private String formatText;
    private SeqFormat format;
    private int precision;
    private int width;
    /** How many numbers are out. */
    private long count;
    private boolean started;
    private boolean finished;
    private byte[] chunk = new byte[0];
    private int off;

    public Seq(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (!started) {
            started = true;
            int status = parse();
            return status >= 0 ? exit(status) : fill();
        }
        if (ret < 0) {
            perror("write error", ret);
            return exit(1);
        }
        off += (int) ret;
        return off < chunk.length ? write() : fill();
    }

    /** Parses argv; returns an exit status to stop with, or -1. */
    private int parse() {
        List<String> operands = new ArrayList<>();
        boolean width0 = false;
        for (int i = 1; i < argv.size(); i++) {
            String a = argv.get(i);
            if (!operands.isEmpty() || !isOption(a)) {
                operands.add(a);
            } else if (a.equals("--")) {
                operands.addAll(argv.subList(i + 1, argv.size()));
                break;
            } else if (a.equals("--help")) {
                out.print(USAGE);
                return 0;
            } else if (a.equals("-w") || a.equals("--equal-width")) {
                width0 = true;
            } else if (a.startsWith("--separator=")) {
                separator = a.substring(12);
            } else if (a.startsWith("--format=")) {
                formatText = a.substring(9);
            } else if (a.startsWith("-s") && (a.length() > 2 || i + 1 < argv.size())) {
                separator = a.length() > 2 ? a.substring(2) : argv.get(++i);
            } else if (a.startsWith("-f") && (a.length() > 2 || i + 1 < argv.size())) {
                formatText = a.length() > 2 ? a.substring(2) : argv.get(++i);
            } else {
                return usage(a.equals("-s") || a.equals("-f")
                        ? "option requires an argument -- '" + a.charAt(1) + "'"
                        : a.startsWith("--") ? "unrecognized option '" + a + "'"
                        : "invalid option -- '" + a.charAt(1) + "'");
            }
        }
        return operands(operands, width0);
    }

    /** A leading '-' starts an option unless a digit or '.' follows (a negative number). */
    private static boolean isOption(String a) {
        return a.length() > 1 && a.charAt(0) == '-' && !Character.isDigit(a.charAt(1)) && a.charAt(1) != '.';
    }

    private int operands(List<String> ops, boolean equalWidth) {
        if (ops.isEmpty()) {
            return usage("missing operand");
        }
        if (ops.size() > 3) {
            return usage("extra operand '" + ops.get(3) + "'");
        }
        if (formatText != null) {
            format = SeqFormat.parse(formatText);
            if (format.error() != null) {
                err.print(prog()).print(": ").print(format.error()).print('\n');
                return 1;
            }
            if (equalWidth) {
                return usage("format string may not be specified when printing equal width "
                        + "strings");
            }
        }
        BigDecimal[] n = new BigDecimal[ops.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = number(ops.get(i));
            if (n[i] == null) {
                return usage("invalid floating point argument: '" + ops.get(i) + "'");
            }
        }
        first = n.length > 1 ? n[0] : BigDecimal.ONE;
        step = n.length > 2 ? n[1] : BigDecimal.ONE;
        last = n[n.length - 1];
        if (step.signum() == 0) {
            return usage("invalid Zero increment value: '" + ops.get(1) + "'");
        }
        precision = Math.max(0, Math.max(n.length > 1 ? first.scale() : 0, n.length > 2 ? step.scale() : 0));
        width = equalWidth ? Math.max(format(first).length(), format(last).length()) : 0;
        return -1;
    }

    private int usage(String msg) {
        err.print(prog()).print(": ").print(msg).print('\n').print(Opts.tryHelp(prog())).print('\n');
        return 1;
    }

    /** A decimal number as coreutils' strtold would take it (no hex, inf or nan); null if not one. */
    private static BigDecimal number(String s) {
        String t = s.strip();
        boolean ok = !t.isEmpty();
        for (int i = 0; i < t.length() && ok; i++) {
            ok = "0123456789.+-eE".indexOf(t.charAt(i)) >= 0;
        }
        try {
            return ok ? new BigDecimal(t.startsWith("+") ? t.substring(1) : t) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String format(BigDecimal x) {
        if (format != null) {
            return format.format(x);
        }
        String s = x.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        if (s.length() >= width) {
            return s;
        }
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        return (negative ? "-" : "") + "0".repeat(width - s.length()) + digits;
    }

    /** The next 8 KiB of numbers (the last chunk ends with a newline), or exit when all are out. */
    private Trap fill() {
        StringBuilder sb = new StringBuilder();
        while (!finished && sb.length() < 8192) {
            BigDecimal x = first.add(step.multiply(BigDecimal.valueOf(count)));
            if (step.signum() > 0 ? x.compareTo(last) > 0 : x.compareTo(last) < 0) {
                finished = true;
                sb.append(count > 0 ? "\n" : "");
            } else {
                sb.append(count > 0 ? separator : "").append(format(x));
                count++;
            }
        }
        if (sb.length() == 0) {
            return exit(0);
        }
        chunk = sb.toString().getBytes(StandardCharsets.UTF_8);
        off = 0;
        return write();
    }

    private Trap write() {
        return Libc.write(1, chunk, off, chunk.length - off);
    }

    @Override
    protected void deepen() {
        chunk = chunk.clone();
    }
}
