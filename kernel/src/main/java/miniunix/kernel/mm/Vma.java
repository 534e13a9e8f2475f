package miniunix.kernel.mm;

import miniunix.kernel.fs.Inode;

/**
 * One region of an address space (Linux vm_area_struct): [start, end) with its permissions,
 * shared or private, anonymous or backed by a file from pgoff, and the name /proc/PID/maps
 * shows ("[heap]", "[stack]", a path, or nothing).
 */
public final class Vma {
    public static final int PROT_READ = 1;
    public static final int PROT_WRITE = 2;
    public static final int PROT_EXEC = 4;

    /** What the region is for; decides growth and the name shown. */
    public enum Kind { TEXT, DATA, BSS, HEAP, STACK, MMAP }

    public long start;
    public long end;
    public int prot;
    public final boolean shared;
    public final Kind kind;
    /** The file behind the region, or null when anonymous. */
    public final Inode file;
    /** Path shown for a file region. */
    public final String path;
    /** The file page that start maps. */
    public long pgoff;
    /** mprotect may add PROT_WRITE (false for a shared map of a file opened read-only). */
    public boolean mayWrite = true;

    public Vma(long start, long end, int prot, boolean shared, Kind kind, Inode file, String path,
               long pgoff) {
        this.start = start;
        this.end = end;
        this.prot = prot;
        this.shared = shared;
        this.kind = kind;
        this.file = file;
        this.path = path;
        this.pgoff = pgoff;
    }

    public Vma copy() {
        Vma v = new Vma(start, end, prot, shared, kind, file, path, pgoff);
        v.mayWrite = mayWrite;
        return v;
    }

    public boolean contains(long addr) {
        return addr >= start && addr < end;
    }

    public long pages() {
        return (end - start) >>> FrameTable.PAGE_SHIFT;
    }

    /** The file page that address addr of this region maps. */
    public long filePage(long addr) {
        return pgoff + ((addr - start) >>> FrameTable.PAGE_SHIFT);
    }

    /** "r-xp" as maps prints the permissions. */
    public String permString() {
        return "" + ((prot & PROT_READ) != 0 ? 'r' : '-') + ((prot & PROT_WRITE) != 0 ? 'w' : '-')
                + ((prot & PROT_EXEC) != 0 ? 'x' : '-') + (shared ? 's' : 'p');
    }

    /** The name column of maps: the path, [heap], [stack], or empty. */
    public String name() {
        if (file != null) {
            return path;
        }
        return switch (kind) {
            case HEAP -> "[heap]";
            case STACK -> "[stack]";
            default -> "";
        };
    }
}
