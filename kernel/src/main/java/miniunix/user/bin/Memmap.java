package miniunix.user.bin;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Trap;
import miniunix.user.lib.Color;
import miniunix.user.lib.Fetch;
import miniunix.user.lib.Report;

/**
 * memmap [-f FRAMES] [-w CELLS]: a picture of physical memory, a cell per frame (or per FRAMES
 * frames, by default as many as keep the picture within {@link #MAX_ROWS} rows), CELLS cells a
 * row (default 64), each row led by its first frame number. A cell shows who holds its frames
 * (the most of them when it stands for several): K the kernel, P page tables, . free, c page
 * cache, s tmpfs (file data in RAM), and a letter per process for its memory (A, B, ... by
 * pid, named in the key below the picture). Read from /proc/kpageflags and /proc/kpageowner.
 *
 * <p>Coloured (a background per holder) when stdout is a terminal (isatty: ioctl TCGETS) and
 * NO_COLOR is unset, or when CLICOLOR_FORCE forces it; plain text otherwise.
 */
public final class Memmap extends Report {
    private static final String USAGE = "Usage: memmap [-f FRAMES] [-w CELLS]\n"
            + "Draw physical memory, a cell per frame (or per FRAMES frames).\n";
    private static final int MAX_ROWS = 32;
    private static final int DEFAULT_WIDTH = 64;
    private static final int MAX_WIDTH = 1024;
    private static final int KB_PER_FRAME = 4;
    private static final int WORD = Long.BYTES;
    private static final int BYTE_BITS = 8;
    private static final int BYTE_MASK = 0xff;
    private static final long TAG_FLAGS = -1;
    private static final long TAG_OWNERS = -2;
    // Linux's KPF_ bits (kernel-page-flags.h), as /proc/kpageflags sets them.
    private static final long KPF_UPTODATE = 1L << 3;
    private static final long KPF_BUDDY = 1L << 10;
    private static final long KPF_ANON = 1L << 12;
    private static final long KPF_SWAPBACKED = 1L << 14;
    private static final long KPF_PGTABLE = 1L << 26;
    private static final long KPF_RESERVED = 1L << 32;
    /** Holders that are no process; a process's holder is its index in the key, from 0. */
    private static final int FREE = -1;
    private static final int KERNEL = -2;
    private static final int PGTABLE = -3;
    private static final int CACHE = -4;
    private static final int TMPFS = -5;
    private static final int OTHER = -6;
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabdefghijklmnopqrtuvwxyz";
    private static final String[] PROC_BG = {"\u001b[41m", "\u001b[42m", "\u001b[43m",
        "\u001b[44m", "\u001b[45m", "\u001b[46m", "\u001b[101m", "\u001b[102m", "\u001b[103m",
        "\u001b[104m", "\u001b[105m", "\u001b[106m"};
    private static final String KERNEL_BG = "\u001b[47;30m";
    private static final String PGTABLE_BG = "\u001b[100m";
    private static final String FILE_FG = "\u001b[36m";

    private final Color.When when;
    private boolean color;
    private int perCell;
    private int width = DEFAULT_WIDTH;
    private long[] flags;
    private int[] owners;
    private long error;
    private String errorPath;
    /** The processes holding frames, by pid: their comm once fetched. */
    private final TreeMap<Integer, String> procs = new TreeMap<>();

    public Memmap(List<String> argv, List<String> envp) {
        super(argv, envp);
        when = Color.fromEnv(envp);
        color = when == Color.When.ALWAYS;
    }

    @Override
    protected int start() {
        for (int i = 1; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("--help")) {
                out.print(USAGE);
                return 0;
            }
            if (!a.equals("-f") && !a.equals("-w")) {
                err.print("memmap: invalid option '" + a + "'\n" + USAGE);
                return 1;
            }
            if (i + 1 == argv.size()) {
                err.print("memmap: option '" + a + "' requires an argument\n" + USAGE);
                return 1;
            }
            String v = argv.get(++i);
            int n = v.matches("[1-9][0-9]{0,6}") ? Integer.parseInt(v) : -1;
            if (n < 1 || a.equals("-w") && n > MAX_WIDTH) {
                err.print("memmap: invalid number '" + v + "'\n");
                return 1;
            }
            if (a.equals("-f")) {
                perCell = n;
            } else {
                width = n;
            }
        }
        fetch(Fetch.Kind.FILE, "/proc/kpageflags", TAG_FLAGS);
        fetch(Fetch.Kind.FILE, "/proc/kpageowner", TAG_OWNERS);
        return -1;
    }

    /** isatty(1) when colour depends on it. */
    @Override
    protected Trap first() {
        return when == Color.When.AUTO ? Color.isatty(1) : null;
    }

    @Override
    protected void firstDone(long ret) {
        color = ret >= 0;
    }

    @Override
    protected void got(Fetch f) {
        if (f.tag >= 0) {
            procs.put((int) f.tag, f.error < 0 ? "?" : f.text().strip());
            return;
        }
        if (f.error < 0) {
            if (error == 0) {
                error = f.error;
                errorPath = f.path;
            }
            return;
        }
        int n = f.length / WORD;
        long[] words = new long[n];
        for (int i = 0; i < n; i++) {
            long w = 0;
            for (int b = WORD - 1; b >= 0; b--) {
                w = (w << BYTE_BITS) | (f.data[i * WORD + b] & BYTE_MASK);
            }
            words[i] = w;
        }
        if (f.tag == TAG_FLAGS) {
            flags = words;
            return;
        }
        owners = new int[n];
        for (int i = 0; i < n; i++) {
            owners[i] = (int) words[i];
            if (owners[i] > 0 && !procs.containsKey(owners[i])) {
                procs.put(owners[i], "");
                fetch(Fetch.Kind.FILE, "/proc/" + owners[i] + "/comm", owners[i]);
            }
        }
    }

    @Override
    protected int report() {
        if (error < 0) {
            err.print("memmap: " + errorPath + ": " + Errno.strerror(error) + "\n");
            return 1;
        }
        int frames = Math.min(flags.length, owners.length);
        List<Integer> pids = List.copyOf(procs.keySet());
        if (perCell == 0) {
            perCell = 1;
            while ((long) frames > (long) perCell * width * MAX_ROWS) {
                perCell *= 2;
            }
        }
        int cells = (frames + perCell - 1) / perCell;
        int digits = Integer.toString(Math.max(0, frames - 1)).length();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "RAM %d kB: %d frames of %d kB, %d frame%s a cell,"
                + " %d cells a row%n", (long) frames * KB_PER_FRAME, frames, KB_PER_FRAME,
                perCell, perCell == 1 ? "" : "s", width));
        long[] counts = new long[-OTHER + pids.size()];
        int[] inCell = new int[counts.length];
        for (int c = 0; c < cells; c++) {
            if (c % width == 0) {
                if (c > 0) {
                    sb.append('\n');
                }
                sb.append(String.format(Locale.ROOT, "%" + digits + "d ", (long) c * perCell));
            }
            java.util.Arrays.fill(inCell, 0);
            int best = 0;
            for (int pfn = c * perCell; pfn < Math.min(frames, (c + 1) * perCell); pfn++) {
                int h = slot(holder(pfn, pids));
                counts[h]++;
                inCell[h]++;
                if (inCell[h] > inCell[best] || inCell[h] == inCell[best] && h < best) {
                    best = h;
                }
            }
            cell(sb, best + OTHER);
        }
        sb.append('\n');
        key(sb, counts, pids);
        out.print(sb.toString());
        return 0;
    }

    /** Who holds frame pfn: a process's index in pids, or one of the holder constants. */
    private int holder(int pfn, List<Integer> pids) {
        long f = flags[pfn];
        if ((f & KPF_BUDDY) != 0) {
            return FREE;
        }
        if ((f & KPF_RESERVED) != 0) {
            return KERNEL;
        }
        if ((f & KPF_PGTABLE) != 0) {
            return PGTABLE;
        }
        if ((f & KPF_ANON) != 0) {
            int i = java.util.Collections.binarySearch(pids, owners[pfn]);
            return i >= 0 ? i : OTHER;
        }
        if ((f & KPF_SWAPBACKED) != 0) {
            return TMPFS;
        }
        return (f & KPF_UPTODATE) != 0 ? CACHE : OTHER;
    }

    /** A holder's index into the count arrays: the constants first, then the processes. */
    private static int slot(int holder) {
        return holder - OTHER;
    }

    private void cell(StringBuilder sb, int holder) {
        String glyph = glyph(holder);
        String sgr = color ? colour(holder) : null;
        if (sgr == null) {
            sb.append(glyph);
        } else {
            sb.append(sgr).append(glyph).append(Color.RESET);
        }
    }

    private static String glyph(int holder) {
        return switch (holder) {
            case FREE -> ".";
            case KERNEL -> "K";
            case PGTABLE -> "P";
            case CACHE -> "c";
            case TMPFS -> "s";
            case OTHER -> "?";
            default -> holder < LETTERS.length() ? String.valueOf(LETTERS.charAt(holder)) : "#";
        };
    }

    private static String colour(int holder) {
        return switch (holder) {
            case FREE, OTHER -> null;
            case KERNEL -> KERNEL_BG;
            case PGTABLE -> PGTABLE_BG;
            case CACHE, TMPFS -> FILE_FG;
            default -> PROC_BG[holder % PROC_BG.length];
        };
    }

    /** The key: each holder seen, its glyph, its frames; processes by pid with their comm. */
    private void key(StringBuilder sb, long[] counts, List<Integer> pids) {
        int[] fixed = {KERNEL, PGTABLE, CACHE, TMPFS, FREE, OTHER};
        String[] names = {"kernel", "page tables", "page cache", "tmpfs", "free", "unknown"};
        for (int i = 0; i < fixed.length; i++) {
            long n = counts[slot(fixed[i])];
            if (n > 0 || fixed[i] == FREE) {
                keyLine(sb, fixed[i], names[i], n);
            }
        }
        for (int i = 0; i < pids.size(); i++) {
            long n = counts[slot(i)];
            if (n > 0) {
                keyLine(sb, i, pids.get(i) + " (" + procs.get(pids.get(i)) + ")", n);
            }
        }
    }

    private void keyLine(StringBuilder sb, int holder, String name, long frames) {
        sb.append("  ");
        cell(sb, holder);
        sb.append(String.format(Locale.ROOT, " %-24s %8d frames %10d kB%n", name, frames,
                frames * KB_PER_FRAME));
    }
}
