package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * dirname(1) of coreutils: each NAME without its last component and trailing slashes; "." if
 * there is no slash, "/" if only the root is left. -z ends each with NUL.
 * <pre>
 *   for (i = 1; i &lt; argc; i++) { len = dir_len(argv[i]); printf("%.*s\n", len ? len : 1,
 *                                     len ? argv[i] : "."); }
 * </pre>
 */
public final class Dirname extends Proc {
    private static final String USAGE = "Usage: dirname [OPTION] NAME...\n"
            + "Output each NAME with its last non-slash component and trailing slashes\n"
            + "removed; if NAME contains no /'s, output '.' (meaning the current directory).\n\n"
            + "  -z, --zero     end each output line with NUL, not newline\n"
            + "      --help        display this help and exit\n\n"
            + "Examples:\n"
            + "  dirname /usr/bin/          -> \"/usr\"\n"
            + "  dirname dir1/str dir2/str  -> \"dir1\" followed by \"dir2\"\n"
            + "  dirname stdio.h            -> \".\"\n";

    public Dirname(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        Opts o = Opts.parse(argv, "z", "zero=z");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        if (o.operands.isEmpty()) {
            return fail(1, "missing operand\n" + Opts.tryHelp(prog()));
        }
        for (String name : o.operands) {
            out.print(dirname(name)).print(o.has('z') ? '\0' : '\n');
        }
        return exit(0);
    }

    /** name less its last component and the slashes before and after it (gnulib dir_len). */
    static String dirname(String name) {
        String s = stripSlashes(name);
        int slash = s.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        String dir = stripSlashes(s.substring(0, slash));
        return dir.isEmpty() ? "/" : dir;
    }

    /** name without trailing slashes, or "/" if it is all slashes (and not empty). */
    static String stripSlashes(String name) {
        int end = name.length();
        while (end > 1 && name.charAt(end - 1) == '/') {
            end--;
        }
        return name.substring(0, end);
    }
}
