package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Dialect;
import miniunix.user.lib.Opts;
import miniunix.user.lib.PrintfFormat;
import miniunix.user.lib.Proc;

/**
 * printf(1) of coreutils: FORMAT with its escapes (\n \t \\ \NNN \xHH ... ; \c ends all
 * output) and conversions (%b prints an argument with escapes, %q quoted for the shell, %% a
 * percent sign), reused while arguments remain; a missing argument is "" or 0. The format
 * engine is {@link PrintfFormat}'s, shared with the shell's printf builtin. A numeric argument
 * that isn't one is reported ({@code printf: ‘x’: expected a numeric value}) and the exit
 * status is 1, but printing goes on; an invalid conversion ends it.
 * <pre>
 *   do { used = print_formatted(format, argc, argv); argc -= used; argv += used; }
 *   while (used &gt; 0 &amp;&amp; argc &gt; 0);
 * </pre>
 * Simplified: no %a (hexadecimal floating point).
 */
public final class Printf extends Proc {
    private static final String USAGE = "Usage: printf FORMAT [ARGUMENT]...\n"
            + "  or:  printf OPTION\n"
            + "Print ARGUMENT(s) according to FORMAT, or execute according to OPTION:\n\n"
            + "      --help        display this help and exit\n\n"
            + "FORMAT controls the output as in C printf.  Interpreted sequences are:\n\n"
            + "  \\\"      double quote\n  \\\\      backslash\n  \\a      alert (BEL)\n"
            + "  \\b      backspace\n  \\c      produce no further output\n  \\e      escape\n"
            + "  \\f      form feed\n  \\n      new line\n  \\r      carriage return\n"
            + "  \\t      horizontal tab\n  \\v      vertical tab\n"
            + "  \\NNN    byte with octal value NNN (1 to 3 digits)\n"
            + "  \\xHH    byte with hexadecimal value HH (1 to 2 digits)\n"
            + "  %%      a single %\n"
            + "  %b      ARGUMENT as a string with '\\' escapes interpreted,\n"
            + "          except that octal escapes are of the form \\0 or \\0NNN\n"
            + "  %q      ARGUMENT is printed in a format that can be reused as shell input,\n"
            + "          escaping non-printable characters with the proposed POSIX $'' syntax.\n\n"
            + "and all C format specifications ending with one of diouxXfeEgGcs, with\n"
            + "ARGUMENTs converted to proper type first.  Variable widths are handled.\n";

    public Printf(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (argv.size() == 2 && argv.get(1).equals("--help")) {
            out.print(USAGE);
            return exit(0);
        }
        int first = argv.size() > 1 && argv.get(1).equals("--") ? 2 : 1;
        if (argv.size() <= first) {
            return fail(1, "missing operand\n" + Opts.tryHelp(prog()));
        }
        List<String> args = argv.subList(first + 1, argv.size());
        int status = PrintfFormat.run(Dialect.COREUTILS, argv.get(first), args,
                new PrintfFormat.Sink() {
                    @Override
                    public void out(byte[] b, int off, int n) {
                        out.write(b, off, n);
                    }

                    @Override
                    public void error(String msg) {
                        err.print(prog()).print(": ").print(msg).print('\n');
                    }
                });
        return exit(status);
    }
}
