package miniunix.user.lib;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;

/**
 * The backups of cp, mv and ln (gnulib's backupfile and coreutils' --backup, -b, -S): which
 * kind the command line asks for, and the renaming of an existing destination out of the way
 * as a small state machine, driven like {@link Fetch}.
 *
 * <p>Kinds ({@code --backup=CONTROL}, else $VERSION_CONTROL, else existing): none/off, simple/never
 * ({@code FILE~}, or FILE + the suffix of -S or $SIMPLE_BACKUP_SUFFIX), numbered/t
 * ({@code FILE.~1~}, {@code FILE.~2~}... one more than the highest in FILE's directory) and
 * existing/nil (numbered if FILE has numbered backups already, else simple). Any unambiguous
 * prefix of a name will do, as argmatch takes it.
 * <pre>
 *   backup = type == simple ? file + suffix : file + ".~" + (highest(readdir(dir)) + 1) + "~";
 *   rename(file, backup);
 * </pre>
 */
public final class Backup {
    public enum Type { NONE, SIMPLE, EXISTING, NUMBERED }

    private static final List<String> NAMES = List.of("none", "off", "simple", "never",
            "existing", "nil", "numbered", "t");
    private static final List<Type> TYPES = List.of(Type.NONE, Type.NONE, Type.SIMPLE,
            Type.SIMPLE, Type.EXISTING, Type.EXISTING, Type.NUMBERED, Type.NUMBERED);

    /** The end of --help of cp, mv and ln, about backups. */
    public static final String HELP = "The backup suffix is '~', unless set with --suffix or SIMPLE_BACKUP_SUFFIX.\n"
            + "The version control method may be selected via the --backup option or through\n"
            + "the VERSION_CONTROL environment variable.  Here are the values:\n\n"
            + "  none, off       never make backups (even if --backup is given)\n"
            + "  numbered, t     make numbered backups\n"
            + "  existing, nil   numbered if numbered backups exist, simple otherwise\n"
            + "  simple, never   always make simple backups\n";
    /** --backup's option character in an optstring ("\u0080::") and longopts ("backup=\u0080"). */
    public static final char OPTION = '\u0080';

    public final Type type;
    public final String suffix;
    /** The file being backed up, and the backup made of it (null: none, as the file has gone). */
    private String file;
    public String name;
    /** 0, or the -errno of the rename (ENOENT is no error: the file has gone meanwhile). */
    public long error;
    private Fetch listing;
    private boolean renaming;
    /** Only the name is wanted, no rename (cp --force --backup of a file onto itself). */
    private boolean nameOnly;

    private Backup(Type type, String suffix) {
        this.type = type;
        this.suffix = suffix;
    }

    /**
     * The backups asked for: make is -b, --backup or -S given; control is --backup's argument
     * (null or "" for none: $VERSION_CONTROL decides), suffix -S's (null: $SIMPLE_BACKUP_SUFFIX,
     * if it is a plain name, else "~"). Null for an invalid CONTROL: see {@link #invalid}.
     */
    public static Backup of(boolean make, String control, String versionControl, String suffix,
            String simpleSuffix) {
        String s = suffix != null ? suffix : simpleSuffix;
        if (s == null || s.isEmpty() || s.contains("/")) {
            s = "~";
        }
        if (!make) {
            return new Backup(Type.NONE, s);
        }
        String c = control != null && !control.isEmpty() ? control : versionControl;
        if (c == null || c.isEmpty()) {
            return new Backup(Type.EXISTING, s);
        }
        int at = match(c);
        return at < 0 ? null : new Backup(TYPES.get(at), s);
    }

    /** argmatch: the index of the name c is, or of the one name or kind it begins; else -1, -2. */
    private static int match(String c) {
        int found = -1;
        for (int i = 0; i < NAMES.size(); i++) {
            if (NAMES.get(i).equals(c)) {
                return i;
            }
            if (NAMES.get(i).startsWith(c)) {
                found = found == -1 || found >= 0 && TYPES.get(found) == TYPES.get(i) ? i : -2;
            }
        }
        return found;
    }

    /**
     * argmatch_die's message for an invalid CONTROL (the one given, or $VERSION_CONTROL's),
     * without the program's name before it and with GNU's hint after it.
     */
    public static String invalid(String prog, String control, String versionControl) {
        boolean given = control != null && !control.isEmpty();
        String c = given ? control : versionControl;
        return (match(c) == -2 ? "ambiguous" : "invalid") + " argument " + Quote.quote(c)
                + " for " + Quote.quote(given ? "backup type" : "$VERSION_CONTROL") + "\n"
                + "Valid arguments are:\n"
                + "  - \u2018none\u2019, \u2018off\u2019\n"
                + "  - \u2018simple\u2019, \u2018never\u2019\n"
                + "  - \u2018existing\u2019, \u2018nil\u2019\n"
                + "  - \u2018numbered\u2019, \u2018t\u2019\n"
                + Opts.tryHelp(prog);
    }

    public boolean wanted() {
        return type != Type.NONE;
    }

    /** Starts renaming file out of the way: {@link #next} until it gives null (begin may). */
    public Trap begin(String file) {
        return begin(file, false);
    }

    /** Starts finding the name file's backup would have, without the rename: {@link #next}. */
    public Trap beginName(String file) {
        return begin(file, true);
    }

    private Trap begin(String file, boolean nameOnly) {
        this.file = file;
        this.nameOnly = nameOnly;
        name = null;
        error = 0;
        renaming = false;
        if (type == Type.SIMPLE) {
            return rename(file + suffix);
        }
        int slash = file.lastIndexOf('/');
        listing = new Fetch(Fetch.Kind.DIR, slash < 0 ? "." : slash == 0 ? "/" : file.substring(0, slash), 0);
        return listing.next(0);
    }

    /** The next trap, or null when done; ret is the previous trap's result. */
    public Trap next(long ret) {
        if (renaming) {
            renaming = false;
            if (ret < 0) {
                error = ret == Errno.ENOENT.ret() ? 0 : ret;
                name = null;
            }
            return null;
        }
        Trap t = listing.next(ret);
        if (t != null) {
            return t;
        }
        String base = file.substring(file.lastIndexOf('/') + 1);
        int highest = 0;
        for (String n : listing.names) {
            highest = Math.max(highest, version(n, base));
        }
        listing = null;
        if (highest == 0 && type == Type.EXISTING) {
            return rename(file + suffix);
        }
        return rename(file + ".~" + (highest + 1) + "~");
    }

    /** N for a name base.~N~ (N from 1, no leading zero), else 0. */
    private static int version(String n, String base) {
        int from = base.length() + 2;
        if (!n.startsWith(base + ".~") || !n.endsWith("~") || n.length() < from + 2
                || n.charAt(from) == '0') {
            return 0;
        }
        String digits = n.substring(from, n.length() - 1);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return 0;
            }
        }
        return digits.length() > 9 ? 0 : Integer.parseInt(digits);
    }

    private Trap rename(String to) {
        name = to;
        if (nameOnly) {
            return null;
        }
        renaming = true;
        return Libc.rename(file, to);
    }

    public Backup copy() {
        Backup b = new Backup(type, suffix);
        b.file = file;
        b.name = name;
        b.error = error;
        b.listing = listing == null ? null : listing.copy();
        b.renaming = renaming;
        b.nameOnly = nameOnly;
        return b;
    }
}
