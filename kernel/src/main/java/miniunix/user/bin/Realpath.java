package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Canon;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * realpath(1) of coreutils 9.1: each FILE's canonical absolute name ({@link Canon}): all but
 * the last component must exist (-e: all, -m: none); -s does not expand links ('..' is then
 * taken as text), -z ends each with NUL, -q keeps the errors quiet. A FILE that fails is
 * reported ({@code realpath: x: No such file or directory}) and makes the status 1.
 * <pre>
 *   for (i = optind; i &lt; argc; i++) { v = canonicalize_filename_mode(argv[i], mode);
 *     if (v) printf("%s%c", v, delim); else { error(0, errno, "%s", quotef(argv[i])); ok = 0; } }
 * </pre>
 * Simplified: no --relative-to, --relative-base or -L.
 */
public final class Realpath extends Proc {
    private static final String USAGE = "Usage: realpath [OPTION]... FILE...\n"
            + "Print the resolved absolute file name;\n"
            + "all but the last component must exist\n\n"
            + "  -e, --canonicalize-existing  all components of the path must exist\n"
            + "  -m, --canonicalize-missing   no path components need exist or be a directory\n"
            + "  -P, --physical               resolve symlinks as encountered (default)\n"
            + "  -q, --quiet                  suppress most error messages\n"
            + "  -s, --strip, --no-symlinks   don't expand symlinks\n"
            + "  -z, --zero                   end each output line with NUL, not newline\n"
            + "      --help        display this help and exit\n";

    private Canon.Mode mode = Canon.Mode.ALL_BUT_LAST;
    private boolean quiet;
    private boolean strip;
    private String delim = "\n";
    private List<String> files = List.of();
    private int next;
    private boolean failed;
    private Canon canon;
    /** -s's starting point: the cwd. */
    private String cwd;
    private byte[] buf = new byte[4096];

    public Realpath(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (canon != null) {
            Trap t = canon.next(ret);
            return t != null ? t : done(canon.error == 0 ? canon.result : null, canon.error);
        }
        if (files.isEmpty()) {
            return start();
        }
        // -s: the getcwd(2) has come back
        cwd = ret > 0 ? new String(buf, 0, (int) ret - 1, java.nio.charset.StandardCharsets.UTF_8) : "/";
        return nextFile();
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "emPqsz", "canonicalize-existing=e canonicalize-missing=m "
                + "physical=P quiet=q strip=s no-symlinks=s zero=z");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        if (o.operands.isEmpty()) {
            return fail(1, "missing operand\n" + Opts.tryHelp(prog()));
        }
        for (char c : o.sequence().toCharArray()) {
            mode = c == 'e' ? Canon.Mode.EXISTING : c == 'm' ? Canon.Mode.MISSING : mode;
        }
        quiet = o.has('q');
        strip = o.has('s');
        delim = o.has('z') ? "\0" : "\n";
        files = o.operands;
        return strip ? Libc.getcwd(buf) : nextFile();
    }

    private Trap nextFile() {
        if (next == files.size()) {
            return exit(failed ? 1 : 0);
        }
        String f = files.get(next++);
        if (strip) {
            return done(lexical(f), 0);
        }
        canon = new Canon(f, mode);
        return canon.next(0);
    }

    /** -s: f made absolute, '.' and '..' taken as text (the existence checks are left out). */
    private String lexical(String f) {
        List<String> parts = new ArrayList<>();
        for (String s : ((f.startsWith("/") ? "" : cwd + "/") + f).split("/")) {
            if (s.equals("..") && !parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            } else if (!s.isEmpty() && !s.equals(".") && !s.equals("..")) {
                parts.add(s);
            }
        }
        return "/" + String.join("/", parts);
    }

    private Trap done(String value, long error) {
        canon = null;
        if (value != null) {
            out.print(value).print(delim);
        } else {
            failed = true;
            if (!quiet) {
                perror(Quote.shell(files.get(next - 1)), error);
            }
        }
        return nextFile();
    }

    @Override
    protected void deepen() {
        canon = canon == null ? null : canon.copy();
        buf = buf.clone();
    }
}
