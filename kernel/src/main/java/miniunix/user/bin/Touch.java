package miniunix.user.bin;

import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Fcntl;
import miniunix.kernel.uapi.Syscall.Utimensat;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;
import miniunix.user.lib.Quote;
import miniunix.user.lib.Tz;

/**
 * touch(1) of coreutils 9.1: creates each FILE empty if it does not exist (not with -c or -h)
 * and sets its access and modification times to now, to -d STRING's time or to -r FILE's
 * (each of its own two); -a or --time=atime sets only the access time, -m or --time=mtime only
 * the modification time. -h sets a symbolic link's own times (utimensat(2) with
 * AT_SYMLINK_NOFOLLOW), and takes -r's times from a link itself too.
 * <pre>
 *   fd = open(file, O_WRONLY | O_CREAT | O_NONBLOCK, 0666);  close(fd);
 *   utimensat(AT_FDCWD, file, times, nofollow ? AT_SYMLINK_NOFOLLOW : 0);
 * </pre>
 * -t [[CC]YY]MMDDhhmm[.ss] sets that time (UTC; a two-digit year 69-99 is 19YY, else 20YY,
 * and none is this year). Simplified: "-" is a file name, not stdout.
 */
public final class Touch extends Proc {
    private static final String USAGE = "Usage: touch [OPTION]... FILE...\n"
            + "Update the access and modification times of each FILE to the current time.\n\n"
            + "A FILE argument that does not exist is created empty, unless -c or -h\n"
            + "is supplied.\n\n"
            + "Mandatory arguments to long options are mandatory for short options too.\n"
            + "  -a                     change only the access time\n"
            + "  -c, --no-create        do not create any files\n"
            + "  -d, --date=STRING      parse STRING and use it instead of current time\n"
            + "  -f                     (ignored)\n"
            + "  -h, --no-dereference   affect each symbolic link instead of any referenced\n"
            + "                         file (useful only on systems that can change the\n"
            + "                         timestamps of a symlink)\n"
            + "  -m                     change only the modification time\n"
            + "  -r, --reference=FILE   use this file's times instead of current time\n"
            + "  -t STAMP               use [[CC]YY]MMDDhhmm[.ss] instead of current time\n"
            + "      --time=WORD        change the specified time:\n"
            + "                           WORD is access, atime, or use: equivalent to -a\n"
            + "                           WORD is modify or mtime: equivalent to -m\n"
            + "      --help        display this help and exit\n";

    /** --time's option character. */
    private static final char TIME = '\u0080';

    private enum Pc { START, CLOCK, REFERENCE, OPENED, CLOSED, TIMED }

    private Pc pc = Pc.START;
    private List<String> files = List.of();
    private int next;
    private boolean create;
    private boolean onlyAccess;
    private boolean onlyModify;
    private String date;
    /** -t's STAMP, or null. */
    private String stamp;
    /** -d or -r: the time to set, in ns since the epoch; else UTIME_NOW. */
    private long when = Utimensat.UTIME_NOW;
    /** -r: the reference's access time (when is its modification time); else when. */
    private long whenAccess = Utimensat.UTIME_NOW;
    /** -h: a link's own times are set, and nothing is created. */
    private boolean noDereference;
    /** -c: a file that is not there is no error. */
    private boolean noCreate;
    private Fetch fetch;
    private long openError;
    private boolean failed;

    public Touch(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        switch (pc) {
            case START: return start();
            case CLOCK: return clock(ret);
            case REFERENCE: return reference(ret);
            case OPENED:
                openError = Math.min(ret, 0);
                pc = Pc.CLOSED;
                return ret >= 0 ? new Syscall.Close((int) ret) : times();
            case CLOSED: return times();
            default: return timed(ret);
        }
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "acd:fhmr:t:" + TIME + ":", "no-create=c date=d reference=r "
                + "no-dereference=h time=" + TIME);
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        if (o.operands.isEmpty()) {
            return fail(1, "missing file operand\n" + Opts.tryHelp(prog()));
        }
        files = o.operands;
        noDereference = o.has('h');
        noCreate = o.has('c');
        create = !noCreate && !noDereference;
        boolean access = o.has('a');
        boolean modify = o.has('m');
        for (String word : o.all(TIME)) {
            int at = timeWord(word);
            if (at < 0) {
                return fail(1, (at == -2 ? "ambiguous" : "invalid") + " argument " + Quote.quote(word)
                        + " for " + Quote.quote("--time") + "\nValid arguments are:\n"
                        + "  - \u2018atime\u2019, \u2018access\u2019, \u2018use\u2019\n"
                        + "  - \u2018mtime\u2019, \u2018modify\u2019\n" + Opts.tryHelp(prog()));
            }
            access |= at < 3;
            modify |= at >= 3;
        }
        onlyAccess = access && !modify;
        onlyModify = modify && !access;
        date = o.get('d', null);
        stamp = o.get('t', null);
        if (stamp != null && !isStamp(stamp)) {
            return fail(1, "invalid date format " + Quote.quote(stamp));
        }
        if (o.has('r')) {
            pc = Pc.REFERENCE;
            fetch = new Fetch(noDereference ? Fetch.Kind.LSTAT : Fetch.Kind.STAT, o.get('r', ""), 0);
            return fetch.next(0);
        }
        if (date != null || stamp != null) {
            pc = Pc.CLOCK;
            fetch = new Fetch(Fetch.Kind.CLOCK, "", 0);
            return fetch.next(0);
        }
        return nextFile();
    }

    /** -d: reads the time now (relative dates count from it) and turns STRING into a time. */
    private Trap clock(long ret) {
        Trap t = fetch.next(ret);
        if (t != null) {
            return t;
        }
        long now = fetch.nowNs();
        long nowSec = Math.floorDiv(now, 1_000_000_000L);
        if (stamp != null) {
            date = stampDate(stamp, nowSec);
        }
        long[] t2 = DateString.parse(date, nowSec, (int) Math.floorMod(now, 1_000_000_000L),
                Tz.ofEnv(envp));
        if (t2 == null) {
            return fail(1, "invalid date format " + Quote.quote(stamp != null ? stamp : date));
        }
        when = t2[0] * 1_000_000_000L + t2[1];
        return nextFile();
    }

    /** [[CC]YY]MMDDhhmm[.ss]: 8, 10 or 12 digits, then perhaps a dot and 2 digits. */
    private static boolean isStamp(String t) {
        int dot = t.indexOf('.');
        String main = dot < 0 ? t : t.substring(0, dot);
        boolean secondsOk = dot < 0 || t.length() - dot == 3 && digits(t.substring(dot + 1));
        return (main.length() == 8 || main.length() == 10 || main.length() == 12)
                && digits(main) && secondsOk;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** STAMP as "CCYY-MM-DD hh:mm:ss" for DateString; now (seconds since 1970) gives the year. */
    private static String stampDate(String t, long now) {
        int dot = t.indexOf('.');
        String main = dot < 0 ? t : t.substring(0, dot);
        String ss = dot < 0 ? "00" : t.substring(dot + 1);
        String rest = main.substring(main.length() - 8);
        String year = main.substring(0, main.length() - 8);
        if (year.isEmpty()) {
            year = Integer.toString(java.time.Instant.ofEpochSecond(now)
                    .atZone(java.time.ZoneOffset.UTC).getYear());
        } else if (year.length() == 2) {
            year = (Integer.parseInt(year) >= 69 ? "19" : "20") + year;
        }
        return year + "-" + rest.substring(0, 2) + "-" + rest.substring(2, 4) + " "
                + rest.substring(4, 6) + ":" + rest.substring(6, 8) + ":" + ss;
    }

    private Trap reference(long ret) {
        Trap t = fetch.next(ret);
        if (t != null) {
            return t;
        }
        if (fetch.error < 0) {
            return fail(1, "failed to get attributes of " + Quote.always(fetch.path) + ": "
                    + Errno.strerror(fetch.error));
        }
        when = fetch.st.mtimeNs;
        whenAccess = fetch.st.atimeNs;
        return nextFile();
    }

    private Trap nextFile() {
        if (next == files.size()) {
            return exit(failed ? 1 : 0);
        }
        openError = 0;
        if (!create) {
            return times();
        }
        pc = Pc.OPENED;
        return Libc.open(files.get(next), Fcntl.O_WRONLY | Fcntl.O_CREAT
                | Fcntl.O_NONBLOCK, 0666);
    }

    private Trap times() {
        pc = Pc.TIMED;
        long atime = whenAccess != Utimensat.UTIME_NOW ? whenAccess : when;
        long[] times = when == Utimensat.UTIME_NOW && !onlyAccess && !onlyModify ? null
                : new long[] {onlyModify ? Utimensat.UTIME_OMIT : atime,
                    onlyAccess ? Utimensat.UTIME_OMIT : when};
        return Libc.utimensat(Utimensat.AT_FDCWD, files.get(next), times,
                noDereference ? Utimensat.AT_SYMLINK_NOFOLLOW : 0);
    }

    /** argmatch of --time's WORD: 0-2 the access time's names, 3-4 modify's; -1, -2 (ambiguous). */
    private static int timeWord(String w) {
        List<String> words = List.of("atime", "access", "use", "mtime", "modify");
        int found = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals(w)) {
                return i;
            }
            if (words.get(i).startsWith(w)) {
                found = found == -1 || found >= 0 && (found < 3) == (i < 3) ? i : -2;
            }
        }
        return found;
    }

    private Trap timed(long ret) {
        String file = Quote.always(files.get(next++));
        if (ret < 0 && openError < 0) {
            err.print(prog()).print(": cannot touch ").print(file).print(": ");
            err.print(Errno.strerror(openError)).print('\n');
            failed = true;
        } else if (ret < 0 && !(noCreate && ret == Errno.ENOENT.ret())) {
            err.print(prog()).print(": setting times of ").print(file).print(": ");
            err.print(Errno.strerror(ret)).print('\n');
            failed = true;
        }
        return nextFile();
    }

    @Override
    protected void deepen() {
        fetch = fetch == null ? null : fetch.copy();
    }
}
