package miniunix.user.bin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Color;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.HumanSize;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Passwd;
import miniunix.user.lib.Report;

/**
 * ls(1) of coreutils 9.1 ({@link LsOptions} lists what it takes): names in columns on a
 * terminal ({@link LsColumns}, line width from -w, $COLUMNS or 80), one per line otherwise;
 * -l's long format ({@link LsLong}, times in UTC); sorted bytewise by name (LC_COLLATE=C), by
 * time or size, or not at all; -R lists every directory below, each under a {@code DIR:}
 * header, in coreutils' order (a directory, then each of its subdirectories in turn, in the
 * listing's order). --color paints names by kind ({@link LsColors}).
 * <pre>
 *   for (arg) { stat(arg); if (dir &amp;&amp; !-d) print_dir(arg); }
 *   print_dir(d) { for (e in readdir(d)) { stat(e); } sort(entries); print(entries);
 *                  if (recursive) for (e in entries) if (e is a dir) print_dir(d/e); }
 * </pre>
 * A directory that can't be read is reported ({@code ls: cannot open directory 'd':
 * Permission denied}) and skipped: exit status 2 for an operand, 1 for one found below.
 * Simplified: names are never quoted, except with -Q.
 */
public final class Ls extends Report {
    private static final String USAGE = "Usage: ls [OPTION]... [FILE]...\n"
            + "List information about the FILEs (the current directory by default).\n"
            + "Sort entries alphabetically if none of -cftuvSUX nor --sort is specified.\n"
            + "\n"
            + "  -a, --all                  do not ignore entries starting with .\n"
            + "  -A, --almost-all           do not list implied . and ..\n"
            + "  -c                         with -lt: sort by, and show, ctime; with -l: show\n"
            + "                               ctime and sort by name; otherwise: sort by ctime,\n"
            + "                               newest first\n"
            + "  -C                         list entries by columns\n"
            + "      --color[=WHEN]         color the output WHEN; more info below\n"
            + "  -d, --directory            list directories themselves, not their contents\n"
            + "  -f                         list all entries in directory order\n"
            + "  -F, --classify[=WHEN]      append indicator (one of */=>@|) to entries WHEN\n"
            + "      --file-type            likewise, except do not append '*'\n"
            + "      --format=WORD          across -x, commas -m, horizontal -x, long -l,\n"
            + "                               single-column -1, verbose -l, vertical -C\n"
            + "      --full-time            like -l --time-style=full-iso\n"
            + "  -g                         like -l, but do not list owner\n"
            + "      --group-directories-first\n"
            + "                             group directories before files\n"
            + "  -h, --human-readable       with -l and -s, print sizes like 1K 234M 2G etc.\n"
            + "      --si                   likewise, but use powers of 1000 not 1024\n"
            + "      --indicator-style=WORD\n"
            + "                             append indicator with style WORD to entry names:\n"
            + "                               none (default), slash (-p),\n"
            + "                               file-type (--file-type), classify (-F)\n"
            + "  -H, --dereference-command-line\n"
            + "                             follow symbolic links listed on the command line\n"
            + "  -i, --inode                print the index number of each file\n"
            + "  -l                         use a long listing format\n"
            + "  -L, --dereference          when showing file information for a symbolic\n"
            + "                               link, show information for the file the link\n"
            + "                               references rather than for the link itself\n"
            + "  -m                         fill width with a comma separated list of entries\n"
            + "  -n, --numeric-uid-gid      like -l, but list numeric user and group IDs\n"
            + "  -N, --literal              print entry names without quoting\n"
            + "  -o                         like -l, but do not list group information\n"
            + "  -p, --indicator-style=slash\n"
            + "                             append / indicator to directories\n"
            + "  -Q, --quote-name           enclose entry names in double quotes\n"
            + "  -r, --reverse              reverse order while sorting\n"
            + "  -R, --recursive            list subdirectories recursively\n"
            + "  -s, --size                 print the allocated size of each file, in blocks\n"
            + "  -S                         sort by file size, largest first\n"
            + "      --sort=WORD            sort by WORD instead of name: none (-U), size (-S),\n"
            + "                               time (-t), extension (-X), width\n"
            + "      --time=WORD            change the default of using modification times;\n"
            + "                               access time (-u): atime, access, use;\n"
            + "                               change time (-c): ctime, status\n"
            + "      --time-style=TIME_STYLE\n"
            + "                             time/date format with -l; see TIME_STYLE below\n"
            + "  -t                         sort by time, newest first; see --time\n"
            + "  -T, --tabsize=COLS         assume tab stops at each COLS instead of 8\n"
            + "  -u                         with -lt: sort by, and show, access time;\n"
            + "                               with -l: show access time and sort by name;\n"
            + "                               otherwise: sort by access time, newest first\n"
            + "  -U                         do not sort; list entries in directory order\n"
            + "  -w, --width=COLS           set output width to COLS.  0 means no limit\n"
            + "  -x                         list entries by lines instead of by columns\n"
            + "  -X                         sort alphabetically by entry extension\n"
            + "  -1                         list one file per line\n"
            + "      --help        display this help and exit\n"
            + "\n"
            + "The TIME_STYLE argument can be full-iso, long-iso, iso, locale, or +FORMAT.\n"
            + "FORMAT is interpreted like in date(1).\n"
            + "\n"
            + "The WHEN argument defaults to 'always' and can also be 'auto' or 'never'.\n"
            + "Using color to distinguish file types is disabled both by default and\n"
            + "with --color=never.  With --color=auto, ls emits color codes only when\n"
            + "standard output is connected to a terminal, and NO_COLOR is unset.\n"
            + "The LS_COLORS environment variable can change the settings.\n"
            + "\n"
            + "Exit status:\n"
            + " 0  if OK,\n"
            + " 1  if minor problems (e.g., cannot access subdirectory),\n"
            + " 2  if serious trouble (e.g., cannot access command-line argument).\n";
    private static final long NOW = -1;
    private static final long PASSWD = -2;
    private static final long GROUP = -3;
    /** Exit statuses: coreutils' LS_MINOR_PROBLEM and LS_FAILURE. */
    private static final int MINOR = 1;
    private static final int SERIOUS = 2;

    private LsOptions opts;
    /** stdout is a terminal (isatty(1), by TIOCGPGRP): names go in columns. */
    private boolean tty;
    /** The colour table when names are coloured, else null. */
    private LsColors colors;
    /** The reset printed before the first coloured name has been printed. */
    private boolean colorUsed;
    /** Whether each entry needs a stat (for -l, -t, -S, -F, -i, -s, --color). */
    private boolean needStat;
    private List<String> operands = List.of();
    /** The time now (ns since the epoch), to tell recent files from old ones (-l). */
    private long nowNs;
    private List<Passwd> users = List.of();
    private List<Passwd> groups = List.of();
    /** Per operand: its stat (null: missing), and its listing's index (-1: not listed). */
    private ArrayList<LsEntry> top = new ArrayList<>();
    private ArrayList<Integer> topListing = new ArrayList<>();
    /** Every directory read, operands' and (with -R) those found below them. */
    private ArrayList<Listing> listings = new ArrayList<>();
    private int status;

    /**
     * A name with its stat, and (with -R) the listing of the directory it is, or -1; for a
     * symbolic link shown as one, its target's text and the stat of what it leads to (null
     * when nothing: an orphan).
     */
    record LsEntry(String name, StatBuf st, int sub, String link, StatBuf target) {
        LsEntry(String name, StatBuf st, int sub) {
            this(name, st, sub, null, null);
        }
    }

    /** A directory to list: its path as printed in its header, its entries (null until read,
     *  or when it could not be). */
    private static final class Listing {
        final String path;
        ArrayList<LsEntry> entries;

        Listing(String path) {
            this.path = path;
        }

        Listing copy() {
            Listing l = new Listing(path);
            l.entries = entries == null ? null : new ArrayList<>(entries);
            return l;
        }
    }

    public Ls(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        Opts o = Opts.parse(argv, LsOptions.OPTSTRING, LsOptions.LONGOPTS);
        return checkOpts(o, USAGE, SERIOUS);
    }

    /** isatty(1). */
    @Override
    protected Trap first() {
        return new Syscall.Ioctl(1, Syscall.Ioctl.TIOCGPGRP, 0);
    }

    /** With isatty known, the options can be settled and the reading queued. */
    @Override
    protected void firstDone(long ret) {
        tty = ret >= 0;
        Opts o = Opts.parse(argv, LsOptions.OPTSTRING, LsOptions.LONGOPTS);
        opts = LsOptions.of(o, tty);
        if (opts.error != null) {
            err.print(prog()).print(": ").print(opts.error).print('\n');
            if (opts.tryHelp) {
                err.print(Opts.tryHelp(prog())).print('\n');
            }
            status = opts.errorStatus;
            return;
        }
        colors = colored() ? LsColors.of(getenv("LS_COLORS")) : null;
        if (colored() && colors == null) {
            err.print(prog()).print(": unparsable value for LS_COLORS environment variable\n");
        }
        LsOptions.Sort s = opts.sort;
        needStat = opts.format == LsOptions.Format.LONG || s == LsOptions.Sort.TIME
                || s == LsOptions.Sort.SIZE || opts.indicator != LsOptions.Indicator.NONE
                || opts.inode || opts.blocks || colors != null || opts.directoriesFirst;
        operands = o.operands.isEmpty() ? List.of(".") : List.copyOf(o.operands);
        if (opts.format == LsOptions.Format.LONG) {
            fetch(Fetch.Kind.CLOCK, "", NOW);
            fetch(Fetch.Kind.FILE, "/etc/passwd", PASSWD);
            fetch(Fetch.Kind.FILE, "/etc/group", GROUP);
        }
        for (int i = 0; i < operands.size(); i++) {
            fetch(Fetch.Kind.LSTAT, operands.get(i), (long) i << 32);
            top.add(null);
            topListing.add(-1);
        }
    }

    /** --color's WHEN: always, or auto on a terminal unless NO_COLOR (see {@link Color}). */
    private boolean colored() {
        return switch (opts.color) {
            case "always", "yes", "force" -> true;
            case "auto", "tty", "if-tty" -> switch (Color.fromEnv(envp)) {
                case ALWAYS -> true;
                case NEVER -> false;
                case AUTO -> tty;
            };
            default -> false;
        };
    }

    /**
     * Tags: an operand's stat is (operand &lt;&lt; 32), a directory's listing (listing &lt;&lt; 32),
     * an entry's stat (listing &lt;&lt; 32 | entry + 1); negative ones are the files -l reads.
     */
    @Override
    protected void got(Fetch f) {
        if (f.tag < 0) {
            gotTable(f);
            return;
        }
        int index = (int) (f.tag >> 32);
        int entry = (int) (f.tag & 0xffffffffL) - 1;
        if (f.kind == Fetch.Kind.DIR && f.error != 0) {
            cannot("open directory", f.path, f.error, seriousness(index));
        } else if (f.kind == Fetch.Kind.DIR) {
            listed(index, f);
        } else if (entry >= 0) {
            List<LsEntry> d = listings.get(index).entries;
            if (f.error != 0) {
                cannot("access", f.path, f.error, MINOR);
            }
            LsEntry e = d.get(entry);
            d.set(entry, entry(e.name(), f, e.sub(), opts.dereference, MINOR));
        } else if (f.error != 0) {
            cannot("access", f.path, f.error, SERIOUS);
        } else {
            // An operand that links to a directory is that directory, unless it is shown as
            // a link (-l, -d, -F: coreutils' DEREF_COMMAND_LINE_SYMLINK_TO_DIR).
            boolean follow = opts.dereference || opts.dereferenceArgs
                    || f.target != null && f.target.isDir() && !opts.directory
                    && opts.format != LsOptions.Format.LONG
                    && opts.indicator != LsOptions.Indicator.CLASSIFY;
            LsEntry e = entry(f.path, f, -1, follow, SERIOUS);
            top.set(index, e.st() == null ? null : e);
            if (e.st() != null && e.st().isDir() && !opts.directory) {
                topListing.set(index, list(f.path));
            }
        }
    }

    /**
     * The entry an lstat fetch gives: a link as a link, or as what it leads to when follow
     * (no stat, and the error reported, when that is nothing).
     */
    private LsEntry entry(String name, Fetch f, int sub, boolean follow, int serious) {
        if (f.error != 0) {
            return new LsEntry(name, null, sub);
        }
        if (f.link == null) {
            return new LsEntry(name, f.st, sub);
        }
        if (f.linkError != 0) {
            // Another user's /proc/PID/cwd: shown as a link with no target (coreutils).
            cannot("read symbolic link", f.path, f.linkError, serious);
            return new LsEntry(name, f.st, sub);
        }
        if (!follow) {
            return new LsEntry(name, f.st, sub, f.link, f.target);
        }
        if (f.target == null) {
            // An entry of "." is named without "./", as coreutils names it; -l shows it as
            // l????????? (a link, as its directory entry says, that could not be followed).
            String path = serious == MINOR && f.path.startsWith("./") ? f.path.substring(2) : f.path;
            cannot("access", path, Errno.ENOENT.ret(), serious);
            return new LsEntry(name, null, sub, "", null);
        }
        return new LsEntry(name, f.target, sub);
    }

    private void gotTable(Fetch f) {
        String text = f.text();
        if (f.tag == NOW) {
            nowNs = f.nowNs();
        } else if (f.tag == PASSWD) {
            users = Passwd.parse(text);
        } else {
            groups = Passwd.parse(text);
        }
    }

    /** An operand's directory is serious trouble, one found below it minor. */
    private int seriousness(int listing) {
        return topListing.contains(listing) ? SERIOUS : MINOR;
    }

    /** Queues the reading of a directory; returns its listing's index. */
    private int list(String path) {
        int index = listings.size();
        listings.add(new Listing(path));
        fetch(Fetch.Kind.DIR, path, (long) index << 32);
        return index;
    }

    /** {@code ls: cannot access 'x': No such file or directory}, with its exit status. */
    private void cannot(String what, String path, long error, int serious) {
        err.print(prog()).print(": cannot ").print(what).print(" '").print(path).print("': ");
        err.print(Errno.strerror(error)).print('\n');
        status = Math.max(status, serious);
    }

    /** A directory's names: kept by -a/-A, stat'ed when needed, subdirectories queued (-R). */
    private void listed(int index, Fetch f) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < f.names.size(); i++) {
            if (shown(f.names.get(i))) {
                order.add(i);
            }
        }
        if (opts.sort != LsOptions.Sort.NONE) {
            order.sort((a, b) -> f.names.get(a).compareTo(f.names.get(b)));
        }
        ArrayList<LsEntry> entries = new ArrayList<>();
        listings.get(index).entries = entries;
        for (int i : order) {
            String n = f.names.get(i);
            String path = join(f.path, n);
            if (needStat) {
                fetch(Fetch.Kind.LSTAT, path, (long) index << 32 | (entries.size() + 1));
            }
            boolean sub = opts.recursive && f.types.get(i) == StatBuf.DT_DIR && !n.equals(".")
                    && !n.equals("..");
            entries.add(new LsEntry(n, null, sub ? list(path) : -1));
        }
    }

    private boolean shown(String name) {
        return switch (opts.filter) {
            case ALL -> true;
            case ALMOST_ALL -> !name.equals(".") && !name.equals("..");
            case VISIBLE -> !name.startsWith(".");
        };
    }

    /** dir/name, with one slash between them (gnulib's file_name_concat). */
    static String join(String dir, String name) {
        int end = dir.length();
        while (end > 1 && dir.charAt(end - 1) == '/') {
            end--;
        }
        String d = dir.substring(0, end);
        return d.endsWith("/") ? d + name : d + "/" + name;
    }

    @Override
    protected int report() {
        if (opts == null || opts.error != null) {
            return status;
        }
        List<LsEntry> files = new ArrayList<>();
        List<Integer> dirs = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i) != null && topListing.get(i) < 0) {
                files.add(top.get(i));
            } else if (topListing.get(i) >= 0) {
                dirs.add(i);
            }
        }
        // Operands are listed sorted, files first, whatever order they were given in.
        sort(files);
        List<LsEntry> dirEntries = new ArrayList<>();
        for (int i : dirs) {
            dirEntries.add(new LsEntry(operands.get(i), top.get(i).st(), topListing.get(i)));
        }
        sort(dirEntries);
        print(files, false);
        if (!files.isEmpty() && !dirs.isEmpty()) {
            out.print('\n');     // even if no directory can be read, as coreutils does
        }
        boolean printed = false;
        boolean headers = opts.recursive || top.size() > 1;
        for (LsEntry d : dirEntries) {
            printed = printTree(listings.get(d.sub()), headers, printed);
        }
        return status;
    }

    /**
     * A directory's listing under its header, then (with -R) its subdirectories' in the
     * listing's order; returns whether anything has been printed so far. One that could not
     * be read prints nothing, as its error has been reported.
     */
    private boolean printTree(Listing l, boolean headers, boolean printed) {
        if (l.entries == null) {
            return printed;
        }
        if (headers) {
            emit((printed ? "\n" : "") + l.path + ":\n");
        }
        sort(l.entries);
        print(l.entries, true);
        for (LsEntry e : l.entries) {
            if (e.sub() >= 0) {
                printTree(listings.get(e.sub()), headers, true);
            }
        }
        return true;
    }

    /** Sorts entries as the options say; -U (and -f) keep their order, and ignore -r. */
    private void sort(List<LsEntry> entries) {
        Comparator<LsEntry> byName = (a, b) -> a.name().compareTo(b.name());
        Comparator<LsEntry> c = switch (opts.sort) {
            case NONE -> null;
            case NAME -> byName;
            case TIME -> Comparator.<LsEntry>comparingLong(e -> -time(e.st(), opts.time))
                    .thenComparing(byName);
            case SIZE -> Comparator.<LsEntry>comparingLong(e -> e.st() == null ? 0 : -e.st().size)
                    .thenComparing(byName);
            case EXTENSION -> Comparator.<LsEntry, String>comparing(e -> extension(e.name()))
                    .thenComparing(byName);
            case WIDTH -> Comparator.<LsEntry>comparingInt(e -> e.name().length())
                    .thenComparing(byName);
        };
        if (c != null) {
            entries.sort(opts.reverse ? c.reversed() : c);
        }
        if (opts.directoriesFirst) {
            entries.sort(Comparator.comparingInt(e -> e.st() != null && e.st().isDir() ? 0 : 1));
        }
    }

    /** The name's extension for -X: from its last dot, or "" (a leading dot does count). */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    /** The time -t sorts by and -l shows, in ns since the epoch; very early if stat failed. */
    static long time(StatBuf st, LsOptions.Time which) {
        if (st == null) {
            return Long.MIN_VALUE / 2;
        }
        return switch (which) {
            case MTIME -> st.mtimeNs;
            case CTIME -> st.ctimeNs;
            case ATIME -> st.atimeNs;
        };
    }

    /** 1 KiB blocks the file takes (tmpfs pages of 4 KiB), as -s prints them (-h: "4.0K"). */
    static String blocks(StatBuf st, int human) {
        long kb = blocksKb(st);
        return human > 0 ? HumanSize.of(kb * 1024, human) : Long.toString(kb);
    }

    /** st_blocks in KiB, rounded up as GNU ls does. */
    private static long blocksKb(StatBuf st) {
        return st == null ? 0 : (st.blocks + 1) / 2;
    }

    private void print(List<LsEntry> entries, boolean total) {
        if (total && (opts.format == LsOptions.Format.LONG || opts.blocks)) {
            long kb = 0;
            for (LsEntry e : entries) {
                kb += blocksKb(e.st());
            }
            emit("total " + (opts.human > 0 ? HumanSize.of(kb * 1024, opts.human)
                    : Long.toString(kb)) + "\n");
        }
        if (opts.format == LsOptions.Format.LONG) {
            LsLong table = new LsLong(opts, users, groups, nowNs);
            for (LsEntry e : entries) {
                LsColumns.Cell name = name(e);
                String text = name.text();
                if (e.link() != null && e.st() != null) {
                    // "name -> target", the target marked (-F, -p) as what it leads to is.
                    text += " -> " + (opts.quote ? quote(e.link()) : e.link())
                            + (e.target() == null ? "" : indicator(e.target()));
                }
                table.add(text, name.width(), e.st(), e.link() != null);
            }
            emit(table.render());
            return;
        }
        List<LsColumns.Cell> cells = cells(entries);
        // As coreutils: no tabs between coloured names (a tab would take the colour).
        LsColumns layout = new LsColumns(lineWidth(), colors == null ? opts.tabsize : 0);
        emit(switch (opts.format) {
            case ONE_PER_LINE, LONG -> LsColumns.onePerLine(cells);
            case COLUMNS -> layout.columns(cells, false);
            case ACROSS -> layout.columns(cells, true);
            case COMMAS -> layout.commas(cells);
        });
    }

    /** Each entry as printed without -l: [inode] [blocks] name, the numbers right-aligned. */
    private List<LsColumns.Cell> cells(List<LsEntry> entries) {
        boolean commas = opts.format == LsOptions.Format.COMMAS;
        int inodeWidth = 0;
        int blocksWidth = 0;
        for (LsEntry e : entries) {
            inodeWidth = Math.max(inodeWidth, inode(e).length());
            blocksWidth = Math.max(blocksWidth, blocks(e).length());
        }
        List<LsColumns.Cell> cells = new ArrayList<>();
        for (LsEntry e : entries) {
            StringBuilder prefix = new StringBuilder();
            if (opts.inode) {
                pad(prefix, inode(e), commas ? 0 : inodeWidth);
            }
            if (opts.blocks) {
                pad(prefix, blocks(e), commas ? 0 : blocksWidth);
            }
            LsColumns.Cell name = name(e);
            cells.add(new LsColumns.Cell(prefix + name.text(), prefix.length() + name.width()));
        }
        return cells;
    }

    private static void pad(StringBuilder b, String s, int width) {
        b.append(" ".repeat(Math.max(0, width - s.length()))).append(s).append(' ');
    }

    private static String inode(LsEntry e) {
        return e.st() == null ? "?" : Long.toString(e.st().ino);
    }

    private String blocks(LsEntry e) {
        return e.st() == null ? "?" : blocks(e.st(), opts.human);
    }

    /** The name as printed: quoted (-Q), coloured (--color), with its indicator (-F, -p). */
    private LsColumns.Cell name(LsEntry e) {
        String name = opts.quote ? quote(e.name()) : e.name();
        String seq = colors == null ? null : colors.of(e.name(), e.st(), e.link() != null && e.target() == null);
        String text = seq == null ? name : colors.paint(name, seq);
        // A link's own mark (-F's @) is not shown in a long listing: its target's is.
        String mark = e.link() != null && opts.format == LsOptions.Format.LONG ? "" : indicator(e.st());
        return new LsColumns.Cell(text + mark, name.length() + mark.length());
    }

    /** -F's mark: / directory, * executable, | FIFO; -p's / only; --file-type's without *. */
    private String indicator(StatBuf st) {
        if (st == null || opts.indicator == LsOptions.Indicator.NONE) {
            return "";
        }
        if (st.isDir()) {
            return "/";
        }
        if (opts.indicator == LsOptions.Indicator.SLASH) {
            return "";
        }
        if ((st.mode & StatBuf.S_IFMT) == StatBuf.S_IFIFO) {
            return "|";
        }
        if (st.isLink()) {
            return "@";
        }
        boolean exec = st.isRegular() && (st.mode & 0111) != 0;
        return exec && opts.indicator == LsOptions.Indicator.CLASSIFY ? "*" : "";
    }

    /** -Q: in double quotes, with C's backslash escapes for quotes and control characters. */
    private static String quote(String name) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : name.toCharArray()) {
            switch (c) {
                case '"', '\\' -> b.append('\\').append(c);
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\u001b' -> b.append("\\033");
                default -> {
                    if (c < ' ' || c == 0x7f) {
                        b.append(String.format("\\%03o", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * Prints text; before the first coloured name, ls resets the terminal's colour once
     * (lc rs rc, "\e[0m"), as coreutils does.
     */
    private void emit(String text) {
        if (colors != null && !colorUsed) {
            int at = text.indexOf(colors.start());
            if (at >= 0) {
                colorUsed = true;
                text = text.substring(0, at) + colors.end() + text.substring(at);
            }
        }
        out.print(text);
    }

    /** The line width: -w, else $COLUMNS when it is a positive number, else 80. */
    private int lineWidth() {
        if (opts.width >= 0) {
            return opts.width;
        }
        String c = getenv("COLUMNS");
        if (c != null && c.matches("[0-9]{1,4}") && Integer.parseInt(c) > 0) {
            return Integer.parseInt(c);
        }
        return 80;
    }

    @Override
    protected void deepenReport() {
        top = new ArrayList<>(top);
        topListing = new ArrayList<>(topListing);
        ArrayList<Listing> l = new ArrayList<>();
        for (Listing d : listings) {
            l.add(d.copy());
        }
        listings = l;
    }
}
