package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.LineFilter;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Quote;

/**
 * nl(1) of coreutils: each line with its number in front, {@code %6d\t} by default; numbering
 * goes on from one file to the next. -b chooses the lines that get a number (t: non-empty
 * ones, the default; a: all; n: none), -n the format (rn right-aligned, ln left, rz zeros),
 * -w the width, -s what follows the number, -v the first number and -i the step. A line
 * without a number gets as many spaces instead.
 * <pre>
 *   while (getline(&amp;line, ...) &gt; 0)
 *       if (numbered(line)) printf("%*ld%s%s", width, n, sep, line), n += incr;
 *       else printf("%*s%s", width + strlen(sep), "", line);
 * </pre>
 * Simplified: no logical pages (-d, -h, -f, -p), no -l, no -b pREGEX.
 */
public final class Nl extends LineFilter {
    private static final String USAGE = "Usage: nl [OPTION]... [FILE]...\n"
            + "Write each FILE to standard output, with line numbers added.\n\n"
            + "With no FILE, or when FILE is -, read standard input.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "  -b, --body-numbering=STYLE      use STYLE for numbering body lines\n"
            + "  -i, --line-increment=NUMBER     line number increment at each line\n"
            + "  -n, --number-format=FORMAT      insert line numbers according to FORMAT\n"
            + "  -s, --number-separator=STRING   add STRING after (possible) line number\n"
            + "  -v, --starting-line-number=NUMBER  first line number for each section\n"
            + "  -w, --number-width=NUMBER       use NUMBER columns for line numbers\n"
            + "      --help        display this help and exit\n\n"
            + "Default options are: -bt -i1 -n'rn' -s<TAB> -v1 -w6\n\n"
            + "STYLE is one of:\n\n"
            + "  a      number all lines\n"
            + "  t      number only nonempty lines\n"
            + "  n      number no lines\n\n"
            + "FORMAT is one of:\n\n"
            + "  ln     left justified, no leading zeros\n"
            + "  rn     right justified, no leading zeros\n"
            + "  rz     right justified, leading zeros\n";

    private char style;
    private String format;
    private int width;
    private String sep;
    private long number;
    private long incr;

    public Nl(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int begin() {
        Opts o = Opts.parse(argv, "b:i:n:s:v:w:", "body-numbering=b line-increment=i "
                + "number-format=n number-separator=s starting-line-number=v number-width=w");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return status;
        }
        String b = o.get('b', "t");
        format = o.get('n', "rn");
        sep = o.get('s', "\t");
        if (!b.matches("[atn]")) {
            return usage("invalid body numbering style: " + Quote.quote(b), true);
        }
        if (!format.matches("ln|rn|rz")) {
            return usage("invalid line numbering format: " + Quote.quote(format), true);
        }
        String problem = number(o.get('i', "1"), "line number increment");
        problem = problem != null ? problem : number(o.get('v', "1"), "starting line number");
        problem = problem != null ? problem : number(o.get('w', "6"), "line number field width");
        if (problem != null) {
            return usage(problem, false);
        }
        style = b.charAt(0);
        incr = Long.parseLong(o.get('i', "1"));
        number = Long.parseLong(o.get('v', "1"));
        width = (int) Long.parseLong(o.get('w', "6"));
        if (width < 1) {
            return usage("invalid line number field width: " + Quote.quote(o.get('w', ""))
                    + ": Numerical result out of range", false);
        }
        files(o.operands);
        return -1;
    }

    /** The complaint about a numeric option (xstrtol's), or null when nl takes it. */
    private static String number(String s, String what) {
        if (!s.matches("[+-]?[0-9]+")) {
            return "invalid " + what + ": " + Quote.quote(s);
        }
        String digits = s.replaceFirst("^[+-]?0*", "");
        if (digits.length() > 18 || what.endsWith("width") && digits.length() > 9) {
            return "invalid " + what + ": " + Quote.quote(s)
                    + ": Value too large for defined data type";
        }
        return null;
    }

    /** Prints the message, and "Try 'nl --help'" for a bad style or format (not a number). */
    private int usage(String msg, boolean tryHelp) {
        err.print(prog()).print(": ").print(msg).print('\n');
        if (tryHelp) {
            err.print(Opts.tryHelp(prog())).print('\n');
        }
        return 1;
    }

    @Override
    protected void line(byte[] b, int off, int len, boolean nl) {
        boolean numbered = style == 'a' || style == 't' && len > 0;
        if (numbered) {
            String n = Long.toString(number);
            if (format.equals("ln")) {
                out.print(n).print(" ".repeat(Math.max(0, width - n.length())));
            } else if (format.equals("rz")) {
                boolean neg = number < 0;
                String digits = neg ? n.substring(1) : n;
                out.print(neg ? "-" : "").print("0".repeat(Math.max(0, width - n.length())));
                out.print(digits);
            } else {
                out.print(" ".repeat(Math.max(0, width - n.length()))).print(n);
            }
            out.print(sep);
            number += incr;
        } else {
            out.print(" ".repeat(width + sep.length()));
        }
        out.write(b, off, len).print('\n');
    }

    @Override
    protected int end() {
        return failed ? 1 : 0;
    }
}
