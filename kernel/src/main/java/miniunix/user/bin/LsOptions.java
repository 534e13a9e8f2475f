package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.Opts;

/**
 * ls's command line, applied in order as coreutils' decode_switches() does, so that the last
 * of options that contradict each other wins ({@code -lC} is columns, {@code -Ct} sorts by
 * time in columns), with its exceptions: {@code -1} after {@code -l} changes nothing, and
 * {@code -f} (all entries, unsorted) turns off a {@code -l} or {@code -s} given before it.
 * A bad argument leaves {@link #error} set to coreutils' lines (without the final "Try").
 */
final class LsOptions {
    /** Which entries of a directory to show. */
    enum Filter { VISIBLE, ALMOST_ALL, ALL }

    /** How to order them. NONE is the directory's own order (-U, -f). */
    enum Sort { NAME, TIME, SIZE, EXTENSION, WIDTH, NONE }

    /** The layout of the names: -l, -1, -C, -x, -m. */
    enum Format { LONG, ONE_PER_LINE, COLUMNS, ACROSS, COMMAS }

    /** Which time -l shows and -t sorts by. */
    enum Time { MTIME, CTIME, ATIME }

    /** What follows a name: nothing, -p's slash, --file-type's mark, -F's (also '*'). */
    enum Indicator { NONE, SLASH, FILE_TYPE, CLASSIFY }

    /** The time columns' styles; LOCALE is the C locale's "Nov 23 09:39" / "Nov 23  2024". */
    enum TimeStyle { LOCALE, FULL_ISO, LONG_ISO, ISO, FORMAT }

    static final String OPTSTRING = "aAdrRtSUXfhsinlgo1CxmFpcuQNLHw:T:\u0080\u0081:\u0082::"
            + "\u0083::\u0084\u0085:\u0086:\u0087\u0088\u0089:\u008a:";
    static final String LONGOPTS = "all=a almost-all=A directory=d reverse=r recursive=R "
            + "human-readable=h size=s inode=i numeric-uid-gid=n quote-name=Q literal=N "
            + "width=w tabsize=T full-time=\u0080 time-style=\u0081 color=\u0082 "
            + "classify=\u0083 si=\u0084 sort=\u0085 time=\u0086 "
            + "group-directories-first=\u0087 file-type=\u0088 indicator-style=\u0089 "
            + "format=\u008a dereference=L dereference-command-line=H";
    private static final String WHEN = "  - 'always', 'yes', 'force'\n"
            + "  - 'never', 'no', 'none'\n  - 'auto', 'tty', 'if-tty'";

    Filter filter = Filter.VISIBLE;
    Sort sort = Sort.NAME;
    boolean sortGiven;
    boolean reverse;
    boolean directoriesFirst;
    /** -d: directories are listed as files, never opened. */
    boolean directory;
    /** -L: every link is shown as what it leads to; -H: only the operands'. */
    boolean dereference;
    boolean dereferenceArgs;
    boolean recursive;
    Format format;
    boolean owner = true;
    boolean group = true;
    boolean numeric;
    Time time = Time.MTIME;
    TimeStyle timeStyle = TimeStyle.LOCALE;
    /** +FORMAT's formats for old and recent files (the same unless given as OLD\nRECENT). */
    String oldFormat = "";
    String recentFormat = "";
    private String timeStyleArg;
    Indicator indicator = Indicator.NONE;
    /** -h: 1024 (or 1000 with --si) to print sizes for people; 0 for bytes. */
    int human;
    boolean blocks;
    boolean inode;
    boolean quote;
    /** --color's choice; AUTO when not given, as coreutils' default is never. */
    String color = "never";
    /** -w, or -1 for $COLUMNS or 80. */
    int width = -1;
    int tabsize = 8;
    /** coreutils' message for a bad argument (without its newline), or null. */
    String error;
    /** Whether the error is followed by "Try 'ls --help'..." (not for a bad width). */
    boolean tryHelp = true;
    /** The error's exit status: 1 for a bad WORD (coreutils' argmatch), else 2. */
    int errorStatus = 2;

    /** Applies the parsed options in order; tty is whether stdout is a terminal. */
    static LsOptions of(Opts o, boolean tty) {
        LsOptions l = new LsOptions();
        String seq = o.sequence();
        int[] nth = new int[256];
        for (int i = 0; i < seq.length() && l.error == null; i++) {
            char c = seq.charAt(i);
            List<String> args = o.all(c);
            String arg = nth[c] < args.size() ? args.get(nth[c]) : "";
            nth[c] += OPTSTRING.indexOf(c + ":") >= 0 ? 1 : 0;
            l.apply(c, arg, tty);
        }
        if (l.error == null) {
            l.settle(tty);
        }
        return l;
    }

    private void apply(char c, String arg, boolean tty) {
        switch (c) {
            case 'a' -> filter = Filter.ALL;
            case 'A' -> filter = Filter.ALMOST_ALL;
            case 'd' -> directory = true;
            case 'L' -> dereference = true;
            case 'H' -> dereferenceArgs = true;
            case 'r' -> reverse = true;
            case 'R' -> recursive = true;
            case 't' -> sortBy(Sort.TIME);
            case 'S' -> sortBy(Sort.SIZE);
            case 'U' -> sortBy(Sort.NONE);
            case 'X' -> sortBy(Sort.EXTENSION);
            case 'f' -> {
                filter = Filter.ALL;
                sortBy(Sort.NONE);
                format = format == Format.LONG ? (tty ? Format.COLUMNS : Format.ONE_PER_LINE)
                        : format;
                blocks = false;
                color = "never";
            }
            case 'h' -> human = 1024;
            case '\u0084' -> human = 1000;
            case 's' -> blocks = true;
            case 'i' -> inode = true;
            case 'n' -> {
                numeric = true;
                format = Format.LONG;
            }
            case 'l' -> format = Format.LONG;
            case 'g' -> {
                owner = false;
                format = Format.LONG;
            }
            case 'o' -> {
                group = false;
                format = Format.LONG;
            }
            case '1' -> format = format == Format.LONG ? format : Format.ONE_PER_LINE;
            case 'C' -> format = Format.COLUMNS;
            case 'x' -> format = Format.ACROSS;
            case 'm' -> format = Format.COMMAS;
            case '\u008a' -> format(arg);
            case 'F' -> indicator = Indicator.CLASSIFY;
            case '\u0083' -> classify(arg, tty);
            case 'p' -> indicator = Indicator.SLASH;
            case '\u0088' -> indicator = Indicator.FILE_TYPE;
            case '\u0089' -> indicatorStyle(arg);
            case 'c' -> time = Time.CTIME;
            case 'u' -> time = Time.ATIME;
            case '\u0086' -> time(arg);
            case '\u0085' -> sort(arg);
            case '\u0087' -> directoriesFirst = true;
            case 'Q' -> quote = true;
            case 'N' -> quote = false;
            case '\u0080' -> {
                format = Format.LONG;
                timeStyleArg = "full-iso";
            }
            case '\u0081' -> timeStyleArg = arg;
            case '\u0082' -> color(arg);
            case 'w' -> width = number(arg, "invalid line width");
            case 'T' -> tabsize = number(arg, "invalid tab size");
            default -> throw new AssertionError(c);
        }
    }

    private void sortBy(Sort s) {
        sort = s;
        sortGiven = true;
    }

    /** What the options imply together, once all are read. */
    private void settle(boolean tty) {
        if (format == null) {
            format = tty ? Format.COLUMNS : Format.ONE_PER_LINE;
        }
        // -c and -u sort by their time, unless -l shows it (then -t is needed to sort by it).
        if (time != Time.MTIME && !sortGiven && format != Format.LONG) {
            sort = Sort.TIME;
        }
        if (format == Format.LONG && timeStyleArg != null) {
            timeStyle(timeStyleArg);
        }
    }

    private void timeStyle(String s) {
        String style = s.startsWith("posix-") ? s.substring(6) : s;
        switch (style) {
            case "full-iso" -> timeStyle = TimeStyle.FULL_ISO;
            case "long-iso" -> timeStyle = TimeStyle.LONG_ISO;
            case "iso" -> timeStyle = TimeStyle.ISO;
            case "locale" -> timeStyle = TimeStyle.LOCALE;
            default -> {
                if (!s.startsWith("+")) {
                    invalid(s, "time style", "  - [posix-]full-iso\n  - [posix-]long-iso\n"
                            + "  - [posix-]iso\n  - [posix-]locale\n"
                            + "  - +FORMAT (e.g., +%H:%M) for a 'date'-style format");
                    return;
                }
                int nl = s.indexOf('\n');
                timeStyle = TimeStyle.FORMAT;
                oldFormat = nl < 0 ? s.substring(1) : s.substring(1, nl);
                recentFormat = nl < 0 ? oldFormat : s.substring(nl + 1);
            }
        }
    }

    private void classify(String when, boolean tty) {
        Boolean on = when(when.isEmpty() ? "always" : when, "--classify", tty);
        if (on != null) {
            indicator = on ? Indicator.CLASSIFY : Indicator.NONE;
        }
    }

    private void color(String when) {
        if (when(when.isEmpty() ? "always" : when, "--color", false) != null) {
            color = when.isEmpty() ? "always" : when;
        }
    }

    /** A WHEN argument: true for always, false for never, tty for auto; null if invalid. */
    private Boolean when(String when, String option, boolean tty) {
        switch (when) {
            case "always", "yes", "force" -> {
                return true;
            }
            case "never", "no", "none" -> {
                return false;
            }
            case "auto", "tty", "if-tty" -> {
                return tty;
            }
            default -> {
                invalid(when, option, WHEN);
                return null;
            }
        }
    }

    private void sort(String word) {
        switch (word) {
            case "none" -> sortBy(Sort.NONE);
            case "time" -> sortBy(Sort.TIME);
            case "size" -> sortBy(Sort.SIZE);
            case "extension" -> sortBy(Sort.EXTENSION);
            case "width" -> sortBy(Sort.WIDTH);
            default -> invalid(word, "--sort",
                    "  - 'none'\n  - 'time'\n  - 'size'\n  - 'extension'\n  - 'width'");
        }
    }

    private void time(String word) {
        switch (word) {
            case "atime", "access", "use" -> time = Time.ATIME;
            case "ctime", "status" -> time = Time.CTIME;
            default -> invalid(word, "--time", "  - 'atime', 'access', 'use'\n"
                    + "  - 'ctime', 'status'");
        }
    }

    private void indicatorStyle(String word) {
        switch (word) {
            case "none" -> indicator = Indicator.NONE;
            case "slash" -> indicator = Indicator.SLASH;
            case "file-type" -> indicator = Indicator.FILE_TYPE;
            case "classify" -> indicator = Indicator.CLASSIFY;
            default -> invalid(word, "--indicator-style",
                    "  - 'none'\n  - 'slash'\n  - 'file-type'\n  - 'classify'");
        }
    }

    private void format(String word) {
        switch (word) {
            case "verbose", "long" -> format = Format.LONG;
            case "commas" -> format = Format.COMMAS;
            case "horizontal", "across" -> format = Format.ACROSS;
            case "vertical" -> format = Format.COLUMNS;
            case "single-column" -> format = Format.ONE_PER_LINE;
            default -> invalid(word, "--format", "  - 'verbose', 'long'\n  - 'commas'\n"
                    + "  - 'horizontal', 'across'\n  - 'vertical'\n  - 'single-column'");
        }
    }

    /** argmatch's complaint: {@code invalid argument 'x' for '--sort'} and the valid ones. */
    private void invalid(String arg, String option, String valid) {
        errorStatus = option.equals("time style") ? 2 : 1;
        error = "invalid argument '" + arg + "' for '" + option + "'\nValid arguments are:\n"
                + valid;
    }

    /** A non-negative number for -w or -T, else the error "what: 'arg'". */
    private int number(String arg, String what) {
        if (arg.matches("[0-9]{1,9}")) {
            return Integer.parseInt(arg);
        }
        error = what + ": '" + arg + "'";
        tryHelp = false;
        return 0;
    }
}
