package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * basename(1) of coreutils: NAME without its directories and trailing slashes, and without
 * SUFFIX if NAME ends with it (and is more than it); -a takes several NAMEs, -s SUFFIX implies
 * -a, -z ends each with NUL.
 * <pre>
 *   name = base_name(argv[1]); strip_trailing_slashes(name); remove_suffix(name, argv[2]);
 *   puts(name);
 * </pre>
 */
public final class Basename extends Proc {
    private static final String USAGE = "Usage: basename NAME [SUFFIX]\n"
            + "  or:  basename OPTION... NAME...\n"
            + "Print NAME with any leading directory components removed.\n"
            + "If specified, also remove a trailing SUFFIX.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "  -a, --multiple       support multiple arguments and treat each as a NAME\n"
            + "  -s, --suffix=SUFFIX  remove a trailing SUFFIX; implies -a\n"
            + "  -z, --zero           end each output line with NUL, not newline\n"
            + "      --help        display this help and exit\n\n"
            + "Examples:\n"
            + "  basename /usr/bin/sort          -> \"sort\"\n"
            + "  basename include/stdio.h .h     -> \"stdio\"\n"
            + "  basename -s .h include/stdio.h  -> \"stdio\"\n"
            + "  basename -a any/str1 any/str2   -> \"str1\" followed by \"str2\"\n";

    public Basename(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        Opts o = Opts.parse(argv, "+as:z", "multiple=a suffix=s zero=z");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        List<String> names = o.operands;
        boolean multiple = o.has('a') || o.has('s');
        if (names.isEmpty()) {
            return fail(1, "missing operand\n" + Opts.tryHelp(prog()));
        }
        if (!multiple && names.size() > 2) {
            return fail(1, "extra operand " + Quote.quote(names.get(2)) + "\n"
                    + Opts.tryHelp(prog()));
        }
        String suffix = multiple ? o.get('s', null) : names.size() == 2 ? names.get(1) : null;
        for (String name : multiple ? names : names.subList(0, 1)) {
            out.print(basename(name, suffix)).print(o.has('z') ? '\0' : '\n');
        }
        return exit(0);
    }

    /** The last component of name, less suffix unless that is all of it. */
    static String basename(String name, String suffix) {
        String s = Dirname.stripSlashes(name);
        if (s.equals("/")) {
            return s;
        }
        s = s.substring(s.lastIndexOf('/') + 1);
        if (suffix != null && s.endsWith(suffix) && s.length() > suffix.length()) {
            s = s.substring(0, s.length() - suffix.length());
        }
        return s;
    }
}
