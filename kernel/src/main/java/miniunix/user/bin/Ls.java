package miniunix.user.bin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Passwd;
import miniunix.user.lib.Report;

/**
 * ls(1) of coreutils: names in columns on a terminal ({@link LsColumns}, line width from
 * $COLUMNS or 80), one per line otherwise or with -1; -a for dot files; -l for the long format
 * ({@code drwxr-xr-x 2 root root 4096 Nov 23 09:39 name}, columns as wide as their widest
 * value, times in UTC); -R lists every directory below, each under a {@code DIR:} header, in
 * coreutils' order (a directory, then each of its subdirectories in turn, depth first).
 * Names are sorted bytewise (LC_COLLATE=C) and never quoted.
 * <pre>
 *   for (arg) { stat(arg); if (dir) print_dir(arg); }
 *   print_dir(d) { for (e in readdir(d)) { lstat(e); print(e); }
 *                  if (recursive) for (e in entries) if (e is a dir) print_dir(d/e); }
 * </pre>
 * A directory that can't be read is reported ({@code ls: cannot open directory 'd':
 * Permission denied}) and skipped: exit status 2 for an operand, 1 for one found below.
 */
public final class Ls extends Report {
    private static final String USAGE = "Usage: ls [OPTION]... [FILE]...\n"
            + "List information about the FILEs (the current directory by default).\n"
            + "  -a, --all                  do not ignore entries starting with .\n"
            + "  -l                         use a long listing format\n"
            + "  -R, --recursive            list subdirectories recursively\n"
            + "  -1                         list one file per line\n"
            + "      --help        display this help and exit\n";
    private static final long STAT = -1;
    private static final long PASSWD = -2;
    private static final long GROUP = -3;
    private static final long UPTIME = -4;
    /** Exit statuses: coreutils' LS_MINOR_PROBLEM and LS_FAILURE. */
    private static final int MINOR = 1;
    private static final int SERIOUS = 2;

    private boolean all;
    private boolean longFormat;
    private boolean onePerLine;
    private boolean recursive;
    /** stdout is a terminal (isatty(1), by TIOCGPGRP): names go in columns. */
    private boolean tty;
    private List<String> operands = List.of();
    private long btime;
    private long uptimeTicks;
    private List<Passwd> users = List.of();
    private List<Passwd> groups = List.of();
    /** Per operand: its stat (null: missing), and its listing's index (-1: not a directory). */
    private ArrayList<LsEntry> top = new ArrayList<>();
    private ArrayList<Integer> topListing = new ArrayList<>();
    /** Every directory read, operands' and (with -R) those found below them. */
    private ArrayList<Listing> listings = new ArrayList<>();
    private int status;

    /** A name with its stat. */
    record LsEntry(String name, StatBuf st) {
    }

    /**
     * A directory to list: its path as printed in its header, its entries (null until read,
     * or when it could not be), and (with -R) the listings of its subdirectories, in order.
     */
    private static final class Listing {
        final String path;
        ArrayList<LsEntry> entries;
        ArrayList<Integer> subdirs = new ArrayList<>();

        Listing(String path) {
            this.path = path;
        }

        Listing copy() {
            Listing l = new Listing(path);
            l.entries = entries == null ? null : new ArrayList<>(entries);
            l.subdirs = new ArrayList<>(subdirs);
            return l;
        }
    }

    public Ls(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        Opts o = Opts.parse(argv, "al1R", "all=a recursive=R");
        int bad = checkOpts(o, USAGE, 2);
        if (bad >= 0) {
            return bad;
        }
        all = o.has('a');
        longFormat = o.has('l');
        onePerLine = o.has('1');
        recursive = o.has('R');
        operands = o.operands.isEmpty() ? List.of(".") : List.copyOf(o.operands);
        if (longFormat) {
            fetch(Fetch.Kind.FILE, "/proc/stat", STAT);
            fetch(Fetch.Kind.FILE, "/proc/uptime", UPTIME);
            fetch(Fetch.Kind.FILE, "/etc/passwd", PASSWD);
            fetch(Fetch.Kind.FILE, "/etc/group", GROUP);
        }
        for (int i = 0; i < operands.size(); i++) {
            fetch(Fetch.Kind.STAT, operands.get(i), (long) i << 32);
            top.add(null);
            topListing.add(-1);
        }
        return -1;
    }

    /** isatty(1). */
    @Override
    protected Trap first() {
        return new Syscall.Ioctl(1, Syscall.Ioctl.TIOCGPGRP, 0);
    }

    @Override
    protected void firstDone(long ret) {
        tty = ret >= 0;
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
            d.set(entry, new LsEntry(d.get(entry).name(), f.error == 0 ? f.st : null));
        } else if (f.error != 0) {
            cannot("access", f.path, f.error, SERIOUS);
        } else {
            top.set(index, new LsEntry(f.path, f.st));
            if (f.st.isDir()) {
                topListing.set(index, list(f.path));
            }
        }
    }

    private void gotTable(Fetch f) {
        String text = f.text();
        if (f.tag == STAT) {
            btime = Ps.field(text, "btime ");
        } else if (f.tag == UPTIME) {
            uptimeTicks = Ps.centis(text);
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

    private void listed(int index, Fetch f) {
        List<String> names = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < f.names.size(); i++) {
            String n = f.names.get(i);
            if (all || !n.startsWith(".")) {
                order.add(i);
            }
        }
        order.sort((a, b) -> f.names.get(a).compareTo(f.names.get(b)));
        Listing l = listings.get(index);
        ArrayList<LsEntry> entries = new ArrayList<>();
        l.entries = entries;
        for (int i : order) {
            String n = f.names.get(i);
            String path = join(f.path, n);
            if (longFormat) {
                fetch(Fetch.Kind.STAT, path, (long) index << 32 | (entries.size() + 1));
            }
            entries.add(new LsEntry(n, null));
            if (recursive && f.types.get(i) == StatBuf.DT_DIR && !n.equals(".")
                    && !n.equals("..")) {
                l.subdirs.add(list(path));
            }
        }
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
        List<LsEntry> files = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i) != null && topListing.get(i) < 0) {
                files.add(top.get(i));
            }
        }
        // Operands are listed sorted, files first, whatever order they were given in.
        files.sort((a, b) -> a.name().compareTo(b.name()));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> operands.get(a).compareTo(operands.get(b)));
        print(files, false);
        if (!files.isEmpty() && topListing.stream().anyMatch(l -> l >= 0)) {
            out.print('\n');     // even if no directory can be read, as coreutils does
        }
        boolean printed = false;
        boolean headers = recursive || top.size() > 1;
        for (int i : order) {
            if (topListing.get(i) >= 0) {
                printed = printTree(listings.get(topListing.get(i)), headers, printed);
            }
        }
        return status;
    }

    /**
     * A directory's listing under its header, then (with -R) its subdirectories' in turn;
     * returns whether anything has been printed so far. One that could not be read prints
     * nothing, as its error has been reported.
     */
    private boolean printTree(Listing l, boolean headers, boolean printed) {
        if (l.entries == null) {
            return printed;
        }
        if (headers) {
            out.print(printed ? "\n" : "").print(l.path).print(":\n");
        }
        print(l.entries, true);
        for (int sub : l.subdirs) {
            printTree(listings.get(sub), headers, true);
        }
        return true;
    }

    private void print(List<LsEntry> entries, boolean total) {
        if (!longFormat) {
            List<String> names = new ArrayList<>();
            for (LsEntry e : entries) {
                names.add(e.name());
            }
            out.print(tty && !onePerLine ? LsColumns.layout(names, columns())
                    : names.isEmpty() ? "" : String.join("\n", names) + "\n");
            return;
        }
        LsLong table = new LsLong(users, groups, btime, uptimeTicks);
        for (LsEntry e : entries) {
            table.add(e.name(), e.st());
        }
        if (total) {
            out.print("total ").print(table.blocks()).print('\n');
        }
        table.print(out);
    }

    /** The line width: $COLUMNS when it is a number, else 80. */
    private int columns() {
        for (String e : envp) {
            if (e.matches("COLUMNS=[0-9]{1,4}")) {
                return Math.max(1, Integer.parseInt(e.substring(8)));
            }
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
