package miniunix.user.bin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Canon;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * readlink(1) of coreutils 9.1: each FILE's link target (readlink(2)), or with -f, -e or -m
 * its canonical name ({@link Canon}); a FILE that is no link, or can't be canonicalized,
 * prints nothing and makes the status 1, silently unless -v. -n drops the newline (of a single
 * FILE), -z ends each name with NUL.
 * <pre>
 *   for (i = optind; i &lt; argc; i++) { v = can_mode ? canonicalize(argv[i]) : areadlink(argv[i]);
 *     if (v) printf("%s%c", v, delim); else { status = 1; if (verbose) error(...); } }
 * </pre>
 */
public final class Readlink extends Proc {
    private static final String USAGE = "Usage: readlink [OPTION]... FILE...\n"
            + "Print value of a symbolic link or canonical file name\n\n"
            + "  -f, --canonicalize            canonicalize by following every symlink in\n"
            + "                                every component of the given name recursively;\n"
            + "                                all but the last component must exist\n"
            + "  -e, --canonicalize-existing   canonicalize by following every symlink in\n"
            + "                                every component of the given name recursively,\n"
            + "                                all components must exist\n"
            + "  -m, --canonicalize-missing    canonicalize by following every symlink in\n"
            + "                                every component of the given name recursively,\n"
            + "                                without requirements on components existence\n"
            + "  -n, --no-newline              do not output the trailing delimiter\n"
            + "  -q, --quiet\n"
            + "  -s, --silent                  suppress most error messages (on by default)\n"
            + "  -v, --verbose                 report error messages\n"
            + "  -z, --zero                    end each output line with NUL, not newline\n"
            + "      --help        display this help and exit\n";

    private Canon.Mode mode;
    private boolean verbose;
    private String delim = "\n";
    private List<String> files = List.of();
    private int next;
    private boolean failed;
    private Canon canon;
    private byte[] buf = new byte[4096];

    public Readlink(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (canon != null) {
            Trap t = canon.next(ret);
            if (t != null) {
                return t;
            }
            return done(canon.error == 0 ? canon.result : null, canon.error);
        }
        if (next > 0) {
            return done(ret < 0 ? null : new String(buf, 0, (int) ret, StandardCharsets.UTF_8), ret);
        }
        return start();
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "efmnqsvz", "canonicalize=f canonicalize-existing=e "
                + "canonicalize-missing=m no-newline=n quiet=q silent=s verbose=v zero=z");
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        if (o.operands.isEmpty()) {
            return fail(1, "missing operand\n" + Opts.tryHelp(prog()));
        }
        for (char c : o.sequence().toCharArray()) {
            mode = c == 'f' ? Canon.Mode.ALL_BUT_LAST : c == 'e' ? Canon.Mode.EXISTING
                    : c == 'm' ? Canon.Mode.MISSING : mode;
            verbose = c == 'v' || verbose && c != 'q' && c != 's';
        }
        files = o.operands;
        delim = o.has('z') ? "\0" : "\n";
        if (o.has('n') && files.size() > 1) {
            err.print(prog()).print(": ignoring --no-newline with multiple arguments\n");
        } else if (o.has('n')) {
            delim = "";
        }
        return nextFile();
    }

    private Trap nextFile() {
        if (next == files.size()) {
            return exit(failed ? 1 : 0);
        }
        String f = files.get(next++);
        if (mode == null) {
            return Libc.readlink(f, buf);
        }
        canon = new Canon(f, mode);
        return canon.next(0);
    }

    /** The answer for the file in hand: printed, or the status made 1 (said with -v). */
    private Trap done(String value, long error) {
        canon = null;
        if (value != null) {
            out.print(value).print(delim);
        } else {
            failed = true;
            if (verbose) {
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
