package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.EachOperand;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Quote;
import miniunix.user.lib.Libc;

/**
 * mkdir(1): creates each directory (mode 0777 less the umask's 022); with -p, each missing
 * parent first, and a directory that exists is no error.
 * <pre>
 *   for (i = 1; i &lt; argc; i++) if (mkdir(argv[i], 0777) &lt; 0) error(...);
 * </pre>
 */
public final class Mkdir extends EachOperand {
    private static final String USAGE = "Usage: mkdir [OPTION]... DIRECTORY...\n"
            + "Create the DIRECTORY(ies), if they do not already exist.\n\n"
            + "  -p, --parents     no error if existing, make parent directories as needed\n";

    private boolean parents;
    public Mkdir(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected List<String> operands() {
        Opts o = Opts.parse(argv, "p");
        if (checkOpts(o, USAGE, 1) >= 0) {
            return o.help ? List.of() : null;
        }
        if (o.operands.isEmpty()) {
            err.print(prog()).print(": missing operand\n").print(Opts.tryHelp(prog())).print('\n');
            return null;
        }
        parents = o.has('p');
        return parents ? withParents(o.operands) : o.operands;
    }

    /** "a/b/c" as "a", "a/b", "a/b/c": one mkdir per component, outermost first. */
    static List<String> withParents(List<String> dirs) {
        List<String> out = new ArrayList<>();
        for (String d : dirs) {
            StringBuilder path = new StringBuilder(d.startsWith("/") ? "/" : "");
            for (String part : d.split("/")) {
                if (!part.isEmpty()) {
                    path.append(path.length() == 0 || path.charAt(path.length() - 1) == '/' ? "" : "/")
                            .append(part);
                    out.add(path.toString());
                }
            }
        }
        return out;
    }

    @Override
    protected String quoted(String operand) {
        return Quote.quote(operand);
    }

    @Override
    protected boolean ignore(long ret) {
        return parents && ret == Errno.EEXIST.ret();
    }

    @Override
    protected Trap call(String operand) {
        return Libc.mkdir(operand, 0777);     // less the umask, by the kernel
    }

    @Override
    protected String verb() {
        return "create directory";
    }
}
