package miniunix.kernel.mm;

import miniunix.kernel.fs.Inode;
import miniunix.kernel.proc.Proc;
import miniunix.kernel.syscall.SyscallError;
import miniunix.kernel.uapi.Errno;
import miniunix.kernel.uapi.Mman;

/**
 * The memory-map system calls (Linux mm/mmap.c, mprotect.c): brk, mmap, munmap, mprotect, on
 * the regions of the caller's address space. Each checks its arguments as Linux does and
 * throws the errno Linux returns; then it changes the regions, unmapping pages and shooting
 * down TLB entries as regions shrink or lose permissions.
 */
public final class Mmap {
    private static final long PAGE_MASK = FrameTable.PAGE_SIZE - 1;
    /** The most a process may map: RLIMIT_AS unlimited, but our address space is finite. */
    private final Mm mm;

    public Mmap(Mm mm) {
        this.mm = mm;
    }

    /**
     * brk(2): moves the program break to addr and returns the new break; on failure, or with
     * addr 0, returns the current one (the C library turns that into ENOMEM).
     */
    public long brk(Proc p, long addr) {
        AddressSpace as = p.mm;
        if (addr < as.brkStart) {
            return as.brk;
        }
        long newEnd = Mm.pageAlign(addr);
        long oldEnd = Mm.pageAlign(as.brk);
        Vma heap = as.heap();
        if (newEnd > oldEnd) {
            Vma next = as.findFrom(oldEnd);
            long gap = next != null && next.kind == Vma.Kind.STACK ? Layout.GUARD_GAP : 0;
            if (next != null && next != heap && next.start < newEnd + gap) {
                return as.brk;
            }
            if (heap == null) {
                as.insert(new Vma(as.brkStart, newEnd, Vma.PROT_READ | Vma.PROT_WRITE, false,
                        Vma.Kind.HEAP, null, null, 0));
            } else {
                heap.end = newEnd;
                as.notePeak();
            }
        } else if (newEnd < oldEnd && heap != null) {
            unmapRange(as, newEnd, oldEnd);
            if (newEnd <= heap.start) {
                as.remove(heap);
            } else {
                heap.end = newEnd;
            }
        }
        as.brk = addr;
        return addr;
    }

    /**
     * mmap(2): a new region of len bytes, anonymous or backed by file from offset, placed
     * top-down below the mmap base (or at addr with MAP_FIXED, replacing what is there).
     * readable/writable: how file was opened. Returns the start address.
     */
    public long mmap(Proc p, long addr, long len, int prot, int flags, Inode file, String path,
                     boolean readable, boolean writable, long offset) {
        AddressSpace as = p.mm;
        int type = flags & (Mman.MAP_SHARED | Mman.MAP_PRIVATE);
        boolean anon = (flags & Mman.MAP_ANONYMOUS) != 0;
        if (len <= 0 || type == 0 || type == (Mman.MAP_SHARED | Mman.MAP_PRIVATE)
                || (offset & PAGE_MASK) != 0 || offset < 0 || (prot & ~7) != 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        boolean shared = type == Mman.MAP_SHARED;
        if (!anon) {
            if (file == null) {
                throw new SyscallError(Errno.EBADF);
            }
            if (!readable || shared && (prot & Mman.PROT_WRITE) != 0 && !writable) {
                throw new SyscallError(Errno.EACCES);
            }
        }
        long size = Mm.pageAlign(len);
        if (size <= 0 || size > as.layout.taskSize()) {
            throw new SyscallError(Errno.ENOMEM);
        }
        long start;
        if ((flags & Mman.MAP_FIXED) != 0) {
            if ((addr & PAGE_MASK) != 0 || addr < 0 || addr + size > as.layout.taskSize()) {
                throw new SyscallError(Errno.EINVAL);
            }
            start = addr;
            unmap(as, start, size);
        } else {
            start = (addr & PAGE_MASK) == 0 && addr > 0 && free(as, addr, size)
                    ? addr : topDown(as, size);
        }
        Vma v = new Vma(start, start + size, prot, shared, Vma.Kind.MMAP,
                anon ? null : file, anon ? null : path, offset >>> FrameTable.PAGE_SHIFT);
        v.mayWrite = anon || !shared || writable;
        as.insert(v);
        return start;
    }

    /** munmap(2): removes [addr, addr+len) from every region it cuts. */
    public long munmap(Proc p, long addr, long len) {
        if ((addr & PAGE_MASK) != 0 || len <= 0 || addr < 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        unmap(p.mm, addr, Mm.pageAlign(len));
        return 0;
    }

    /**
     * mprotect(2): new permissions for [addr, addr+len), which must be mapped throughout
     * (ENOMEM otherwise). Writable entries lose their W bit when write is taken away.
     */
    public long mprotect(Proc p, long addr, long len, int prot) {
        AddressSpace as = p.mm;
        if ((addr & PAGE_MASK) != 0 || len < 0 || (prot & ~7) != 0) {
            throw new SyscallError(Errno.EINVAL);
        }
        long end = addr + Mm.pageAlign(len);
        for (long a = addr; a < end; ) {
            Vma v = as.find(a);
            if (v == null) {
                throw new SyscallError(Errno.ENOMEM);
            }
            if (v.file != null && v.shared && (prot & Mman.PROT_WRITE) != 0
                    && !v.mayWrite) {
                throw new SyscallError(Errno.EACCES);
            }
            a = v.end;
        }
        split(as, addr);
        split(as, end);
        for (Vma v : as.vmas) {
            if (v.start >= addr && v.end <= end) {
                v.prot = prot;
                if ((prot & Vma.PROT_WRITE) == 0) {
                    dropWrite(as, v);
                }
            }
        }
        for (long vpn = addr >>> FrameTable.PAGE_SHIFT; vpn < end >>> FrameTable.PAGE_SHIFT
                && vpn - (addr >>> FrameTable.PAGE_SHIFT) < FLUSH_ALL_PAGES; vpn++) {
            mm.shootdown(as, vpn);
        }
        if ((end - addr) >>> FrameTable.PAGE_SHIFT >= FLUSH_ALL_PAGES) {
            mm.flush(as);
        }
        return 0;
    }

    /** Ranges at least this long flush the TLB rather than shooting down page by page. */
    private static final long FLUSH_ALL_PAGES = 64;

    private void dropWrite(AddressSpace as, Vma v) {
        long endVpn = v.end >>> FrameTable.PAGE_SHIFT;
        for (long vpn = as.pt.nextMapped(v.start >>> FrameTable.PAGE_SHIFT); vpn >= 0
                && vpn < endVpn; vpn = as.pt.nextMapped(vpn + 1)) {
            long pte = as.pt.lookup(vpn);
            if (Pte.present(pte) && (pte & Pte.WRITABLE) != 0) {
                as.pt.set(vpn, pte & ~Pte.WRITABLE);
            }
        }
    }

    /** Removes [start, start+size) from as: regions cut or dropped, their pages unmapped. */
    void unmap(AddressSpace as, long start, long size) {
        long end = start + size;
        split(as, start);
        split(as, end);
        for (int i = as.vmas.size() - 1; i >= 0; i--) {
            Vma v = as.vmas.get(i);
            if (v.start >= start && v.end <= end) {
                unmapRange(as, v.start, v.end);
                as.remove(v);
            }
        }
    }

    private void unmapRange(AddressSpace as, long start, long end) {
        long endVpn = end >>> FrameTable.PAGE_SHIFT;
        for (long vpn = as.pt.nextMapped(start >>> FrameTable.PAGE_SHIFT); vpn >= 0
                && vpn < endVpn; vpn = as.pt.nextMapped(vpn + 1)) {
            mm.unmapPage(as, vpn);
        }
    }

    /** Cuts the region holding addr in two at addr (Linux split_vma). */
    private static void split(AddressSpace as, long addr) {
        Vma v = as.find(addr);
        if (v == null || v.start == addr) {
            return;
        }
        Vma tail = v.copy();
        tail.start = addr;
        if (v.file != null) {
            tail.pgoff = v.pgoff + ((addr - v.start) >>> FrameTable.PAGE_SHIFT);
        }
        v.end = addr;
        as.forgetHit();
        as.insert(tail);
    }

    private static boolean free(AddressSpace as, long start, long size) {
        if (start + size > as.layout.taskSize()) {
            return false;
        }
        for (Vma v : as.vmas) {
            if (v.start < start + size && v.end > start) {
                return false;
            }
        }
        return true;
    }

    /** The highest gap of size bytes below the mmap base (Linux's top-down allocator). */
    private static long topDown(AddressSpace as, long size) {
        long top = as.layout.mmapBase();
        for (int i = as.vmas.size() - 1; i >= 0; i--) {
            Vma v = as.vmas.get(i);
            if (v.start >= top) {
                continue;
            }
            if (v.end <= top - size) {
                return top - size;
            }
            top = Math.min(top, v.start);
        }
        long floor = Mm.pageAlign(as.brk) + Layout.GUARD_GAP;
        if (top - size < floor) {
            throw new SyscallError(Errno.ENOMEM);
        }
        return top - size;
    }
}
