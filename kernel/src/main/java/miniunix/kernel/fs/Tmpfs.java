package miniunix.kernel.fs;

import miniunix.kernel.mm.FrameTable;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.StatfsBuf;

/**
 * The root filesystem's page budget: a tmpfs (Linux mm/shmem.c). Every page of file data is
 * a frame of the machine's RAM, of kind {@link FrameTable#SHMEM}, so files show in
 * /proc/meminfo as Shmem and Cached and take memory from processes, as on a machine whose
 * root is a tmpfs (an initramfs, a live system). Like tmpfs, the filesystem has a size limit,
 * by default half of RAM (Documentation/filesystems/tmpfs.rst: "size: The limit of allocated
 * bytes for this tmpfs instance. The default is half of your physical RAM"); a write past it
 * fails with ENOSPC, a write when RAM has no free frame with ENOMEM.
 *
 * <p>Invariant: usedPages is the number of SHMEM frames this filesystem holds, each the page
 * of one inode ({@link Inode}'s pfns), and never more than maxPages.
 *
 * <p>Simplified: one tmpfs mounted at /; its pages are never swapped; an mmap of a file
 * reads its pages into the page cache's own frames (kernel.mm.Mm), so a mapped file is
 * counted twice.
 */
public final class Tmpfs {
    /** Bytes per page and block (f_bsize of statfs). */
    public static final int PAGE_SIZE = FrameTable.PAGE_SIZE;
    /** TMPFS_MAGIC of statfs(2)'s f_type. */
    public static final long TMPFS_MAGIC = 0x01021994L;
    /** The longest name in a directory (NAME_MAX). */
    private static final int NAME_MAX = 255;

    private final FrameTable frames;
    private final long maxPages;
    private long usedPages;

    /** A tmpfs of at most maxPages pages of data, charged to frames. */
    public Tmpfs(FrameTable frames, long maxPages) {
        this.frames = frames;
        this.maxPages = maxPages;
    }

    /** tmpfs's default size: half of RAM. */
    public static Tmpfs halfOf(FrameTable frames) {
        return new Tmpfs(frames, frames.frames() / 2);
    }

    /**
     * A frame for page index of a file: its pfn, or -ENOSPC when the filesystem is at its
     * size, -ENOMEM when RAM has no free frame.
     */
    long allocPage(long index) {
        if (usedPages >= maxPages) {
            return Errno.ENOSPC.ret();
        }
        int pfn = frames.alloc(0, FrameTable.SHMEM, 0);
        if (pfn < 0) {
            return Errno.ENOMEM.ret();
        }
        frames.setIndex(pfn, index);
        usedPages++;
        return pfn;
    }

    /** Gives back the frame of a page of a file that shrank or went away. */
    void freePage(int pfn) {
        frames.free(pfn, 0);
        usedPages--;
    }

    /** Pages of file data held (Shmem in /proc/meminfo). */
    public long usedPages() {
        return usedPages;
    }

    /** The size limit in pages. */
    public long maxPages() {
        return maxPages;
    }

    /** statfs(2) of this filesystem, with inodes files in use. */
    public void statfs(StatfsBuf st, long inodes) {
        st.type = TMPFS_MAGIC;
        st.bsize = PAGE_SIZE;
        st.blocks = maxPages;
        st.bfree = maxPages - usedPages;
        st.bavail = st.bfree;
        // tmpfs's default nr_inodes: half the pages of RAM, or the lowmem pages, whichever is less
        st.files = Math.max(inodes, frames.frames() / 2);
        st.ffree = st.files - inodes;
        st.namelen = NAME_MAX;
    }
}
