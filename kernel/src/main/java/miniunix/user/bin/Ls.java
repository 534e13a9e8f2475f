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
 * value, times in UTC). Names are sorted bytewise (LC_COLLATE=C) and never quoted.
 * <pre>
 *   for (arg) { stat(arg); if (dir) { for (d in readdir(arg)) { lstat(d); print(d); } } }
 * </pre>
 */
public final class Ls extends Report {
    private static final String USAGE = "Usage: ls [OPTION]... [FILE]...\n"
            + "List information about the FILEs (the current directory by default).\n"
            + "  -a   do not ignore entries starting with .\n"
            + "  -l   use a long listing format\n"
            + "  -1   list one file per line\n";
    private static final long STAT = -1;
    private static final long PASSWD = -2;
    private static final long GROUP = -3;
    private static final long UPTIME = -4;

    private boolean all;
    private boolean longFormat;
    private boolean onePerLine;
    /** stdout is a terminal (isatty(1), by TIOCGPGRP): names go in columns. */
    private boolean tty;
    private List<String> operands = List.of();
    private long btime;
    private long uptimeTicks;
    private List<Passwd> users = List.of();
    private List<Passwd> groups = List.of();
    /** Per operand: its stat (null: missing), then its entries and their stats. */
    private ArrayList<LsEntry> top = new ArrayList<>();
    private ArrayList<ArrayList<LsEntry>> dirs = new ArrayList<>();
    private boolean failed;

    /** A name with its stat. */
    record LsEntry(String name, StatBuf st) {
    }

    public Ls(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected int start() {
        Opts o = Opts.parse(argv, "al1");
        int status = checkOpts(o, USAGE, 2);
        if (status >= 0) {
            return status;
        }
        all = o.has('a');
        longFormat = o.has('l');
        onePerLine = o.has('1');
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
            dirs.add(null);
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

    @Override
    protected void got(Fetch f) {
        if (f.tag < 0) {
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
            return;
        }
        int op = (int) (f.tag >> 32);
        int entry = (int) (f.tag & 0xffffffffL) - 1;
        if (f.kind == Fetch.Kind.DIR && f.error != 0) {
            cannot("open directory", f);
            top.set(op, null);
        } else if (f.kind == Fetch.Kind.DIR) {
            listed(op, f);
        } else if (entry >= 0) {
            List<LsEntry> d = dirs.get(op);
            d.set(entry, new LsEntry(d.get(entry).name(), f.error == 0 ? f.st : null));
        } else if (f.error != 0) {
            cannot("access", f);
        } else {
            top.set(op, new LsEntry(f.path, f.st));
            if (f.st.isDir()) {
                fetch(Fetch.Kind.DIR, f.path, (long) op << 32);
            }
        }
    }

    /** {@code ls: cannot access 'x': No such file or directory}; ls then exits 2. */
    private void cannot(String what, Fetch f) {
        err.print(prog()).print(": cannot ").print(what).print(" '").print(f.path).print("': ");
        err.print(Errno.strerror(f.error)).print('\n');
        failed = true;
    }

    private void listed(int op, Fetch f) {
        List<String> names = new ArrayList<>(f.names);
        if (all && !names.contains(".")) {
            names.add(".");
            names.add("..");
        }
        names.removeIf(n -> !all && n.startsWith("."));
        Collections.sort(names);
        ArrayList<LsEntry> entries = new ArrayList<>();
        for (String n : names) {
            if (longFormat) {
                String path = f.path.endsWith("/") ? f.path + n : f.path + "/" + n;
                fetch(Fetch.Kind.STAT, path, (long) op << 32 | (entries.size() + 1));
            }
            entries.add(new LsEntry(n, null));
        }
        dirs.set(op, entries);
    }

    @Override
    protected int report() {
        List<LsEntry> files = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i) != null && dirs.get(i) == null) {
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
        boolean printed = !files.isEmpty();
        print(files, false);
        for (int i : order) {
            if (dirs.get(i) != null) {
                if (top.size() > 1) {
                    out.print(printed ? "\n" : "").print(operands.get(i)).print(":\n");
                }
                print(dirs.get(i), true);
                printed = true;
            }
        }
        return failed ? 2 : 0;
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
        ArrayList<ArrayList<LsEntry>> d = new ArrayList<>();
        for (ArrayList<LsEntry> l : dirs) {
            d.add(l == null ? null : new ArrayList<>(l));
        }
        dirs = d;
    }
}
