package miniunix.user.bin;

import java.util.ArrayList;
import java.util.List;
import miniunix.kernel.uapi.StatfsBuf;
import miniunix.kernel.uapi.Syscall;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.HumanSize;
import miniunix.user.lib.Libc;
import miniunix.user.lib.Opts;
import miniunix.user.lib.Proc;

/**
 * df(1) of coreutils: the size, use and free space of each mounted filesystem (read from
 * /proc/mounts), or of the one holding each FILE, by statfs(2). Pseudo filesystems (no blocks,
 * as /proc) show only with -a. -h and -H scale sizes (powers of 1024 and 1000), -k counts
 * 1K blocks (the default), -T adds the type, -i counts inodes instead of blocks.
 * <pre>
 *   while ((me = getmntent(mounts))) { statfs(me-&gt;mnt_dir, &amp;fs); print(me, &amp;fs); }
 * </pre>
 * Simplified: a FILE's filesystem is the mount whose type statfs reports (each type is mounted
 * once here); no -B, -t, -x, --output or --total.
 */
public final class Df extends Proc {
    private static final String USAGE = "Usage: df [OPTION]... [FILE]...\n"
            + "Show information about the file system on which each FILE resides,\n"
            + "or all file systems by default.\n\n"
            + "  -a, --all             include pseudo, duplicate, inaccessible file systems\n"
            + "  -h, --human-readable  print sizes in powers of 1024 (e.g., 1023M)\n"
            + "  -H, --si              print sizes in powers of 1000 (e.g., 1.1G)\n"
            + "  -i, --inodes          list inode information instead of block usage\n"
            + "  -k                    like --block-size=1K\n"
            + "  -T, --print-type      print file system type\n"
            + "      --help        display this help and exit\n";
    private static final String LONGOPTS = "all=a human-readable=h si=H inodes=i print-type=T";
    private static final long KIB = 1024;
    private static final long TMPFS_MAGIC = 0x01021994L;
    private static final long PROC_SUPER_MAGIC = 0x9fa0L;
    /** Least widths of the columns (coreutils df.c field_data). */
    private static final int SOURCE_WIDTH = 14;
    private static final int TYPE_WIDTH = 4;
    private static final int NUMBER_WIDTH = 5;
    private static final int PCENT_WIDTH = 4;

    private enum Pc { START, MOUNTS, STATFS }

    /** A line of /proc/mounts. */
    private record Mount(String source, String target, String type) {
    }

    private Pc pc = Pc.START;
    private boolean all;
    private int base;
    private boolean inodes;
    private boolean showType;
    /** No FILE operand was given: every mount is listed (pseudo ones only with -a). */
    private boolean listing;
    private Fetch mounts;
    private List<Mount> table = new ArrayList<>();
    /** What to statfs: the mount points, or the FILE operands. */
    private List<String> paths = new ArrayList<>();
    private int next;
    private StatfsBuf st = new StatfsBuf();
    private List<String[]> rows = new ArrayList<>();
    private boolean failed;

    public Df(List<String> argv, List<String> envp) {
        super(argv, envp);
    }

    @Override
    protected Trap step(long ret) {
        return switch (pc) {
            case START -> start();
            case MOUNTS -> readMounts(ret);
            case STATFS -> statted(ret);
        };
    }

    private Trap start() {
        Opts o = Opts.parse(argv, "ahHikT", LONGOPTS);
        int status = checkOpts(o, USAGE, 1);
        if (status >= 0) {
            return exit(status);
        }
        all = o.has('a');
        base = o.has('H') ? HumanSize.SI : o.has('h') ? HumanSize.IEC : 0;
        inodes = o.has('i');
        showType = o.has('T');
        paths.addAll(o.operands);
        mounts = new Fetch(Fetch.Kind.FILE, "/proc/mounts", 0).use(new byte[1024]);
        pc = Pc.MOUNTS;
        return readMounts(0);
    }

    private Trap readMounts(long ret) {
        Trap t = mounts.next(ret);
        if (t != null) {
            return t;
        }
        if (mounts.error < 0) {
            return fail(1, "cannot read table of mounted file systems");
        }
        for (String line : mounts.text().split("\n")) {
            String[] f = line.split(" ");
            if (f.length >= 3) {
                table.add(new Mount(f[0], f[1], f[2]));
            }
        }
        listing = paths.isEmpty();
        if (listing) {
            for (Mount m : table) {
                paths.add(m.target());
            }
        }
        return nextStatfs();
    }

    private Trap nextStatfs() {
        if (next == paths.size()) {
            print();
            return exit(failed ? 1 : 0);
        }
        st = new StatfsBuf();
        pc = Pc.STATFS;
        return Libc.statfs(paths.get(next), st);
    }

    private Trap statted(long ret) {
        String path = paths.get(next++);
        if (ret < 0) {
            perror(path, ret);
            failed = true;
            return nextStatfs();
        }
        Mount m = mountOf(path);
        if (m != null && (st.blocks > 0 || all || !listing)) {
            rows.add(row(m));
        }
        return nextStatfs();
    }

    /** The mount a statfs result belongs to: the one of its type. */
    private Mount mountOf(String path) {
        String type = st.type == TMPFS_MAGIC ? "tmpfs" : st.type == PROC_SUPER_MAGIC ? "proc" : "";
        for (Mount m : table) {
            if (m.type().equals(type)) {
                return m;
            }
        }
        return null;
    }

    private String[] row(Mount m) {
        long total = inodes ? st.files : st.blocks * st.bsize;
        long free = inodes ? st.ffree : st.bfree * st.bsize;
        long avail = inodes ? st.ffree : st.bavail * st.bsize;
        long used = total - free;
        long shown = used + avail;
        String pcent = shown == 0 ? "-" : (used * 100 + shown - 1) / shown + "%";
        return new String[] {m.source(), m.type(), size(total), size(used), size(avail), pcent,
            m.target()};
    }

    /** A count of bytes (or of inodes with -i) as the options ask. */
    private String size(long n) {
        if (base != 0) {
            return HumanSize.of(n, base);
        }
        return Long.toString(inodes ? n : (n + KIB - 1) / KIB);
    }

    /** The table, with its heading; nothing at all when no filesystem was found (df /nope). */
    private void print() {
        if (rows.isEmpty()) {
            return;
        }
        String[] head = {"Filesystem", "Type",
            inodes ? "Inodes" : base != 0 ? "Size" : "1K-blocks", inodes ? "IUsed" : "Used",
            inodes ? "IFree" : base != 0 ? "Avail" : "Available", inodes ? "IUse%" : "Use%",
            "Mounted on"};
        int[] least = {SOURCE_WIDTH, TYPE_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH,
            PCENT_WIDTH, 0};
        int[] width = new int[head.length];
        for (int c = 0; c < head.length; c++) {
            width[c] = Math.max(least[c], head[c].length());
            for (String[] r : rows) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        line(head, width);
        for (String[] r : rows) {
            line(r, width);
        }
    }

    /** One line: text columns left-aligned, numbers right-aligned, one space between. */
    private void line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c == 1 && !showType) {
                continue;
            }
            if (c > 0) {
                sb.append(' ');
            }
            boolean left = c <= 1 || c == cells.length - 1;
            int pad = width[c] - cells[c].length();
            if (!left) {
                sb.append(" ".repeat(pad));
            }
            sb.append(cells[c]);
            if (left && c < cells.length - 1) {
                sb.append(" ".repeat(pad));
            }
        }
        out.print(sb.append('\n').toString());
    }

    @Override
    protected void deepen() {
        table = new ArrayList<>(table);
        paths = new ArrayList<>(paths);
        rows = new ArrayList<>(rows);
        st = new StatfsBuf();
        mounts = mounts == null ? null : mounts.copy();
    }
}
