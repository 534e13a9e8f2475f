package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Canon;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;

/**
 * realpath(1) of coreutils 9.1: each FILE's canonical absolute name ({@link Canon}): all but
 * the last component must exist (-e: all, -m: none); -s does not expand links and -L takes
 * '..' before them (both first make the name absolute as text: '..' drops the component
 * before it), -P (the default) expands them as met; -z ends each with NUL, -q keeps the errors
 * quiet. A FILE that fails is reported ({@code realpath: x: No such file or directory}) and
 * makes the status 1.
 *
 * <p>--relative-to=DIR prints each name relative to DIR (canonicalized the same way;
 * {@code ../a/f}); --relative-base=DIR prints names below DIR relative to it, and others
 * absolute; with both, --relative-to counts only if DIR is below the base. A DIR that can't be
 * canonicalized ends it with status 1 ({@code realpath: d: No such file or directory}).
 * <pre>
 *   for (i = optind; i &lt; argc; i++) { v = canonicalize_filename_mode(argv[i], mode);
 *     if (v) printf("%s%c", relative ? relpath(v, dir) : v, delim);
 *     else { error(0, errno, "%s", quotef(argv[i])); ok = 0; } }
 * </pre>
 * Simplified: -s and -L do not check that the name exists as text before they canonicalize it.
 */
public final class Realpath extends Proc {
    private static final String USAGE = "Usage: realpath [OPTION]... FILE...\n"
            + "Print the resolved absolute file name;\n"
            + "all but the last component must exist\n\n"
            + "  -e, --canonicalize-existing  all components of the path must exist\n"
            + "  -m, --canonicalize-missing   no path components need exist or be a directory\n"
            + "  -L, --logical                resolve '..' components before symlinks\n"
            + "  -P, --physical               resolve symlinks as encountered (default)\n"
            + "  -q, --quiet                  suppress most error messages\n"
            + "      --relative-to=DIR        print the resolved path relative to DIR\n"
            + "      --relative-base=DIR      print absolute paths unless paths below DIR\n"
            + "  -s, --strip, --no-symlinks   don't expand symlinks\n"
            + "  -z, --zero                   end each output line with NUL, not newline\n"
            + "      --help        display this help and exit\n";

    private static final char RELATIVE_TO = '\u0080';
    private static final char RELATIVE_BASE = '\u0081';

    /** What is being canonicalized: the two directories, then the files. */
    private enum Phase { CWD, TO, TO_STAT, BASE, BASE_STAT, FILE }

    private Phase phase = null;
    private Canon.Mode mode = Canon.Mode.ALL_BUT_LAST;
    private boolean quiet;
    /** -s: links are not expanded; -L: '..' is taken as text first, then links are expanded. */
    private boolean strip;
    private boolean logical;
    private String delim = "\n";
    private List<String> files = List.of();
    private int next;
    private boolean failed;
    private Canon canon;
    /** The name being canonicalized, as given. */
    private String name;
    /** -s and -L's starting point: the cwd. */
    private String cwd;
    /** --relative-to and --relative-base as given, then canonical (null: none, or dropped). */
    private String relativeTo;
    private String relativeBase;
    private String canTo;
    private String canBase;
    private StatBuf st = new StatBuf();
    private byte[] buf = new byte[4096];

    public Realpath(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        if (phase == null) {
            return start();
        }
        if (phase == Phase.CWD) {
            cwd = ret > 0 ? new String(buf, 0, (int) ret - 1, java.nio.charset.StandardCharsets.UTF_8) : "/";
            return directories();
        }
        if (phase == Phase.TO_STAT || phase == Phase.BASE_STAT) {
            return dirStated(ret);
        }
        Trap t = canon.next(ret);
        return t != null ? t : canonical(canon.error == 0 ? canon.result : null, canon.error);
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "eLmPqsz" + RELATIVE_TO + ":" + RELATIVE_BASE + ":",
                "canonicalize-existing=e canonicalize-missing=m logical=L physical=P quiet=q "
                + "strip=s no-symlinks=s zero=z relative-to=" + RELATIVE_TO + " relative-base="
                + RELATIVE_BASE);
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        if (o.operands.isEmpty()) {
            return fail(1, "missing operand\n" + Opts.tryHelp(prog()));
        }
        for (char c : o.sequence().toCharArray()) {
            mode = c == 'e' ? Canon.Mode.EXISTING : c == 'm' ? Canon.Mode.MISSING : mode;
            strip = c == 's' || strip && c != 'L' && c != 'P';
            logical = c == 'L' || logical && c != 's' && c != 'P';
        }
        quiet = o.has('q');
        delim = o.has('z') ? "\0" : "\n";
        files = o.operands;
        relativeTo = o.get(RELATIVE_TO, null);
        relativeBase = o.get(RELATIVE_BASE, null);
        if (relativeBase != null && relativeTo == null) {
            relativeTo = relativeBase;
        }
        if (strip || logical) {
            phase = Phase.CWD;
            return Libc.getcwd(buf);
        }
        return directories();
    }

    /** --relative-to's directory, then --relative-base's, then the files. */
    private Trap directories() {
        if (relativeTo != null && canTo == null) {
            return canonicalize(Phase.TO, relativeTo);
        }
        if (relativeBase != null && canBase == null) {
            if (relativeBase.equals(relativeTo)) {
                canBase = canTo;
                return directories();
            }
            return canonicalize(Phase.BASE, relativeBase);
        }
        return nextFile();
    }

    /** Starts on name: as text (-s), or through the Canon machine (after the text, with -L). */
    private Trap canonicalize(Phase p, String n) {
        phase = p;
        name = n;
        if (strip) {
            return canonical(lexical(n), 0);
        }
        canon = new Canon(logical ? lexical(n) : n, mode);
        Trap t = canon.next(0);
        return t != null ? t : canonical(canon.error == 0 ? canon.result : null, canon.error);
    }

    private Trap nextFile() {
        if (next == files.size()) {
            return exit(failed ? 1 : 0);
        }
        return canonicalize(Phase.FILE, files.get(next++));
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

    private Trap canonical(String value, long error) {
        canon = null;
        if (phase != Phase.FILE) {
            return dirCanonical(value, error);
        }
        if (value != null) {
            boolean below = canBase == null || pathPrefix(canBase, value);
            out.print(canTo != null && below ? Ln.relpath(value, canTo) : value).print(delim);
        } else {
            failed = true;
            if (!quiet) {
                perror(Quote.shell(name), error);
            }
        }
        return nextFile();
    }

    /** A directory of --relative-to or --relative-base: it must be one with -e. */
    private Trap dirCanonical(String value, long error) {
        if (value == null) {
            return fail(1, Quote.shell(name) + ": " + Errno.strerror(error));
        }
        if (phase == Phase.TO) {
            canTo = value;
        } else {
            canBase = value;
        }
        if (mode == Canon.Mode.EXISTING) {
            phase = phase == Phase.TO ? Phase.TO_STAT : Phase.BASE_STAT;
            return Libc.stat(value, st);
        }
        return dirDone();
    }

    private Trap dirStated(long ret) {
        if (ret < 0 || !st.isDir()) {
            return fail(1, Quote.shell(name) + ": " + Errno.strerror(ret < 0 ? ret : Errno.ENOTDIR.ret()));
        }
        return dirDone();
    }

    /** --relative-to counts only below --relative-base; else names below the base are relative to it. */
    private Trap dirDone() {
        if (canBase != null && canTo != null && canBase != canTo && !pathPrefix(canBase, canTo)) {
            canBase = canTo;
            canTo = null;
            relativeTo = null;
        }
        return directories();
    }

    /** coreutils' path_prefix: whether prefix is path or a directory above it (both canonical). */
    private static boolean pathPrefix(String prefix, String path) {
        if (prefix.equals("/")) {
            return true;
        }
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    @Override
    protected void deepen() {
        canon = canon == null ? null : canon.copy();
        st = st.copy();
        buf = buf.clone();
    }
}
